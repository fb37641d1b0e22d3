/** over-cap: the year's total spend is above the Annual budget cap. */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { amount } from "./words";

export const overCap = defineFlag({
  code: "over-cap",
  title: "Over cap",
  severity: "error",
  scope: "plan",
  fix: "Lower the budget lines' amounts, or raise the Annual budget cap in Settings.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { budget, settings } = ctx.plan;
  const cap = settings.annualBudgetCap;
  if (cap === null) return [];
  let total = 0;
  for (const line of budget) total += line.total;
  if (!(total > cap)) return [];
  return [
    {
      month: null,
      refs: budget.filter((line) => line.total > 0).map((line) => line.line),
      message:
        `The year's planned spend, ${amount(total, settings.currency)}, is above the annual budget cap of ` +
        `${amount(cap, settings.currency)} by ${amount(total - cap, settings.currency)}. ` +
        `Cut or move lines, or raise the Annual budget cap.`,
    },
  ];
}
