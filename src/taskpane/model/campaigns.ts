/** Campaign names as the forms offer them. Pure. */
import { compareNames, type Plan } from "../../workbook";

/**
 * Every campaign the plan names (activities and budget lines), for the forms' Campaign box, in
 * natural order whatever the case: "Campaign 1, CAMPAIGN 2, CAMPAIGN 10".
 */
export function campaignNames(plan: Plan): string[] {
  const names = new Set<string>();
  for (const a of plan.activities) if (a.campaign) names.add(a.campaign);
  for (const b of plan.budget) if (b.campaign) names.add(b.campaign);
  return [...names].sort(compareNames);
}
