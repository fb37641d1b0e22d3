/** Add or edit a budget line; validated with budgetLineSchema before anything is written. */
import { Button, Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { ApprovedLineNotice } from "./ApprovedLineNotice";
import { CampaignField } from "./CampaignField";
import { useRowForm } from "../hooks/useRowForm";
import { type RowRef, STATUSES, TEAMS } from "../../workbook";
import { tableKeys } from "../model/ids";
import type { BudgetFormValues } from "../model/rowForms";
import { validateBudgetLine } from "../model/validate";
import { RowFormDialog } from "./RowFormDialog";
import { useFormStyles } from "./formStyles";
import type { ViewProps } from "./types";

export interface BudgetEdit {
  ref: RowRef;
  line: string;
}

interface Props extends ViewProps {
  initial: BudgetFormValues;
  monthHeaders: string[];
  edit: BudgetEdit | null;
  onClose: () => void;
}

export function BudgetLineForm({ state, actions, initial, monthHeaders, edit, onClose }: Props) {
  const styles = useFormStyles();
  const plan = state.plan;
  const form = useRowForm<BudgetFormValues>({
    table: "Budget",
    noun: "budget line",
    initial,
    edit,
    actions,
    validate: (values) =>
      validateBudgetLine(values, plan, monthHeaders, edit ? edit.line : null, {
        keys: tableKeys(state, "Budget"),
        ownRow: edit ? edit.ref.row : null,
      }),
    onClose,
  });
  const { values, set, field } = form;
  // An Approved line as it stands: its form warns, and offers to save it as Proposed.
  const approved = edit !== null && initial.Status === "Approved";

  const choice = (name: string, options: readonly string[], blank?: string) => (
    <Dropdown
      value={values[name] || blank || ""}
      selectedOptions={[values[name] ?? ""]}
      onOptionSelect={(_, d) => set(name, d.optionValue ?? "")}
    >
      {blank !== undefined && <Option value="">{blank}</Option>}
      {options.map((o) => (
        <Option key={o} value={o}>
          {o}
        </Option>
      ))}
    </Dropdown>
  );

  return (
    <RowFormDialog
      title={edit ? `Edit budget line ${edit.line}` : "Add budget line"}
      form={form}
      edit={Boolean(edit)}
      deleteQuestion={`Delete budget line ${edit?.line}? Its row is removed from the Budget table.`}
      onClose={onClose}
      extraActions={
        approved && (
          <Button disabled={form.saving} onClick={() => void form.save({ Status: "Proposed" })}>
            Save as Proposed
          </Button>
        )
      }
    >
      {approved && (
        <ApprovedLineNotice
          baseline={plan.latestBaseline?.name ?? null}
          amountsChanged={monthHeaders.some((h) => (values[h] ?? "") !== (initial[h] ?? ""))}
        />
      )}
      <div className={styles.pair}>
        <Field {...field("Line")} required>
          <Input value={values.Line} onChange={(_, d) => set("Line", d.value)} />
        </Field>
        <Field {...field("Team")} required>
          {choice("Team", TEAMS)}
        </Field>
        <Field {...field("Lane")}>
          {choice(
            "Lane",
            plan.lanes.map((l) => l.lane),
            "(none)"
          )}
        </Field>
        <Field {...field("Status")}>{choice("Status", STATUSES)}</Field>
      </div>
      <CampaignField form={form} plan={plan} />
      <div className={styles.pair}>
        {monthHeaders.map((h) => (
          <Field key={h} {...field(h)}>
            <Input
              inputMode="decimal"
              value={values[h] ?? ""}
              onChange={(_, d) => set(h, d.value)}
            />
          </Field>
        ))}
      </div>
    </RowFormDialog>
  );
}
