/**
 * Writing for a user action: exactly the cells that action concerns, in two
 * syncs (read where the row is now, then write; three when a co-author moved
 * the row since the user saw it), following the co-authoring
 * rules: new rows go directly below the table's body (never
 * TableRowCollection.add), a row is found again by its key before it is changed,
 * and nobody's edit is overwritten.
 */
import {
  type Cell,
  indexOfName,
  normalName,
  parseMonth,
  type Row,
  sameName,
  valueByName,
} from "../domain";
import { cellWrite, type CellWrite, monthSerial, settingKind, settingWrite } from "./cells";
import type { ExcelHost } from "./host";
import { type ColumnKind, currencyFormat, type PlanTable, tableSpecs } from "./layout";
import {
  insertedRowBytes,
  packBySize,
  RANGE_WRITE_BYTES,
  REQUEST_BUDGET_BYTES,
  rowBytes,
} from "./requests";

/**
 * The tables the add-in writes rows to: the five of every plan and the optional
 * Doors (keyed by Door), Targets (keyed by Month) and Baselines (appended only).
 */
export type WritableTable = PlanTable;

/** A row as the user saw it when they chose to change or delete it. */
export interface RowRef {
  table: WritableTable;
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

/**
 * A change or delete refused because someone changed the row since the user saw it. It carries the
 * row as it is now, so the pane can show, per field, their value beside the user's, and the next
 * attempt can be made against what the user has now seen.
 */
export class WriteConflict extends WriteRefused {
  constructor(
    message: string,
    /** The columns someone changed (among those the write concerned). */
    readonly columns: string[],
    /** Where the row is now, and its values there, by header. */
    readonly current: RowRef
  ) {
    super(message);
    this.name = "WriteConflict";
  }
}

const ALL_COLUMNS = tableSpecs(0);

function spec(table: WritableTable) {
  return ALL_COLUMNS[table];
}

function kindOf(table: WritableTable, header: string): ColumnKind {
  const column = spec(table).columns.find((c) => sameName(c.header, header));
  return column?.kind ?? "text";
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

const LABELS: Partial<Record<WritableTable, string>> = {
  Activities: "activity",
  Budget: "budget line",
  Doors: "door",
  Targets: "target of",
};

function describe(table: WritableTable, row: Row): string {
  const key = spec(table).key;
  const id = key ? valueByName(row, key) : undefined;
  const label = LABELS[table] ?? "row";
  const shown = id !== undefined && kindOf(table, key!) === "month" ? monthText(id) : id;
  return shown ? `${label} ${shown}` : label;
}

/** A month cell as a person reads it: `2027-05`, or the cell as it stands when it is no month. */
function monthText(value: Cell): string {
  const month = parseMonth(value);
  return month.ok ? month.month : String(value ?? "").trim();
}

/**
 * The form of a key that uniqueness compares: a month key (Targets) as its
 * month, whatever way it is written (a date, `2027-05`, `May 2027`); any other
 * key trimmed and case-insensitive, as rules.md matches names.
 */
function keyForm(kind: ColumnKind, value: Cell | undefined): string {
  if (value === undefined || value === null) return "";
  if (kind === "month") {
    const month = parseMonth(value);
    if (month.ok) return month.month;
  }
  return normalName(value);
}

/**
 * Where the row the user saw (key `wanted`, at `hint`) is now: still at `hint` if its key is
 * there, else the first row holding it, or -1. A month key is found as its month; any other
 * exactly as seen (trimmed).
 */
function findByKey(
  keyValues: readonly Cell[],
  hint: number,
  kind: ColumnKind,
  wanted: Cell | undefined
): number {
  const same = (v: Cell) =>
    kind === "month"
      ? keyForm(kind, v) === keyForm(kind, wanted ?? null)
      : String(v ?? "").trim() === String(wanted ?? "").trim();
  if (hint >= 0 && hint < keyValues.length && same(keyValues[hint])) return hint;
  return keyValues.findIndex(same);
}

/** Where `key` is already used among `keys` (not counting row `ownIndex`), or -1; blank is never used. */
function keyClashOf(
  kind: ColumnKind,
  keys: readonly Cell[],
  key: Cell | undefined,
  ownIndex: number
) {
  const wanted = keyForm(kind, key);
  if (wanted === "") return -1;
  return keys.findIndex((k, i) => i !== ownIndex && keyForm(kind, k) === wanted);
}

/** Baselines are saved copies: rows are added by "Save baseline", never changed or deleted from the pane. */
function refuseAppendOnly(table: WritableTable): void {
  if (table === "Baselines")
    throw new WriteRefused(
      "A saved baseline is not changed from Joint Plan: save a new baseline instead. Nothing was changed."
    );
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
  if (key && keyValues) {
    const found = findByKey(keyValues, index, kindOf(ref.table, key), valueByName(ref.before, key));
    if (found < 0 || found !== index) {
      index = found;
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
  table: WritableTable,
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
  table: WritableTable,
  headers: string[],
  before: Row,
  current: Row,
  columns: string[]
): string[] {
  return columns.filter((h) => {
    const seen = valueByName(before, h);
    return seen !== undefined && !sameValue(kindOf(table, h), seen, valueByName(current, h));
  });
}

function refuseConflicts(
  ref: RowRef,
  changed: string[],
  current: Row,
  index: number,
  action: "change" | "delete"
): never {
  const list = changed.map((h) => `${h} (now '${valueByName(current, h) ?? ""}')`).join(", ");
  const outcome =
    action === "change"
      ? "Your change was not saved; look at the row again and redo it."
      : "It was not deleted; look at the row again before you delete it.";
  throw new WriteConflict(
    `Someone else changed ${describe(ref.table, ref.before)} while you were editing: ${list}. ${outcome}`,
    changed,
    { table: ref.table, row: index + 1, before: current }
  );
}

/** How a value is written in a table's column; a setting's Value depends on which setting it is. */
function writeFor(
  table: WritableTable,
  header: string,
  row: Row,
  value: Cell,
  format: string
): CellWrite {
  if (table === "Settings" && sameName(header, "Value")) {
    return settingWrite(valueByName(row, "Setting"), value, format);
  }
  return cellWrite(kindOf(table, header), value, format);
}

/**
 * Refuses keys already in the table or given twice. The same rule as the
 * domain's keyClash; indexed here because an import may bring thousands of rows.
 */
function refuseUsedKeys(
  table: WritableTable,
  key: string,
  keys: readonly Cell[],
  added: readonly (Cell | undefined)[]
): void {
  const kind = kindOf(table, key);
  const used = new Map<string, number>();
  keys.forEach((k, i) => {
    const form = keyForm(kind, k);
    if (form !== "" && !used.has(form)) used.set(form, i + 1);
  });
  for (const value of added) {
    const wanted = keyForm(kind, value);
    if (wanted === "") continue;
    const taken = used.get(wanted);
    if (taken !== undefined) {
      const shown = kind === "month" ? monthText(value ?? null) : String(value).trim();
      throw new WriteRefused(
        taken > 0
          ? `${key} '${shown}' is already used by row ${taken} of ${table}. Choose another ${key}.`
          : `${key} '${shown}' appears twice in what you are adding. Each ${key} must be unique.`
      );
    }
    used.set(wanted, 0);
  }
}

/** Adds a row directly below the table's body; returns its 1-based data row. */
export async function addRow(
  host: ExcelHost,
  tableName: WritableTable,
  values: Row,
  options: WriteOptions = {}
): Promise<number> {
  const [row] = await addRows(host, tableName, [values], options);
  return row;
}

/**
 * Adds rows directly below the table's body, where Excel absorbs them into the
 * table, after checking that their keys are new; then checks, in the same
 * request, that the table did take them, and moves them in when it did not
 * (Excel's AutoCorrect option "Include new rows and columns in table" is off).
 * Where a total row or someone's data lies below the table, the rows are
 * inserted with TableRowCollection.add instead, so that nothing is written over.
 * Returns the 1-based data rows they landed on.
 */
export async function addRows(
  host: ExcelHost,
  tableName: WritableTable,
  rows: Row[],
  options: WriteOptions = {}
): Promise<number[]> {
  if (rows.length === 0) return [];
  const format = currencyFormat(options.currency ?? "USD");
  return host.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    table.load("showTotals");
    const header = table.getHeaderRowRange().load("values");
    const last = table.getDataBodyRange().getLastRow().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    const key = spec(tableName).key;
    const keyColumn = key
      ? table.columns.getItemOrNullObject(key).getDataBodyRange().load("values")
      : null;
    // Whatever a person keeps just below the table, where the rows would go.
    const below = table
      .getRange()
      .getRowsBelow(rows.length)
      .getUsedRangeOrNullObject(true)
      .load("address");
    await context.sync();
    const headers = (header.values[0] as Cell[]).map((h) => String(h ?? ""));
    if (key && keyColumn) {
      if (keyColumn.isNullObject)
        throw new WriteRefused(
          `The ${tableName} table has no ${key} column. Add it back, then try again.`
        );
      refuseUsedKeys(
        tableName,
        key,
        (keyColumn.values as Cell[][]).map((r) => r[0]),
        rows.map((row) => valueByName(row, key))
      );
    }
    // A brand-new table's single empty row is used rather than left empty above the new rows.
    const onlyBlankRow =
      body.rowCount === 1 && (last.values[0] as Cell[]).every((v) => v === "" || v === null);
    const writes = rows.map((row) =>
      headers.map((h) => {
        const v = valueByName(row, h);
        return v === undefined ? null : writeFor(tableName, h, row, v, format);
      })
    );
    let insert = table.showTotals || !below.isNullObject;
    const landed: number[] = [];
    // Blocks are sized as inserted rows, the dearer way: where Excel leaves appended rows
    // below the table, a block is moved in by inserting it, and must still fit one request.
    for (const [b, block] of packBySize(writes, insertedRowBytes).entries()) {
      const fillBlank = b === 0 && onlyBlankRow;
      if (insert) {
        // One sync per block: a block is as much as one request may carry.
        landed.push(...(await insertRows(context, table, block, fillBlank)));
        continue;
      }
      // "Below the table" is resolved when Excel runs the write, not when we read: two
      // co-authors appending at once each get their own rows.
      const target = fillBlank
        ? table
            .getDataBodyRange()
            .getLastRow()
            .getResizedRange(block.length - 1, 0)
        : table.getRange().getRowsBelow(block.length);
      put(target, block);
      target.load("rowIndex");
      // Read back in the same request: did the table take the rows?
      const after = table.getRange().load("rowIndex, rowCount, columnIndex");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const inside = Math.max(0, after.rowIndex + after.rowCount - target.rowIndex);
      for (let i = 0; i < Math.min(inside, block.length); i++)
        landed.push(target.rowIndex - after.rowIndex + i);
      if (inside >= block.length) continue;
      // Excel left them below the table: take them out again and insert them as table rows.
      landed.push(...(await moveIntoTable(context, table, block.slice(inside))));
      insert = true; // this Excel does not grow tables: the remaining blocks go straight in
    }
    return landed;
  });
}

/**
 * Moves rows Excel left just below the table into it, in two syncs: read what
 * is below the table now; clear it only if it is still what we wrote (a
 * co-author appending at the same moment may have written over it, and then
 * it is theirs), and insert our rows as table rows. "Below the table" is
 * resolved by Excel each time, so a co-author's insert in between moves it.
 */
async function moveIntoTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  rows: (CellWrite | null)[][]
): Promise<number[]> {
  const below = table.getRange().getRowsBelow(rows.length).load("values");
  await context.sync();
  const ours = rows.every((row, i) =>
    row.every((w, c) => !w || String(below.values[i]?.[c] ?? "") === String(w.value))
  );
  if (ours) table.getRange().getRowsBelow(rows.length).clear("Contents");
  return insertRows(context, table, rows, false);
}

/** Number formats first, then values: a string is never read as a formula. */
function put(target: Excel.Range, block: (CellWrite | null)[][]): void {
  // null leaves a cell as it is: columns a person added keep whatever they hold.
  target.numberFormat = block.map((r) => r.map((w) => (w ? w.format : null))) as string[][];
  target.values = block.map((r) => r.map((w) => (w ? w.value : null))) as (
    string | number | boolean
  )[][];
}

/**
 * Inserts rows at the end of the table's body (above a total row), in one sync:
 * empty rows through TableRowCollection.add, then formats and values as put()
 * writes them. Returns their 1-based data rows.
 */
async function insertRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  block: (CellWrite | null)[][],
  fillBlank: boolean
): Promise<number[]> {
  const header = table.getHeaderRowRange().load("rowIndex");
  const rest = fillBlank ? block.slice(1) : block;
  if (fillBlank) put(table.getDataBodyRange().getLastRow(), block.slice(0, 1));
  const top =
    rest.length > 0
      ? table.rows
          .add(
            undefined,
            rest.map((r) => r.map(() => ""))
          )
          .getRange()
          .getResizedRange(rest.length - 1, 0)
      : null;
  if (top) {
    put(top, rest);
    top.load("rowIndex");
  }
  await context.sync();
  const first = top ? top.rowIndex - header.rowIndex : 0;
  return [...(fillBlank ? [1] : []), ...rest.map((_, i) => first + i)];
}

