/**
 * lead-gap: the plan expects fewer leads in a month than the revenue target
 * of month m + L (the Sales cycle) needs. Left out of the sync score: a gap
 * to a target is serious, but it is not the teams out of step.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { leadWords } from "../lead-words";
import { amount, planMonthWords } from "./words";

export const leadGap = defineFlag({
  code: "lead-gap",
  title: "Lead gap",
  severity: "warning",
  scope: "month",
  fix: "Plan more activity with expected leads in that month, or move the revenue target.",
  countsInSyncScore: false,
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { required, expected, targetFor, salesCycle } = ctx.demand;
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const need = required[m];
    const target = targetFor[m];
    if (need === null || target === null || expected[m] >= need) continue;
    const gap = Math.ceil(need - expected[m]);
    flags.push({
      month: ctx.plan.months[m],
      refs: [`Targets row ${target.row}`],
      message:
        `${planMonthWords(ctx, m)} needs ${leadWords(need)} leads to close ` +
        `${planMonthWords(ctx, m + salesCycle)}'s target of ${amount(target.revenueTarget, ctx.plan.settings.currency)}; ` +
        `the plan expects ${leadWords(expected[m])}. Add about ${gap} leads of activity in ${planMonthWords(ctx, m)}, or move the target.`,
    });
  }
  return flags;
}
