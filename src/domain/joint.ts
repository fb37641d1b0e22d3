/** What makes planning joint (docs/rules.md §2). */
import type { BudgetLine, Plan } from "./types";

/**
 * Joint campaigns: campaigns with at least one valid activity on a Marketing-side lane and at
 * least one on a Sales-side lane, in the order they first appear among the activities.
 */
export function jointCampaigns(plan: Pick<Plan, "activities">): string[] {
  const marketing = new Set<string>();
  const sales = new Set<string>();
  const order: string[] = [];
  for (const activity of plan.activities) {
    if (activity.campaign === null) continue;
    if (!marketing.has(activity.campaign) && !sales.has(activity.campaign))
      order.push(activity.campaign);
    (activity.side === "Sales" ? sales : marketing).add(activity.campaign);
  }
  return order.filter((campaign) => marketing.has(campaign) && sales.has(campaign));
}

/**
 * Whether each budget line (in plan order) is *joint*: its Team is Joint or its Campaign is a
 * joint campaign (docs/rules.md §3). The one rule the joint share, the siloed-spend flag and the
 * Budget view's Joint column all use.
 */
export function jointLines(
  plan: Pick<Plan, "activities" | "budget">,
  campaigns: ReadonlySet<string> = new Set(jointCampaigns(plan))
): boolean[] {
  return plan.budget.map((line) => isJointLine(line, campaigns));
}

export function isJointLine(line: BudgetLine, jointCampaignNames: ReadonlySet<string>): boolean {
  return line.team === "Joint" || (line.campaign !== null && jointCampaignNames.has(line.campaign));
}
