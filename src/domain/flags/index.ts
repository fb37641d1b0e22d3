/** All flag rules, in the order of rules.md §3, and the ordering of their flags. */
import type { Flag, FlagCode, Plan, Severity } from "../types";
import { activityWithoutBudget } from "./activity-without-budget";
import { closesUnreported } from "./closes-unreported";
import { buildFlagContext, type FlagContext } from "./context";
import { noAirCover } from "./no-air-cover";
import { noFollowUp } from "./no-follow-up";
import { overCap } from "./over-cap";
import { separateBudgets } from "./separate-budgets";
import { siloedSpend } from "./siloed-spend";
import { slowFollowUp } from "./slow-follow-up";
import { spendWithoutActivity } from "./spend-without-activity";

export { buildFlagContext, type FlagContext } from "./context";

/** The order of the flag table in rules.md §3; flags of one month follow it. */
export const FLAG_ORDER: readonly FlagCode[] = [
  "no-follow-up",
  "no-air-cover",
  "siloed-spend",
  "spend-without-activity",
  "activity-without-budget",
  "slow-follow-up",
  "closes-unreported",
  "separate-budgets",
  "over-cap",
];

/** Each flag's severity, as rules.md §3 fixes it. */
export const FLAG_SEVERITY: Readonly<Record<FlagCode, Severity>> = {
  "no-follow-up": "warning",
  "no-air-cover": "warning",
  "siloed-spend": "warning",
  "spend-without-activity": "warning",
  "activity-without-budget": "info",
  "slow-follow-up": "warning",
  "closes-unreported": "info",
  "separate-budgets": "warning",
  "over-cap": "error",
};

const MONTH_RULES = [
  noFollowUp,
  noAirCover,
  siloedSpend,
  spendWithoutActivity,
  activityWithoutBudget,
  slowFollowUp,
  closesUnreported,
];
const PLAN_RULES = [separateBudgets, overCap];

/** Flags ordered by month (whole-plan flags first), then by FLAG_ORDER. */
export function findFlags(plan: Plan, ctx: FlagContext = buildFlagContext(plan)): Flag[] {
  const flags: Flag[] = [];
  for (const rule of PLAN_RULES) flags.push(...rule(ctx));
  // Month flags need a plan year to place the months in.
  if (plan.months.length === 12) {
    const byMonth: Flag[][] = Array.from({ length: 12 }, () => []);
    for (const rule of MONTH_RULES) {
      for (const flag of rule(ctx)) byMonth[plan.months.indexOf(flag.month as string)].push(flag);
    }
    for (const monthFlags of byMonth) flags.push(...monthFlags);
  }
  return flags;
}
