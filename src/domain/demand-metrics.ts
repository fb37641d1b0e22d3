/** The demand figures of docs/rules.md §4: expected, required and routed leads, and the funnel in use. */
import { round6 } from "./demand";
import type { FlagContext } from "./flags/context";
import type { DemandMetrics, DemandMonthMetrics, LaneLeads, Plan } from "./types";

export function demandMetrics(plan: Plan, ctx: FlagContext): DemandMetrics {
  const d = ctx.demand;
  const capacityOf = (lane: string): number | null => d.capacity[lane] ?? null;
  const months: DemandMonthMetrics[] =
    plan.months.length !== 12
      ? []
      : plan.months.map((month, m) => ({
          month,
          expectedLeads: d.expected[m],
          requiredLeads: d.required[m],
          lanes: [...d.routed].map(([lane, leads]) => ({
            lane,
            routedLeads: leads[m],
            capacity: capacityOf(lane),
          })),
        }));
  const known = months.map((m) => m.requiredLeads).filter((r): r is number => r !== null);
  const sum = (values: readonly number[]) => round6(values.reduce((a, b) => a + b, 0));
  const lanes: LaneLeads[] = [...d.routed].map(([lane, leads]) => {
    const capacity = capacityOf(lane);
    return {
      lane,
      routedLeads: months.length ? sum(leads) : 0,
      capacity: capacity === null ? null : 12 * capacity,
    };
  });
  return {
    months,
    year: {
      expectedLeads: months.length ? sum(d.expected) : 0,
      requiredLeads: known.length ? known.reduce((a, b) => a + b, 0) : null,
      lanes,
    },
    averageDealSize: d.averageDealSize,
    leadToCloseRate: d.leadToCloseRate,
  };
}
