/**
 * unrouted-leads: while the plan has doors, a Marketing-side activity whose
 * leads come in through no door that a sales team answers.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { laneNames, listNames, planMonthWords } from "./words";

export const unroutedLeads = defineFlag({
  code: "unrouted-leads",
  title: "Unrouted leads",
  severity: "warning",
  scope: "month",
  fix: "Give the activity a Door that a Sales-side lane owns, or give its door an Owner.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const flags: Finding[] = [];
  if (!ctx.demand.hasDoors) return flags;
  for (let m = 0; m < 12; m++) {
    const unrouted = ctx.demand.unroutedByMonth[m];
    if (unrouted.length === 0) continue;
    flags.push({
      month: ctx.plan.months[m],
      refs: unrouted.map((a) => a.id),
      message:
        `The leads of ${listNames(unrouted.map((a) => a.activity))} in ${planMonthWords(ctx, m)} come in ` +
        `through no door that a sales team answers. Give each a Door with an Owner${laneNames(ctx, "Sales")}, ` +
        `or give its door an Owner.`,
    });
  }
  return flags;
}
