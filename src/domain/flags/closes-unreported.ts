/**
 * closes-unreported (info): a Results row with leads but a blank Closed, so
 * no one can tell whether the channel produced sales or only traffic.
 */
import type { Flag } from "../types";
import type { FlagContext } from "./context";
import { listNames, planMonthWords } from "./words";

export function closesUnreported(ctx: FlagContext): Flag[] {
  const rows: string[][] = Array.from({ length: 12 }, () => []);
  const channels: string[][] = Array.from({ length: 12 }, () => []);
  for (const r of ctx.plan.results) {
    if (r.monthIndex === null || r.leads === null || !(r.leads > 0) || r.closed !== null) continue;
    rows[r.monthIndex].push(`Results row ${r.row}`);
    channels[r.monthIndex].push(r.channel);
  }
  const flags: Flag[] = [];
  rows.forEach((refs, m) => {
    if (refs.length === 0) return;
    flags.push({
      code: "closes-unreported",
      month: ctx.plan.months[m],
      severity: "info",
      refs,
      message:
        `${listNames(channels[m])} reported leads in ${planMonthWords(ctx, m)} but no closed deals ` +
        `(Closed is blank). Fill in Closed, even if it is 0, so the channel's close rate can be measured.`,
    });
  });
  return flags;
}
