/**
 * closes-unreported: a Results row with leads but a blank Closed, so
 * no one can tell whether the channel produced sales or only traffic.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { listNames, planMonthWords } from "./words";

export const closesUnreported = defineFlag({
  code: "closes-unreported",
  title: "Closes unreported",
  severity: "info",
  scope: "month",
  fix: "Fill in Closed for the Results row (0 if nothing closed).",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const rows: string[][] = Array.from({ length: 12 }, () => []);
  const channels: string[][] = Array.from({ length: 12 }, () => []);
  for (const r of ctx.plan.results) {
    if (r.monthIndex === null || r.leads === null || !(r.leads > 0) || r.closed !== null) continue;
    rows[r.monthIndex].push(`Results row ${r.row}`);
    channels[r.monthIndex].push(r.channel);
  }
  const flags: Finding[] = [];
  rows.forEach((refs, m) => {
    if (refs.length === 0) return;
    flags.push({
      month: ctx.plan.months[m],
      refs,
      message:
        `${listNames(channels[m])} reported leads in ${planMonthWords(ctx, m)} but no closed deals ` +
        `(Closed is blank). Fill in Closed, even if it is 0, so the channel's close rate can be measured.`,
    });
  });
  return flags;
}