/**
 * Saves one setting's Value: changes it where the Settings table has it (unless
 * someone changed it since the user saw `before`), or adds the setting's row.
 */
export async function saveSetting(
  host: ExcelHost,
  setting: string,
  before: Cell,
  after: Cell,
  options: WriteOptions = {}
): Promise<void> {
  const format = currencyFormat(options.currency ?? "USD");
  const kind = settingKind(setting);
  const appended = await host.run(async (context) => {
    const table = context.workbook.tables.getItem("Settings");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    const headers = (header.values[0] as Cell[]).map((h) => String(h ?? ""));
    const nameAt = indexOfName(headers, "Setting");
    const valueAt = indexOfName(headers, "Value");
    if (nameAt < 0 || valueAt < 0)
      throw new WriteRefused(
        "The Settings table needs its Setting and Value columns. Add them back, then try again."
      );
    const index = (body.values as Cell[][]).findIndex((r) => sameName(r[nameAt], setting));
    if (index < 0) return false;
    const current = (body.values as Cell[][])[index][valueAt];
    if (!sameValue(kind, before, current)) {
      throw new WriteRefused(
        `Someone else changed ${setting} to '${current ?? ""}' while you were editing. Your change was not saved; look at it again and redo it.`
      );
    }
    const w = settingWrite(setting, after, format);
    const cell = table.getDataBodyRange().getCell(index, valueAt);
    cell.numberFormat = [[w.format]];
    cell.values = [[w.value]];
    await context.sync();
    return true;
  });
  if (!appended) await addRow(host, "Settings", { Setting: setting, Value: after }, options);
}

