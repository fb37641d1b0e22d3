/** Campaign names as the forms offer them. Pure. */
import type { Plan } from "../../workbook";

/** Every campaign the plan names (activities and budget lines), for the forms' Campaign box. */
export function campaignNames(plan: Plan): string[] {
  const names = new Set<string>();
  for (const a of plan.activities) if (a.campaign) names.add(a.campaign);
  for (const b of plan.budget) if (b.campaign) names.add(b.campaign);
  return [...names].sort((a, b) => a.localeCompare(b));
}
