/**
 * Writing for a user action: exactly the cells that action concerns, in at most
 * two syncs (read where the row is now, then write), following the co-authoring
 * rules: new rows go directly below the table's body (never
 * TableRowCollection.add), a row is found again by its key before it is changed,
 * and nobody's edit is overwritten.
 */
import type { Cell, Row, TableName } from "../domain";
import { cellWrite, monthSerial } from "./cells";
import type { ExcelHost } from "./host";
import { type ColumnKind, currencyFormat, tableSpecs } from "./layout";

/** A row as the user saw it when they chose to change or delete it. */
export interface RowRef {
  table: TableName;
  /** 1-based data row where the user saw it. */
  row: number;
  /** The row's values as the user saw them, by header. */
  before: Row;
}

export interface WriteOptions {
  /** The plan's currency, for the format of amounts. */
  currency?: string;
}

/** A write the add-in refused so as not to lose or overwrite someone's work; the message says why. */
export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WriteRefused";
  }
}

const ALL_COLUMNS = tableSpecs(0);
const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function spec(table: TableName) {
  return ALL_COLUMNS[table];
}

function kindOf(table: TableName, header: string): ColumnKind {
  const column = spec(table).columns.find((c) => sameHeader(c.header, header));
  return column?.kind ?? "text";
}

/** The value of `header` in a row keyed by headers as a person may have spelled them. */
function valueIn(row: Row, header: string): Cell | undefined {
  const key = Object.keys(row).find((k) => sameHeader(k, header));
  return key === undefined ? undefined : row[key];
}

/** Two cell values mean the same to a person (months compared as months, text trimmed). */
function sameValue(kind: ColumnKind, a: Cell | undefined, b: Cell | undefined): boolean {
  const norm = (v: Cell | undefined): Cell => {
    if (v === undefined || v === null) return "";
    if (typeof v === "string" && kind === "month") return monthSerial(v) ?? v.trim();
    return typeof v === "string" ? v.trim() : v;
  };
  return norm(a) === norm(b);
}

function describe(table: TableName, row: Row): string {
  const key = spec(table).key;
  const id = key ? valueIn(row, key) : undefined;
  const label = table === "Activities" ? "activity" : table === "Budget" ? "budget line" : "row";
  return id ? `${label} ${id}` : label;
}

/** Excel's format for the setting whose Value is being written. */
function settingKind(name: Cell | undefined): ColumnKind {
  const n = String(name ?? "")
    .trim()
    .toLowerCase();
  if (n === "plan starts") return "month";
  if (n === "annual budget cap") return "amount";
  return "number";
}

interface LoadedRow {
  headers: string[];
  /** 0-based data row the user's row is on now. */
  index: number;
  /** Its current values by header, or null when it has to be read again (it moved). */
  current: Row | null;
  keyValues: Cell[] | null;
}

/** Sync 1 of a change or delete: headers, the key column, and the row where the user saw it. */
async function locateRow(context: Excel.RequestContext, ref: RowRef): Promise<LoadedRow> {
  const table = context.workbook.tables.getItem(ref.table);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  const key = spec(ref.table).key;
  const keyColumn = key ? table.columns.getItem(key).getDataBodyRange().load("values") : null;
  // The row where the user saw it, read in the same sync; an offset (not getRow) stays valid even if
  // the table has shrunk below that row since.
  const hinted = table
    .getDataBodyRange()
    .getRow(0)
    .getOffsetRange(Math.max(0, ref.row - 1), 0)
    .load("values");
  await context.sync();
  const headers = (header.values[0] as Cell[]).map((h) => String(h ?? ""));
  const keyValues = keyColumn ? (keyColumn.values as Cell[][]).map((r) => r[0]) : null;
  const hintedRow = (): Row => {
    const row: Row = {};
    headers.forEach((h, i) => (row[h] = (hinted.values[0] as Cell[])[i] ?? null));
    return row;
  };
  let index = ref.row - 1;
  let moved = false;
  const wanted = key ? valueIn(ref.before, key) : undefined;
  if (key && keyValues) {
    const same = (v: Cell) => String(v ?? "").trim() === String(wanted ?? "").trim();
    if (!(index >= 0 && index < keyValues.length && same(keyValues[index]))) {
      index = keyValues.findIndex(same);
      moved = true;
      if (index < 0) {
        throw new WriteRefused(
          `Someone has deleted ${describe(ref.table, ref.before)} or changed its ${key} since you opened it. Nothing was changed.`
        );
      }
    }
  } else if (index < 0 || index >= body.rowCount) {
    throw new WriteRefused(
      `That ${describe(ref.table, ref.before)} is no longer in the ${ref.table} table. Nothing was changed.`
    );
  }
  return { headers, index, current: moved ? null : hintedRow(), keyValues };
}

async function readRow(
  context: Excel.RequestContext,
  table: TableName,
  index: number,
  headers: string[]
): Promise<Row> {
  const range = context.workbook.tables
    .getItem(table)
    .getDataBodyRange()
    .getRow(index)
    .load("values");
  await context.sync();
  const row: Row = {};
  headers.forEach((h, i) => (row[h] = (range.values[0] as Cell[])[i] ?? null));
  return row;
}