/** Changes only the cells whose value differs between `ref.before` and `after`. */
export async function updateRow(
  host: ExcelHost,
  ref: RowRef,
  after: Row,
  options: WriteOptions = {}
): Promise<void> {
  refuseAppendOnly(ref.table);
  const format = currencyFormat(options.currency ?? "USD");
  await host.run(async (context) => {
    const found = await locateRow(context, ref);
    const changed = found.headers.filter((h) => {
      const next = valueByName(after, h);
      return (
        next !== undefined && !sameValue(kindOf(ref.table, h), valueByName(ref.before, h), next)
      );
    });
    if (changed.length === 0) return;
    const key = spec(ref.table).key;
    if (key && changed.some((h) => sameName(h, key)) && found.keyValues) {
      const kind = kindOf(ref.table, key);
      const newKey = valueByName(after, key) ?? null;
      const clash = keyClashOf(kind, found.keyValues, newKey, found.index);
      const shown = kind === "month" ? monthText(newKey) : String(newKey ?? "").trim();
      if (clash >= 0)
        throw new WriteRefused(
          `${key} '${shown}' is already used by row ${clash + 1}. Choose another ${key}.`
        );
    }
    const current =
      found.current ?? (await readRow(context, ref.table, found.index, found.headers));
    const clashes = conflicts(ref.table, found.headers, ref.before, current, changed);
    if (clashes.length > 0) refuseConflicts(ref, clashes, current, found.index, "change");
    const row = context.workbook.tables.getItem(ref.table).getDataBodyRange().getRow(found.index);
    for (const h of changed) {
      const column = found.headers.indexOf(h);
      const w = writeFor(ref.table, h, current, valueByName(after, h) ?? null, format);
      const cell = row.getCell(0, column);
      cell.numberFormat = [[w.format]];
      cell.values = [[w.value]];
    }
    await context.sync();
  });
}

