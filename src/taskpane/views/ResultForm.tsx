/** Add or edit a Results row; validated with resultsRowSchema before anything is written. */
import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { useRowForm } from "../hooks/useRowForm";
import { FOLLOWED_UP, type RowRef, sameName } from "../../workbook";
import { monthLabel } from "../model/format";
import type { ResultFormValues } from "../model/rowForms";
import { validateResult } from "../model/validate";
import { CampaignField } from "./CampaignField";
import { RowFormDialog } from "./RowFormDialog";
import { useFormStyles } from "./formStyles";
import type { ViewProps } from "./types";

export interface ResultEdit {
  ref: RowRef;
  /** "Mar 2027 LinkedIn ads", for the title and the delete question. */
  label: string;
}

interface Props extends ViewProps {
  initial: ResultFormValues;
  edit: ResultEdit | null;
  onClose: () => void;
}

const FIGURES = ["Spend", "Leads", "Qualified", "Closed", "Revenue", FOLLOWED_UP] as const;

export function ResultForm({ state, actions, initial, edit, onClose }: Props) {
  const styles = useFormStyles();
  const plan = state.plan;
  const headers = state.workbook.tables.Results?.headers;
  const form = useRowForm<ResultFormValues>({
    table: "Results",
    noun: "Results row",
    initial,
    edit,
    actions,
    validate: (values) => validateResult(values, plan, headers),
    onClose,
  });
  const { values, set, field } = form;
  // A column the Results table lacks (an older workbook without Followed up) is not offered.
  const figures = FIGURES.filter((f) => !headers || headers.some((h) => sameName(h, f)));
  const choice = (
    name: string,
    options: readonly string[],
    label: (o: string) => string,
    blank?: string
  ) => (
    <Dropdown
      value={
        values[name as keyof ResultFormValues]
          ? label(values[name as keyof ResultFormValues])
          : (blank ?? "")
      }
      selectedOptions={[values[name as keyof ResultFormValues] ?? ""]}
      onOptionSelect={(_, d) => set(name, d.optionValue ?? "")}
    >
      {blank !== undefined && <Option value="">{blank}</Option>}
      {options.map((o) => (
        <Option key={o} value={o} text={label(o)}>
          {label(o)}
        </Option>
      ))}
    </Dropdown>
  );

  return (
    <RowFormDialog
      title={edit ? `Edit results: ${edit.label}` : "Add results"}
      form={form}
      edit={Boolean(edit)}
      deleteQuestion={`Delete the results of ${edit?.label}? Its row is removed from the Results table.`}
      onClose={onClose}
    >
      <div className={styles.pair}>
        <Field {...field("Month")} required>
          {choice("Month", plan.months, monthLabel)}
        </Field>
        <Field
          {...field("Channel")}
          required
          hint="Where the leads came from: LinkedIn ads, Spring mailer"
        >
          <Input value={values.Channel} onChange={(_, d) => set("Channel", d.value)} />
        </Field>
        <Field {...field("Lane")}>
          {choice(
            "Lane",
            plan.lanes.map((l) => l.lane),
            (o) => o,
            "(none)"
          )}
        </Field>
      </div>
      <CampaignField form={form} plan={plan} />
      <div className={styles.pair}>
        {figures.map((f) => (
          <Field
            key={f}
            {...field(f)}
            hint={
              f === FOLLOWED_UP ? "Leads contacted within the Response SLA" : "Blank: not reported"
            }
          >
            <Input inputMode="decimal" value={values[f]} onChange={(_, d) => set(f, d.value)} />
          </Field>
        ))}
      </div>
    </RowFormDialog>
  );
}
