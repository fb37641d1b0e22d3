/**
 * The two-way scorecard (docs/rules.md §4): marketing on closed deals, close
 * rate and cost per closed deal; sales on the follow-up rate against the target
 * and the deals closed from reported leads. For the year and a chosen month;
 * what is not reported is said so and listed as the gap to close, never shown as 0.
 */
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type PlanState, type RateBasis, rateBasis, type Scorecard as Card } from "../../workbook";
import { ChoiceField } from "../components/ChoiceField";
import { MonthTable } from "../components/MonthTable";
import { countOrNone, monthLabel, percent } from "../model/format";
import {
  closeRateText,
  costPerClosedText,
  latestReportedMonth,
  monthScorecards,
  reportingGaps,
} from "../model/measurement";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  side: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const NOT_REPORTED = "not reported";

/** The scorecard's lines: what each side is measured on, and how its figure reads. */
function lines(
  card: Card,
  basis: RateBasis,
  currency: string
): Array<{ side?: string; label: string; value: string }> {
  const m = card.marketing;
  const s = card.sales;
  const rate = s.followUpRate;
  const target = percent(s.followUpTarget);
  const followUp =
    rate === null
      ? NOT_REPORTED
      : `${percent(rate)} (target ${target}${Math.round(rate * 1e9) < Math.round(s.followUpTarget * 1e9) ? ", below" : ""})`;
  return [
    { side: "Marketing", label: "Leads", value: countOrNone(m.leads) },
    { label: "Closed deals", value: countOrNone(m.closed) },
    // Each rate says what it is computed from: only rows reporting both figures count (rules §4).
    { label: "Close rate", value: closeRateText(m.closeRate, "always", basis) },
    {
      label: "Cost per closed deal",
      value: costPerClosedText(m.costPerClosed, "always", basis, currency),
    },
    { side: "Sales", label: "Follow-up rate", value: followUp },
    { label: "Deals closed from reported leads", value: countOrNone(s.closedFromReportedLeads) },
  ];
}

export function Scorecard({ state }: { state: PlanState }) {
  const styles = useStyles();
  const { plan, check } = state;
  const currency = plan.settings.currency;
  const months = useMemo(() => monthScorecards(plan), [plan]);
  const gaps = useMemo(() => reportingGaps(plan), [plan]);
  const [chosen, setChosen] = useState<string | null>(null);
  const month = chosen ?? latestReportedMonth(months) ?? plan.months[0] ?? null;
  const monthCard = months.find((c) => c.month === month) ?? null;
  const yearBasis = useMemo(() => rateBasis(plan.results), [plan]);
  const year = lines(check.metrics.scorecard, yearBasis, currency);
  const byMonth = monthCard ? lines(monthCard.card, monthCard.basis, currency) : null;
  const gapsShown = gaps.filter((g) => month === null || g.month <= month);

  return (
    <section className={styles.root} aria-label="Two-way scorecard">
      <Subtitle2 as="h2">Two-way scorecard</Subtitle2>
      <Body1 as="p">
        Marketing answers for closed deals, not just leads; sales answers for following up
        marketing&apos;s leads.
      </Body1>
      {plan.months.length > 0 && (
        <ChoiceField
          label="Month"
          size="small"
          choices={plan.months.map((m) => ({ value: m, text: monthLabel(m) }))}
          value={month}
          onChange={setChosen}
        />
      )}
      <MonthTable
        label="Scorecard"
        size="small"
        wrap
        first="Measure"
        columns={month ? ["Year", { key: month, header: monthLabel(month) }] : ["Year"]}
        rows={year.map((line, i) => ({
          key: line.label,
          first: (
            <>
              {line.side && <span className={styles.side}>{line.side}: </span>}
              {line.label}
            </>
          ),
          cells: month
            ? [line.value, { text: monthCard?.reported ? byMonth?.[i].value : NOT_REPORTED }]
            : [line.value],
        }))}
      />
      <Subtitle2 as="h3">Not reported yet: the gap to close</Subtitle2>
      {gapsShown.length === 0 ? (
        <Body1 as="p">Every month with leads reports its closed deals and follow-ups.</Body1>
      ) : (
        <ul className={styles.list} aria-label="Not reported">
          {gapsShown.map((g) => (
            <li key={g.month}>
              {monthLabel(g.month)}:{" "}
              {[
                g.closes.length > 0 && `closed deals not reported for ${g.closes.join(", ")}`,
                g.followUps.length > 0 && `follow-ups not reported for ${g.followUps.join(", ")}`,
              ]
                .filter(Boolean)
                .join("; ")}
              .
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
