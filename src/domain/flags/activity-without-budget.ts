/**
 * activity-without-budget (info): a Marketing-side activity running in a month
 * when no budget line funds its campaign (or, without a campaign, its lane).
 */
import type { Activity, Flag } from "../types";
import type { FlagContext } from "./context";
import { listNames, planMonthWords } from "./words";

export function activityWithoutBudget(ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
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
      code: "activity-without-budget",
      month: ctx.plan.months[m],
      severity: "info",
      refs: unfunded.map((a) => a.id),
      message:
        `${listNames(unfunded.map((a) => a.activity))} ${unfunded.length > 1 ? "run" : "runs"} in ` +
        `${planMonthWords(ctx, m)} with no money in the budget for ${listNames(what)} that month. ` +
        `Add a budget line with an amount in ${planMonthWords(ctx, m)}.`,
    });
  }
  return flags;
}