/**
 * Deletes the row, unless someone changed it since the user saw it. Returns the row as it was
 * deleted (every column, by header), so that the user can put it back.
 */
export async function deleteRow(host: ExcelHost, ref: RowRef): Promise<Row> {
  refuseAppendOnly(ref.table);
  return host.run(async (context) => {
    const found = await locateRow(context, ref);
    const current =
      found.current ?? (await readRow(context, ref.table, found.index, found.headers));
    const clashes = conflicts(ref.table, found.headers, ref.before, current, found.headers);
    if (clashes.length > 0) refuseConflicts(ref, clashes, current, found.index, "delete");
    context.workbook.tables.getItem(ref.table).getDataBodyRange().getRow(found.index).delete("Up");
    await context.sync();
    return current;
  });
}

/** One row of a bulk update: where the user saw it, its values then, and the values wanted. */
export interface RowUpdate {
  /** 1-based data row where the user saw it. */
  row: number;
  before: Row;
  after: Row;
}

/**
 * A bulk update refused as a whole because some of its rows cannot be written as the user saw
 * them (changed by someone since, gone, or a key already used): nothing was written. Each row's
 * own refusal is kept, as updateRow would have given it (a WriteConflict carries the row as it is now).
 */
export class RowsRefused extends WriteRefused {
  constructor(
    message: string,
    readonly refusals: WriteRefused[]
  ) {
    super(message);
    this.name = "RowsRefused";
  }
}

