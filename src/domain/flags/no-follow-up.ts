/**
 * no-follow-up: a Marketing-side activity whose leads no Sales-side activity
 * picks up in [m, m+F]. Leads that nobody calls while they are hot are wasted.
 */
import type { Activity } from "../types";
import { withinWindow, type FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { campaignHint, laneNames, listNames, planMonthWords, planRangeWords } from "./words";

export const noFollowUp = defineFlag({
  code: "no-follow-up",
  title: "No follow-up",
  severity: "warning",
  scope: "month",
  fix: "Add a Sales-side activity (e.g. Field sales) of the same campaign in this month or within the follow-up window.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const F = ctx.plan.settings.followUpWindow;
  const anySales = withinWindow(ctx.salesAny, 0, F);
  const byCampaign = new Map<string, boolean[]>();
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const unfollowed: Activity[] = [];
    for (const a of ctx.marketingByMonth[m]) {
      let followed = anySales;
      if (a.campaign !== null) {
        // A campaign's leads are followed up only by sales activity of that campaign.
        let window = byCampaign.get(a.campaign);
        if (!window) {
          window = withinWindow(ctx.salesByCampaign.get(a.campaign), 0, F);
          byCampaign.set(a.campaign, window);
        }
        followed = window;
      }
      if (!followed[m]) unfollowed.push(a);
    }
    if (unfollowed.length === 0) continue;
    const window = planRangeWords(ctx, m, m + F);
    flags.push({
      month: ctx.plan.months[m],
      refs: unfollowed.map((a) => a.id),
      message:
        `Leads from ${listNames(unfollowed.map((a) => a.activity))} in ${planMonthWords(ctx, m)} ` +
        `have no sales follow-up in ${window}. Add a Sales-side activity` +
        `${laneNames(ctx, "Sales")} in those months${campaignHint(unfollowed)}.`,
    });
  }
  return flags;
}
