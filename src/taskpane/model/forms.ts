/**
 * Form values ↔ table rows, validated with the domain's own zod schemas
 * (the same rules the checker applies). Pure functions.
 */
import {
  type Activity,
  activitySchema,
  type BudgetLine,
  budgetLineSchema,
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  budgetMonthColumns,
  type Cell,
  type Plan,
  type PlanState,
  type Row,
  rowContext,
} from "../../workbook";

/** The activity form's fields: the Activities table's columns, in their order. */
export const ACTIVITY_FIELDS = ACTIVITY_COLUMNS;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type ActivityForm = Record<ActivityField, string>;

export const BUDGET_BASE_FIELDS = BUDGET_BASE_COLUMNS;
/** A budget line form: base fields plus one amount per budget month header (e.g. "Jan"). */
export type BudgetForm = Record<string, string>;

export type FieldErrors = Record<string, string>;

export type Validated = { ok: true; row: Row } | { ok: false; errors: FieldErrors };

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

/** zod issues → one message per field (the first). */
function issuesToErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>
) {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !errors[field]) errors[field] = issue.message;
    else if (!field && !errors._form) errors._form = issue.message;
  }
  return errors;
}

/** A typed number stays text for the schema (it reads "1,200" too); the row gets the number. */
function cellFromText(text: string, numeric: boolean): Cell {
  const t = text.trim();
  if (t === "") return "";
  if (numeric) {
    const n = Number(t.replace(/,/g, ""));
    return Number.isFinite(n) && /^[+-]?[\d,]*\.?\d*([eE][+-]?\d+)?$/.test(t) ? n : t;
  }
  return t;
}

/** Which keys a new or edited row's key must not repeat. */
export interface KeysInUse {
  /** Every row's key (see tableKeys); index i is data row i + 1. */
  keys: readonly string[];
  /** The edited row (1-based data row), whose own key does not count; null when adding. */
  ownRow: number | null;
}

/**
 * Whether `value` is already used, case-insensitively, as the workbook layer decides: an edited
 * row keeping its own key is fine; any other row's key, valid or not, is taken.
 */
function isTaken(value: string, ownKey: string | null, inUse: KeysInUse): boolean {
  const key = value.trim().toLowerCase();
  if (key === "") return false;
  if (ownKey !== null && ownKey.trim().toLowerCase() === key) return false;
  return inUse.keys.some((k, i) => i + 1 !== inUse.ownRow && k.trim().toLowerCase() === key);
}

/**
 * Validates an activity form with activitySchema; `ownId` is the ID of the
 * activity being edited (null when adding), so its own ID is not "already used".
 * `inUse` (from tableKeys) checks the ID against every row of the table, as the
 * workbook layer will; without it, only the plan's valid activities are checked.
 * On success, the row to write, keyed by column header.
 */
export function validateActivity(
  form: ActivityForm,
  plan: Plan,
  ownId: string | null,
  inUse?: KeysInUse
): Validated {
  const numeric = new Set<string>(["Expected leads", "Follow-up hours"]);
  const row: Row = {};
  for (const f of ACTIVITY_FIELDS) row[f] = cellFromText(form[f] ?? "", numeric.has(f));
  const parsed = activitySchema(rowContext(plan.lanes, plan.settings.planStarts)).safeParse(row);
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const used = inUse ?? { keys: plan.activities.map((a) => a.id), ownRow: null };
  if (!errors.ID && isTaken(form.ID, ownId, used))
    errors.ID = `ID '${form.ID.trim()}' is already used by another activity. Choose another ID.`;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, row };
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

/**
 * Validates a budget line form with budgetLineSchema; Line must be unique like an activity's ID
 * (against every row of the table when `inUse` is given).
 */
export function validateBudgetLine(
  form: BudgetForm,
  plan: Plan,
  monthHeaders: readonly string[],
  ownLine: string | null,
  inUse?: KeysInUse
): Validated {
  const row: Row = {};
  for (const f of BUDGET_BASE_FIELDS) row[f] = cellFromText(form[f] ?? "", false);
  for (const h of monthHeaders) row[h] = cellFromText(form[h] ?? "", true);
  const parsed = budgetLineSchema(rowContext(plan.lanes, plan.settings.planStarts)).safeParse(row);
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const used = inUse ?? { keys: plan.budget.map((b) => b.line), ownRow: null };
  if (!errors.Line && isTaken(form.Line, ownLine, used))
    errors.Line = `Line '${form.Line.trim()}' is already used by another budget line. Choose another Line.`;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, row };
}

/** The Budget table's month headers in plan order (the Budget table's own when it has them). */
export function budgetMonthHeaders(plan: Plan): string[] {
  const start = plan.settings.planStarts ? Number(plan.settings.planStarts.slice(5, 7)) - 1 : 0;
  return budgetMonthColumns(start);
}
