/**
 * Reading the plan: every table in ONE context.sync() when the answer fits
 * Excel on the web's 5 MB response limit, and in the fewest chunks beyond it.
 */
import {
  type Cell,
  findName,
  formatMonth,
  indexOfName,
  parseMonth,
  sameName,
  serialToMonthNumber,
  SETTING,
  type PlanInput,
  type Problem,
  REQUIRED_TABLES,
  type Row,
} from "../domain";
import type { ExcelHost } from "./host";
import { OPTIONAL_TABLES, PLAN_TABLES, type PlanTable } from "./layout";

/** Where a table stands on its sheet, so rows can be found and selected again. */
export interface TableLocation {
  table: PlanTable;
  sheet: string;
  /** 0-based sheet row of the header row; data row n (1-based) is on sheet row headerRow + n. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Headers as they stand, in the sheet's order (a person may reorder or add columns). */
  headers: string[];
  /** Number of data rows. */
  rowCount: number;
}

export interface WorkbookPlan {
  input: PlanInput;
  tables: Partial<Record<PlanTable, TableLocation>>;
  /** Tables this workbook lacks, as problems a person can act on. */
  problems: Problem[];
}

/** What one sync may bring back: Excel on the web refuses answers over 5 MB. */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** Data rows of each table sampled, in the shapes sync, to estimate the answer's bytes per cell. */
const SAMPLE_ROWS = 200;
/** Headroom over the sampled bytes per cell: later rows may hold longer text than the first ones. */
const ESTIMATE_MARGIN = 1.15;

interface TableValues {
  location: TableLocation;
  values: Cell[][];
  /** Settings only: the body as Excel shows it, which tells the workbook's date system. */
  texts?: string[][];
}

/** The sheet name of an address such as `'My plan'!A1:C4`. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function locate(
  table: PlanTable,
  address: string,
  rowIndex: number,
  columnIndex: number,
  headerRow: Cell[]
) {
  return {
    table,
    sheet: sheetOfAddress(address),
    headerRow: rowIndex,
    firstColumn: columnIndex,
    headers: headerRow.map((h) => String(h ?? "")),
  };
}

/**
 * A table in a batch. The optional tables are asked for as null objects, so a
 * plan without them is still read in the one sync (a null object's ranges come
 * back null, and the table is left out); a required table a person deleted
 * fails the batch, and is then found out (presentTables).
 */
function tableIn(context: Excel.RequestContext, name: PlanTable): Excel.Table {
  return (OPTIONAL_TABLES as readonly string[]).includes(name)
    ? context.workbook.tables.getItemOrNullObject(name)
    : context.workbook.tables.getItem(name);
}

/** Reads whichever plan tables the workbook has. */
export async function readWorkbookPlan(host: ExcelHost): Promise<WorkbookPlan> {
  let tables: TableValues[];
  try {
    tables = await readAllAtOnce(host, PLAN_TABLES);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ItemNotFound") {
      // Some table is missing (a new workbook, or one a person deleted): find which, then read the rest.
      const present = await presentTables(host);
      tables = await readInFewestSyncs(host, present);
    } else if (code === "ResponsePayloadSizeLimitExceeded") {
      tables = await readInChunks(host, PLAN_TABLES);
    } else {
      throw error;
    }
  }
  return toPlan(tables);
}

