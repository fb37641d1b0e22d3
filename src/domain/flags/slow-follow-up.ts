/**
 * slow-follow-up: a Marketing-side activity whose promised follow-up time is
 * longer than the Response SLA: its leads will be called too late.
 */
import type { Activity, Flag } from "../types";
import type { FlagContext } from "./context";
import { listNames, planMonthWords } from "./words";

export function slowFollowUp(ctx: FlagContext): Flag[] {
  const sla = ctx.plan.settings.responseSlaHours;
  const flags: Flag[] = [];
  for (let m = 0; m < 12; m++) {
    const slow: Activity[] = ctx.marketingByMonth[m].filter(
      (a) => a.followUpHours !== null && a.followUpHours > sla
    );
    if (slow.length === 0) continue;
    const hours = slow.map((a) => `${a.activity} (${a.followUpHours} h)`);
    flags.push({
      code: "slow-follow-up",
      month: ctx.plan.months[m],
      severity: "warning",
      refs: slow.map((a) => a.id),
      message:
        `In ${planMonthWords(ctx, m)}, sales will contact leads from ${listNames(hours)} later than ` +
        `the ${sla}-hour response promise. Plan faster follow-up (at most ${sla} hours), or change the Response SLA.`,
    });
  }
  return flags;
}
