/** The Budget view's shape: month × team with totals, joint share, the cap, and chart bars. Pure. */
import type { PlanCheck, Team } from "../../workbook";
import { monthLabel, monthShort } from "./format";

export interface BudgetGridRow {
  month: string;
  short: string;
  label: string;
  byTeam: Record<Team, number>;
  total: number;
  jointShare: number | null;
  flagCount: number;
}

export interface BudgetGrid {
  rows: BudgetGridRow[];
  totals: Record<Team, number>;
  total: number;
  jointShare: number | null;
  cap: number | null;
  /** How far the year is over the cap (0 when under or no cap). */
  overBy: number;
  /** The largest month total, for scaling the chart (at least 1). */
  maxMonth: number;
}

export function budgetGrid(check: PlanCheck): BudgetGrid {
  const rows = check.metrics.months.map((m) => ({
    month: m.month,
    short: monthShort(m.month),
    label: monthLabel(m.month),
    byTeam: { ...m.spendByTeam },
    total: m.totalSpend,
    jointShare: m.jointShare,
    flagCount: m.flagCount,
  }));
  const year = check.metrics.year;
  const cap = year.cap;
  return {
    rows,
    totals: { ...year.byTeam },
    total: year.totalSpend,
    jointShare: year.jointShare,
    cap,
    overBy: cap !== null && year.totalSpend > cap ? year.totalSpend - cap : 0,
    maxMonth: Math.max(1, ...rows.map((r) => r.total)),
  };
}

/** Heights (0..100, percent of the tallest month) of each team's segment of a month's stacked bar. */
export function barSegments(row: BudgetGridRow, maxMonth: number): Record<Team, number> {
  const scale = (n: number) => (maxMonth > 0 ? (n / maxMonth) * 100 : 0);
  return {
    Marketing: scale(row.byTeam.Marketing),
    Sales: scale(row.byTeam.Sales),
    Joint: scale(row.byTeam.Joint),
  };
}
