/**
 * Finance's figures as the Budget view shows them: the plan against a baseline
 * by month (for all teams or one), by team, line by line, and as chart bars. Pure.
 */
import type { BaselineMetrics, Team } from "../../workbook";
import { MONTH_ABBREVIATIONS, normalName, TEAMS } from "../../workbook";
import { money, monthLabel, monthShort } from "./format";
import { type LeftOutRow, quoted } from "./leftOut";

export type TeamChoice = Team | "All teams";

export interface CompareRow {
  /** "Mar 2027", or the team's name, or "Year". */
  label: string;
  baseline: number;
  now: number;
  variance: number;
}

/** The minus sign of a signed amount, joined to what follows. */
const MINUS = "\u2212\u2060";

/**
 * An amount with its sign: "+$50", "−$20", "$0". The minus sign (U+2212) is joined to the amount by
 * an invisible word joiner (U+2060): Chromium may otherwise end a line after it in a narrow pane.
 */
export function signedMoney(amount: number, currency: string): string {
  if (amount === 0) return money(0, currency);
  return `${amount > 0 ? "+" : MINUS}${money(Math.abs(amount), currency)}`;
}

const row = (label: string, baseline: number, variance: number): CompareRow => ({
  label,
  baseline,
  now: baseline + variance,
  variance,
});

/** Baseline, now and variance for each plan month, then the year; for every team or one. */
export function compareByMonth(metrics: BaselineMetrics, team: TeamChoice): CompareRow[] {
  const figures = (m: BaselineMetrics["year"]) =>
    team === "All teams"
      ? [m.baselineSpend, m.variance]
      : [m.baselineByTeam[team], m.varianceByTeam[team]];
  const months = metrics.months.map((m) => {
    const [baseline, variance] = figures(m);
    return row(monthLabel(m.month), baseline, variance);
  });
  const [baseline, variance] = figures(metrics.year);
  return [...months, row("Year", baseline, variance)];
}

/**
 * Baseline, now and variance of each team for the year (by the lines' Team column, named "Team
 * Joint" so it is not read as the Budget view's "Joint lines (rule)"), then all teams.
 */
export function compareByTeam(metrics: BaselineMetrics): CompareRow[] {
  const y = metrics.year;
  return [
    ...TEAMS.map((t) => row(`Team ${t}`, y.baselineByTeam[t], y.varianceByTeam[t])),
    row("All teams", y.baselineSpend, y.variance),
  ];
}

export interface LineChangeView {
  line: string;
  /**
   * "unchanged" only for a line whose amounts stayed but whose Status changed. "left out": the
   * line is still in the Budget table but left out for a problem, so the comparison counts it as
   * 0 (docs/rules.md §5) — not a line someone removed.
   */
  change: "added" | "removed" | "left out" | "changed" | "unchanged";
  /** A line left out: where it is and its first problem ("Budget row 6, Aug 'lots'"); else null. */
  leftOut: string | null;
  /** "status Approved → Proposed" when the Status differs from the baseline's; else null. */
  status: string | null;
  /** "Mar 2027 +$50", one per changed month. */
  months: string[];
  /** The line's variance for the year. */
  total: number;
}

/**
 * The lines added, removed or changed since the baseline, and those whose Status changed (an
 * Approved line saved as Proposed is a change finance must see), in its order; the rest are not
 * listed. `leftOut`, the Budget rows the checker left out (leftOutRows): a line missing from the
 * plan because its row has a problem is named as left out, with its place, not as removed.
 */
export function lineChanges(
  metrics: BaselineMetrics,
  currency: string,
  leftOut: readonly LeftOutRow[] = []
): LineChangeView[] {
  const leftOutByName = new Map<string, LeftOutRow>();
  for (const row of leftOut)
    if (row.name !== "" && !leftOutByName.has(normalName(row.name)))
      leftOutByName.set(normalName(row.name), row);
  const views: LineChangeView[] = [];
  for (const l of metrics.lines) {
    if (l.change === "unchanged" && l.statusChange === null) continue;
    const byMonth = metrics.months.length === 12 ? metrics.months.map((m) => m.month) : [];
    const months = byMonth
      .map((month, i) => ({ month, v: l.variance[i] }))
      .filter((x) => x.v !== 0)
      .map((x) => `${monthLabel(x.month)} ${signedMoney(x.v, currency)}`);
    const out = l.change === "removed" ? leftOutByName.get(normalName(l.line)) : undefined;
    views.push({
      line: l.line,
      change: out ? "left out" : l.change,
      leftOut: out ? leftOutPlace(out) : null,
      status: l.statusChange ? `status ${l.statusChange.from} → ${l.statusChange.to}` : null,
      months,
      total: l.variance.reduce((s, v) => s + v, 0),
    });
  }
  return views;
}

/** "Budget row 6, Aug 'lots'": a left-out row's place and its first problem's cell. */
function leftOutPlace(row: LeftOutRow): string {
  const first = row.problems[0];
  return first && first.column !== null
    ? `${row.place}, ${first.column} ${quoted(first.value)}`
    : row.place;
}

export interface ChartMonth {
  /** "Mar". */
  short: string;
  label: string;
  baseline: number;
  now: number;
}

/** Plan against baseline by month, for the chart. */
export function chartMonths(metrics: BaselineMetrics): ChartMonth[] {
  return metrics.months.map((m) => ({
    short: monthShort(m.month),
    label: monthLabel(m.month),
    baseline: m.baselineSpend,
    now: m.baselineSpend + m.variance,
  }));
}

/** "15 Jan 2027, 14:30" for a Saved serial (local date and time, as it was written). */
export function savedLabel(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = ms % 86400000 === 0 ? "" : `, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${d.getUTCDate()} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}${time}`;
}
