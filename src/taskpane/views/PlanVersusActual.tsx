/**
 * Plan versus actual: the Spend that Results report against the budget, by month, for all spend
 * or one lane or campaign. Unreported spend reads "not reported", never $0; months where actual
 * runs more than 10% over plan are marked.
 */
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { planVersusActual, type SpendAgainstPlan } from "../../workbook";
import { ChoiceField } from "../components/ChoiceField";
import { MonthTable, type MonthTableCell } from "../components/MonthTable";
import { signedMoney } from "../model/finance";
import { money, moneyOrNone, monthLabel, percent } from "../model/format";
import { overPlanMonths, overShare, reportedLabel, spendChoices } from "../model/planActual";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export function PlanVersusActual({ state }: Pick<ViewProps, "state">) {
  const styles = useStyles();
  const plan = state.plan;
  const currency = plan.settings.currency;
  const pva = useMemo(() => planVersusActual(plan), [plan]);
  const choices = useMemo(() => spendChoices(pva), [pva]);
  const [key, setKey] = useState("all");
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  const reported = choice.months.filter((s) => s.actual !== null).length;
  const over = useMemo(() => overPlanMonths(pva, plan.months), [pva, plan.months]);

  const cells = (s: SpendAgainstPlan): MonthTableCell[] => [
    money(s.planned, currency),
    moneyOrNone(s.actual, currency),
    s.variance === null ? "—" : signedMoney(s.variance, currency),
    {
      text: s.over ? `Over plan${overShare(s) === null ? "" : ` by ${percent(overShare(s))}`}` : "",
      mark: s.over ? "error" : undefined,
    },
  ];

  return (
    <section className={styles.root} aria-labelledby="plan-actual">
      <Subtitle2 as="h2" id="plan-actual" className={styles.heading}>
        Plan versus actual
      </Subtitle2>
      <Body1 as="p" className={styles.heading}>
        {over.length === 0
          ? "No month's reported spend runs more than 10% over plan."
          : `More than 10% over plan: ${over.join("; ")}.`}
      </Body1>
      <ChoiceField
        label="Spend"
        choices={choices.map((c) => ({ value: c.key, text: c.label }))}
        value={choice.key}
        onChange={setKey}
      />
      <MonthTable
        label="Plan versus actual by month"
        first="Month"
        columns={["Plan", "Actual", "Variance", "Over 10%"]}
        rows={[
          ...plan.months.map((month, m) => ({
            key: month,
            first: monthLabel(month),
            cells: cells(choice.months[m]),
          })),
          ...(reported === choice.months.length
            ? [{ key: "year", first: "Year", cells: cells(choice.year) }]
            : [
                // Actuals against the plan of the same months: like with like.
                ...(reported > 0
                  ? [
                      {
                        key: "reported",
                        first: reportedLabel(choice.reported),
                        cells: cells(choice.reported),
                      },
                    ]
                  : []),
                {
                  key: "year",
                  first: "Full-year plan",
                  cells: [
                    money(choice.year.planned, currency),
                    { text: `${reported} of ${choice.months.length} months reported`, span: 3 },
                  ],
                },
              ]),
        ]}
      />
    </section>
  );
}
