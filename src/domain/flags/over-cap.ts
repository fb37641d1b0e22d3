/** over-cap (whole plan, error): the year's total spend is above the Annual budget cap. */
import type { Flag } from "../types";
import type { FlagContext } from "./context";
import { amount } from "./words";

export function overCap(ctx: FlagContext): Flag[] {
  const { budget, settings } = ctx.plan;
  const cap = settings.annualBudgetCap;
  if (cap === null) return [];
  let total = 0;
  for (const line of budget) total += line.total;
  if (!(total > cap)) return [];
  return [
    {
      code: "over-cap",
      month: null,
      severity: "error",
      refs: budget.filter((line) => line.total > 0).map((line) => line.line),
      message:
        `The year's planned spend, ${amount(total, settings.currency)}, is above the annual budget cap of ` +
        `${amount(cap, settings.currency)} by ${amount(total - cap, settings.currency)}. ` +
        `Cut or move lines, or raise the Annual budget cap.`,
    },
  ];
}
