import { Combobox, Field, type FieldProps, Option } from "@fluentui/react-components";

export interface CampaignFieldProps {
  /** The Field's label and validation state, from the form. */
  field: Pick<FieldProps, "label" | "validationMessage" | "validationState">;
  /** Campaigns the plan already names. */
  campaigns: string[];
  value: string;
  onChange: (value: string) => void;
}

/** A campaign: one the plan already names, or a new one typed freely. */
export function CampaignField({ field, campaigns, value, onChange }: CampaignFieldProps) {
  return (
    <Field {...field}>
      <Combobox
        freeform
        value={value}
        selectedOptions={campaigns.includes(value) ? [value] : []}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_, d) => d.optionText !== undefined && onChange(d.optionText)}
      >
        {campaigns.map((c) => (
          <Option key={c}>{c}</Option>
        ))}
      </Combobox>
    </Field>
  );
}
