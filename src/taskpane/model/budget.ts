/** The Budget view's shape: month × team with totals, joint share, the cap, and chart bars. Pure. */
import {
  type Cell,
  jointLines,
  type Plan,
  type PlanCheck,
  sameName,
  SETTING,
  type Team,
} from "../../workbook";
import { money, monthLabel, monthShort } from "./format";

export interface BudgetGridRow {
  month: string;
  short: string;
  label: string;
  byTeam: Record<Team, number>;
  /**
   * The month's spend split the way the joint share counts it (docs/rules.md §3): Joint = the
   * joint lines (Team Joint, or a joint campaign); Marketing and Sales = their siloed lines.
   * Joint ÷ total is the joint share; the view's columns and chart show this split.
   */
  split: Record<Team, number>;
  total: number;
  jointShare: number | null;
  flagCount: number;
}

export interface BudgetGrid {
  rows: BudgetGridRow[];
  totals: Record<Team, number>;
  /** The year's spend split as `BudgetGridRow.split`. */
  splitTotals: Record<Team, number>;
  total: number;
  jointShare: number | null;
  cap: number | null;
  /** How far the year is over the cap (0 when under or no cap). */
  overBy: number;
  /** The largest month total, for scaling the chart (at least 1). */
  maxMonth: number;
}

const zero = (): Record<Team, number> => ({ Marketing: 0, Sales: 0, Joint: 0 });

/** Spend per plan month (and the year) of the joint lines and of each team's siloed lines. */
export function jointSplit(plan: Pick<Plan, "activities" | "budget">): {
  months: Record<Team, number>[];
  year: Record<Team, number>;
} {
  const months = Array.from({ length: 12 }, zero);
  const year = zero();
  const joint = jointLines(plan);
  plan.budget.forEach((line, i) => {
    const column: Team = joint[i] ? "Joint" : line.team;
    for (let m = 0; m < 12; m++) months[m][column] += line.amounts[m] ?? 0;
    year[column] += line.total;
  });
  return { months, year };
}

export function budgetGrid(
  check: PlanCheck,
  plan: Pick<Plan, "activities" | "budget">
): BudgetGrid {
  const split = jointSplit(plan);
  const rows = check.metrics.months.map((m, i) => ({
    month: m.month,
    short: monthShort(m.month),
    label: monthLabel(m.month),
    byTeam: { ...m.spendByTeam },
    split: split.months[i] ?? zero(),
    total: m.totalSpend,
    jointShare: m.jointShare,
    flagCount: m.flagCount,
  }));
  const year = check.metrics.year;
  const cap = year.cap;
  return {
    rows,
    totals: { ...year.byTeam },
    splitTotals: split.year,
    total: year.totalSpend,
    jointShare: year.jointShare,
    cap,
    overBy: cap !== null && year.totalSpend > cap ? year.totalSpend - cap : 0,
    maxMonth: Math.max(1, ...rows.map((r) => r.total)),
  };
}

/** A setting the checker could not read, as a view shows it beside the figure it changes. */
export interface UnreadableSetting {
  setting: string;
  /** The cell as it stands (to find the row holding it). */
  value: Cell;
  /** The checker's message: what is wrong, and the default used meanwhile. */
  message: string;
}

/** The year's total against the cap, and the cap's problem when it cannot be read. */
export interface YearAgainstCap {
  /** "Year: $403,000 of $450,000 cap"; "Year: $403,000" with no cap set. */
  heading: string;
  /** The Annual budget cap's problem, or null when it is readable (or blank). */
  unreadable: UnreadableSetting | null;
}

/**
 * The heading of the Budget view's year. A cap that cannot be read is said there: the checker uses
 * no cap until it is fixed, so a bare "Year: $403,000" would read as a plan with no cap set.
 */
export function yearAgainstCap(
  grid: BudgetGrid,
  check: PlanCheck,
  currency: string
): YearAgainstCap {
  const problem = check.problems.find(
    (p) => p.table === "Settings" && p.row === null && sameName(p.column, SETTING.annualBudgetCap)
  );
  const year = `Year: ${money(grid.total, currency)}`;
  if (problem)
    return {
      heading: `${year} (no cap: the cap cannot be read)`,
      unreadable: {
        setting: SETTING.annualBudgetCap,
        value: problem.value,
        message: problem.message,
      },
    };
  return {
    heading: grid.cap === null ? year : `${year} of ${money(grid.cap, currency)} cap`,
    unreadable: null,
  };
}

/** Heights (0..100, percent of the tallest month) of each segment of a month's stacked bar (its split). */
export function barSegments(row: BudgetGridRow, maxMonth: number): Record<Team, number> {
  const scale = (n: number) => (maxMonth > 0 ? (n / maxMonth) * 100 : 0);
  return {
    Marketing: scale(row.split.Marketing),
    Sales: scale(row.split.Sales),
    Joint: scale(row.split.Joint),
  };
}

/**
 * The Budget view's split columns, named for what they count: the joint-share rule (a line of the
 * Joint team or of a joint campaign is joint), so they cannot be read as the Team column that
 * finance's comparison uses ("Team Joint"): a Marketing line of a joint campaign is in "Joint
 * lines (rule)" here and in "Team Marketing" there.
 */
export const SPLIT_HEADINGS: Record<Team, string> = {
  Marketing: "Marketing only",
  Sales: "Sales only",
  Joint: "Joint lines (rule)",
};

/** Three y-axis ticks of the spend chart, top to bottom: the tallest month, half, zero. */
export function spendTicks(max: number): number[] {
  return [max, max / 2, 0];
}

/**
 * What the money left out for a problem would do to the cap once counted, or null when it changes
 * nothing (no cap, nothing left out, or the year stays within the cap with it). The checker counts
 * only what it can read, so a typo in a big line can hide an over-cap: the total that leaves the
 * line out says so, and this says what is at stake.
 */
export function capWithLeftOut(
  grid: Pick<BudgetGrid, "total" | "cap">,
  leftOutAmount: number,
  currency: string
): string | null {
  if (grid.cap === null || leftOutAmount <= 0) return null;
  const counted = grid.total + leftOutAmount;
  if (counted <= grid.cap) return null;
  // Said right after the sentence naming what is not counted ("$110,000 on 1 line is not …").
  const over = `Counted, that money would put the year ${money(counted - grid.cap, currency)} over the Annual budget cap`;
  return grid.total > grid.cap
    ? `${over}, not ${money(grid.total - grid.cap, currency)}.`
    : `${over}.`;
}
