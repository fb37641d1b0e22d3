/**
 * Plan versus actual: the Spend that Results report against the budget, by
 * plan month, by lane and by campaign. A month nobody reported Spend for is
 * *not reported*, never 0; a month whose actual runs more than 10% over its
 * plan is marked.
 */
import { nameKey } from "./names";
import type { Month, Plan } from "./types";

export interface SpendAgainstPlan {
  /** The budget's spend. */
  planned: number;
  /** Σ reported Spend; null when no Results row of it reports Spend (not reported, not 0). */
  actual: number | null;
  /** actual − planned; null when not reported. */
  variance: number | null;
  /** Actual is more than 10% over plan (actual > 1.1 × planned; any spend over a plan of 0). */
  over: boolean;
}

/** Actuals against the plan of the same months: only the months that report Spend. */
export interface ReportedAgainstPlan extends SpendAgainstPlan {
  /** How many plan months report Spend. */
  months: number;
}

export interface PlanActualGroup {
  /** The lane or campaign, or null for spend with none. */
  name: string | null;
  /** Per plan month. */
  months: SpendAgainstPlan[];
  /** The full-year plan against every reported Spend (unlike figures while months are unreported). */
  year: SpendAgainstPlan;
  /** The reported months' actuals against the plan of those months. */
  reported: ReportedAgainstPlan;
}

export interface PlanVersusActual {
  /** Per plan month; empty without a plan year. */
  months: Array<SpendAgainstPlan & { month: Month }>;
  year: SpendAgainstPlan;
  /** The reported months' actuals against the plan of those same months. */
  reported: ReportedAgainstPlan;
  /** Lanes in Lanes order, then spend with no lane; only those with a plan or a reported spend. */
  byLane: PlanActualGroup[];
  /** Campaigns in the order the plan first names them, then spend with no campaign. */
  byCampaign: PlanActualGroup[];
}

/** "More than 10% over": compared as actual × 10 > planned × 11, exact for whole amounts. */
export function overPlan(planned: number, actual: number | null): boolean {
  return actual !== null && actual * 10 > planned * 11;
}

function against(planned: number, actual: number | null): SpendAgainstPlan {
  return {
    planned,
    actual,
    variance: actual === null ? null : actual - planned,
    over: overPlan(planned, actual),
  };
}

/** Planned and reported spend of one group, month by month. */
class Tally {
  planned = new Array<number>(12).fill(0);
  actual: (number | null)[] = new Array<number | null>(12).fill(null);
  constructor(readonly name: string | null) {}
  plan(amounts: readonly number[]) {
    for (let m = 0; m < 12; m++) this.planned[m] += amounts[m];
  }
  report(m: number, spend: number) {
    this.actual[m] = (this.actual[m] ?? 0) + spend;
  }
  empty(): boolean {
    return this.planned.every((p) => p === 0) && this.actual.every((a) => a === null);
  }
  months(): SpendAgainstPlan[] {
    return this.planned.map((p, m) => against(p, this.actual[m]));
  }
  year(): SpendAgainstPlan {
    const planned = this.planned.reduce((s, p) => s + p, 0);
    const reported = this.actual.filter((a): a is number => a !== null);
    return against(planned, reported.length === 0 ? null : reported.reduce((s, a) => s + a, 0));
  }
  reported(): ReportedAgainstPlan {
    let planned = 0;
    let actual = 0;
    let months = 0;
    for (let m = 0; m < 12; m++) {
      const a = this.actual[m];
      if (a === null) continue;
      planned += this.planned[m];
      actual += a;
      months++;
    }
    return { ...against(planned, months === 0 ? null : actual), months };
  }
  group(): PlanActualGroup {
    return { name: this.name, months: this.months(), year: this.year(), reported: this.reported() };
  }
}

/** Tallies keyed by name key, in first-seen order; null (none) kept for last. */
class Groups {
  private readonly byKey = new Map<string, Tally>();
  private readonly none = new Tally(null);
  get(name: string | null): Tally {
    if (name === null) return this.none;
    const key = nameKey(name);
    let tally = this.byKey.get(key);
    if (!tally) this.byKey.set(key, (tally = new Tally(name)));
    return tally;
  }
  list(): PlanActualGroup[] {
    return [...this.byKey.values(), this.none].filter((t) => !t.empty()).map((t) => t.group());
  }
}

export function planVersusActual(plan: Plan): PlanVersusActual {
  const total = new Tally(null);
  const lanes = new Groups();
  const campaigns = new Groups();
  for (const lane of plan.lanes) lanes.get(lane.lane); // Lanes order first
  for (const line of plan.budget) {
    total.plan(line.amounts);
    lanes.get(line.lane).plan(line.amounts);
    campaigns.get(line.campaign).plan(line.amounts);
  }
  for (const row of plan.results) {
    if (row.spend === null || row.monthIndex === null) continue;
    total.report(row.monthIndex, row.spend);
    lanes.get(row.lane).report(row.monthIndex, row.spend);
    campaigns.get(row.campaign).report(row.monthIndex, row.spend);
  }
  return {
    months:
      plan.months.length === 12
        ? total.months().map((figures, m) => ({ month: plan.months[m], ...figures }))
        : [],
    year: total.year(),
    reported: total.reported(),
    byLane: lanes.list(),
    byCampaign: campaigns.list(),
  };
}
