/**
 * approved-changed: a line that is Approved now, or was Approved in the latest
 * baseline, has an amount in a month that differs from the baseline's.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { amount, listNames, planMonthWords } from "./words";

export const approvedChanged = defineFlag({
  code: "approved-changed",
  title: "Approved changed",
  severity: "warning",
  scope: "month",
  countsInSyncScore: false,
  fix: "Put the approved amounts back, or have the change approved and save a new baseline.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { plan } = ctx;
  const baseline = plan.latestBaseline;
  if (baseline === null || ctx.baselineLines === null) return [];
  const refs: string[][] = Array.from({ length: 12 }, () => []);
  const change = new Array<number>(12).fill(0);
  for (const line of ctx.baselineLines) {
    if (!line.changed) continue;
    if (line.now?.status !== "Approved" && line.then?.status !== "Approved") continue;
    line.variance.forEach((variance, m) => {
      if (variance === 0) return;
      refs[m].push(line.name);
      change[m] += variance;
    });
  }
  const flags: Finding[] = [];
  refs.forEach((lines, m) => {
    if (lines.length === 0) return;
    const net = change[m];
    const moved =
      net === 0
        ? "with no change to their total"
        : `by ${net > 0 ? "+" : "−"}${amount(Math.abs(net), plan.settings.currency)} in total`;
    flags.push({
      month: plan.months[m],
      refs: lines,
      message:
        `In ${planMonthWords(ctx, m)}, approved ${lines.length > 1 ? "lines" : "line"} ${listNames(lines)} ` +
        `${lines.length > 1 ? "differ" : "differs"} from baseline '${baseline.name}' ${moved}. Put the approved amounts back, or have the ` +
        `change approved and save a new baseline.`,
    });
  });
  return flags;
}
