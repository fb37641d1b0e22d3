/**
 * CSV import, the pure part: map a CSV's columns to a table's headers
 * (case-insensitive, trimmed), validate every row with the domain's schemas,
 * and say which rows would be added and which are rejected, and why.
 */
import Papa from "papaparse";
import {
  ACTIVITY_COLUMNS,
  activitySchema,
  budgetColumns,
  budgetLineSchema,
  type Cell,
  overLimit,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  type Plan,
  RESULTS_COLUMNS,
  resultsRowSchema,
  type Row,
  rowContext,
} from "../../workbook";

export type ImportTable = "Activities" | "Results" | "Budget";

export interface ImportRow {
  /** Line in the CSV file (the header is line 1). */
  line: number;
  row: Row;
  /** A short description for the preview: "A-07 Spring webinar". */
  label: string;
}

export interface RejectedRow {
  line: number;
  label: string;
  reasons: string[];
}

export interface ImportPreview {
  table: ImportTable | null;
  accepted: ImportRow[];
  rejected: RejectedRow[];
  /** CSV columns that match no column of the table: ignored. */
  ignoredColumns: string[];
  /** Problems with the file as a whole (no header, unknown kind of rows). */
  errors: string[];
}

/** Parses CSV text with a header row into records keyed by the file's own (trimmed) headers. */
export function parseCsv(text: string): {
  headers: string[];
  records: Record<string, string>[];
  errors: string[];
} {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const errors = result.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => (e.row !== undefined ? `Line ${e.row + 2}: ${e.message}` : e.message));
  return {
    headers: (result.meta.fields ?? []).filter((h) => h !== ""),
    records: result.data,
    errors,
  };
}

const key = (h: string) => h.trim().replace(/\s+/g, " ").toLowerCase();

/** For each CSV header, the table column it maps to (or null when it maps to none). */
export function mapColumns(
  headers: readonly string[],
  columns: readonly string[],
  aliases: ReadonlyArray<[string, string]> = []
): Map<string, string | null> {
  const byKey = new Map([...aliases.map(([a, c]): [string, string] => [key(a), c])]);
  for (const c of columns) byKey.set(key(c), c);
  return new Map(headers.map((h) => [h, byKey.get(key(h)) ?? null]));
}

/** Which table a CSV's rows belong to, from its headers. */
export function detectTable(headers: readonly string[]): ImportTable | null {
  const keys = new Set(headers.map(key));
  if (keys.has("id") && keys.has("activity")) return "Activities";
  if (keys.has("channel") && keys.has("month")) return "Results";
  if (keys.has("line") && keys.has("team")) return "Budget";
  return null;
}

const NUMERIC: Record<ImportTable, ReadonlySet<string>> = {
  Activities: new Set(["Expected leads", "Follow-up hours"]),
  Results: new Set(["Spend", "Leads", "Qualified", "Closed", "Revenue"]),
  Budget: new Set(MONTH_ABBREVIATIONS),
};

/** A budget file's month columns may be headed by the full month name ("March" for Mar). */
const MONTH_ALIASES = MONTH_NAMES.map((name, i): [string, string] => [
  name,
  MONTH_ABBREVIATIONS[i],
]);

/** The columns of the table an import adds to (the Budget's months in plan order). */
function importColumns(table: ImportTable, plan: Plan): readonly string[] {
  if (table === "Activities") return ACTIVITY_COLUMNS;
  if (table === "Results") return RESULTS_COLUMNS;
  const start = plan.settings.planStarts ? Number(plan.settings.planStarts.slice(5, 7)) - 1 : 0;
  return budgetColumns(start);
}

/** The key column whose values must be new: an activity's ID, a budget line's Line. */
const KEYS: Partial<Record<ImportTable, string>> = { Activities: "ID", Budget: "Line" };

/** Text from the file as a cell: numbers in numeric columns (also "1,200"), text elsewhere. */
function toCell(text: string | undefined, numeric: boolean): Cell {
  const t = (text ?? "").trim();
  if (t === "" || !numeric) return t;
  const plain = t.replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : t;
}

function issueText(issue: { path: ReadonlyArray<PropertyKey>; message: string }): string {
  return issue.message;
}

/** Validates parsed CSV records against the plan and says what an import would add. */
export function previewImport(
  headers: readonly string[],
  records: ReadonlyArray<Record<string, string>>,
  plan: Plan,
  table: ImportTable | null = detectTable(headers)
): ImportPreview {
  const preview: ImportPreview = {
    table,
    accepted: [],
    rejected: [],
    ignoredColumns: [],
    errors: [],
  };
  if (table === null) {
    preview.errors.push(
      "The file's header row matches none of Activities (ID, Activity, …), Results (Month, Channel, …) or Budget (Line, Team, …)."
    );
    return preview;
  }
  const columns = importColumns(table, plan);
  const mapping = mapColumns(headers, columns, table === "Budget" ? MONTH_ALIASES : []);
  preview.ignoredColumns = headers.filter((h) => mapping.get(h) === null);
  const ctx = rowContext(plan.lanes, plan.settings.planStarts);
  const schema =
    table === "Activities"
      ? activitySchema(ctx)
      : table === "Budget"
        ? budgetLineSchema(ctx)
        : resultsRowSchema(ctx);
  const keyColumn = KEYS[table];
  const usedKeys = new Set(
    table === "Activities"
      ? plan.activities.map((a) => key(a.id))
      : plan.budget.map((b) => key(b.line))
  );
  records.forEach((record, i) => {
    const line = i + 2;
    const row: Row = {};
    for (const c of columns) row[c] = "";
    for (const [h, column] of mapping)
      if (column) row[column] = toCell(record[h], NUMERIC[table].has(column));
    const shown =
      table === "Activities"
        ? [row.ID, row.Activity]
        : table === "Budget"
          ? [row.Line, row.Team]
          : [row.Month, row.Channel];
    const label = shown.filter((v) => v !== "").join(" ") || `Line ${line}`;
    const parsed = schema.safeParse(row);
    const reasons = parsed.success ? [] : parsed.error.issues.map(issueText);
    // Numbers beyond what a plan can mean (the domain's limits), which the schema, reading what a
    // person typed in the sheet, accepts.
    for (const column of NUMERIC[table]) {
      const beyond = overLimit(table, column, row[column]);
      if (beyond) reasons.push(beyond);
    }
    const keyValue = keyColumn ? row[keyColumn] : null;
    if (keyColumn && typeof keyValue !== "object" && String(keyValue).trim() !== "") {
      const k = key(String(keyValue));
      if (usedKeys.has(k))
        reasons.push(
          `${keyColumn} '${String(keyValue).trim()}' is already used. Choose another ${keyColumn}.`
        );
      else if (reasons.length === 0) usedKeys.add(k);
    }
    if (reasons.length > 0) {
      preview.rejected.push({ line, label, reasons });
      return;
    }
    // Months are written as the plan month they mean, so Excel stores a real date.
    if (parsed.success && table === "Activities") {
      const a = parsed.data as { start: string; end: string };
      row.Start = a.start;
      if (row.End !== "") row.End = a.end;
    } else if (parsed.success && table === "Results") {
      row.Month = (parsed.data as { month: string }).month;
    }
    preview.accepted.push({ line, row, label });
  });
  return preview;
}

/** Parse and preview in one step. */
export function previewCsv(text: string, plan: Plan): ImportPreview {
  const { headers, records, errors } = parseCsv(text);
  const preview = previewImport(headers, records, plan);
  preview.errors.unshift(...errors);
  return preview;
}
