/**
 * siloed-spend: in a month with spend, more than the threshold share of it is
 * on siloed lines (neither Team Joint nor a joint campaign's).
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { amount, listNames, percent, planMonthWords } from "./words";

export const siloedSpend = defineFlag({
  code: "siloed-spend",
  title: "Siloed spend",
  severity: "warning",
  scope: "month",
  fix: "Make more of the month's spend joint: link the lines to a joint campaign or set their Team to Joint.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { budget, settings } = ctx.plan;
  const threshold = settings.siloedSpendThreshold;
  // One pass over the lines for all 12 months.
  const totals = new Array<number>(12).fill(0);
  const siloedTotals = new Array<number>(12).fill(0);
  for (let i = 0; i < budget.length; i++) {
    const amounts = budget[i].amounts;
    const siloedLine = !ctx.lineIsJoint[i];
    for (let m = 0; m < 12; m++) {
      totals[m] += amounts[m];
      if (siloedLine) siloedTotals[m] += amounts[m];
    }
  }
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const total = totals[m];
    const siloed = siloedTotals[m];
    if (!(total > 0 && siloed > threshold * total)) continue;
    const lines = budget.filter((line, i) => !ctx.lineIsJoint[i] && line.amounts[m] > 0);
    flags.push({
      month: ctx.plan.months[m],
      refs: lines.map((l) => l.line),
      message:
        `In ${planMonthWords(ctx, m)}, ${percent(siloed / total)} of spend ` +
        `(${amount(siloed, settings.currency)} of ${amount(total, settings.currency)}) is on lines ` +
        `one team plans alone: ${listNames(lines.map((l) => l.line))}. The limit is ${percent(threshold)}. ` +
        `Mark lines planned together as Team Joint, or link them to a campaign both teams run.`,
    });
  }
  return flags;
}
