/**
 * Form values ↔ table rows: the forms' fields, a new row's defaults, a row as form values. Pure
 * functions, and light: the views that open the forms load this at once; validation (zod) is in
 * ./validate, which only the forms' own code loads.
 */
import {
  type Activity,
  type BudgetLine,
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  budgetMonthColumns,
  type Cell,
  FOLLOWED_UP,
  parseMonth,
  type Plan,
  type PlanState,
  RESULTS_COLUMNS,
  type ResultsRow,
  type Row,
  valueByName,
  type Side,
} from "../../workbook";
import { newRowKey, planOf } from "./ids";

/** The activity form's fields: the Activities table's columns, in their order. */
export const ACTIVITY_FIELDS = ACTIVITY_COLUMNS;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
/** What the activity form holds: one text per field. */
export type ActivityFormValues = Record<ActivityField, string>;

export const BUDGET_BASE_FIELDS = BUDGET_BASE_COLUMNS;
/** A budget line form: base fields plus one amount per budget month header (e.g. "Jan"). */
export type BudgetFormValues = Record<string, string>;

/** The lane form: Capacity as typed (blank: none planned; only a Sales-side lane has one). */
export type LaneFormValues = { Lane: string; Side: Side; Capacity: string };

export type FieldErrors = Record<string, string>;

const numberText = (n: number | null) => (n === null ? "" : String(n));
const cellText = (cell: Cell) => (cell === null ? "" : String(cell));

/** A new activity's defaults. Pass the PlanState so that the ID skips rows with problems too. */
export function emptyActivityForm(source: Plan | PlanState): ActivityFormValues {
  const plan = planOf(source);
  const first = plan.months[0] ?? "";
  return {
    ID: newRowKey(source, "Activities"),
    Activity: "",
    Lane: plan.lanes[0]?.lane ?? "",
    Team: "Marketing",
    Campaign: "",
    Start: first,
    End: first,
    "Expected leads": "",
    "Follow-up hours": "",
    Notes: "",
  };
}

export function activityToForm(a: Activity): ActivityFormValues {
  return {
    ID: a.id,
    Activity: a.activity,
    Lane: a.lane,
    Team: a.team,
    Campaign: a.campaign ?? "",
    Start: a.start,
    End: a.end,
    "Expected leads": numberText(a.expectedLeads),
    "Follow-up hours": numberText(a.followUpHours),
    Notes: a.notes,
  };
}

/** A new budget line's defaults. Pass the PlanState so that Line skips rows with problems too. */
export function emptyBudgetForm(
  source: Plan | PlanState,
  monthHeaders: readonly string[]
): BudgetFormValues {
  const form: BudgetFormValues = {
    Line: newRowKey(source, "Budget"),
    Team: "Marketing",
    Lane: "",
    Campaign: "",
    Status: "Draft",
  };
  for (const h of monthHeaders) form[h] = "";
  return form;
}

/**
 * A budget line as form values. With `cells` (the row as the sheet holds it, e.g. a RowRef's
 * `before`), each month shows its cell: 0 as 0, a blank as blank.
 */
export function budgetToForm(
  b: BudgetLine,
  monthHeaders: readonly string[],
  cells?: Row
): BudgetFormValues {
  const form: BudgetFormValues = {
    Line: b.line,
    Team: b.team,
    Lane: b.lane ?? "",
    Campaign: b.campaign ?? "",
    Status: b.status,
  };
  // As the sheet holds it: 0 is 0 (a blank field would be written back as an empty cell).
  monthHeaders.forEach((h, i) => {
    const cell = cells ? valueByName(cells, h) : undefined;
    form[h] = cell !== undefined ? cellText(cell) : numberText(b.amounts[i] ?? null);
  });
  return form;
}

/**
 * How a cell of an Activities row, as read from the sheet, shows in the activity form: Start and
 * End as the `YYYY-MM` month they mean (a date serial, or a month a person typed), the rest as is.
 */
export function activityCellText(plan: Plan): (field: string, cell: Cell) => string {
  return (field, cell) => {
    if (cell === null || cell === undefined) return "";
    if (field === "Start" || field === "End") {
      const month = parseMonth(cell, plan.settings.planStarts);
      if (month.ok) return month.month;
    }
    return String(cell);
  };
}

/** The Budget table's month headers in plan order (the Budget table's own when it has them). */
export function budgetMonthHeaders(plan: Plan): string[] {
  const start = plan.settings.planStarts ? Number(plan.settings.planStarts.slice(5, 7)) - 1 : 0;
  return budgetMonthColumns(start);
}

/** The Results form's fields: the Results table's columns, with Followed up. */
export const RESULT_FIELDS = [...RESULTS_COLUMNS, FOLLOWED_UP] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];
export type ResultFormValues = Record<ResultField, string>;

/** A new Results row's defaults: the plan's latest month that has begun, no figures. */
export function emptyResultForm(plan: Plan, today = new Date()): ResultFormValues {
  const now = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}`;
  const begun = plan.months.filter((m) => m <= now);
  const month = begun[begun.length - 1] ?? plan.months[0] ?? "";
  const form = Object.fromEntries(RESULT_FIELDS.map((f) => [f, ""])) as ResultFormValues;
  form.Month = month;
  return form;
}

export function resultToForm(r: ResultsRow): ResultFormValues {
  return {
    Month: r.month,
    Channel: r.channel,
    Lane: r.lane ?? "",
    Campaign: r.campaign ?? "",
    Spend: numberText(r.spend),
    Leads: numberText(r.leads),
    Qualified: numberText(r.qualified),
    Closed: numberText(r.closed),
    Revenue: numberText(r.revenue),
    [FOLLOWED_UP]: numberText(r.followedUp),
  };
}
