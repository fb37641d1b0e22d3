/**
 * spend-without-activity: money planned in a month when nothing of its
 * campaign (or, without a campaign, on its lane) happens that month.
 */
import type { BudgetLine } from "../types";
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { listNames, planMonthWords } from "./words";

export const spendWithoutActivity = defineFlag({
  code: "spend-without-activity",
  title: "Spend without activity",
  severity: "warning",
  scope: "month",
  fix: "Add an activity for the line's campaign (or lane) in this month, or move the line's spend.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const idle: BudgetLine[][] = Array.from({ length: 12 }, () => []);
  for (const line of ctx.plan.budget) {
    // A line with neither Campaign nor Lane says nothing about activities: not checked.
    const active =
      line.campaign !== null
        ? ctx.activeByCampaign.get(line.campaign)
        : line.lane !== null
          ? ctx.activeByLane.get(line.lane)
          : null;
    if (active === null) continue;
    for (let m = 0; m < 12; m++) {
      if (line.amounts[m] > 0 && !(active && active[m])) idle[m].push(line);
    }
  }
  const flags: Finding[] = [];
  idle.forEach((lines, m) => {
    if (lines.length === 0) return;
    const what = lines.map((l) =>
      l.campaign !== null ? `campaign '${l.campaign}'` : `lane ${l.lane}`
    );
    flags.push({
      month: ctx.plan.months[m],
      refs: lines.map((l) => l.line),
      message:
        `${listNames(lines.map((l) => l.line))} ${lines.length > 1 ? "spend" : "spends"} money in ` +
        `${planMonthWords(ctx, m)} but no activity of ${listNames(what)} runs that month. ` +
        `Add the activity to the calendar, or move the money to a month with activity.`,
    });
  });
  return flags;
}
