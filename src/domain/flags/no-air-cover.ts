/**
 * no-air-cover: a Sales-side activity with no Marketing-side activity in
 * [m−W, m] to warm its market up. A field push with nothing behind it.
 */
import type { Activity } from "../types";
import { withinWindow, type FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { campaignHint, laneNames, listNames, planMonthWords, planRangeWords } from "./words";

export const noAirCover = defineFlag({
  code: "no-air-cover",
  title: "No air cover",
  severity: "warning",
  scope: "month",
  fix: "Add a Marketing-side activity of the same campaign in this month or within the air-cover window before it.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const W = ctx.plan.settings.airCoverWindow;
  const anyMarketing = withinWindow(ctx.marketingAny, -W, 0);
  const byCampaign = new Map<string, boolean[]>();
  const flags: Finding[] = [];
  for (let m = 0; m < 12; m++) {
    const uncovered: Activity[] = [];
    for (const s of ctx.salesByMonth[m]) {
      let covered = anyMarketing;
      if (s.campaign !== null) {
        // A campaign's sales push is covered only by marketing of that campaign.
        let window = byCampaign.get(s.campaign);
        if (!window) {
          window = withinWindow(ctx.marketingByCampaign.get(s.campaign), -W, 0);
          byCampaign.set(s.campaign, window);
        }
        covered = window;
      }
      if (!covered[m]) uncovered.push(s);
    }
    if (uncovered.length === 0) continue;
    const window = planRangeWords(ctx, m - W, m);
    flags.push({
      month: ctx.plan.months[m],
      refs: uncovered.map((s) => s.id),
      message:
        `${listNames(uncovered.map((s) => s.activity))} in ${planMonthWords(ctx, m)} ` +
        `${uncovered.length > 1 ? "have no marketing behind them" : "has no marketing behind it"} in ${window}. ` +
        `Add a Marketing-side activity${laneNames(ctx, "Marketing")} in those months` +
        `${campaignHint(uncovered)}.`,
    });
  }
  return flags;
}