/** Excel on the web's limit on one response, with room for the framing. */
const READ_BUDGET_BYTES = 0.9 * 5 * 1024 * 1024;
/** Rows between two rows to read that are read along rather than costing another range. */
const READ_GAP_ROWS = 16;

/** A run of data rows read in one range: [first, first + count). */
interface Span {
  first: number;
  count: number;
}

/** Consecutive runs covering `indexes` (sorted, 0-based), bridging gaps of up to `gap` rows. */
function spansOf(indexes: readonly number[], gap: number): Span[] {
  const spans: Span[] = [];
  for (const i of indexes) {
    const last = spans[spans.length - 1];
    if (last && i - (last.first + last.count) <= gap) last.count = i - last.first + 1;
    else spans.push({ first: i, count: 1 });
  }
  return spans;
}

/** How a row is named to a person: its table row and its key (or its first two cells: Month, Channel). */
function rowName(table: WritableTable, index: number, row: Row): string {
  const key = spec(table).key;
  const columns = key
    ? [key]
    : spec(table)
        .columns.slice(0, 2)
        .map((c) => c.header);
  const shown = columns
    .map((h) => {
      const v = valueByName(row, h);
      return kindOf(table, h) === "month" ? monthText(v ?? null) : String(v ?? "").trim();
    })
    .filter((v) => v !== "");
  return `${table} row ${index + 1}${shown.length > 0 ? ` (${shown.join(", ")})` : ""}`;
}

/**
 * Changes many rows of one table at once, each as updateRow changes one: only the cells whose
 * value differs between `before` and `after`, each row found again (by its key where the table
 * has one) and checked for a co-author's edit of those cells. All or nothing: if any row is
 * refused, nothing is written and the RowsRefused error names every refused row
 * (docs/decisions.md). Costs one sync to read the rows concerned (more only past the 5 MB
 * response limit, or when rows with a key moved), then the changed cells in as few requests as
 * REQUEST_BUDGET_BYTES allows: each run of nearby changed rows is one range, where the cells that
 * do not change are sent as null (left as they are).
 */
