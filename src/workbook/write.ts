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
import { insertedRowBytes, packBySize } from "./requests";

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
  const wanted = key ? valueByName(ref.before, key) : undefined;
  if (key && keyValues) {
    const kind = kindOf(ref.table, key);
    // A month key is found as its month; any other exactly as seen (trimmed), as before.
    const same = (v: Cell) =>
      kind === "month"
        ? keyForm(kind, v) === keyForm(kind, wanted ?? null)
        : String(v ?? "").trim() === String(wanted ?? "").trim();
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
