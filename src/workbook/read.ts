/**
 * Reading the plan: every table in ONE context.sync() when the answer fits
 * Excel on the web's 5 MB response limit, and in the fewest chunks beyond it.
 */
import {
  type Cell,
  findName,
  type PlanInput,
  type Problem,
  REQUIRED_TABLES,
  type Row,
  type TableName,
} from "../domain";
import type { ExcelHost } from "./host";
import { TABLE_NAMES } from "./layout";

/** Where a table stands on its sheet, so rows can be found and selected again. */
export interface TableLocation {
  table: TableName;
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
  tables: Partial<Record<TableName, TableLocation>>;
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
}

/** The sheet name of an address such as `'My plan'!A1:C4`. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function locate(
  table: TableName,
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

/** Reads whichever plan tables the workbook has. */
export async function readWorkbookPlan(host: ExcelHost): Promise<WorkbookPlan> {
  let tables: TableValues[];
  try {
    tables = await readAllAtOnce(host, TABLE_NAMES);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ItemNotFound") {
      // Some table is missing (a new workbook, or one a person deleted): find which, then read the rest.
      const present = await presentTables(host);
      tables = await readInFewestSyncs(host, present);
    } else if (code === "ResponsePayloadSizeLimitExceeded") {
      tables = await readInChunks(host, TABLE_NAMES);
    } else {
      throw error;
    }
  }
  return toPlan(tables);
}

async function readInFewestSyncs(
  host: ExcelHost,
  names: readonly TableName[]
): Promise<TableValues[]> {
  if (names.length === 0) return [];
  try {
    return await readAllAtOnce(host, names);
  } catch (error) {
    if ((error as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
    return readInChunks(host, names);
  }
}

async function readAllAtOnce(host: ExcelHost, names: readonly TableName[]): Promise<TableValues[]> {
  return host.run(async (context) => {
    const ranges = names.map((name) => {
      const range = context.workbook.tables.getItem(name).getRange();
      range.load("address, values, rowIndex, columnIndex");
      return range;
    });
    await context.sync();
    return ranges.map((range, i) => {
      const [header = [], ...body] = range.values as Cell[][];
      return {
        location: {
          ...locate(names[i], range.address, range.rowIndex, range.columnIndex, header),
          rowCount: body.length,
        },
        values: body,
      };
    });
  });
}

async function presentTables(host: ExcelHost): Promise<TableName[]> {
  return host.run(async (context) => {
    const found = TABLE_NAMES.map((name) => context.workbook.tables.getItemOrNullObject(name));
    found.forEach((table) => table.load("name"));
    await context.sync();
    return TABLE_NAMES.filter((_, i) => !found[i].isNullObject);
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
async function readInChunks(host: ExcelHost, names: readonly TableName[]): Promise<TableValues[]> {
  let sampledBytesPerCell = 8;
  const shapes = await host.run(async (context) => {
    const parts = names.map((name) => {
      const range = context.workbook.tables.getItem(name).getRange();
      range.load("address, rowIndex, columnIndex, rowCount, columnCount");
      const header = context.workbook.tables.getItem(name).getHeaderRowRange();
      header.load("values");
      const sample = header
        .getOffsetRange(1, 0)
        .getResizedRange(SAMPLE_ROWS - 1, 0)
        .load("values");
      return { range, header, sample };
    });
    await context.sync();
    let cells = 0;
    let bytes = 0;
    parts.forEach(({ range, sample }) => {
      const rows = (sample.values as Cell[][]).slice(0, Math.max(0, range.rowCount - 1));
      cells += rows.length * range.columnCount;
      bytes += JSON.stringify(rows).length;
    });
    sampledBytesPerCell = cells > 0 ? (bytes / cells) * ESTIMATE_MARGIN : 8;
    return parts.map(({ range, header }, i) => ({
      location: {
        ...locate(
          names[i],
          range.address,
          range.rowIndex,
          range.columnIndex,
          (header.values as Cell[][])[0] ?? []
        ),
        rowCount: range.rowCount - 1,
      },
      columnCount: range.columnCount,
    }));
  });
  const results: TableValues[] = shapes.map((s) => ({ location: s.location, values: [] }));
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

function toPlan(tables: TableValues[]): WorkbookPlan {
  const byName = new Map(tables.map((t) => [t.location.table, t]));
  const rows = (name: TableName) => {
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
    },
    tables: Object.fromEntries(tables.map((t) => [t.location.table, t.location])),
    problems,
  };
}