export async function updateRows(
  host: ExcelHost,
  tableName: WritableTable,
  updates: readonly RowUpdate[],
  options: WriteOptions = {}
): Promise<void> {
  refuseAppendOnly(tableName);
  if (updates.length === 0) return;
  const format = currencyFormat(options.currency ?? "USD");
  const key = spec(tableName).key;
  const keyKind = key ? kindOf(tableName, key) : "text";
  await host.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    const keyColumn = key ? table.columns.getItem(key).getDataBodyRange().load("values") : null;
    const current = new Map<number, Row>();
    let headers: string[] = [];
    // The rows where the user saw them, read in as few syncs as the response limit allows
    // (one, below 5 MB); an offset from the first row stays valid if the table has shrunk.
    const readRows = async (indexes: number[], withShape: boolean) => {
      // A row's answer, estimated from the cells as the user saw them with half as much again
      // (a co-author may have typed longer text), at least 8 bytes a cell, over every column
      // (a `before` may hold only some).
      const sample = updates.slice(0, 200).map((u) => Object.values(u.before));
      const cells = sample.reduce((n, r) => n + r.length, 0);
      const perCell = Math.max(8, (1.5 * JSON.stringify(sample).length) / Math.max(1, cells));
      const width = Math.max(spec(tableName).columns.length, ...sample.map((r) => r.length));
      const perRow = perCell * width;
      const spans = spansOf(indexes, READ_GAP_ROWS);
      let shape = withShape;
      while (spans.length > 0) {
        const batch: { span: Span; range: Excel.Range }[] = [];
        let room = READ_BUDGET_BYTES;
        while (spans.length > 0 && room > 0) {
          const span = spans[0];
          const rows = Math.min(span.count, Math.max(1, Math.floor(room / perRow)));
          const part = { first: span.first, count: rows };
          span.first += rows;
          span.count -= rows;
          if (span.count === 0) spans.shift();
          room -= rows * perRow;
          const range = table
            .getDataBodyRange()
            .getRow(0)
            .getOffsetRange(part.first, 0)
            .getResizedRange(part.count - 1, 0)
            .load("values");
          batch.push({ span: part, range });
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        if (shape) headers = (header.values[0] as Cell[]).map((h) => String(h ?? ""));
        shape = false;
        for (const { span, range } of batch)
          (range.values as Cell[][]).forEach((values, i) => {
            const row: Row = {};
            headers.forEach((h, c) => (row[h] = values[c] ?? null));
            current.set(span.first + i, row);
          });
      }
    };
    const hinted = [...new Set(updates.map((u) => Math.max(0, u.row - 1)))].sort((a, b) => a - b);
    await readRows(hinted, true);
    const keyValues = keyColumn ? (keyColumn.values as Cell[][]).map((r) => r[0]) : null;

    // Where each row is now: where the user saw it, or (a table with a key) where its key is.
    const refusals: WriteRefused[] = [];
    const located = updates.map((u) => {
      const ref: RowRef = { table: tableName, row: u.row, before: u.before };
      let index = u.row - 1;
      if (key && keyValues) {
        index = findByKey(keyValues, index, keyKind, valueByName(u.before, key));
        if (index < 0) {
          refusals.push(
            new WriteRefused(
              `${rowName(tableName, u.row - 1, u.before)} was deleted or its ${key} changed.`
            )
          );
          return null;
        }
      } else if (index < 0 || index >= body.rowCount) {
        refusals.push(
          new WriteRefused(
            `${rowName(tableName, u.row - 1, u.before)} is no longer in the ${tableName} table.`
          )
        );
        return null;
      }
      return { u, ref, index };
    });
    // Rows with a key that moved since the user saw them are read again where they are now.
    const moved = located.flatMap((l) => (l && !current.has(l.index) ? [l.index] : []));
    if (moved.length > 0)
      await readRows(
        [...new Set(moved)].sort((a, b) => a - b),
        false
      );

    const finalKeys = keyValues ? [...keyValues] : null;
    const seen = new Set<number>();
    const rows: { index: number; cells: (CellWrite | null)[] }[] = [];
    for (const l of located) {
      if (!l) continue;
      const { u, ref, index } = l;
      if (seen.has(index)) {
        refusals.push(
          new WriteRefused(`${rowName(tableName, index, u.before)} is updated twice in one write.`)
        );
        continue;
      }
      seen.add(index);
      const now = current.get(index)!;
      const changed = headers.filter((h) => {
        const next = valueByName(u.after, h);
        return (
          next !== undefined && !sameValue(kindOf(tableName, h), valueByName(u.before, h), next)
        );
      });
      if (changed.length === 0) continue;
      const clashes = conflicts(tableName, headers, u.before, now, changed);
      if (clashes.length > 0) {
        const list = clashes.map((h) => `${h} is now '${valueByName(now, h) ?? ""}'`);
        refusals.push(
          new WriteConflict(
            `${rowName(tableName, index, u.before)}: ${list.join(", ")}.`,
            clashes,
            {
              ...ref,
              row: index + 1,
              before: now,
            }
          )
        );
        continue;
      }
      if (key && finalKeys && changed.some((h) => sameName(h, key)))
        finalKeys[index] = valueByName(u.after, key) ?? null;
      rows.push({
        index,
        cells: headers.map((h) =>
          changed.includes(h)
            ? writeFor(tableName, h, now, valueByName(u.after, h) ?? null, format)
            : null
        ),
      });
    }
    // A new key must be unused once every row of the update has its new key.
    if (key && finalKeys)
      for (const { index } of rows) {
        const clash = keyClashOf(keyKind, finalKeys, finalKeys[index], index);
        if (clash >= 0 && clash !== index) {
          const shown =
            keyKind === "month"
              ? monthText(finalKeys[index])
              : String(finalKeys[index] ?? "").trim();
          refusals.push(
            new WriteRefused(
              `${key} '${shown}' would be used by ${tableName} rows ${index + 1} and ${clash + 1}.`
            )
          );
        }
      }
    if (refusals.length > 0) throw rowsRefused(refusals);
    if (rows.length === 0) return;

    rows.sort((a, b) => a.index - b.index);
    for (const request of packBySize(writeBlocks(rows, headers.length), (b) => b.bytes)) {
      for (const block of request) {
        const target = table
          .getDataBodyRange()
          .getCell(block.first, block.column)
          .getResizedRange(block.cells.length - 1, block.cells[0].length - 1);
        put(target, block.cells);
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
}

/** The one error for a refused bulk update: how many rows, which, and that nothing was written. */
function rowsRefused(refusals: WriteRefused[]): RowsRefused {
  const shown = refusals.slice(0, 5).map((r) => r.message);
  const more = refusals.length > shown.length ? ` And ${refusals.length - shown.length} more.` : "";
  const rows = refusals.length === 1 ? "1 of the rows" : `${refusals.length} of the rows`;
  return new RowsRefused(
    `Nothing was written: ${rows} to change cannot be changed as you saw them. ${shown.join(" ")}${more}`,
    refusals
  );
}

/** A range to write: rows [first, first + cells.length), columns from `column`; null leaves a cell. */
interface WriteBlock {
  first: number;
  column: number;
  cells: (CellWrite | null)[][];
  /** What it adds to a request: its values, its formats and its range. */
  bytes: number;
}

/**
 * Groups changed rows (sorted) into ranges: a row joins the range above when the rows between
 * cost less as nulls than another range would, and the range stays within a request's budget;
 * each range is then cut to the columns that change.
 */
function writeBlocks(
  rows: readonly { index: number; cells: (CellWrite | null)[] }[],
  width: number
): WriteBlock[] {
  const nullRow: (CellWrite | null)[] = Array.from({ length: width }, () => null);
  const nullBytes = rowBytes(nullRow);
  const blocks: WriteBlock[] = [];
  let open: { first: number; cells: (CellWrite | null)[][]; bytes: number } | null = null;
  const close = () => {
    if (!open) return;
    const used = (c: number) => open!.cells.some((r) => r[c] !== null);
    let c0 = 0;
    let c1 = width - 1;
    while (!used(c0)) c0++;
    while (!used(c1)) c1--;
    const cells = open.cells.map((r) => r.slice(c0, c1 + 1));
    const bytes = cells.reduce((n, r) => n + rowBytes(r), RANGE_WRITE_BYTES);
    blocks.push({ first: open.first, column: c0, cells, bytes });
    open = null;
  };
  for (const { index, cells } of rows) {
    const size = rowBytes(cells);
    if (open) {
      const gap = index - (open.first + open.cells.length);
      const joined = open.bytes + gap * nullBytes + size;
      if (gap * nullBytes <= RANGE_WRITE_BYTES && joined <= REQUEST_BUDGET_BYTES) {
        for (let g = 0; g < gap; g++) open.cells.push(nullRow);
        open.cells.push(cells);
        open.bytes = joined;
        continue;
      }
      close();
    }
    open = { first: index, cells: [cells], bytes: RANGE_WRITE_BYTES + size };
  }
  close();
  return blocks;
}
