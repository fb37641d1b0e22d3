/**
 * channel-shift: total leads held steady while some channels fell and others
 * rose: prospects changed channel, so no channel should be judged alone.
 */
import { channelLeads, round9, type ChannelLeads } from "../measurement";
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { percent, planMonthWords } from "./words";

export const channelShift = defineFlag({
  code: "channel-shift",
  title: "Channel shift",
  severity: "info",
  scope: "month",
  fix: "Judge the channels together: the leads moved from one channel to another rather than disappearing.",
  find,
});

interface Move {
  channel: string;
  /** (c − p) ÷ p */
  change: number;
  /** The channel's rows in the two months; their row numbers are read only for a flag. */
  earlier: ChannelLeads;
  later: ChannelLeads;
}

const rowNumbers = (move: Move): number[] =>
  [...move.earlier.rows, ...move.later.rows].map((r) => r.row);

function find(ctx: FlagContext): Finding[] {
  const { plan } = ctx;
  const t = plan.measurement.channelShiftThreshold;
  const byMonth = ctx.resultsByMonth.map(channelLeads);
  const flags: Finding[] = [];
  for (let m = 1; m < 12 && plan.months.length === 12; m++) {
    const before = byMonth[m - 1];
    const now = byMonth[m];
    let p = 0;
    let c = 0;
    const fell: Move[] = [];
    const rose: Move[] = [];
    for (const [key, earlier] of before) {
      const later: ChannelLeads | undefined = now.get(key);
      if (!later) continue;
      p += earlier.leads;
      c += later.leads;
      if (!(earlier.leads > 0)) continue;
      const change = (later.leads - earlier.leads) / earlier.leads;
      if (round9(-change) >= t) fell.push({ channel: earlier.channel, change, earlier, later });
      else if (round9(change) >= t) rose.push({ channel: earlier.channel, change, earlier, later });
    }
    if (!(p > 0) || !(round9(Math.abs(c - p) / p) < t) || fell.length === 0 || rose.length === 0)
      continue;
    const rows = [...fell, ...rose].flatMap(rowNumbers).sort((a, b) => a - b);
    const words = (moves: Move[], verb: string) =>
      moves
        .map((move) => `${move.channel} leads ${verb} ${percent(Math.abs(move.change))}`)
        .join(" and ");
    flags.push({
      month: plan.months[m],
      refs: [...new Set(rows)].map((row) => `Results row ${row}`),
      message:
        `${words(fell, "fell")} in ${planMonthWords(ctx, m)} while ${words(rose, "rose")}; ` +
        `total leads moved ${percent(Math.abs(c - p) / p)}: prospects changed channel. ` +
        `Judge these channels together before cutting the one that fell.`,
    });
  }
  return flags;
}
