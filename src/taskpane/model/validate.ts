/**
 * Form values → the row to write, validated with the domain's own zod schemas (the same rules the
 * checker applies) and the table's keys. Pure functions; loaded with the forms, not the first view.
 */
import {
  activitySchema,
  budgetLineSchema,
  type Cell,
  keyClash,
  type LimitedTable,
  overLimit,
  type Plan,
  type Row,
  resultsRowSchema,
  rowContext,
  sameName,
} from "../../workbook";
import { z } from "zod";
import {
  ACTIVITY_FIELDS,
  type ActivityFormValues,
  BUDGET_BASE_FIELDS,
  type BudgetFormValues,
  type FieldErrors,
  type LaneFormValues,
  RESULT_FIELDS,
  type ResultFormValues,
} from "./rowForms";

export type Validated = { ok: true; row: Row } | { ok: false; errors: FieldErrors };

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

/**
 * Adds, for each field whose number is beyond what a plan can mean (the domain's limits), an error
 * naming the limit, unless the field already has one. Forms for other tables (e.g. Results) use it
 * after their schema.
 */
export function limitErrors(
  table: LimitedTable,
  row: Row,
  fields: readonly string[],
  errors: FieldErrors = {}
): FieldErrors {
  for (const f of fields) {
    const message = errors[f] ? null : overLimit(table, f, row[f]);
    if (message) errors[f] = message;
  }
  return errors;
}

/** Which keys a new or edited row's key must not repeat. */
export interface KeysInUse {
  /** Every row's key (see tableKeys); index i is data row i + 1. */
  keys: readonly string[];
  /** The edited row (1-based data row), whose own key does not count; null when adding. */
  ownRow: number | null;
}

/**
 * Whether `value` is already used, by the domain's rule (keyClash), as the workbook layer decides:
 * an edited row keeping its own key is fine; any other row's key, valid or not, is taken.
 */
function isTaken(value: string, ownKey: string | null, inUse: KeysInUse): boolean {
  if (ownKey !== null && sameName(ownKey, value)) return false;
  return keyClash(inUse.keys, value, inUse.ownRow === null ? -1 : inUse.ownRow - 1) !== -1;
}

/**
 * Validates an activity form with activitySchema; `ownId` is the ID of the
 * activity being edited (null when adding), so its own ID is not "already used".
 * `inUse` (from tableKeys) checks the ID against every row of the table, as the
 * workbook layer will; without it, only the plan's valid activities are checked.
 * On success, the row to write, keyed by column header.
 */
export function validateActivity(
  form: ActivityFormValues,
  plan: Plan,
  ownId: string | null,
  inUse?: KeysInUse
): Validated {
  const numeric = new Set<string>(["Expected leads", "Follow-up hours"]);
  const row: Row = {};
  for (const f of ACTIVITY_FIELDS) row[f] = cellFromText(form[f] ?? "", numeric.has(f));
  const parsed = activitySchema(rowContext(plan.lanes, plan.settings.planStarts)).safeParse(row);
  const errors = limitErrors(
    "Activities",
    row,
    [...numeric],
    parsed.success ? {} : issuesToErrors(parsed.error.issues)
  );
  const used = inUse ?? { keys: plan.activities.map((a) => a.id), ownRow: null };
  if (!errors.ID && isTaken(form.ID, ownId, used))
    errors.ID = `ID '${form.ID.trim()}' is already used by another activity. Choose another ID.`;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, row };
}

/**
 * Validates a budget line form with budgetLineSchema; Line must be unique like an activity's ID
 * (against every row of the table when `inUse` is given).
 */
export function validateBudgetLine(
  form: BudgetFormValues,
  plan: Plan,
  monthHeaders: readonly string[],
  ownLine: string | null,
  inUse?: KeysInUse
): Validated {
  const row: Row = {};
  for (const f of BUDGET_BASE_FIELDS) row[f] = cellFromText(form[f] ?? "", false);
  for (const h of monthHeaders) row[h] = cellFromText(form[h] ?? "", true);
  const parsed = budgetLineSchema(rowContext(plan.lanes, plan.settings.planStarts)).safeParse(row);
  const errors = limitErrors(
    "Budget",
    row,
    monthHeaders,
    parsed.success ? {} : issuesToErrors(parsed.error.issues)
  );
  const used = inUse ?? { keys: plan.budget.map((b) => b.line), ownRow: null };
  if (!errors.Line && isTaken(form.Line, ownLine, used))
    errors.Line = `Line '${form.Line.trim()}' is already used by another budget line. Choose another Line.`;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, row };
}

