/**
 * The demand figures of docs/rules.md (Demand and lead handling): expected
 * leads by month, routing to the Sales-side lanes, the funnel and the
 * required leads. Computed once per check; flags and metrics read them.
 */
import { monthNumberOf } from "./months";
import type { Activity, Door, FunnelFigure, Plan, PlanDemand, Target } from "./types";

export interface DemandFigures {
  /** True while there is at least one valid door: routing applies. */
  hasDoors: boolean;
  /** Expected leads of each plan month, rounded to 6 decimals. */
  expected: number[];
  /** Leads an activity brings in each of its active plan months (E ÷ k). */
  leadsPerMonth(activity: Activity): number;
  /** The Sales-side lane an activity's leads are routed to, or null. */
  routedTo(activity: Activity): string | null;
  /**
   * The Marketing-side activities with expected leads whose Door is blank or has no Owner (while
   * doors exist), active in each month, in table order.
   */
  unroutedByMonth: Activity[][];
  /** Routed leads per month of each Sales-side lane (every one, in Lanes order), rounded. */
  routed: Map<string, number[]>;
  /** The Capacity of each Sales-side lane that has one. */
  capacity: Record<string, number>;
  /** Valid activities routed to some lane, active in each month, in table order. */
  routedByMonth: Activity[][];
  averageDealSize: FunnelFigure;
  leadToCloseRate: FunnelFigure;
  /** L: the Sales cycle in months. */
  salesCycle: number;
  /** The Targets row of month m + L for each month m, or null. */
  targetFor: Array<Target | null>;
  /** Required leads of each month, or null when unknown. */
  required: Array<number | null>;
  targets: Target[];
  /** Its own Follow-up hours, or else its door's Response hours. */
  followUpHours(activity: Activity): number | null;
}

const EMPTY: PlanDemand = {
  settings: { averageDealSize: null, leadToCloseRate: null, salesCycle: 0 },
  capacity: {},
  doors: [],
  doorOfActivity: [],
  targets: [],
};

export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** D and R: the setting, or else the ratio of reported Results (unknown when either sum is 0). */
function funnel(plan: Plan, demand: PlanDemand): [FunnelFigure, FunnelFigure] {
  let revenue = 0;
  let closedWithRevenue = 0;
  let closedWithLeads = 0;
  let leads = 0;
  for (const r of plan.results) {
    if (r.revenue !== null && r.closed !== null) {
      revenue += r.revenue;
      closedWithRevenue += r.closed;
    }
    if (r.closed !== null && r.leads !== null) {
      closedWithLeads += r.closed;
      leads += r.leads;
    }
  }
  const figure = (setting: number | null, part: number, whole: number): FunnelFigure =>
    setting !== null
      ? { value: setting, source: "setting" }
      : part > 0 && whole > 0
        ? { value: part / whole, source: "results" }
        : { value: null, source: null };
  return [
    figure(demand.settings.averageDealSize, revenue, closedWithRevenue),
    figure(demand.settings.leadToCloseRate, closedWithLeads, leads),
  ];
}

export function demandFigures(plan: Plan): DemandFigures {
  const demand = plan.demand ?? EMPTY;
  const hasDoors = demand.doors.length > 0;
  const doorOf = (a: Activity): Door | undefined =>
    hasDoors ? demand.doorOfActivity[a.row] : undefined;

  // Computed on each call (cheaper than remembering it per activity in a Map).
  const leadsPerMonth = (a: Activity): number => {
    const start = monthNumberOf(a.start);
    const end = monthNumberOf(a.end);
    // Counted over all k months from Start to End, also those outside the plan year.
    const k = start === null || end === null ? 1 : end - start + 1;
    return (a.expectedLeads ?? 0) / Math.max(1, k);
  };
  const routedTo = (a: Activity): string | null => doorOf(a)?.owner ?? null;

  const expected = new Array<number>(12).fill(0);
  const routed = new Map<string, number[]>();
  for (const lane of plan.lanes)
    if (lane.side === "Sales") routed.set(lane.lane, new Array<number>(12).fill(0));
  const routedByMonth: Activity[][] = Array.from({ length: 12 }, () => []);
  const unroutedByMonth: Activity[][] = Array.from({ length: 12 }, () => []);
  for (const a of plan.activities) {
    const leads = leadsPerMonth(a);
    const lane = routedTo(a);
    const laneLeads = lane === null ? undefined : routed.get(lane);
    const unrouted =
      hasDoors && lane === null && a.side === "Marketing" && (a.expectedLeads ?? 0) > 0;
    // An index loop: for-of over the frozen monthIndexes allocates (see buildFlagContext).
    const monthIndexes = a.monthIndexes;
    for (let i = 0; i < monthIndexes.length; i++) {
      const m = monthIndexes[i];
      expected[m] += leads;
      if (laneLeads) {
        laneLeads[m] += leads;
        routedByMonth[m].push(a);
      }
      if (unrouted) unroutedByMonth[m].push(a);
    }
  }
  for (let m = 0; m < 12; m++) expected[m] = round6(expected[m]);
  for (const leads of routed.values()) for (let m = 0; m < 12; m++) leads[m] = round6(leads[m]);

  const [averageDealSize, leadToCloseRate] = funnel(plan, demand);
  const salesCycle = demand.settings.salesCycle;
  const byIndex = new Map(demand.targets.map((t) => [t.monthIndex, t]));
  const targetFor: Array<Target | null> = [];
  const required: Array<number | null> = [];
  for (let m = 0; m < 12; m++) {
    const target = byIndex.get(m + salesCycle) ?? null;
    targetFor.push(target);
    const D = averageDealSize.value;
    const R = leadToCloseRate.value;
    required.push(
      target === null || D === null || R === null
        ? null
        : Math.ceil(round6(target.revenueTarget / (D * R)))
    );
  }

  return {
    hasDoors,
    expected,
    leadsPerMonth,
    routedTo,
    unroutedByMonth,
    routed,
    capacity: demand.capacity,
    routedByMonth,
    averageDealSize,
    leadToCloseRate,
    salesCycle,
    targetFor,
    required,
    targets: demand.targets,
    followUpHours: (a) => a.followUpHours ?? doorOf(a)?.responseHours ?? null,
  };
}
