/**
 * Baselines in the Budget view: Save baseline, and "Compare with" a saved baseline (the latest by
 * default): by month (all teams or one) and by team — baseline, now, variance — a chart, and the
 * lines added, removed or changed, each with the months that changed.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type Baseline, baselineMetrics, normalName, TEAMS } from "../../workbook";
import { ChoiceField } from "../components/ChoiceField";
import { MonthTable } from "../components/MonthTable";
import {
  chartMonths,
  type CompareRow,
  compareByMonth,
  compareByTeam,
  lineChanges,
  savedLabel,
  signedMoney,
  type TeamChoice,
} from "../model/finance";
import { money } from "../model/format";
import { leftOutRows } from "../model/leftOut";
import { BaselineChart } from "./BaselineChart";
import { SaveBaselineDialog } from "./SaveBaselineDialog";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // The heading and its button side by side with room between, wrapping in a narrow pane.
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const CHANGE_WORDS = {
  added: "added",
  removed: "removed",
  "left out": "left out for a problem",
  changed: "changed",
  unchanged: "amounts unchanged",
} as const;

function CompareTable({
  label,
  first,
  rows,
  currency,
}: {
  label: string;
  first: string;
  rows: CompareRow[];
  currency: string;
}) {
  return (
    <MonthTable
      label={label}
      first={first}
      columns={["Baseline", "Now", "Variance"]}
      rows={rows.map((r) => ({
        key: r.label,
        first: r.label,
        cells: [
          money(r.baseline, currency),
          money(r.now, currency),
          signedMoney(r.variance, currency),
        ],
      }))}
    />
  );
}

export function BaselineCompare({ state, actions }: ViewProps) {
  const styles = useStyles();
  const restoreFocus = useRestoreFocusTarget();
  const plan = state.plan;
  const currency = plan.settings.currency;
  const [saving, setSaving] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [team, setTeam] = useState<TeamChoice>("All teams");
  const latest = plan.latestBaseline;
  // A chosen baseline someone has since deleted falls back to the latest.
  const baseline: Baseline | null =
    plan.baselines.find((b) => chosen !== null && normalName(b.name) === normalName(chosen)) ??
    latest;
  const metrics = useMemo(
    () => (baseline ? baselineMetrics(plan, baseline) : null),
    [plan, baseline]
  );
  const approvedChanged = useMemo(() => {
    const refs = state.check.flags
      .filter((f) => f.code === "approved-changed")
      .flatMap((f) => f.refs);
    return [...new Set(refs)];
  }, [state]);

  const optionText = (b: Baseline) =>
    `${b.name} (${savedLabel(b.saved)})${b === latest ? ", latest" : ""}`;
  const budgetLeftOut = useMemo(() => leftOutRows(state, "Budget"), [state]);
  const changes = metrics ? lineChanges(metrics, currency, budgetLeftOut.rows) : [];

  return (
    <section className={styles.root} aria-labelledby="budget-baselines">
      <div className={styles.titleRow}>
        <Subtitle2 as="h2" id="budget-baselines" className={styles.heading}>
          Baselines
        </Subtitle2>
        <Button {...restoreFocus} onClick={() => setSaving(true)}>
          Save baseline
        </Button>
      </div>
      {approvedChanged.length > 0 && latest && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Approved {approvedChanged.length === 1 ? "line" : "lines"} changed since {latest.name}:{" "}
            {approvedChanged.join(", ")}. The Flags view lists the months.
          </MessageBarBody>
        </MessageBar>
      )}
      {!baseline || !metrics ? (
        <Body1 as="p">
          No baseline saved yet. Save one when the budget is approved, to see later what changed.
        </Body1>
      ) : (
        <>
          <ChoiceField
            label="Compare with"
            choices={plan.baselines.map((b) => ({ value: b.name, text: optionText(b) }))}
            value={baseline.name}
            onChange={setChosen}
          />
          <Body1 as="p">
            Year now {money(metrics.year.baselineSpend + metrics.year.variance, currency)}, in{" "}
            {metrics.name} {money(metrics.year.baselineSpend, currency)}: variance{" "}
            {signedMoney(metrics.year.variance, currency)}.
            {budgetLeftOut.sentence && ` ${budgetLeftOut.sentence}`}
          </Body1>
          {metrics.months.length === 12 && (
            <BaselineChart
              months={chartMonths(metrics)}
              baselineName={metrics.name}
              currency={currency}
            />
          )}
          <ChoiceField
            label="Team"
            choices={(["All teams", ...TEAMS] as const).map((t) => ({ value: t, text: t }))}
            value={team}
            onChange={setTeam}
          />
          <CompareTable
            label="Plan against baseline by month"
            first="Month"
            rows={compareByMonth(metrics, team)}
            currency={currency}
          />
          <CompareTable
            label="Plan against baseline by team"
            first="Team"
            rows={compareByTeam(metrics)}
            currency={currency}
          />
          <Subtitle2 as="h3" className={styles.heading}>
            Lines since {metrics.name}
          </Subtitle2>
          {changes.length === 0 ? (
            <Body1 as="p">No line was added, removed or changed.</Body1>
          ) : (
            <ul className={styles.lines} aria-label="Lines since the baseline">
              {changes.map((c) => (
                <li key={`${c.change} ${c.line}`}>
                  <Body1>
                    {c.line}: {CHANGE_WORDS[c.change]}
                    {c.leftOut && ` (${c.leftOut}), counted as ${money(0, currency)}`},{" "}
                    {signedMoney(c.total, currency)} for the year
                    {c.months.length > 0 && ` (${c.months.join(", ")})`}
                    {c.status && `; ${c.status}`}
                  </Body1>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {saving && (
        <SaveBaselineDialog state={state} actions={actions} onClose={() => setSaving(false)} />
      )}
    </section>
  );
}
