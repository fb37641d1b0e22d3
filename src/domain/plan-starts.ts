/**
 * What changing Plan starts does to the plan, before anyone saves it: the Budget's month columns
 * are headed Jan..Dec, so a new plan year re-dates their money (Mar 2027 becomes Mar 2028), and
 * activities, Results rows and Targets keep their dates, so some fall outside the year.
 */
import { formatMonth, monthNumberOf } from "./months";
import type { Month, Plan } from "./types";

/** The money of one Budget month column that lands on another month. */
export interface MoneyMove {
  from: Month;
  to: Month;
  /** Σ of that column over the valid budget lines (> 0). */
  amount: number;
  /** Valid budget lines with money in that column. */
  lines: number;
}

export interface ActivityOutside {
  row: number;
  id: string;
  activity: string;
  start: Month;
  end: Month;
  /** True when no month of the activity is in the new year (it is then left out as a problem). */
  whollyOutside: boolean;
}

export interface PlanStartsChange {
  from: Month;
  to: Month;
  /** Month columns whose money changes date, in the old plan order. */
  moves: MoneyMove[];
  /** Activities with at least one month outside the new year (that was inside the old one). */
  activities: ActivityOutside[];
  /** Results rows whose Month is outside the new year (each then a problem). */
  results: Array<{ row: number; month: Month; channel: string }>;
  /** Targets rows whose Month is outside the new year. */
  targets: Array<{ row: number; month: Month }>;
}

/** The new plan month (number) of a month number, when the year starts at `start`: same calendar month. */
function redate(month: number, start: number): number {
  return start + ((((month - start) % 12) + 12) % 12);
}

/**
 * What moves when Plan starts goes from the plan's current first month to `to`; null when the
 * plan has no valid Plan starts (nothing is dated yet) or `to` is not a month.
 */
export function planStartsChange(plan: Plan, to: Month): PlanStartsChange | null {
  const from = plan.settings.planStarts;
  const oldStart = from === null ? null : monthNumberOf(from);
  const newStart = monthNumberOf(to);
  if (from === null || oldStart === null || newStart === null) return null;
  const inNewYear = (m: number) => m >= newStart && m <= newStart + 11;

  const moves: MoneyMove[] = [];
  for (let i = 0; i < 12; i++) {
    const old = oldStart + i;
    const now = redate(old, newStart);
    if (now === old) continue;
    let amount = 0;
    let lines = 0;
    for (const line of plan.budget) {
      if (line.amounts[i] > 0) {
        amount += line.amounts[i];
        lines++;
      }
    }
    if (amount > 0) moves.push({ from: formatMonth(old), to: formatMonth(now), amount, lines });
  }

  const activities: ActivityOutside[] = [];
  for (const a of plan.activities) {
    const start = monthNumberOf(a.start);
    const end = monthNumberOf(a.end);
    if (start === null || end === null) continue;
    // Months of the activity that count today (inside the old year) and would not any more.
    const lost = a.monthIndexes.some((i) => !inNewYear(oldStart + i));
    if (!lost) continue;
    const kept = Math.max(start, newStart) <= Math.min(end, newStart + 11);
    activities.push({
      row: a.row,
      id: a.id,
      activity: a.activity,
      start: a.start,
      end: a.end,
      whollyOutside: !kept,
    });
  }

  const results = plan.results
    .filter((r) => {
      const m = monthNumberOf(r.month);
      return m !== null && !inNewYear(m);
    })
    .map((r) => ({ row: r.row, month: r.month, channel: r.channel }));
  const targets = (plan.demand?.targets ?? [])
    .filter((t) => {
      const m = monthNumberOf(t.month);
      return m !== null && !inNewYear(m);
    })
    .map((t) => ({ row: t.row, month: t.month }));

  return { from, to, moves, activities, results, targets };
}

/** Whether the change moves or drops anything at all. */
export function changesAnything(change: PlanStartsChange): boolean {
  return (
    change.moves.length > 0 ||
    change.activities.length > 0 ||
    change.results.length > 0 ||
    change.targets.length > 0
  );
}
