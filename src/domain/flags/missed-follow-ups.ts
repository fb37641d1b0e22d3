/**
 * missed-follow-ups: in a month, sales contacted fewer of the reported leads
 * within the Response SLA than the Follow-up target asks.
 */
import { followUpRate, round9 } from "../measurement";
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { listNames, percent, planMonthWords } from "./words";

export const missedFollowUps = defineFlag({
  code: "missed-follow-ups",
  title: "Missed follow-ups",
  severity: "warning",
  scope: "month",
  fix: "Have sales contact new leads within the Response SLA, or report Followed up for every channel.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { plan } = ctx;
  const target = plan.measurement.followUpTarget;
  const sla = plan.settings.responseSlaHours;
  const flags: Finding[] = [];
  ctx.resultsByMonth.forEach((rows, m) => {
    const rate = followUpRate(rows);
    if (rate === null || !(round9(rate) < target)) return;
    const below = rows.filter(
      (r) =>
        r.followedUp !== null &&
        r.leads !== null &&
        r.leads > 0 &&
        round9(r.followedUp / r.leads) < target
    );
    flags.push({
      month: plan.months[m],
      refs: below.map((r) => `Results row ${r.row}`),
      message:
        `In ${planMonthWords(ctx, m)}, sales contacted ${percent(rate)} of the reported leads within the ` +
        `${sla}-hour response promise; the target is ${percent(target)}. Below it: ` +
        `${listNames(below.map((r) => r.channel))}. Contact those leads sooner, or agree a target sales can keep.`,
    });
  });
  return flags;
}
