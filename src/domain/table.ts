/**
 * Reading a table's rows whatever shape they arrive in: headers matched
 * case-insensitively, blank rows skipped, missing required columns reported once.
 */
import { asCell, isBlank } from "./cells";
import type { Problem, TableName } from "./types";

export interface TableShape {
  table: TableName;
  /** Canonical header of each column position. */
  columns: readonly string[];
  /** Positions of columns the table cannot do without. */
  required: readonly number[];
  /** Column position for a trimmed, lower-case header; -1 when not ours (ignored). */
  columnOf(header: string): number;
}

export interface TableRow {
  /** 1-based data row, counting blank rows too, so it matches the workbook. */
  row: number;
  /** Cell per column position; undefined when the row has no such cell. */
  cells: unknown[];
}

export interface TableRead {
  rows: TableRow[];
  problems: Problem[];
  /** Column positions that some row has. */
  present: boolean[];
}

/** A column-position lookup over canonical headers plus extra spellings. */
export function headerLookup(
  columns: readonly string[],
  extra: ReadonlyArray<[string, number]> = []
): (header: string) => number {
  const positions = new Map<string, number>();
  columns.forEach((name, i) => positions.set(name.toLowerCase(), i));
  for (const [name, i] of extra) positions.set(name.toLowerCase(), i);
  return (header) => positions.get(header) ?? -1;
}

export function readTable(shape: TableShape, raw: unknown): TableRead {
  const width = shape.columns.length;
  const present: boolean[] = new Array<boolean>(width).fill(false);
  const problems: Problem[] = [];
  const rows: TableRow[] = [];
  if (raw === undefined || raw === null) return { rows, problems, present };
  if (!Array.isArray(raw)) {
    problems.push({
      table: shape.table,
      row: null,
      column: null,
      value: asCell(raw),
      message: `The ${shape.table} table could not be read: it is not a list of rows.`,
    });
    return { rows, problems, present };
  }
  // Each distinct header is matched once, not once per row.
  const positionOfKey = new Map<string, number>();
  for (let r = 0; r < raw.length; r++) {
    const record: unknown = raw[r];
    if (record === null || record === undefined) continue; // an empty row
    if (typeof record !== "object") {
      problems.push({
        table: shape.table,
        row: r + 1,
        column: null,
        value: asCell(record),
        message: `Row ${r + 1} of the ${shape.table} table could not be read: it is not a row of cells.`,
      });
      continue;
    }
    const cells: unknown[] = new Array<unknown>(width);
    let blank = true;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      let position = positionOfKey.get(key);
      if (position === undefined) {
        position = shape.columnOf(key.trim().toLowerCase());
        positionOfKey.set(key, position);
      }
      if (position < 0) continue; // unknown extra column
      const value = (record as Record<string, unknown>)[key];
      present[position] = true;
      // Two spellings of one header in a row: the first non-blank one counts.
      if (!isBlank(cells[position])) continue;
      cells[position] = value;
      if (blank && !isBlank(value)) blank = false;
    }
    if (!blank) rows.push({ row: r + 1, cells });
  }
  if (rows.length > 0) {
    const missing = shape.required.filter((i) => !present[i]);
    for (const i of missing) {
      problems.push({
        table: shape.table,
        row: null,
        column: shape.columns[i],
        value: null,
        message: `The ${shape.table} table has no ${shape.columns[i]} column, so none of its rows can be checked. Add a column headed "${shape.columns[i]}".`,
      });
    }
    // Without a required column no row can be valid; one problem says so.
    if (missing.length > 0) rows.length = 0;
  }
  return { rows, problems, present };
}
