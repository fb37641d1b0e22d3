/**
 * Indexes built once per check, so that each flag rule looks things up by
 * month, campaign or lane instead of rescanning a table per month or per row.
 */
import { monthNumberOf } from "../months";
import type { Activity, BudgetLine, Plan, ResultsRow } from "../types";
import { resultsByMonth } from "../measurement";
import { isJointLine, jointCampaigns } from "../joint";
import { demandFigures, type DemandFigures } from "../demand";
import { compareLines, type ComparedLine } from "../baseline-metrics";

export interface FlagContext {
  plan: Plan;
  /** First plan month as a month number, or null when there is no plan year. */
  start: number | null;
  /** Valid activities active in each plan month, by side, in table order. */
  marketingByMonth: Activity[][];
  salesByMonth: Activity[][];
  /** Months (0..11) in which some Sales-side / Marketing-side activity is active... */
  salesAny: boolean[];
  marketingAny: boolean[];
  /** ...and the same per campaign. */
  salesByCampaign: Map<string, boolean[]>;
  marketingByCampaign: Map<string, boolean[]>;
  /** Months in which any activity (either side) of a campaign / on a lane is active. */
  activeByCampaign: Map<string, boolean[]>;
  activeByLane: Map<string, boolean[]>;
  /** Budget spend per month by campaign / by lane. */
  spendByCampaign: Map<string, number[]>;
  spendByLane: Map<string, number[]>;
  /** Campaigns with activities on both sides. */
  jointCampaigns: Set<string>;
  /** Per budget line (same positions as plan.budget): is it joint? */
  lineIsJoint: boolean[];
  /** Expected, routed and required leads (Demand and lead handling). */
  demand: DemandFigures;
  /** The Budget lines matched with the latest baseline's, with their variance; null without one. */
  baselineLines: ComparedLine[] | null;
  /** The valid Results rows of each plan month (two flags and the month metrics read them). */
  resultsByMonth: ResultsRow[][];
}

function months<T>(fill: T): T[] {
  return new Array<T>(12).fill(fill);
}

function entry<T>(map: Map<string, T[]>, key: string, fill: T): T[] {
  let list = map.get(key);
  if (!list) {
    list = months(fill);
    map.set(key, list);
  }
  return list;
}

export function buildFlagContext(plan: Plan): FlagContext {
  const ctx: FlagContext = {
    plan,
    start: plan.settings.planStarts === null ? null : monthNumberOf(plan.settings.planStarts),
    marketingByMonth: Array.from({ length: 12 }, () => []),
    salesByMonth: Array.from({ length: 12 }, () => []),
    salesAny: months(false),
    marketingAny: months(false),
    salesByCampaign: new Map(),
    marketingByCampaign: new Map(),
    activeByCampaign: new Map(),
    activeByLane: new Map(),
    spendByCampaign: new Map(),
    spendByLane: new Map(),
    jointCampaigns: new Set(),
    lineIsJoint: [],
    demand: demandFigures(plan),
    baselineLines:
      plan.latestBaseline === null ? null : compareLines(plan.budget, plan.latestBaseline),
    resultsByMonth: resultsByMonth(plan),
  };
  // Each loop is a function of its own: V8 compiled this function while it ran its first loop
  // (on-stack replacement) and dropped that code right after the loop, in every check
  // (--trace-deopt: "insufficient type feedback"), so the budget's loop ran unoptimised.
  indexActivities(ctx, plan.activities);
  for (const name of jointCampaigns(plan)) ctx.jointCampaigns.add(name);
  indexBudget(ctx, plan.budget);
  return ctx;
}

/** Months of activity by side, campaign and lane. */
function indexActivities(ctx: FlagContext, activities: readonly Activity[]): void {
  for (const activity of activities) {
    const sales = activity.side === "Sales";
    const byMonth = sales ? ctx.salesByMonth : ctx.marketingByMonth;
    const any = sales ? ctx.salesAny : ctx.marketingAny;
    const sideCampaign =
      activity.campaign === null
        ? null
        : entry(sales ? ctx.salesByCampaign : ctx.marketingByCampaign, activity.campaign, false);
    const campaign =
      activity.campaign === null ? null : entry(ctx.activeByCampaign, activity.campaign, false);
    const lane = entry(ctx.activeByLane, activity.lane, false);
    // An index loop: monthIndexes is frozen (shared), and for-of over a frozen array takes
    // V8's generic iterator, one result object per month (1.3 MB per check at 10,000 rows).
    const monthIndexes = activity.monthIndexes;
    for (let i = 0; i < monthIndexes.length; i++) {
      const m = monthIndexes[i];
      byMonth[m].push(activity);
      any[m] = true;
      lane[m] = true;
      if (sideCampaign) sideCampaign[m] = true;
      if (campaign) campaign[m] = true;
    }
  }
}

/** Which lines are joint, and spend by campaign and lane. */
function indexBudget(ctx: FlagContext, budget: readonly BudgetLine[]): void {
  for (const line of budget) {
    ctx.lineIsJoint.push(isJointLine(line, ctx.jointCampaigns));
    const campaign = line.campaign === null ? null : entry(ctx.spendByCampaign, line.campaign, 0);
    const lane = line.lane === null ? null : entry(ctx.spendByLane, line.lane, 0);
    for (let m = 0; m < 12; m++) {
      const amount = line.amounts[m];
      if (amount === 0) continue;
      if (campaign) campaign[m] += amount;
      if (lane) lane[m] += amount;
    }
  }
}

/** ok[m] = some month of [m + from, m + to], clipped to the plan year, is true in `active`. */
export function withinWindow(
  active: readonly boolean[] | undefined,
  from: number,
  to: number
): boolean[] {
  const result = months(false);
  if (!active) return result;
  for (let m = 0; m < 12; m++) {
    const first = Math.max(0, m + from);
    const last = Math.min(11, m + to);
    for (let k = first; k <= last; k++) {
      if (active[k]) {
        result[m] = true;
        break;
      }
    }
  }
  return result;
}
