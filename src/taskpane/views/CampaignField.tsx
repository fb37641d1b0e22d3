import { Combobox, Field, Option } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Plan } from "../../workbook";
import type { RowForm } from "../hooks/useRowForm";
import { campaignNames } from "../model/campaigns";

export interface CampaignFieldProps {
  /** The form whose Campaign field this is. */
  form: Pick<RowForm<Record<string, string>>, "values" | "set" | "field">;
  /** The plan, for the campaigns it already names. */
  plan: Plan;
}

/** A campaign: one the plan already names, or a new one typed freely. */
export function CampaignField({ form, plan }: CampaignFieldProps) {
  const campaigns = useMemo(() => campaignNames(plan), [plan]);
  const value = form.values.Campaign ?? "";
  return (
    <Field {...form.field("Campaign")}>
      <Combobox
        freeform
        value={value}
        selectedOptions={campaigns.includes(value) ? [value] : []}
        onChange={(e) => form.set("Campaign", e.target.value)}
        onOptionSelect={(_, d) => d.optionText !== undefined && form.set("Campaign", d.optionText)}
      >
        {campaigns.map((c) => (
          <Option key={c}>{c}</Option>
        ))}
      </Combobox>
    </Field>
  );
}
