/**
 * Form values ↔ table rows: a new row's defaults, a row as form values. Pure functions, and light:
 * the views that open the forms load this at once; validation (zod) is in ./validate, which only
 * the forms' own code loads.
 */
import {
  type Activity,
  type BudgetLine,
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  budgetMonthColumns,
  type Plan,
  type PlanState,
  type Row,
} from "../../workbook";

/** The activity form's fields: the Activities table's columns, in their order. */
export const ACTIVITY_FIELDS = ACTIVITY_COLUMNS;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type ActivityForm = Record<ActivityField, string>;

export const BUDGET_BASE_FIELDS = BUDGET_BASE_COLUMNS;
/** A budget line form: base fields plus one amount per budget month header (e.g. "Jan"). */
export type BudgetForm = Record<string, string>;

export type FieldErrors = Record<string, string>;

const numberText = (n: number | null) => (n === null ? "" : String(n));

/** A cell of a row as read, by header (matched as the workbook layer does), as trimmed text. */
function keyText(row: Row, column: string): string {
  const header = Object.keys(row).find((h) => h.trim().toLowerCase() === column.toLowerCase());
  const value = header === undefined ? null : row[header];
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The IDs (Activities) or Lines (Budget) of EVERY row of the table as read, rows with problems
 * included: the workbook layer refuses a key used by any row, valid or not. Index i is data row i + 1.
 */
export function tableKeys(state: PlanState, table: "Activities" | "Budget"): string[] {
  return table === "Activities"
    ? state.workbook.input.activities.map((r) => keyText(r, "ID"))
    : state.workbook.input.budget.map((r) => keyText(r, "Line"));
}

const isState = (source: Plan | PlanState): source is PlanState => "workbook" in source;

/** The default ID of a new activity: after every ID of the table when given the state (preferred). */
export function defaultActivityId(source: Plan | PlanState): string {
  return nextId(
    isState(source) ? tableKeys(source, "Activities") : source.activities.map((a) => a.id),
    "A-"
  );
}

/** A new activity's defaults. Pass the PlanState so that the ID skips rows with problems too. */
export function emptyActivityForm(source: Plan | PlanState): ActivityForm {
  const plan = isState(source) ? source.plan : source;
  const first = plan.months[0] ?? "";
  return {
    ID: defaultActivityId(source),
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

export function activityToForm(a: Activity): ActivityForm {
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

/** The next free ID of the shape `A-07`, given the IDs in use. */
export function nextId(ids: readonly string[], prefix: string): string {
  const taken = new Set(ids.map((i) => i.trim().toLowerCase()));
  let max = 0;
  for (const id of ids) {
    const m = new RegExp(`^${prefix.replace(/[-]/g, "\\-")}(\\d+)$`, "i").exec(id.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  for (let n = max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(2, "0")}`;
    if (!taken.has(id.toLowerCase())) return id;
  }
}

/** A new budget line's defaults. Pass the PlanState so that Line skips rows with problems too. */
export function emptyBudgetForm(
  source: Plan | PlanState,
  monthHeaders: readonly string[]
): BudgetForm {
  const form: BudgetForm = {
    Line: nextId(
      isState(source) ? tableKeys(source, "Budget") : source.budget.map((b) => b.line),
      "B-"
    ),
    Team: "Marketing",
    Lane: "",
    Campaign: "",
    Status: "Draft",
  };
  for (const h of monthHeaders) form[h] = "";
  return form;
}

export function budgetToForm(b: BudgetLine, monthHeaders: readonly string[]): BudgetForm {
  const form: BudgetForm = {
    Line: b.line,
    Team: b.team,
    Lane: b.lane ?? "",
    Campaign: b.campaign ?? "",
    Status: b.status,
  };
  monthHeaders.forEach((h, i) => (form[h] = b.amounts[i] ? String(b.amounts[i]) : ""));
  return form;
}

/** The Budget table's month headers in plan order (the Budget table's own when it has them). */
export function budgetMonthHeaders(plan: Plan): string[] {
  const start = plan.settings.planStarts ? Number(plan.settings.planStarts.slice(5, 7)) - 1 : 0;
  return budgetMonthColumns(start);
}

/** Every campaign the plan names (activities and budget lines), for the forms' Campaign box. */
export function campaignNames(plan: Plan): string[] {
  const names = new Set<string>();
  for (const a of plan.activities) if (a.campaign) names.add(a.campaign);
  for (const b of plan.budget) if (b.campaign) names.add(b.campaign);
  return [...names].sort((a, b) => a.localeCompare(b));
}
