/**
 * The keys of rows: the IDs (Activities) and Lines (Budget) in use, and the key a new row gets.
 * Pure functions; "in use" follows the domain's one rule (keyClash: case and spaces ignored).
 */
import { keyClash, type Plan, type PlanState, type Row, valueByName } from "../../workbook";

/** The tables whose rows have a key a person types, and that key's column. */
const KEY_COLUMN = { Activities: "ID", Budget: "Line" } as const;
export type KeyedTable = keyof typeof KEY_COLUMN;

/** A cell of a row as read, by header (case and spaces ignored), as trimmed text. */
function keyText(row: Row, column: string): string {
  const value = valueByName(row, column);
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The IDs (Activities) or Lines (Budget) of EVERY row of the table as read, rows with problems
 * included: the workbook layer refuses a key used by any row, valid or not. Index i is data row i + 1.
 */
export function tableKeys(state: PlanState, table: KeyedTable): string[] {
  const rows =
    table === "Activities" ? state.workbook.input.activities : state.workbook.input.budget;
  return rows.map((r) => keyText(r, KEY_COLUMN[table]));
}

/** The next free ID of the shape `A-07`, given the IDs in use. */
export function nextId(ids: readonly string[], prefix: string): string {
  let max = 0;
  for (const id of ids) {
    const m = new RegExp(`^${prefix.replace(/[-]/g, "\\-")}(\\d+)$`, "i").exec(id.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  for (let n = max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(2, "0")}`;
    if (keyClash(ids, id) === -1) return id;
  }
}

const isState = (source: Plan | PlanState): source is PlanState => "workbook" in source;

/**
 * The key a new row of `table` gets: after every key of the table when given the PlanState
 * (preferred: rows with problems count too), after the plan's valid rows when given the Plan.
 */
export function newRowKey(source: Plan | PlanState, table: KeyedTable): string {
  const keys = isState(source)
    ? tableKeys(source, table)
    : table === "Activities"
      ? source.activities.map((a) => a.id)
      : source.budget.map((b) => b.line);
  return nextId(keys, table === "Activities" ? "A-" : "B-");
}

/** The plan of a Plan or PlanState. */
export const planOf = (source: Plan | PlanState): Plan => (isState(source) ? source.plan : source);
