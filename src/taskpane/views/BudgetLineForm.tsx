/** Add or edit a budget line; validated with budgetLineSchema before anything is written. */
import {
  Body1,
  Combobox,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Option,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { FormActions } from "./FormActions";
import { type RowRef, STATUSES, TEAMS } from "../../workbook";
import { ActionError } from "../components/StatusBars";
import { type BudgetForm, type FieldErrors, tableKeys } from "../model/forms";
import { validateBudgetLine } from "../model/validate";
import { useFormStyles } from "./formStyles";
import type { ViewProps } from "./types";

export interface BudgetEdit {
  ref: RowRef;
  line: string;
}

interface Props extends ViewProps {
  initial: BudgetForm;
  monthHeaders: string[];
  edit: BudgetEdit | null;
  onClose: () => void;
}

export function BudgetLineForm({ state, actions, initial, monthHeaders, edit, onClose }: Props) {
  const styles = useFormStyles();
  const plan = state.plan;
  const [values, setValues] = useState<BudgetForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const campaigns = useMemo(() => {
    const names = new Set<string>();
    for (const a of plan.activities) if (a.campaign) names.add(a.campaign);
    for (const b of plan.budget) if (b.campaign) names.add(b.campaign);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [plan]);

  const set = (field: string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: "" }));
  };
  const field = (name: string, label = name) => ({
    label,
    validationMessage: errors[name] || undefined,
    validationState: errors[name] ? ("error" as const) : ("none" as const),
  });
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

  const save = async () => {
    if (saving) return;
    const result = validateBudgetLine(values, plan, monthHeaders, edit ? edit.line : null, {
      keys: tableKeys(state, "Budget"),
      ownRow: edit ? edit.ref.row : null,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const outcome = edit
      ? await actions.updateRow(edit.ref, result.row)
      : await actions.addRow("Budget", result.row);
    setSaving(false);
    if (outcome.ok) onClose();
    else setFailure(outcome.error ?? "The budget line was not saved.");
  };
  const remove = async () => {
    if (!edit || saving) return;
    setSaving(true);
    const outcome = await actions.deleteRow(edit.ref);
    setSaving(false);
    if (outcome.ok) onClose();
    else {
      setConfirmDelete(false);
      setFailure(outcome.error ?? "The budget line was not deleted.");
    }
  };

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !saving && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!confirmDelete) void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{edit ? `Edit budget line ${edit.line}` : "Add budget line"}</DialogTitle>
            <DialogContent className={styles.fields}>
              {failure && <ActionError message={failure} onDismiss={() => setFailure(null)} />}
              {confirmDelete ? (
                <Body1 as="p">
                  Delete budget line {edit?.line}? Its row is removed from the Budget table.
                </Body1>
              ) : (
                <>
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
                  <Field {...field("Campaign")}>
                    <Combobox
                      freeform
                      value={values.Campaign}
                      selectedOptions={campaigns.includes(values.Campaign) ? [values.Campaign] : []}
                      onChange={(e) => set("Campaign", e.target.value)}
                      onOptionSelect={(_, d) =>
                        d.optionText !== undefined && set("Campaign", d.optionText)
                      }
                    >
                      {campaigns.map((c) => (
                        <Option key={c}>{c}</Option>
                      ))}
                    </Combobox>
                  </Field>
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
                </>
              )}
            </DialogContent>
            <FormActions
              saving={saving}
              edit={Boolean(edit)}
              confirmDelete={confirmDelete}
              onConfirmDelete={setConfirmDelete}
              onDelete={() => void remove()}
              onClose={onClose}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
