/** Budget: month × team with totals, joint share, the cap, a stacked-bar chart, and the lines. */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { type BudgetLine, TEAMS } from "../../workbook";
import { LeftOutItem } from "../components/LeftOutList";
import { MonthTable } from "../components/MonthTable";
import { UnreadableSettingBar } from "../components/UnreadableSettingBar";
import { useCommonStyles, useTeamFills, useTeamStyles } from "../components/styles";
import {
  barSegments,
  budgetGrid,
  spendTicks,
  SPLIT_HEADINGS,
  yearAgainstCap,
  capWithLeftOut,
} from "../model/budget";
import { moneyShort, money, percent } from "../model/format";
import { type LeftOutRow, leftOutRows } from "../model/leftOut";
import {
  type BudgetFormValues,
  budgetMonthHeaders,
  budgetToForm,
  emptyBudgetForm,
} from "../model/rowForms";
import { type BudgetEdit, BudgetLineForm } from "./BudgetLineForm";
import type { ViewProps } from "./types";

// Finance's part (status totals, baselines, a chart) loads on demand.
const FinanceSection = lazy(() =>
  import("./FinanceSection").then((m) => ({ default: m.FinanceSection }))
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  chart: {
    flexGrow: 1,
    minWidth: 0,
    display: "grid",
    gridTemplateColumns: "repeat(12, minmax(0, 1fr))",
    columnGap: "2px",
    alignItems: "end",
    height: "140px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  column: { display: "flex", flexDirection: "column-reverse", height: "100%" },
  labels: {
    display: "grid",
    gridTemplateColumns: "repeat(12, minmax(0, 1fr))",
    columnGap: "2px",
    textAlign: "center",
    fontSize: tokens.fontSizeBase100,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXS,
  },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  lines: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  line: {
    width: "100%",
    minWidth: 0,
    justifyContent: "space-between",
    textAlign: "left",
    columnGap: tokens.spacingHorizontalS,
  },
  // The name wraps; the amount keeps its room, so "$110,000" never meets the pane's edge.
  lineName: { minWidth: 0, flexGrow: 1, overflowWrap: "anywhere" },
  lineAmount: { flexShrink: 0, whiteSpace: "nowrap" },
  plot: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  axis: {
    display: "flex",
    flexDirection: "column",
    justifyContent: "space-between",
    alignItems: "flex-end",
    width: "40px",
    flexShrink: 0,
    height: "140px",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  labelsIndent: { marginLeft: `calc(40px + ${tokens.spacingHorizontalXS})` },
});

export function BudgetView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const fills = useTeamFills();
  const team = useTeamStyles();
  const restoreFocus = useRestoreFocusTarget();
  const grid = useMemo(() => budgetGrid(state.check, state.plan), [state]);
  const leftOut = useMemo(() => leftOutRows(state, "Budget"), [state]);
  // Every line in table order: the counted ones and, in their place, those left out for a problem.
  const lines = useMemo(
    () =>
      [
        ...state.plan.budget.map((b) => ({ row: b.row, line: b, left: null as LeftOutRow | null })),
        ...leftOut.rows.map((r) => ({ row: r.row, line: null as BudgetLine | null, left: r })),
      ].sort((a, b) => a.row - b.row),
    [state, leftOut]
  );
  const headers = useMemo(() => budgetMonthHeaders(state.plan), [state]);
  const currency = state.plan.settings.currency;
  const year = useMemo(() => yearAgainstCap(grid, state.check, currency), [grid, state, currency]);
  const capAtStake = capWithLeftOut(grid, leftOut.amount, currency);
  const [form, setForm] = useState<{ initial: BudgetFormValues; edit: BudgetEdit | null } | null>(
    null
  );

  const openEdit = (row: number) => {
    const line = state.plan.budget.find((b) => b.row === row);
    const ref = actions.rowRef("Budget", row);
    if (!line || !ref) return;
    setForm({ initial: budgetToForm(line, headers, ref.before), edit: { ref, line: line.line } });
    void actions.selectRows("Budget", [row]);
  };

  return (
    <div className={styles.root}>
      <section className={styles.summary} aria-labelledby="budget-year">
        <Subtitle2 as="h2" id="budget-year" className={styles.heading}>
          {year.heading}
        </Subtitle2>
        {year.unreadable && <UnreadableSettingBar problem={year.unreadable} actions={actions} />}
        <Body1 as="p" className={styles.heading}>
          Joint share of spend: {percent(grid.jointShare)}
        </Body1>
        {leftOut.sentence && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {leftOut.sentence}
              {capAtStake && ` ${capAtStake}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {grid.overBy > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              Over the Annual budget cap by {money(grid.overBy, currency)}.
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section aria-labelledby="budget-chart">
        <Subtitle2 as="h2" id="budget-chart">
          Spend by month
        </Subtitle2>
        <ul className={styles.legend} aria-label="Chart legend">
          {TEAMS.map((t) => (
            <li key={t}>
              <span className={mergeClasses(styles.swatch, fills[t])} aria-hidden="true" />
              <Caption1>{SPLIT_HEADINGS[t]}</Caption1>
            </li>
          ))}
        </ul>
        <div className={styles.plot}>
          <div className={styles.axis} aria-hidden="true">
            {spendTicks(grid.maxMonth).map((v, i) => (
              <span key={i}>{moneyShort(v, currency)}</span>
            ))}
          </div>
          <div
            className={styles.chart}
            role="img"
            aria-label="Stacked bars of spend by month and team; the table below has the figures."
          >
            {grid.rows.map((row) => {
              const seg = barSegments(row, grid.maxMonth);
              return (
                <div key={row.month} className={styles.column}>
                  {TEAMS.map((t) => (
                    <div key={t} className={fills[t]} style={{ height: `${seg[t]}%` }} />
                  ))}
                </div>
              );
            })}
          </div>
        </div>
        <div className={mergeClasses(styles.labels, styles.labelsIndent)} aria-hidden="true">
          {grid.rows.map((r) => (
            <span key={r.month}>{r.short}</span>
          ))}
        </div>
      </section>

      <MonthTable
        label="Budget by month and team"
        first="Month"
        columns={[...TEAMS.map((t) => SPLIT_HEADINGS[t]), "Total", "Joint share"]}
        rows={[
          ...grid.rows.map((r) => ({
            key: r.month,
            first: r.label,
            cells: [
              ...TEAMS.map((t) => money(r.split[t], currency)),
              money(r.total, currency),
              percent(r.jointShare),
            ],
          })),
          {
            key: "year",
            first: "Year",
            strong: true,
            cells: [
              ...TEAMS.map((t) => money(grid.splitTotals[t], currency)),
              money(grid.total, currency),
              percent(grid.jointShare),
            ],
          },
        ]}
      />
      <Caption1 as="p" className={styles.heading}>
        Joint lines (rule): lines of the Joint team or of a joint campaign (one that marketing and
        sales both have activities in), as the joint share counts them. Marketing only, Sales only:
        their other lines. The comparison with a baseline goes by the Team column (Team Joint).
      </Caption1>

      <Suspense fallback={<Spinner size="tiny" label="Loading baselines…" />}>
        <FinanceSection state={state} actions={actions} />
      </Suspense>

      <section aria-labelledby="budget-lines">
        <div className={common.row}>
          <Subtitle2 as="h2" id="budget-lines">
            Budget lines ({lines.length})
          </Subtitle2>
          <Button
            appearance="primary"
            {...restoreFocus}
            onClick={() => setForm({ initial: emptyBudgetForm(state, headers), edit: null })}
          >
            Add budget line
          </Button>
        </div>
        <ul className={styles.lines}>
          {lines.map((item) =>
            item.left ? (
              <LeftOutItem
                key={item.row}
                table="Budget"
                row={item.left}
                figure={(r) => (r.amount > 0 ? money(r.amount, currency) : null)}
                actions={actions}
              />
            ) : item.line ? (
              <li key={item.row}>
                <Button
                  className={mergeClasses(styles.line, team[item.line.team])}
                  appearance="subtle"
                  {...restoreFocus}
                  onClick={() => openEdit(item.row)}
                >
                  <span className={styles.lineName}>
                    {item.line.line} · {item.line.team}
                    {item.line.campaign ? ` · ${item.line.campaign}` : ""} · {item.line.status}
                  </span>
                  <span className={styles.lineAmount}>{money(item.line.total, currency)}</span>
                </Button>
              </li>
            ) : null
          )}
        </ul>
      </section>
      {form && (
        <BudgetLineForm
          state={state}
          actions={actions}
          initial={form.initial}
          monthHeaders={headers}
          edit={form.edit}
          onClose={() => setForm(null)}
        />
      )}
    </div>
  );
}
