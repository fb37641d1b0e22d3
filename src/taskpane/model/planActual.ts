/** Plan versus actual as the Results view shows it: which spend to show, and the months over plan. Pure. */
import type {
  PlanActualGroup,
  PlanVersusActual,
  ReportedAgainstPlan,
  SpendAgainstPlan,
} from "../../workbook";
import { monthLabel } from "./format";

/** "All spend", "Lane: Media", "Campaign: Spring launch", "Lane: (none)". */
export interface SpendChoice {
  key: string;
  label: string;
  months: SpendAgainstPlan[];
  year: SpendAgainstPlan;
  /** The reported months' actuals against the plan of those months. */
  reported: ReportedAgainstPlan;
}

const groupChoice = (kind: "Lane" | "Campaign", g: PlanActualGroup): SpendChoice => ({
  key: `${kind}:${g.name ?? ""}`,
  label: `${kind}: ${g.name ?? `no ${kind.toLowerCase()}`}`,
  months: g.months,
  year: g.year,
  reported: g.reported,
});

export function spendChoices(pva: PlanVersusActual): SpendChoice[] {
  return [
    {
      key: "all",
      label: "All spend",
      months: pva.months,
      year: pva.year,
      reported: pva.reported,
    },
    ...pva.byLane.map((g) => groupChoice("Lane", g)),
    ...pva.byCampaign.map((g) => groupChoice("Campaign", g)),
  ];
}

/** How far over plan, as a share of plan ("22%"), or null when the plan is 0. */
export function overShare(s: SpendAgainstPlan): number | null {
  return s.actual === null || s.planned === 0 ? null : (s.actual - s.planned) / s.planned;
}

/** Every month where actual runs more than 10% over plan, for each lane and campaign. */
export function overPlanMonths(pva: PlanVersusActual, months: readonly string[]): string[] {
  const out: string[] = [];
  const add = (kind: string, g: PlanActualGroup) =>
    g.months.forEach((s, m) => {
      if (s.over && months[m])
        out.push(`${kind} ${g.name ?? "(none)"} in ${monthLabel(months[m])}`);
    });
  pva.byLane.forEach((g) => add("lane", g));
  pva.byCampaign.forEach((g) => add("campaign", g));
  return out;
}

/** "Plan of the 4 reported months": the label of the row that compares like with like. */
export function reportedLabel(reported: ReportedAgainstPlan): string {
  return `Plan of the ${reported.months} reported ${reported.months === 1 ? "month" : "months"}`;
}
