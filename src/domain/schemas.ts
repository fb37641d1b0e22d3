/**
 * zod schemas for the forms (add/edit an activity, a budget line, a results
 * row). They are built from the very cell rules and row rules the checker
 * applies (rows.ts), so a form accepts exactly what the checker accepts.
 * Input: an object keyed by canonical column header; output: the row as the
 * plan holds it. Duplicate IDs/Lines and campaign spelling are table-wide and
 * are left to parsePlan. The output's `row` is 0: the row is not in a table yet.
 */
import { z } from "zod";
import type { Read } from "./cells";
import { MONTH_ABBREVIATIONS } from "./months";
import {
  ACTIVITY_RULES,
  BUDGET_RULES,
  RESULTS_RULES,
  finishActivity,
  finishBudgetLine,
  finishResultsRow,
  firstMonthOfYear,
  type RowContext,
  type RowRead,
} from "./rows";

/** A zod schema for one cell, from its rule. */
function cell<T>(rule: (value: unknown) => Read<T>) {
  // optional(): a form may leave a column out; the rule itself decides whether blank is allowed.
  return z
    .unknown()
    .optional()
    .transform((value, ctx): T => {
      const read = rule(value);
      if (read.ok) return read.value;
      ctx.issues.push({ code: "custom", message: read.message, input: value });
      return z.NEVER;
    });
}

/** Passes a row rule's result through, turning its issues into zod issues on their columns. */
function finish<T extends object>(read: RowRead<T>, ctx: z.RefinementCtx): T {
  if (!Array.isArray(read)) return read as T;
  for (const issue of read) {
    ctx.issues.push({
      code: "custom",
      message: issue.message,
      input: issue.value,
      path: [issue.column],
    });
  }
  return z.NEVER;
}

export function activitySchema(row: RowContext) {
  const R = ACTIVITY_RULES;
  return z
    .object({
      ID: cell(R.ID),
      Activity: cell(R.Activity),
      Lane: cell((v) => R.Lane(v, row)),
      Team: cell(R.Team),
      Campaign: cell(R.Campaign),
      Start: cell((v) => R.Start(v, row)),
      End: cell((v) => R.End(v, row)),
      "Expected leads": cell(R["Expected leads"]),
      "Follow-up hours": cell(R["Follow-up hours"]),
      Notes: cell(R.Notes),
    })
    .transform((fields, ctx) => finish(finishActivity(fields, fields.Start, fields.End, row), ctx));
}

export function budgetLineSchema(row: RowContext) {
  const R = BUDGET_RULES;
  const months = Object.fromEntries(
    MONTH_ABBREVIATIONS.map((name) => [name, cell(R.amount(name))])
  ) as Record<(typeof MONTH_ABBREVIATIONS)[number], ReturnType<typeof cell<number>>>;
  return z
    .object({
      Line: cell(R.Line),
      Team: cell(R.Team),
      Lane: cell((v) => R.Lane(v, row)),
      Campaign: cell(R.Campaign),
      Status: cell(R.Status),
      ...months,
    })
    .transform((f) => {
      const first = firstMonthOfYear(row);
      const amounts = MONTH_ABBREVIATIONS.map((_, i) => f[MONTH_ABBREVIATIONS[(first + i) % 12]]);
      return finishBudgetLine({ ...f, amounts });
    });
}

export function resultsRowSchema(row: RowContext) {
  const R = RESULTS_RULES;
  return z
    .object({
      Month: cell((v) => R.Month(v, row)),
      Channel: cell(R.Channel),
      Lane: cell((v) => R.Lane(v, row)),
      Campaign: cell(R.Campaign),
      Spend: cell(R.Spend),
      Leads: cell(R.Leads),
      Qualified: cell(R.Qualified),
      Closed: cell(R.Closed),
      Revenue: cell(R.Revenue),
      "Followed up": cell(R["Followed up"]),
    })
    .transform((fields, ctx) =>
      finish(finishResultsRow(fields, fields.Closed, fields["Followed up"], row), ctx)
    );
}