/** Columns a person changed under us: their current value is no longer the one the user saw. */
function conflicts(
  table: TableName,
  headers: string[],
  before: Row,
  current: Row,
  columns: string[]
): string[] {
  return columns.filter((h) => {
    const seen = valueIn(before, h);
    return seen !== undefined && !sameValue(kindOf(table, h), seen, valueIn(current, h));
  });
}

function refuseConflicts(ref: RowRef, changed: string[], current: Row): never {
  const list = changed.map((h) => `${h} (now '${valueIn(current, h) ?? ""}')`).join(", ");
  throw new WriteRefused(
    `Someone else changed ${describe(ref.table, ref.before)} while you were editing: ${list}. Your change was not saved; look at the row again and redo it.`
  );
}

/** Adds a row directly below the table's body, where Excel absorbs it into the table. */
export async function addRow(
  host: ExcelHost,
  tableName: TableName,
  values: Row,
  options: WriteOptions = {}
): Promise<number> {
  const format = currencyFormat(options.currency ?? "USD");
  return host.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const whole = table.getRange().load("rowIndex");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    const headers = (header.values[0] as Cell[]).map((h) => String(h ?? ""));
    const key = spec(tableName).key;
    if (key) {
      const k = headers.findIndex((h) => sameHeader(h, key));
      const wanted = String(valueIn(values, key) ?? "").trim();
      if (k < 0)
        throw new WriteRefused(
          `The ${tableName} table has no ${key} column. Add it back, then try again.`
        );
      const taken = (body.values as Cell[][]).findIndex(
        (r) =>
          String(r[k] ?? "")
            .trim()
            .toLowerCase() === wanted.toLowerCase()
      );
      if (taken >= 0)
        throw new WriteRefused(
          `${key} '${wanted}' is already used by row ${taken + 1} of ${tableName}. Choose another ${key}.`
        );
    }
    // A brand-new table's single empty row is used rather than left empty above the new row.
    const rows = body.values as Cell[][];
    const onlyBlankRow = rows.length === 1 && rows[0].every((v) => v === "" || v === null);
    const writes = headers.map((h) => {
      const v = valueIn(values, h);
      return v === undefined ? null : cellWrite(kindOf(tableName, h), v, format);
    });
    // The row below the table is resolved when Excel runs the write, not when we read: two
    // co-authors appending at once each get their own row.
    const target = onlyBlankRow
      ? table.getDataBodyRange().getLastRow()
      : table.getRange().getRowsBelow(1);
    // null leaves a cell as it is: columns a person added keep whatever they hold.
    target.numberFormat = [writes.map((w) => (w ? w.format : null))] as string[][];
    target.values = [writes.map((w) => (w ? w.value : null))] as (string | number | boolean)[][];
    target.load("rowIndex");
    await context.sync();
    return target.rowIndex - whole.rowIndex;
  });
}

/** Changes only the cells whose value differs between `ref.before` and `after`. */
export async function updateRow(
  host: ExcelHost,
  ref: RowRef,
  after: Row,
  options: WriteOptions = {}
): Promise<void> {
  const format = currencyFormat(options.currency ?? "USD");
  await host.run(async (context) => {
    const found = await locateRow(context, ref);
    const changed = found.headers.filter((h) => {
      const next = valueIn(after, h);
      return next !== undefined && !sameValue(kindOf(ref.table, h), valueIn(ref.before, h), next);
    });
    if (changed.length === 0) return;
    const key = spec(ref.table).key;
    const newKey = key ? String(valueIn(after, key) ?? "").trim() : "";
    if (key && changed.some((h) => sameHeader(h, key)) && found.keyValues) {
      const clash = found.keyValues.findIndex(
        (v, i) =>
          i !== found.index &&
          String(v ?? "")
            .trim()
            .toLowerCase() === newKey.toLowerCase()
      );
      if (clash >= 0)
        throw new WriteRefused(
          `${key} '${newKey}' is already used by row ${clash + 1}. Choose another ${key}.`
        );
    }
    const current =
      found.current ?? (await readRow(context, ref.table, found.index, found.headers));
    const clashes = conflicts(ref.table, found.headers, ref.before, current, changed);
    if (clashes.length > 0) refuseConflicts(ref, clashes, current);
    const row = context.workbook.tables.getItem(ref.table).getDataBodyRange().getRow(found.index);
    for (const h of changed) {
      const column = found.headers.indexOf(h);
      const kind =
        ref.table === "Settings" && sameHeader(h, "Value")
          ? settingKind(valueIn(current, "Setting"))
          : kindOf(ref.table, h);
      const w = cellWrite(kind, valueIn(after, h) ?? null, format);
      const cell = row.getCell(0, column);
      cell.numberFormat = [[w.format]];
      cell.values = [[w.value]];
    }
    await context.sync();
  });
}

/** Deletes the row, unless someone changed it since the user saw it. */
export async function deleteRow(host: ExcelHost, ref: RowRef): Promise<void> {
  await host.run(async (context) => {
    const found = await locateRow(context, ref);
    const current =
      found.current ?? (await readRow(context, ref.table, found.index, found.headers));
    const clashes = conflicts(ref.table, found.headers, ref.before, current, found.headers);
    if (clashes.length > 0) refuseConflicts(ref, clashes, current);
    context.workbook.tables.getItem(ref.table).getDataBodyRange().getRow(found.index).delete("Up");
    await context.sync();
  });
}
