/**
 * The plan against the latest baseline (docs/rules.md §5): lines matched by
 * Line (case and surrounding spaces ignored); a line missing on either side, or
 * left out for a problem, counts as 0.
 */
import { TEAMS } from "./columns";
import { normalName } from "./names";
import type {
  Baseline,
  BaselineLine,
  BaselineLineMetrics,
  BaselineMetrics,
  BaselineMonth,
  BudgetLine,
  Plan,
  Team,
} from "./types";

const ZEROS: readonly number[] = new Array<number>(12).fill(0);

/** A line as it stands now and in the baseline; either side may be missing. */
export interface MatchedLine {
  /** As written in Budget, or in the baseline when no valid Budget line has it. */
  name: string;
  now: BudgetLine | null;
  then: BaselineLine | null;
}

/** Every valid Budget line (table order), then every line only in the baseline (its order). */
export function matchLines(budget: readonly BudgetLine[], baseline: Baseline): MatchedLine[] {
  const then = new Map<string, BaselineLine>();
  for (const line of baseline.lines) {
    const key = normalName(line.line);
    if (!then.has(key)) then.set(key, line);
  }
  const matched: MatchedLine[] = budget.map((now) => {
    const key = normalName(now.line);
    const old = then.get(key) ?? null;
    then.delete(key); // what is left is only in the baseline
    return { name: now.line, now, then: old };
  });
  for (const line of then.values()) matched.push({ name: line.line, now: null, then: line });
  return matched;
}

/** Amount now − amount in the baseline, per plan month. */
export function lineVariance(line: MatchedLine): number[] {
  const now = line.now?.amounts ?? ZEROS;
  const then = line.then?.amounts ?? ZEROS;
  return now.map((amount, m) => amount - then[m]);
}

const byTeam = (): Record<Team, number> => ({ Marketing: 0, Sales: 0, Joint: 0 });

function spendFigures(): Omit<BaselineMonth, "month"> {
  return { baselineSpend: 0, baselineByTeam: byTeam(), variance: 0, varianceByTeam: byTeam() };
}

/** The plan against `baseline`: the latest one unless another is chosen (finance's "Compare with"). */
export function baselineMetrics(
  plan: Plan,
  baseline: Baseline | null = plan.latestBaseline
): BaselineMetrics | null {
  if (baseline === null) return null;
  const months = Array.from({ length: 12 }, spendFigures);
  const year = spendFigures();
  // Variance by team: each side counts under its own team (a line may have changed team).
  const add = (team: Team, amounts: readonly number[], sign: 1 | -1) => {
    for (let m = 0; m < 12; m++) {
      const amount = amounts[m];
      if (amount === 0) continue;
      const month = months[m];
      if (sign < 0) {
        month.baselineSpend += amount;
        month.baselineByTeam[team] += amount;
      }
      month.variance += sign * amount;
      month.varianceByTeam[team] += sign * amount;
    }
  };
  for (const line of baseline.lines) add(line.team, line.amounts, -1);
  for (const line of plan.budget) add(line.team, line.amounts, 1);
  for (const month of months) {
    year.baselineSpend += month.baselineSpend;
    year.variance += month.variance;
    for (const team of TEAMS) {
      year.baselineByTeam[team] += month.baselineByTeam[team];
      year.varianceByTeam[team] += month.varianceByTeam[team];
    }
  }

  const lines: BaselineLineMetrics[] = matchLines(plan.budget, baseline).map((line) => {
    const variance = lineVariance(line);
    const changed = variance.some((v) => v !== 0);
    return {
      line: line.name,
      change:
        line.then === null
          ? "added"
          : line.now === null
            ? "removed"
            : changed
              ? "changed"
              : "unchanged",
      variance,
      changedMonths: changed ? plan.months.filter((_, m) => variance[m] !== 0) : [],
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
