/**
 * Reading a table's rows whatever shape they arrive in: headers matched
 * case-insensitively, blank rows skipped, missing required columns reported once.
 */
import { asCell, isBlank } from "./cells";
import { normalName } from "./names";
import type { Issue } from "./rows";
import type { CheckedTable, Problem } from "./types";

export interface TableShape {
  table: CheckedTable;
  /** Canonical header of each column position. */
  columns: readonly string[];
  /** Positions of columns the table cannot do without. */
  required: readonly number[];
  /** Column position of a header as typed (case and spaces ignored); -1 when not ours (ignored). */
  columnOf(header: string): number;
}

export interface TableRead {
  /** Table-wide problems: not a list of rows, a row that is not a row, a missing required column. */
  problems: Problem[];
  /** True when a required column is missing: then no row of the table is valid. */
  missingColumn: boolean;
}

/**
 * Called for each non-blank row with the caller's `state`, the row's 1-based number (blank rows
 * count, so numbers match the workbook) and its cells by column position. The cells array is
 * reused for the next row: read it, do not keep it.
 *
 * The big tables' visitors are module-level functions given their state, not closures made per
 * check: V8 keeps a closure's optimised code only while some closure of it lives, so after a full
 * garbage collection between two checks every per-check closure started over in the interpreter
 * (--trace-opt: the row readers were optimised again in every check after a `gc()`).
 */
export type RowVisitor<S> = (state: S, row: number, cells: unknown[]) => void;

/**
 * One more column read in the same walk but kept apart from the row's cells: it does not
 * make a row non-blank, and is not reported missing. Every row whose side cell is not blank
 * adds its row number and cell (the first non-blank spelling) to `rows` and `values`, in row
 * order, blank rows included: what a walk of that one column alone would have visited.
 */
export interface SideColumn {
  /** Whether a header as typed is this column (case and spaces ignored). */
  matches(header: string): boolean;
  rows: number[];
  values: unknown[];
}

/** A side column of one canonical header, with empty lists. */
export function sideColumn(header: string): SideColumn {
  const lookup = headerLookup([header]);
  return { matches: (h) => lookup(h) === 0, rows: [], values: [] };
}

/** Position of a side column's header in the walk (shape columns are 0.., -1 is ignored). */
const SIDE = -2;

/** A column-position lookup over canonical headers plus extra spellings. */
export function headerLookup(
  columns: readonly string[],
  extra: ReadonlyArray<[string, number]> = []
): (header: string) => number {
  const positions = new Map<string, number>();
  columns.forEach((name, i) => positions.set(normalName(name), i));
  for (const [name, i] of extra) positions.set(normalName(name), i);
  return (header) => positions.get(normalName(header)) ?? -1;
}

export function readTable<S>(
  shape: TableShape,
  raw: unknown,
  visit: RowVisitor<S>,
  state: S,
  side?: SideColumn
): TableRead {
  const width = shape.columns.length;
  const present: boolean[] = new Array<boolean>(width).fill(false);
  const problems: Problem[] = [];
  if (raw === undefined || raw === null) return { problems, missingColumn: false };
  if (!Array.isArray(raw)) {
    problems.push({
      table: shape.table,
      row: null,
      column: null,
      value: asCell(raw),
      message: `The ${shape.table} table could not be read: it is not a list of rows.`,
    });
    return { problems, missingColumn: false };
  }
  // Each distinct header is matched once, not once per row; rows that share
  // their keys with the previous row (the usual case) reuse its positions.
  const positionOfKey = new Map<string, number>();
  // A column is present once some row has its header: every key of every row goes through here
  // at least once (rows that reuse the previous row's positions found them here), so `present` is
  // set once per distinct header, not once per cell.
  const positionOf = (key: string): number => {
    let position = positionOfKey.get(key);
    if (position === undefined) {
      position = shape.columnOf(key);
      if (position < 0 && side && side.matches(key)) position = SIDE;
      if (position >= 0) present[position] = true;
      positionOfKey.set(key, position);
    }
    return position;
  };
  // Rows are plain objects (read from the workbook or JSON): their keys are walked with for-in,
  // which allocates nothing per row (Object.keys and Object.values allocate two arrays). For-in
  // also walks inherited keys, so other objects, or a polluted Object.prototype, take Object.keys.
  const plainIsOwn = !hasEnumerableKey(Object.prototype);
  let lastKeys: string[] = [];
  let lastPositions: number[] = [];
  const cells: unknown[] = new Array<unknown>(width);
  let visited = 0;
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
    // A loop, not cells.fill(undefined): fill is a call into V8's runtime, dear for 17 cells.
    for (let i = 0; i < width; i++) cells[i] = undefined;
    let blank = true;
    let sideCell: unknown = undefined;
    const proto: unknown = Object.getPrototypeOf(record);
    if (plainIsOwn && (proto === Object.prototype || proto === null)) {
      // Keys in the previous row's order reuse its positions until one differs.
      let k = 0;
      let same = true;
      let keys = lastKeys;
      let positions = lastPositions;
      for (const key in record) {
        let position: number;
        if (same && k < lastKeys.length && lastKeys[k] === key) position = lastPositions[k];
        else {
          if (same) {
            same = false;
            keys = lastKeys.slice(0, k);
            positions = lastPositions.slice(0, k);
          }
          position = positionOf(key);
          keys.push(key);
          positions.push(position);
        }
        k++;
        if (position < 0) {
          // An unknown extra column, or the side column (its first non-blank spelling counts).
          if (position === SIDE && isBlank(sideCell))
            sideCell = (record as Record<string, unknown>)[key];
          continue;
        }
        if (place(cells, position, (record as Record<string, unknown>)[key])) blank = false;
      }
      if (!same || k !== lastKeys.length) {
        lastKeys = same ? lastKeys.slice(0, k) : keys;
        lastPositions = same ? lastPositions.slice(0, k) : positions;
      }
    } else {
      const keys = Object.keys(record);
      const values = Object.values(record);
      for (let k = 0; k < keys.length; k++) {
        const position = positionOf(keys[k]);
        if (position === SIDE && isBlank(sideCell)) sideCell = values[k];
        if (position >= 0 && place(cells, position, values[k])) blank = false;
      }
    }
    if (!blank) {
      visited++;
      visit(state, r + 1, cells);
    }
    if (side && !isBlank(sideCell)) {
      side.rows.push(r + 1);
      side.values.push(sideCell);
    }
  }
  let missingColumn = false;
  if (visited > 0) {
    for (const i of shape.required) {
      if (present[i]) continue;
      missingColumn = true;
      problems.push({
        table: shape.table,
        row: null,
        column: shape.columns[i],
        value: null,
        message: `The ${shape.table} table has no ${shape.columns[i]} column, so none of its rows can be checked. Add a column headed "${shape.columns[i]}".`,
      });
    }
  }
  return { problems, missingColumn };
}

