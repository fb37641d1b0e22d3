/**
 * slow-follow-up: a Marketing-side activity whose promised follow-up time is
 * longer than the Response SLA: its leads will be called too late.
 */
import type { Activity } from "../types";
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { listLabels, planMonthWords } from "./words";

export const slowFollowUp = defineFlag({
  code: "slow-follow-up",
  title: "Slow follow-up",
  severity: "warning",
  scope: "month",
  fix: "Lower the activity's Follow-up hours (or its door's Response hours) to the Response SLA or below.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const sla = ctx.plan.settings.responseSlaHours;
  // Its own Follow-up hours, or else its door's Response hours.
  const hoursOf = ctx.demand.followUpHours;
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const slow: Activity[] = [];
    const hours: number[] = [];
    for (const a of ctx.marketingByMonth[m]) {
      const h = hoursOf(a);
      if (h === null || h <= sla) continue;
      slow.push(a);
      hours.push(h);
    }
    if (slow.length === 0) continue;
    const names = listLabels(
      slow.map((a) => a.activity),
      hours,
      (name, h) => `${name} (${h} h)`
    );
    flags.push({
      month: ctx.plan.months[m],
      refs: slow.map((a) => a.id),
      message:
        `In ${planMonthWords(ctx, m)}, sales will contact leads from ${names} later than ` +
        `the ${sla}-hour response promise. Plan faster follow-up (at most ${sla} hours), or change the Response SLA.`,
    });
  }
  return flags;
}