async function readInFewestSyncs(
  host: ExcelHost,
  names: readonly PlanTable[]
): Promise<TableValues[]> {
  if (names.length === 0) return [];
  try {
    return await readAllAtOnce(host, names);
  } catch (error) {
    if ((error as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
    return readInChunks(host, names);
  }
}

async function readAllAtOnce(host: ExcelHost, names: readonly PlanTable[]): Promise<TableValues[]> {
  return host.run(async (context) => {
    const parts = names.map((name) => {
      const table = tableIn(context, name).load("showTotals");
      const range = table.getRange();
      range.load("address, values, rowIndex, columnIndex");
      if (name === "Settings") range.load("text");
      return { name, table, range };
    });
    await context.sync();
    return parts.flatMap(({ name, table, range }) => {
      if (table.isNullObject) return [];
      const [header = [], ...rows] = range.values as Cell[][];
      // A total row (a person may switch one on) is not data: a Budget total would double the spend.
      const body = table.showTotals ? rows.slice(0, -1) : rows;
      const texts = name === "Settings" ? (range.text as string[][]).slice(1) : undefined;
      return [
        {
          location: {
            ...locate(name, range.address, range.rowIndex, range.columnIndex, header),
            rowCount: body.length,
          },
          values: body,
          texts,
        },
      ];
    });
  });
}

async function presentTables(host: ExcelHost): Promise<PlanTable[]> {
  return host.run(async (context) => {
    const found = PLAN_TABLES.map((name) => context.workbook.tables.getItemOrNullObject(name));
    found.forEach((table) => table.load("name"));
    await context.sync();
    return PLAN_TABLES.filter((_, i) => !found[i].isNullObject);
  });
}

/** A block of one table's data rows: [first, first + count). */
interface Chunk {
  table: number;
  first: number;
  count: number;
}

/**
 * The large-plan path: one sync for the tables' shapes and headers, then data
 * rows packed into as few syncs as the response limit allows. The bytes per
 * cell are estimated from a sample of the first rows (read with the shapes),
 * and measured again on each chunk that arrives.
 */
async function readInChunks(host: ExcelHost, names: readonly PlanTable[]): Promise<TableValues[]> {
  let sampledBytesPerCell = 8;
  const shapes = await host.run(async (context) => {
    const all = names.map((name) => {
      const table = tableIn(context, name).load("showTotals");
      const range = table.getRange();
      range.load("address, rowIndex, columnIndex, rowCount, columnCount");
      const header = table.getHeaderRowRange();
      header.load("values");
      const sample = header
        .getOffsetRange(1, 0)
        .getResizedRange(SAMPLE_ROWS - 1, 0)
        .load(name === "Settings" ? "values, text" : "values");
      return { name, table, range, header, sample };
    });
    await context.sync();
    // An optional table the workbook lacks is left out.
    const parts = all.filter((p) => !p.table.isNullObject);
    let cells = 0;
    let bytes = 0;
    parts.forEach(({ range, sample }) => {
      const rows = (sample.values as Cell[][]).slice(0, Math.max(0, range.rowCount - 1));
      cells += rows.length * range.columnCount;
      bytes += JSON.stringify(rows).length;
    });
    sampledBytesPerCell = cells > 0 ? (bytes / cells) * ESTIMATE_MARGIN : 8;
    return parts.map(({ name, table, range, header, sample }) => ({
      location: {
        ...locate(
          name,
          range.address,
          range.rowIndex,
          range.columnIndex,
          (header.values as Cell[][])[0] ?? []
        ),
        rowCount: range.rowCount - 1 - (table.showTotals ? 1 : 0),
      },
      texts: name === "Settings" ? (sample.text as string[][]) : undefined,
      columnCount: range.columnCount,
    }));
  });
  const results: TableValues[] = shapes.map((s) => ({
    location: s.location,
    values: [],
    texts: s.texts,
  }));
  const pending: Chunk[] = shapes.map((s, table) => ({
    table,
    first: 0,
    count: s.location.rowCount,
  }));
  let bytesPerCell = sampledBytesPerCell;
  const budget = RESPONSE_LIMIT_BYTES * 0.9;
  while (pending.some((c) => c.count > 0)) {
    // Pack the next sync with whole or partial chunks up to the estimated budget.
    let room = Math.floor(budget / bytesPerCell);
    const batch: Chunk[] = [];
    for (const chunk of pending) {
      if (chunk.count === 0 || room <= 0) continue;
      const width = shapes[chunk.table].columnCount;
      const rows = Math.min(chunk.count, Math.max(1, Math.floor(room / width)));
      batch.push({ table: chunk.table, first: chunk.first, count: rows });
      room -= rows * width;
    }
    let blocks: Cell[][][];
    try {
      blocks = await readBlocks(host, shapes, batch);
    } catch (error) {
      if ((error as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
      bytesPerCell *= 2; // the guess was too low: pack half as much and try again
      continue;
    }
    let cells = 0;
    let bytes = 0;
    batch.forEach((b, i) => {
      results[b.table].values.push(...blocks[i]);
      const chunk = pending.find((c) => c.table === b.table)!;
      chunk.first += b.count;
      chunk.count -= b.count;
      cells += b.count * shapes[b.table].columnCount;
      bytes += JSON.stringify(blocks[i]).length;
    });
    if (cells > 0) bytesPerCell = Math.max(bytesPerCell, (bytes / cells) * ESTIMATE_MARGIN);
  }
  return results;
}

async function readBlocks(
  host: ExcelHost,
  shapes: { location: TableLocation; columnCount: number }[],
  batch: Chunk[]
): Promise<Cell[][][]> {
  return host.run(async (context) => {
    const ranges = batch.map((b) => {
      const { location, columnCount } = shapes[b.table];
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      const range = sheet.getRangeByIndexes(
        location.headerRow + 1 + b.first,
        location.firstColumn,
        b.count,
        columnCount
      );
      range.load("values");
      return range;
    });
    await context.sync();
    return ranges.map((r) => r.values as Cell[][]);
  });
}

function toRows(headers: string[], values: Cell[][]): Row[] {
  return values.map((cells) => {
    const row: Row = {};
    headers.forEach((header, i) => {
      if (header !== "") row[header] = cells[i] ?? null;
    });
    return row;
  });
}

/** Days from Excel's 1900 date system to its 1904 one: serial n in 1904 is n + 1462 in 1900. */
const DAYS_1900_TO_1904 = 1462;

/**
 * Whether the workbook uses the 1904 date system. No released Office.js set
 * says so; what Excel shows for the Plan starts date does: in a 1904 workbook
 * its serial means a month 1,462 days later than in 1900.
 */
function uses1904(settings: TableValues | undefined): boolean {
  if (!settings?.texts) return false;
  const { headers } = settings.location;
  const name = indexOfName(headers, "Setting");
  const value = indexOfName(headers, "Value");
  const at = settings.values.findIndex((r) => sameName(r[name], SETTING.planStarts));
  const serial = at >= 0 ? settings.values[at][value] : null;
  if (typeof serial !== "number") return false;
  const shown = parseMonth(settings.texts[at]?.[value] ?? "");
  const month = (n: number | null) => (n === null ? null : formatMonth(n));
  return (
    shown.ok &&
    shown.month === month(serialToMonthNumber(serial + DAYS_1900_TO_1904)) &&
    shown.month !== month(serialToMonthNumber(serial))
  );
}

/** A 1904-system workbook's dates as the 1900-system serials the checker reads. */
function to1900(tables: TableValues[]): void {
  const dated: Partial<Record<PlanTable, string[]>> = {
    Activities: ["Start", "End"],
    Results: ["Month"],
    Settings: ["Value"],
    Targets: ["Month"],
    Baselines: ["Saved"],
  };
  for (const t of tables) {
    const columns = (dated[t.location.table] ?? []).map((h) => indexOfName(t.location.headers, h));
    const setting = indexOfName(t.location.headers, "Setting");
    for (const row of t.values)
      for (const c of columns) {
        const isDate =
          t.location.table !== "Settings" || sameName(row[setting], SETTING.planStarts);
        if (c >= 0 && isDate && typeof row[c] === "number")
          row[c] = (row[c] as number) + DAYS_1900_TO_1904;
      }
  }
}

function toPlan(tables: TableValues[]): WorkbookPlan {
  if (uses1904(tables.find((t) => t.location.table === "Settings"))) to1900(tables);
  const byName = new Map(tables.map((t) => [t.location.table, t]));
  const rows = (name: PlanTable) => {
    const t = byName.get(name);
    return t ? toRows(t.location.headers, t.values) : [];
  };
  const settings: Record<string, Cell> = {};
  for (const row of rows("Settings")) {
    const key = findName(row, "Setting");
    const value = findName(row, "Value");
    if (key && typeof row[key] === "string" && row[key] !== "")
      settings[String(row[key])] = value ? row[value] : null;
  }
  // Lanes and Results are optional: without them the standard lanes apply and nothing is reported.
  const problems: Problem[] = REQUIRED_TABLES.filter((name) => !byName.has(name)).map((name) => ({
    table: name,
    row: null,
    column: null,
    value: null,
    message: `The ${name} table is missing. Use Set up plan to add it; nothing else in the workbook is changed.`,
  }));
  return {
    input: {
      settings,
      lanes: byName.has("Lanes") ? rows("Lanes") : undefined,
      activities: rows("Activities"),
      budget: rows("Budget"),
      results: byName.has("Results") ? rows("Results") : undefined,
      // The optional tables: absent means the rules that need them are off (rules.md §1).
      doors: byName.has("Doors") ? rows("Doors") : undefined,
      targets: byName.has("Targets") ? rows("Targets") : undefined,
      baselines: byName.has("Baselines") ? rows("Baselines") : undefined,
    },
    tables: Object.fromEntries(tables.map((t) => [t.location.table, t.location])),
    problems,
  };
}
