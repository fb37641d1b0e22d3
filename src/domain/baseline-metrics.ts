/**
 * The plan against the latest baseline (docs/rules.md §5): lines matched by
 * Line (case and surrounding spaces ignored); a line missing on either side, or
 * left out for a problem, counts as 0.
 */
import { TEAMS } from "./columns";
import { KeyIndex } from "./key-index";
import { normalName } from "./names";
import type {
  Baseline,
  BaselineLine,
  BaselineLineMetrics,
  BaselineMetrics,
  BaselineMonth,
  BudgetLine,
  Month,
  Plan,
  Team,
} from "./types";

/** Twelve zeros: the amounts of a missing side, and the variance every unchanged line shares. */
const ZEROS: readonly number[] = Object.freeze([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
/** The changed months of every unchanged line. */
const NONE: readonly Month[] = Object.freeze([]);

/** A line as it stands now and in the baseline; either side may be missing. */
export interface MatchedLine {
  /** As written in Budget, or in the baseline when no valid Budget line has it. */
  name: string;
  now: BudgetLine | null;
  then: BaselineLine | null;
}

/** A matched line with its variance: computed once per check, read by the flag and the metrics. */
export interface ComparedLine extends MatchedLine {
  /** Amount now − amount in the baseline, per plan month (shared zeros when unchanged: read only). */
  variance: readonly number[];
  /** Some month's variance is not 0. */
  changed: boolean;
}

/**
 * One line compared, built whole: adding `variance` and `changed` to a `{ name, now, then }`
 * made before would give every line a second object for the properties added later. Most lines
 * are unchanged: they share one list of zeros instead of each making twelve.
 */
function compareLine(
  name: string,
  now: BudgetLine | null,
  then: BaselineLine | null
): ComparedLine {
  const nowAmounts = now?.amounts ?? ZEROS;
  const thenAmounts = then?.amounts ?? ZEROS;
  let m = 0;
  while (m < 12 && nowAmounts[m] === thenAmounts[m]) m++;
  if (m === 12) return { name, now, then, variance: ZEROS, changed: false };
  const variance = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (; m < 12; m++) variance[m] = nowAmounts[m] - thenAmounts[m];
  return { name, now, then, variance, changed: true };
}

/**
 * Every valid Budget line (table order), then every line only in the baseline (its order), each
 * with its variance.
 */
export function compareLines(budget: readonly BudgetLine[], baseline: Baseline): ComparedLine[] {
  // The first baseline line of each key, by its position in baseline.lines.
  const then = new KeyIndex(baseline.lines.length);
  const keys = baseline.lines.map((line) => normalName(line.line));
  keys.forEach((key, i) => then.addIfAbsent(key, i));
  const taken = new Uint8Array(baseline.lines.length);
  const lines: ComparedLine[] = budget.map((now) => {
    const i = then.get(normalName(now.line));
    const old = i === undefined || taken[i] ? null : baseline.lines[i];
    if (i !== undefined) taken[i] = 1; // what is left is only in the baseline
    return compareLine(now.line, now, old);
  });
  baseline.lines.forEach((line, i) => {
    if (!taken[i] && then.get(keys[i]) === i) lines.push(compareLine(line.line, null, line));
  });
  return lines;
}

const byTeam = (): Record<Team, number> => ({ Marketing: 0, Sales: 0, Joint: 0 });

function spendFigures(): Omit<BaselineMonth, "month"> {
  return { baselineSpend: 0, baselineByTeam: byTeam(), variance: 0, varianceByTeam: byTeam() };
}

/**
 * The plan against `baseline`: the latest one unless another is chosen (finance's "Compare with").
 * `compared` may be passed when the checker has already matched the lines (it shares one match).
 */
export function baselineMetrics(
  plan: Plan,
  baseline: Baseline | null = plan.latestBaseline,
  compared: readonly ComparedLine[] | null = baseline && compareLines(plan.budget, baseline)
): BaselineMetrics | null {
  if (baseline === null || compared === null) return null;
  // Sums in flat arrays (team t's month m at t * 12 + m), each line's team found once: a store
  // through a team's name per amount is a keyed store V8 cannot specialise (baselineMetrics'
  // share of checkPlan's time with a 10,000-line baseline, CPU profile: 11.1% → 3.0%). Same
  // additions in the same order.
  const baselineSpend = new Float64Array(12);
  const variance = new Float64Array(12);
  const baselineByTeam = new Float64Array(36);
  const varianceByTeam = new Float64Array(36);
  // Each side counts under its own team (a line may have changed team).
  for (const line of baseline.lines) {
    const t = TEAMS.indexOf(line.team) * 12;
    const amounts = line.amounts;
    for (let m = 0; m < 12; m++) {
      const amount = amounts[m];
      if (amount === 0) continue;
      baselineSpend[m] += amount;
      baselineByTeam[t + m] += amount;
      variance[m] -= amount;
      varianceByTeam[t + m] -= amount;
    }
  }
  for (const line of plan.budget) {
    const t = TEAMS.indexOf(line.team) * 12;
    const amounts = line.amounts;
    for (let m = 0; m < 12; m++) {
      const amount = amounts[m];
      if (amount === 0) continue;
      variance[m] += amount;
      varianceByTeam[t + m] += amount;
    }
  }
  const teams = (sums: Float64Array, m: number): Record<Team, number> => ({
    Marketing: sums[m],
    Sales: sums[12 + m],
    Joint: sums[24 + m],
  });
  const months = Array.from({ length: 12 }, (_, m): Omit<BaselineMonth, "month"> => ({
    baselineSpend: baselineSpend[m],
    baselineByTeam: teams(baselineByTeam, m),
    variance: variance[m],
    varianceByTeam: teams(varianceByTeam, m),
  }));
  const year = spendFigures();
  for (const month of months) {
    year.baselineSpend += month.baselineSpend;
    year.variance += month.variance;
    for (const team of TEAMS) {
      year.baselineByTeam[team] += month.baselineByTeam[team];
      year.varianceByTeam[team] += month.varianceByTeam[team];
    }
  }

  const lines: BaselineLineMetrics[] = compared.map(({ name, now, then, variance, changed }) => {
    let changedMonths = NONE;
    if (changed) {
      const months: Month[] = [];
      for (let m = 0; m < plan.months.length; m++)
        if (variance[m] !== 0) months.push(plan.months[m]);
      changedMonths = months;
    }
    return {
      line: name,
      change:
        then === null ? "added" : now === null ? "removed" : changed ? "changed" : "unchanged",
      variance,
      changedMonths,
      statusChange:
        now !== null && then !== null && now.status !== then.status
          ? { from: then.status, to: now.status }
          : null,
    };
  });
  return {
    name: baseline.name,
    saved: baseline.saved,
    months:
      plan.months.length === 12 ? plan.months.map((month, m) => ({ month, ...months[m] })) : [],
    year,
    lines,
  };
}
