/**
 * Rows this pane saved in this session, and which of them the plan as read no
 * longer holds. Where two co-authors append to the same row below a table at the
 * same moment, Excel's merge keeps the later arrival cell by cell and the other
 * row is gone; the pane finds out by comparing what it saved with what it reads.
 * The list lives in the pane's memory only, never in the workbook.
 */
import { monthNumberOf, serialToMonthNumber } from "./months";
import { normalName, valueByName } from "./names";
import type { Cell, CheckedTable, PlanInput, Row } from "./types";

export interface SavedRow {
  table: CheckedTable;
  /** The table's key column (e.g. "ID"), or null when rows are told apart by their values (Results). */
  key: string | null;
  /** The values as the user saved them, by header. */
  values: Row;
}

/** A table's rows as read (the Settings table as Setting/Value rows). */
export function planRows(input: PlanInput, table: CheckedTable): Row[] {
  switch (table) {
    case "Activities":
      return input.activities;
    case "Budget":
      return input.budget;
    case "Results":
      return input.results ?? [];
    case "Lanes":
      return input.lanes ?? [];
    case "Settings":
      return Object.entries(input.settings).map(([Setting, Value]) => ({ Setting, Value }));
    case "Doors":
      return input.doors ?? [];
    case "Targets":
      return input.targets ?? [];
    case "Baselines":
      return input.baselines ?? [];
  }
}

/** A cell as compared: blank is "", text trimmed and in lower case, a `YYYY-MM` month or a date serial as a month. */
function comparable(value: Cell | undefined, other: Cell | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") {
    const text = value.trim();
    const month = typeof other === "number" ? monthNumberOf(text) : null;
    if (month !== null) return `month ${month}`;
    const number = Number(text);
    return text !== "" && Number.isFinite(number) ? String(number) : text.toLowerCase();
  }
  if (
    typeof value === "number" &&
    typeof other === "string" &&
    monthNumberOf(other.trim()) !== null
  )
    return `month ${serialToMonthNumber(value)}`;
  return String(value);
}

/** Whether `read` is the row the user saved: the same key, or for a table without keys the same values in every column the user filled. */
export function isSameRow(saved: SavedRow, read: Row): boolean {
  if (saved.key)
    return (
      normalName(valueByName(read, saved.key)) === normalName(valueByName(saved.values, saved.key))
    );
  return Object.entries(saved.values).every(([header, value]) => {
    const other = valueByName(read, header);
    return comparable(value, other) === comparable(other, value);
  });
}

/** The list with `rows` added, after they were saved. */
export function rememberRows(
  list: readonly SavedRow[],
  table: CheckedTable,
  key: string | null,
  rows: readonly Row[]
): SavedRow[] {
  return [...list, ...rows.map((values) => ({ table, key, values: { ...values } }))];
}

/** Index in `list` of the saved row `before` is (the row as the user saw it), or -1. */
function indexOf(list: readonly SavedRow[], table: CheckedTable, before: Row): number {
  return list.findIndex((s) => s.table === table && isSameRow(s, before));
}

/** The list after the user changed a saved row: it is now known by its new values. */
export function changeRow(
  list: readonly SavedRow[],
  table: CheckedTable,
  before: Row,
  after: Row
): SavedRow[] {
  const i = indexOf(list, table, before);
  if (i < 0) return [...list];
  const next = [...list];
  next[i] = { ...list[i], values: { ...list[i].values, ...after } };
  return next;
}

/** The list after the user deleted a saved row (or dismissed its loss): it is no longer expected. */
export function forgetRow(list: readonly SavedRow[], table: CheckedTable, before: Row): SavedRow[] {
  const i = indexOf(list, table, before);
  return i < 0 ? [...list] : [...list.slice(0, i), ...list.slice(i + 1)];
}

/**
 * The saved rows the plan as read does not hold. Each row read accounts for one
 * saved row at most, so two identical Results rows saved need two rows read.
 */
export function missingRows(list: readonly SavedRow[], input: PlanInput): SavedRow[] {
  const unused = new Map<CheckedTable, Row[]>();
  const rowsOf = (table: CheckedTable): Row[] => {
    let rows = unused.get(table);
    if (!rows) unused.set(table, (rows = [...planRows(input, table)]));
    return rows;
  };
  return list.filter((saved) => {
    const rows = rowsOf(saved.table);
    const i = rows.findIndex((read) => isSameRow(saved, read));
    if (i < 0) return true;
    // A keyed row is one row whatever its other values; an unkeyed one is used up.
    if (!saved.key) rows.splice(i, 1);
    return false;
  });
}
