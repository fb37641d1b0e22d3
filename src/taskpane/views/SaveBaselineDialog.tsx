/**
 * Save baseline: asks for a name (default "Baseline <date>"), refuses one already used, and saves
 * a copy of every valid budget line. The Budget itself is not changed.
 */
import { Body1, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { baselineNameIssue, defaultBaselineName } from "../../workbook";
import { ActionDialog } from "../components/ActionDialog";
import { ActionError } from "../components/StatusBars";
import { useActionFailure } from "../hooks/useActionFailure";
import { useFormStyles } from "./formStyles";
import type { ViewProps } from "./types";

export function SaveBaselineDialog({
  state,
  actions,
  onClose,
}: ViewProps & { onClose: () => void }) {
  const styles = useFormStyles();
  const used = state.workbook.input.baselines ?? [];
  const [name, setName] = useState(() => defaultBaselineName(new Date(), used));
  const [issue, setIssue] = useState<string | null>(null);
  const { failure, setFailure, settle } = useActionFailure(onClose);
  const saving = actions.busy === "baseline";
  const lines = state.plan.budget.length;
  const leftOut = new Set(
    state.plan.problems.filter((p) => p.table === "Budget" && p.row !== null).map((p) => p.row)
  ).size;

  const save = async () => {
    if (saving) return;
    const problem = baselineNameIssue(name, used);
    setIssue(problem);
    if (problem) return;
    setFailure(null);
    settle(await actions.saveBaseline(name), "The baseline was not saved.");
  };

  return (
    <ActionDialog
      title="Save baseline"
      busy={saving}
      onClose={onClose}
      onSubmit={() => void save()}
      surfaceClassName={styles.surface}
      contentClassName={styles.fields}
      actionsClassName={styles.actions}
      fluidActions
      primary={{ label: "Save baseline" }}
    >
      {failure && <ActionError message={failure} onDismiss={() => setFailure(null)} />}
      <Body1 as="p">
        Saves a copy of the {lines} valid budget {lines === 1 ? "line" : "lines"} in the Baselines
        table under this name, with today&apos;s date and time, so you can compare the plan with it
        later. The Budget is not changed.
        {leftOut > 0 &&
          ` ${leftOut} ${leftOut === 1 ? "line has" : "lines have"} a problem and ${leftOut === 1 ? "is" : "are"} left out.`}
      </Body1>
      <Field
        label="Name"
        required
        validationMessage={issue ?? undefined}
        validationState={issue ? "error" : "none"}
      >
        <Input
          value={name}
          onChange={(_, d) => {
            setName(d.value);
            setIssue(null);
          }}
        />
      </Field>
    </ActionDialog>
  );
}