/**
 * Puts a cell at its column position; true when it is placed and not blank. Two spellings of
 * one header in a row: the first non-blank one counts.
 */
function place(cells: unknown[], position: number, value: unknown): boolean {
  if (!isBlank(cells[position])) return false;
  cells[position] = value;
  return !isBlank(value);
}

/** Whether for-in would find a key on this object (own or inherited). */
function hasEnumerableKey(object: object): boolean {
  for (const key in object) if (key !== undefined) return true;
  return false;
}

/**
 * A table's problems in order: table-wide ones (row null) first, then every
 * row's problems by row number, whether the row could not be read at all or
 * broke a rule. Both lists are already in row order, so they are merged.
 */
export function tableProblems(table: TableRead, rowProblems: Problem[]): Problem[] {
  const wide: Problem[] = [];
  const unreadRows: Problem[] = [];
  for (const p of table.problems) (p.row === null ? wide : unreadRows).push(p);
  if (unreadRows.length === 0) return wide.length === 0 ? rowProblems : [...wide, ...rowProblems];
  const merged = wide;
  let i = 0;
  let j = 0;
  while (i < unreadRows.length || j < rowProblems.length) {
    const takeUnread =
      j >= rowProblems.length ||
      (i < unreadRows.length && (unreadRows[i].row as number) <= (rowProblems[j].row as number));
    merged.push(takeUnread ? unreadRows[i++] : rowProblems[j++]);
  }
  return merged;
}

/**
 * Adds many problems to a list. Not push(...more): spreading a list as
 * arguments overflows the stack for a few hundred thousand problems.
 */
export function append(problems: Problem[], more: readonly Problem[]) {
  for (let i = 0; i < more.length; i++) problems.push(more[i]);
}

/**
 * Reads a table's rows: `visit` gives each non-blank row's value, or the issues
 * that keep it out. Adds the table's problems in order; without a required
 * column no row is valid, and the one table problem says why.
 */
export function readRows<T extends object, S>(
  shape: TableShape,
  raw: unknown,
  problems: Problem[],
  visit: RowReader<T, S>,
  state: S,
  side?: SideColumn
): T[] {
  const gathered: Gathered<T, S> = { table: shape.table, visit, state, rows: [], problems: [] };
  const table = readTable(shape, raw, gatherRow, gathered, side);
  append(problems, tableProblems(table, table.missingColumn ? [] : gathered.problems));
  return table.missingColumn ? [] : gathered.rows;
}

/** A row's value, or the issues that keep it out (a visitor of readRows; see RowVisitor). */
type RowReader<T, S> = (state: S, row: number, cells: unknown[]) => T | readonly Issue[];

/** What readRows gathers while the walk visits the rows. */
interface Gathered<T, S> {
  table: CheckedTable;
  visit: RowReader<T, S>;
  state: S;
  rows: T[];
  /** The rows' problems, in row order. */
  problems: Problem[];
}

function gatherRow<T, S>(gathered: Gathered<T, S>, row: number, cells: unknown[]): void {
  const read = gathered.visit(gathered.state, row, cells);
  if (!Array.isArray(read)) gathered.rows.push(read as T);
  else
    for (const { column, value, message } of read as readonly Issue[])
      gathered.problems.push({ table: gathered.table, row, column, value, message });
}
