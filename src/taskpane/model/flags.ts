/** The Flags view's shape: every flag and problem, grouped by month, with the rows behind each. Pure. */
import { flagKind, type Plan, type PlanCheck, type Severity, type TableName } from "../../workbook";
import { monthLabel } from "./format";
import { normalName } from "../../workbook";
import { rowPlace, sheetOf, sheetRow, type TableLocations, withSheetRows } from "./places";

export interface RowsOf {
  table: TableName;
  /** 1-based data rows (what selecting them needs). */
  rows: number[];
  /** The same rows as Excel's row header shows them (what a person reads). */
  sheetRows: number[];
  /** The sheet they are on. */
  sheet: string;
}

export interface FlagItem {
  key: string;
  kind: "flag" | "problem";
  severity: Severity;
  /** The card's title: the kind's title ("No follow-up"), or what a problem is about. */
  title: string;
  /** What is wrong (and, for flags, what would fix it), as the checker said it. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The rows that caused it, per table; empty when it concerns no row. */
  rows: RowsOf[];
  /** Labels of the rows ("A-01", "Budget row 4": sheet rows). */
  refs: string[];
}

export interface FlagGroup {
  /** The month `YYYY-MM`, or null for the whole plan. */
  month: string | null;
  label: string;
  items: FlagItem[];
}

const RESULTS_REF = /^Results row (\d+)$/i;

/** The rows a flag's refs name: activity IDs, budget Lines, or `Results row N`. */
export function refsToRows(
  plan: Plan,
  refs: readonly string[],
  tables: TableLocations = {}
): RowsOf[] {
  const ids = new Map(plan.activities.map((a) => [normalName(a.id), a.row]));
  const lines = new Map(plan.budget.map((b) => [normalName(b.line), b.row]));
  const out: Record<"Activities" | "Budget" | "Results", number[]> = {
    Activities: [],
    Budget: [],
    Results: [],
  };
  for (const ref of refs) {
    const key = normalName(ref);
    const results = RESULTS_REF.exec(ref.trim());
    if (results) out.Results.push(Number(results[1]));
    else if (ids.has(key)) out.Activities.push(ids.get(key)!);
    else if (lines.has(key)) out.Budget.push(lines.get(key)!);
  }
  return (Object.keys(out) as Array<keyof typeof out>)
    .filter((t) => out[t].length > 0)
    .map((table) => rowsOf(table, out[table], tables));
}

function rowsOf(table: TableName, rows: number[], tables: TableLocations): RowsOf {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  return {
    table,
    rows: sorted,
    sheetRows: sorted.map((r) => sheetRow(tables, table, r)),
    sheet: sheetOf(tables, table),
  };
}

/** A ref as a person reads it: "Results row 3" (a data row) becomes "Results row 4" (the sheet row). */
function refLabel(ref: string, tables: TableLocations): string {
  const results = RESULTS_REF.exec(ref.trim());
  return results ? rowPlace(tables, "Results", Number(results[1])) : ref;
}

/** What a problem is about, as a card's title. */
function problemTitle(p: PlanCheck["problems"][number], tables: TableLocations): string {
  if (p.row !== null) return `Row left out: ${rowPlace(tables, p.table, p.row)}`;
  if (p.table === "Settings" && p.column) return `Setting ${p.column}`;
  return `${p.table} table`;
}

/** Plan-level items first (problems, then flags without a month), then the months in plan order. */
export function groupFlags(plan: Plan, check: PlanCheck, tables: TableLocations = {}): FlagGroup[] {
  const planLevel: FlagItem[] = check.problems.map((p, i) => ({
    key: `problem-${i}`,
    kind: "problem",
    severity: p.row === null && p.column === null ? "error" : "warning",
    title: problemTitle(p, tables),
    message: withSheetRows(p.message, tables, p.table),
    fix:
      p.row === null
        ? p.table === "Settings"
          ? `Fix the setting${p.column ? ` ${p.column}` : ""} in Settings.`
          : "Use Set up plan to add what is missing."
        : `Correct ${p.column ?? "the row"} in ${rowPlace(tables, p.table, p.row)}; until then the row is left out of the check.`,
    // The Baselines, Doors and Targets tables have no sheet to select yet (the workbook part sets them up).
    rows:
      p.row === null || p.table === "Baselines" || p.table === "Doors" || p.table === "Targets"
        ? []
        : [rowsOf(p.table, [p.row], tables)],
    refs: p.row === null ? [] : [rowPlace(tables, p.table, p.row)],
  }));
  const byMonth = new Map<string, FlagItem[]>();
  check.flags.forEach((f, i) => {
    const item: FlagItem = {
      key: `flag-${f.code}-${f.month ?? "plan"}-${i}`,
      kind: "flag",
      severity: f.severity,
      title: flagKind(f.code).title,
      message: f.message,
      fix: flagKind(f.code).fix,
      rows: refsToRows(plan, f.refs, tables),
      refs: f.refs.map((r) => refLabel(r, tables)),
    };
    if (f.month === null) planLevel.push(item);
    else {
      const list = byMonth.get(f.month) ?? [];
      list.push(item);
      byMonth.set(f.month, list);
    }
  });
  const groups: FlagGroup[] = [];
  if (planLevel.length > 0) groups.push({ month: null, label: "Whole plan", items: planLevel });
  const order = plan.months.length > 0 ? plan.months : [...byMonth.keys()].sort();
  for (const month of order) {
    const items = byMonth.get(month);
    if (items) groups.push({ month, label: monthLabel(month), items });
  }
  // Months outside the plan year (should not happen) still show, at the end.
  for (const [month, items] of byMonth)
    if (!order.includes(month)) groups.push({ month, label: monthLabel(month), items });
  return groups;
}

export function severityWord(severity: Severity): string {
  return severity === "error" ? "Error" : severity === "warning" ? "Warning" : "Info";
}