export interface LaneFormContext {
  /** The Lanes table's headers: a Capacity is written only where the table has the column. */
  columns?: readonly string[];
  /** The lane being edited (its own name is no clash). */
  ownLane?: string;
}

/**
 * zod schema of a lane's Capacity as typed: blank, or a whole number ≥ 0 within the plan's limit
 * (rules.md §1 Lanes); a Marketing-side lane has none.
 */
export function capacitySchema(side: string) {
  return z
    .string()
    .transform((t) => t.trim().replace(/,/g, ""))
    .superRefine((t, ctx) => {
      if (t === "") return;
      if (side !== "Sales")
        return ctx.addIssue({
          code: "custom",
          message:
            "Only a Sales-side lane has a Capacity (the leads it can follow up); leave it blank.",
        });
      if (!/^\d+$/.test(t))
        return ctx.addIssue({
          code: "custom",
          message:
            "Capacity must be a whole number of 0 or more: the new leads this lane can follow up in a month. Leave it blank when none is planned.",
        });
      const over = overLimit("Lanes", "Capacity", Number(t));
      if (over) ctx.addIssue({ code: "custom", message: over });
    })
    .transform((t): Cell => (t === "" ? "" : Number(t)));
}

/**
 * Validates the lane form: a Lane is required and must not name another lane the plan has; a
 * Capacity as capacitySchema says, written only when the Lanes table has the column.
 */
export function validateLane(
  values: LaneFormValues,
  plan: Plan,
  context: LaneFormContext = {}
): Validated {
  const lane = values.Lane.trim();
  if (lane === "") return { ok: false, errors: { Lane: "Lane is required." } };
  const lanes = plan.lanes
    .map((l) => l.lane)
    .filter((l) => context.ownLane === undefined || !sameName(l, context.ownLane));
  if (keyClash(lanes, lane) !== -1)
    return { ok: false, errors: { Lane: `Lane '${lane}' already exists.` } };
  const row: Row = { Lane: lane, Side: values.Side };
  const capacity = capacitySchema(values.Side).safeParse(values.Capacity ?? "");
  if (!capacity.success)
    return { ok: false, errors: { Capacity: capacity.error.issues[0].message } };
  const hasColumn =
    context.columns === undefined || context.columns.some((c) => sameName(c, "Capacity"));
  if (capacity.data !== "" && !hasColumn)
    return {
      ok: false,
      errors: {
        Capacity:
          "This plan's Lanes table has no Capacity column yet: Update plan layout (in Settings) adds it.",
      },
    };
  if (hasColumn) row.Capacity = capacity.data;
  return { ok: true, row };
}

const RESULT_NUMBERS = new Set<string>([
  "Spend",
  "Leads",
  "Qualified",
  "Closed",
  "Revenue",
  "Followed up",
]);

/**
 * Validates a Results form with resultsRowSchema (the checker's own rules: a plan month, a
 * channel, figures of 0 or more, Closed and Followed up not above Leads). Only the columns in
 * `columns` (the Results table's headers) are written: a column the table lacks is left out.
 */
export function validateResult(
  form: ResultFormValues,
  plan: Plan,
  columns?: readonly string[]
): Validated {
  const row: Row = {};
  for (const f of RESULT_FIELDS) row[f] = cellFromText(form[f] ?? "", RESULT_NUMBERS.has(f));
  const parsed = resultsRowSchema(rowContext(plan.lanes, plan.settings.planStarts)).safeParse(row);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  // The month is written as the plan month it means, so Excel stores a real date.
  row.Month = (parsed.data as { month: string }).month;
  if (columns)
    for (const f of Object.keys(row)) if (!columns.some((c) => sameName(c, f))) delete row[f];
  return { ok: true, row };
}
