/**
 * Whether the plan can be given a sync score at all, and the score: a plan with no year (Plan
 * starts missing or not a month), a missing table, or nothing to check (no valid activity and no
 * valid budget line) gets none, rather than 0% beside "in sync" or 100% for nothing. Pure; small,
 * because the pane's header draws it on first load.
 */
import type { PlanState } from "../../workbook";

export type ScoreStatus = "ready" | "empty" | "broken";

export function scoreStatus(state: PlanState): ScoreStatus {
  if (state.workbook.problems.length > 0 || state.plan.months.length !== 12) return "broken";
  if (state.plan.activities.length === 0 && state.plan.budget.length === 0) return "empty";
  return "ready";
}

/** The sync score (docs/rules.md §4), or null when the plan cannot be scored. */
export function scoreOf(state: PlanState): number | null {
  return scoreStatus(state) === "ready" ? state.check.metrics.syncScore : null;
}
