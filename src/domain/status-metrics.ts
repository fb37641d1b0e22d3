/**
 * The budget by status (Draft, Proposed, Approved), by plan month and for the
 * year: how much of the plan finance has approved, and how much is still asked for.
 */
import { STATUSES } from "./columns";
import type { Month, Plan, Status } from "./types";

export interface StatusMonth {
  month: Month;
  byStatus: Record<Status, number>;
  total: number;
}

export interface StatusTotals {
  /** Per plan month; empty without a plan year. */
  months: StatusMonth[];
  year: { byStatus: Record<Status, number>; total: number };
}

const byStatus = (): Record<Status, number> => ({ Draft: 0, Proposed: 0, Approved: 0 });

export function statusTotals(plan: Plan): StatusTotals {
  const months = Array.from({ length: 12 }, byStatus);
  const year = byStatus();
  for (const line of plan.budget)
    for (let m = 0; m < 12; m++) {
      months[m][line.status] += line.amounts[m];
      year[line.status] += line.amounts[m];
    }
  const sum = (r: Record<Status, number>) => STATUSES.reduce((s, k) => s + r[k], 0);
  return {
    months:
      plan.months.length === 12
        ? plan.months.map((month, m) => ({ month, byStatus: months[m], total: sum(months[m]) }))
        : [],
    year: { byStatus: year, total: sum(year) },
  };
}
