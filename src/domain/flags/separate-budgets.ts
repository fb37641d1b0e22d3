/**
 * separate-budgets: marketing and sales both spend, and not one
 * joint line has money: two budgets that never meet.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";
import { amount } from "./words";

export const separateBudgets = defineFlag({
  code: "separate-budgets",
  title: "Separate budgets",
  severity: "warning",
  scope: "plan",
  fix: "Add at least one Joint line, or link lines to a joint campaign.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { budget, settings } = ctx.plan;
  let marketing = 0;
  let sales = 0;
  let joint = 0;
  budget.forEach((line, i) => {
    if (ctx.lineIsJoint[i]) joint += line.total;
    else if (line.team === "Marketing") marketing += line.total;
    else if (line.team === "Sales") sales += line.total;
  });
  if (!(marketing > 0 && sales > 0 && joint === 0)) return [];
  return [
    {
      month: null,
      refs: budget.filter((line) => line.total > 0).map((line) => line.line),
      message:
        `Marketing (${amount(marketing, settings.currency)}) and sales (${amount(sales, settings.currency)}) ` +
        `each spend from their own lines and no line is joint: two separate budgets. ` +
        `Plan at least one line together: set its Team to Joint, or link it to a campaign with activities on both sides.`,
    },
  ];
}
