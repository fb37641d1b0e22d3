/**
 * over-capacity: a Sales-side lane is routed more new leads in a month than
 * its Capacity says it can follow up.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { leadWords } from "../lead-words";
import { listNames, planMonthWords } from "./words";

export const overCapacity = defineFlag({
  code: "over-capacity",
  title: "Over capacity",
  severity: "warning",
  scope: "month",
  fix: "Spread the activities' leads over other months or doors, or raise the lane's Capacity.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { routed, capacity, routedByMonth, routedTo } = ctx.demand;
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const over = new Set<string>();
    const words: string[] = [];
    for (const [lane, leads] of routed) {
      const c = capacity[lane];
      if (c === undefined || leads[m] <= c) continue;
      over.add(lane);
      words.push(`${lane} gets ${leadWords(leads[m])} leads but can follow up ${leadWords(c)}`);
    }
    if (over.size === 0) continue;
    // The activities bringing the lane leads that month: leadsPerMonth(a) > 0 exactly when its
    // Expected leads are (they are spread over k ≥ 1 months), and this needs no month lookups.
    const feeding = routedByMonth[m].filter(
      (a) => (a.expectedLeads ?? 0) > 0 && over.has(routedTo(a) as string)
    );
    flags.push({
      month: ctx.plan.months[m],
      refs: feeding.map((a) => a.id),
      message:
        `In ${planMonthWords(ctx, m)}, ${listNames(words, 5)}. ` +
        `Spread the leads of ${listNames(feeding.map((a) => a.activity))} over other months or doors, or raise the Capacity.`,
    });
  }
  return flags;
}
