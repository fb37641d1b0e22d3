/**
 * activity-without-budget: a Marketing-side activity running in a month
 * when no budget line funds its campaign (or, without a campaign, its lane).
 */
import type { Activity } from "../types";
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { listNames, planMonthWords } from "./words";

export const activityWithoutBudget = defineFlag({
  code: "activity-without-budget",
  title: "Activity without budget",
  severity: "info",
  scope: "month",
  fix: "Add a budget line with spend in this month for the activity's campaign (or lane).",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const unfunded: Activity[] = [];
    for (const a of ctx.marketingByMonth[m]) {
      const spend =
        a.campaign !== null ? ctx.spendByCampaign.get(a.campaign) : ctx.spendByLane.get(a.lane);
      if (!(spend && spend[m] > 0)) unfunded.push(a);
    }
    if (unfunded.length === 0) continue;
    const what = unfunded.map((a) =>
      a.campaign !== null ? `campaign '${a.campaign}'` : `lane ${a.lane}`
    );
    flags.push({
      month: ctx.plan.months[m],
      refs: unfunded.map((a) => a.id),
      message:
        `${listNames(unfunded.map((a) => a.activity))} ${unfunded.length > 1 ? "run" : "runs"} in ` +
        `${planMonthWords(ctx, m)} with no money in the budget for ${listNames(what)} that month. ` +
        `Add a budget line with an amount in ${planMonthWords(ctx, m)}.`,
    });
  }
  return flags;
}
