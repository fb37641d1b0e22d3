/**
 * Plan versus actual: the Spend that Results report against the budget, by month, for all spend
 * or one lane or campaign. Unreported spend reads "not reported", never $0; months where actual
 * runs more than 10% over plan are marked.
 */
import {
  Body1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { planVersusActual, type SpendAgainstPlan } from "../../workbook";
import { ScrollRegion } from "../components/ScrollRegion";
import { useCommonStyles } from "../components/styles";
import { signedMoney } from "../model/finance";
import { money, moneyOrNone, monthLabel, percent } from "../model/format";
import { overPlanMonths, overShare, reportedLabel, spendChoices } from "../model/planActual";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function PlanVersusActual({ state }: Pick<ViewProps, "state">) {
  const styles = useStyles();
  const common = useCommonStyles();
  const plan = state.plan;
  const currency = plan.settings.currency;
  const pva = useMemo(() => planVersusActual(plan), [plan]);
  const choices = useMemo(() => spendChoices(pva), [pva]);
  const [key, setKey] = useState("all");
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  const reported = choice.months.filter((s) => s.actual !== null).length;
  const over = useMemo(() => overPlanMonths(pva, plan.months), [pva, plan.months]);

  const cells = (s: SpendAgainstPlan) => (
    <>
      <TableCell>{money(s.planned, currency)}</TableCell>
      <TableCell>{moneyOrNone(s.actual, currency)}</TableCell>
      <TableCell>{s.variance === null ? "—" : signedMoney(s.variance, currency)}</TableCell>
      <TableCell className={s.over ? styles.over : undefined}>
        {s.over ? `Over plan${overShare(s) === null ? "" : ` by ${percent(overShare(s))}`}` : ""}
      </TableCell>
    </>
  );

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
      <Field label="Spend">
        <Dropdown
          value={choice.label}
          selectedOptions={[choice.key]}
          onOptionSelect={(_, d) => setKey(d.optionValue ?? "all")}
        >
          {choices.map((c) => (
            <Option key={c.key} value={c.key}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ScrollRegion label="Plan versus actual by month, scrolls sideways">
        <Table
          size="extra-small"
          aria-label="Plan versus actual by month"
          className={common.fitTable}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Month</TableHeaderCell>
              <TableHeaderCell>Plan</TableHeaderCell>
              <TableHeaderCell>Actual</TableHeaderCell>
              <TableHeaderCell>Variance</TableHeaderCell>
              <TableHeaderCell>Over 10%</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody className={common.nowrap}>
            {plan.months.map((month, m) => (
              <TableRow key={month}>
                <TableCell>{monthLabel(month)}</TableCell>
                {cells(choice.months[m])}
              </TableRow>
            ))}
            {reported === choice.months.length ? (
              <TableRow>
                <TableCell>Year</TableCell>
                {cells(choice.year)}
              </TableRow>
            ) : (
              <>
                {/* Actuals against the plan of the same months: like with like. */}
                {reported > 0 && (
                  <TableRow>
                    <TableCell>{reportedLabel(choice.reported)}</TableCell>
                    {cells(choice.reported)}
                  </TableRow>
                )}
                <TableRow>
                  <TableCell>Full-year plan</TableCell>
                  <TableCell>{money(choice.year.planned, currency)}</TableCell>
                  <TableCell colSpan={3}>
                    {reported} of {choice.months.length} months reported
                  </TableCell>
                </TableRow>
              </>
            )}
          </TableBody>
        </Table>
      </ScrollRegion>
    </section>
  );
}
