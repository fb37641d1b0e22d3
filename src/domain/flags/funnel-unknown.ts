/**
 * funnel-unknown: the plan has revenue targets but no average deal size or no
 * lead-to-close rate, so no month's required leads can be known.
 */
import type { FlagContext } from "./context";
import { defineFlag, type Finding } from "./kind";

export const funnelUnknown = defineFlag({
  code: "funnel-unknown",
  title: "Funnel unknown",
  severity: "info",
  scope: "plan",
  fix: "Set Average deal size and Lead-to-close rate, or report Leads, Closed and Revenue in Results.",
  find,
});

function find(ctx: FlagContext): Finding[] {
  const { targets, averageDealSize, leadToCloseRate } = ctx.demand;
  if (targets.length === 0) return [];
  const why: string[] = [];
  if (averageDealSize.value === null)
    why.push(
      "the average deal size is unknown (set Average deal size, or report Closed and Revenue in Results)"
    );
  if (leadToCloseRate.value === null)
    why.push(
      "the lead-to-close rate is unknown (set Lead-to-close rate, or report Leads and Closed in Results)"
    );
  if (why.length === 0) return [];
  return [
    {
      month: null,
      refs: targets.map((t) => `Targets row ${t.row}`),
      message: `No month's required leads can be known: ${why.join(", and ")}.`,
    },
  ];
}
