/**
 * The largest number a plan can mean in each numeric column. The pane's forms and its CSV import
 * refuse a value above its limit, naming the limit; the checker does not apply them: a number a
 * person types in the sheet is read and counted as typed (and shows, e.g. in the Budget total).
 * Chosen in docs/decisions.md ("Pane writes: limits").
 */
import { MONTH_ABBREVIATIONS } from "./months";
import { sameName } from "./names";
import type { Cell } from "./types";

/** One budget line in one month, in the plan's currency. */
export const MAX_MONTH_AMOUNT = 100_000_000;
/** Leads one activity is expected to bring. */
export const MAX_EXPECTED_LEADS = 1_000_000;
/** Hours of follow-up one activity needs (about five people's working years). */
export const MAX_FOLLOW_UP_HOURS = 10_000;
/** A Results row's spend: one channel in one month, in the plan's currency. */
export const MAX_RESULT_SPEND = 100_000_000;
/** A Results row's counts (Leads, Qualified, Closed, Followed up): one channel in one month. */
export const MAX_RESULT_COUNT = 10_000_000;
/** A Results row's revenue: one channel in one month, in the plan's currency. */
export const MAX_RESULT_REVENUE = 10_000_000_000;

/** A Sales-side lane's Capacity: new leads one team can follow up in a month. */
export const MAX_LANE_CAPACITY = 1_000_000;

export type LimitedTable = "Activities" | "Budget" | "Results" | "Lanes";

const LIMITS: Record<LimitedTable, Record<string, number>> = {
  Activities: { "Expected leads": MAX_EXPECTED_LEADS, "Follow-up hours": MAX_FOLLOW_UP_HOURS },
  Budget: Object.fromEntries(MONTH_ABBREVIATIONS.map((m) => [m, MAX_MONTH_AMOUNT])),
  Results: {
    Spend: MAX_RESULT_SPEND,
    Leads: MAX_RESULT_COUNT,
    Qualified: MAX_RESULT_COUNT,
    Closed: MAX_RESULT_COUNT,
    Revenue: MAX_RESULT_REVENUE,
    "Followed up": MAX_RESULT_COUNT,
  },
  Lanes: { Capacity: MAX_LANE_CAPACITY },
};

/** The limit of a column (matched as names are), or null when the column has none. */
export function limitOf(table: LimitedTable, column: string): number | null {
  const found = Object.keys(LIMITS[table]).find((c) => sameName(c, column));
  return found === undefined ? null : LIMITS[table][found];
}

/** 1,000,000 for a number a person reads at a glance; 1e+20 beyond that. */
function shown(n: number): string {
  return Math.abs(n) < 1e15 ? n.toLocaleString("en-US") : n.toExponential().replace("e+", "e");
}

/**
 * Why a value is beyond what a plan can mean, or null when it is within its column's limit (or is
 * not a number, which the column's own rule reports). Say "Expected leads can be at most …".
 */
export function overLimit(
  table: LimitedTable,
  column: string,
  value: Cell | undefined
): string | null {
  const limit = limitOf(table, column);
  if (limit === null || typeof value !== "number") return null;
  if (Number.isFinite(value) && Math.abs(value) <= limit) return null;
  const what = Number.isFinite(value) ? shown(value) : "That number";
  return `${column} can be at most ${shown(limit)}; ${what} is more than a plan can mean.`;
}
