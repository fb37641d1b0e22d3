/**
 * "Set up plan": creates the sheets and tables of rules.md that a workbook
 * lacks, optionally filled with rows (the sample plan), and changes nothing
 * that is already there.
 */
import { type Cell, type PlanRows, type Row, SETTING, SETTINGS_ROWS, sameName } from "../domain";
import { cellWrite, type CellWrite, settingWrite } from "./cells";
import { type ExcelHost, offersExcelApi } from "./host";
import { packBySize, rowBytes } from "./requests";
import {
  ADDED_SETTINGS,
  columnFormat,
  currencyFormat,
  listSource,
  PLAN_TABLES,
  type PlanTable,
  type TableSpec,
  tableSpecs,
  TEXT_FORMAT,
} from "./layout";
import { rowsOf, salesLanesOfRows, setOwnerDropdown } from "./owner-list";
import { WriteRefused } from "./write";

export interface SetUpOptions {
  /** Rows to fill new tables with (e.g. the sample plan); tables that exist are never filled. */
  rows?: Partial<PlanRows>;
  /** `YYYY-MM`; used when neither the Settings table nor `rows` says when the plan starts. */
  planStarts?: string;
  /** Called as the work advances, from 0 to 1. */
  onProgress?: (done: number) => void;
  /**
   * When a sheet of a missing table's name holds someone's data: false (Set up plan) puts the
   * table on "Doors 2"; true ("Update plan layout") refuses, saying which sheet, before writing.
   */
  refuseSheetsInUse?: boolean;
}

export interface SetUpResult {
  created: PlanTable[];
  existing: PlanTable[];
  /** Sheet each created table was put on. */
  sheets: Partial<Record<PlanTable, string>>;
  /** False on Excel older than ExcelApi 1.8 (Excel 2019 before its updates): no dropdowns were added. */
  dropdowns: boolean;
  syncs: number;
}

/**
 * Rows below a new table that get its formats and dropdowns: none. Excel gives
 * the rows a table grows by its columns' formats and validation, and validation
 * on part of the cells below a table keeps Excel from growing it.
 */
export const FORMATTED_ROWS_BELOW = 0;
export const TABLE_STYLE = "TableStyleMedium2";

/** Excel column letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function monthIndexOf(month: string | null): number {
  const m = month ? /^\d{4}-(\d{2})/.exec(month) : null;
  return m ? Number(m[1]) - 1 : 0;
}

/** The first month of next calendar year: what most teams plan in the autumn. */
export function defaultPlanStart(today = new Date()): string {
  return `${today.getFullYear() + 1}-01`;
}

/** The Settings table's rows: every setting, with the given value or its default. */
export function settingsRows(rows: Partial<PlanRows>, planStarts: string): Row[] {
  const given = rows.settings ?? {};
  return [...SETTINGS_ROWS, ...ADDED_SETTINGS].map(({ setting, default: fallback }) => ({
    Setting: setting,
    Value:
      setting in given ? given[setting] : setting === SETTING.planStarts ? planStarts : fallback,
  }));
}

/** The value and format of every cell of a table's body. */
export function bodyWrites(spec: TableSpec, rows: Row[], currency: string): CellWrite[][] {
  const format = currencyFormat(currency);
  return rows.map((row) =>
    spec.columns.map((column) => {
      const value = row[column.header] ?? null;
      return spec.table === "Settings" && column.header === "Value"
        ? settingWrite(row.Setting, value, format)
        : cellWrite(column.kind, value, format);
    })
  );
}

interface Placement {
  spec: TableSpec;
  sheet: string;
  addSheet: boolean;
  writes: CellWrite[][];
  /** Data rows already on a sheet an unfinished set-up left (no table yet), kept in the table. */
  leftRows: number;
}

/** What a same-named sheet holds: nothing, an unfinished set-up of this table (our headers, no table), or someone's work. */
type SheetState = "empty" | { unfinished: number } | "in use";

/** Sets up the plan's tables; see SetUpOptions. */
export async function setUpPlan(host: ExcelHost, options: SetUpOptions = {}): Promise<SetUpResult> {
  const rows = options.rows ?? {};
  let syncs = 0;
  const progress = (x: number) => options.onProgress?.(Math.min(1, x));
  progress(0);

  // Sync 1: which tables and sheets exist, and when an existing plan starts.
  const found = await host.run(async (context) => {
    const tables = PLAN_TABLES.map((name) =>
      context.workbook.tables.getItemOrNullObject(name).load("name")
    );
    const sheets = context.workbook.worksheets.load("items/name");
    const settings = context.workbook.tables.getItemOrNullObject("Settings");
    const lanes = context.workbook.tables.getItemOrNullObject("Lanes");
    await context.sync();
    syncs++;
    let planStarts: Cell = null;
    let laneRows: Record<string, Cell>[] | null = null;
    if (!settings.isNullObject || !lanes.isNullObject) {
      const body = settings.isNullObject ? null : settings.getDataBodyRange().load("values");
      // The lanes in the workbook decide a new Doors table's Owner dropdown (the sales lanes).
      const laneRange = lanes.isNullObject ? null : lanes.getRange().load("values");
      await context.sync();
      syncs++;
      const row = body
        ? (body.values as Cell[][]).find((r) => sameName(r[0], SETTING.planStarts))
        : undefined;
      planStarts = row ? row[1] : null;
      if (laneRange) laneRows = rowsOf(laneRange);
    }
    return {
      existing: PLAN_TABLES.filter((_, i) => !tables[i].isNullObject),
      sheetNames: sheets.items.map((s) => s.name),
      planStarts,
      laneRows,
    };
  });
  const existing = new Set(found.existing);
  const missing = PLAN_TABLES.filter((name) => !existing.has(name));
  const planStarts =
    typeof rows.settings?.["Plan starts"] === "string"
      ? String(rows.settings["Plan starts"])
      : (options.planStarts ?? defaultPlanStart());
  // An existing Settings table decides the Budget's month order; a serial date counts too.
  const startIndex =
    typeof found.planStarts === "number"
      ? new Date(Date.UTC(1899, 11, 30) + found.planStarts * 86_400_000).getUTCMonth()
      : typeof found.planStarts === "string" && /^\d{4}-\d{2}/.test(found.planStarts)
        ? monthIndexOf(found.planStarts)
        : monthIndexOf(planStarts);
  const specs = tableSpecs(startIndex);
  const currency = String(rows.settings?.Currency ?? "USD");
  // The lanes the plan will have: the workbook's, or those this set-up writes.
  const salesLanes = salesLanesOfRows(found.laneRows ?? rows.lanes ?? []);

  // Sync 2: which same-named sheets can take their table: empty ones, and ones an
  // unfinished set-up left (our header row, no table), so a second run completes the first.
  const clashing = missing.filter((name) => found.sheetNames.includes(specs[name].sheet));
  const states = new Map<string, SheetState>();
  if (clashing.length > 0) {
    await host.run(async (context) => {
      const looks = clashing.map((name) => {
        const sheet = context.workbook.worksheets.getItem(specs[name].sheet);
        return {
          name,
          used: sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount, columnCount"),
          tables: sheet.tables.load("items/name"),
          header: sheet.getRangeByIndexes(0, 0, 1, specs[name].columns.length).load("values"),
        };
      });
      await context.sync();
      syncs++;
      for (const { name, used, tables, header } of looks) {
        const ours =
          tables.items.length === 0 &&
          specs[name].columns.every((c, i) => sameName(header.values[0][i], c.header)) &&
          used.rowIndex === 0 &&
          used.columnCount <= specs[name].columns.length;
        states.set(
          specs[name].sheet,
          used.isNullObject ? "empty" : ours ? { unfinished: used.rowCount - 1 } : "in use"
        );
      }
    });
  }
  const inUse = clashing.filter((name) => states.get(specs[name].sheet) === "in use");
  if (options.refuseSheetsInUse && inUse.length > 0) {
    const names = inUse.map((name) => `'${specs[name].sheet}'`).join(", ");
    throw new WriteRefused(
      `The sheet ${names} already holds other data, so the ${inUse.join(", ")} table cannot go there. Rename that sheet (or move what it holds), then try again. Nothing was changed.`
    );
  }
  const taken = new Set(found.sheetNames.map((n) => n.toLowerCase()));
  const placements: Placement[] = missing.map((name) => {
    const spec = specs[name];
    let sheet = spec.sheet;
    const state = states.get(sheet);
    const reuse = state !== undefined && state !== "in use";
    if (!reuse) {
      for (let n = 2; taken.has(sheet.toLowerCase()); n++) sheet = `${spec.sheet} ${n}`;
      taken.add(sheet.toLowerCase());
    }
    const given: Row[] =
      name === "Settings"
        ? settingsRows(rows, planStarts)
        : ((rows as Record<string, Row[] | undefined>)[lower(name)] ?? []);
    return {
      spec,
      sheet,
      addSheet: !reuse,
      writes: bodyWrites(spec, given, currency),
      leftRows: typeof state === "object" ? state.unfinished : 0,
    };
  });
  progress(0.1);

  // Data rows, in as many syncs as the request limit needs; sheets are added in the first.
  const blocks = placements.flatMap((p) => rowBlocks(p.writes).map((block) => ({ p, ...block })));
  let pendingSheets = placements.filter((p) => p.addSheet);
  const batches = packBySize(blocks, (block) => block.bytes);
  for (const [i, batch] of batches.entries()) {
    await host.run(async (context) => {
      for (const p of pendingSheets) context.workbook.worksheets.add(p.sheet);
      pendingSheets = [];
      for (const block of batch) {
        const sheet = context.workbook.worksheets.getItem(block.p.sheet);
        // The header goes with the first rows: a set-up that stops here is recognised next time.
        if (block.first === 0) writeHeader(sheet, block.p.spec);
        const range = sheet.getRangeByIndexes(
          1 + block.first,
          0,
          block.rows.length,
          block.p.spec.columns.length
        );
        range.numberFormat = block.rows.map((r) => r.map((w) => w.format));
        range.values = block.rows.map((r) => r.map((w) => w.value));
      }
      // One sync per batch on purpose: each batch is as large as one request may be.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    });
    progress(0.1 + (0.7 * (i + 1)) / Math.max(1, batches.length));
  }

  // Last sync: headers, tables over the data, formats, dropdowns, widths, frozen headers.
  // Data validation is ExcelApi 1.8: on 1.7 the tables come without dropdowns.
  const dropdowns = offersExcelApi(host, "1.8");
  if (placements.length > 0) {
    await host.run(async (context) => {
      for (const p of pendingSheets) context.workbook.worksheets.add(p.sheet);
      // Every table first, then its dressing: a failure part-way leaves tables a second run finds.
      const tables = placements.map((p) => tableOver(context, p));
      placements.forEach((p, i) => dress(context, p, tables[i], currency, dropdowns, salesLanes));
      await context.sync();
      syncs++;
    });
  }
  progress(1);
  return {
    created: missing,
    existing: found.existing,
    sheets: Object.fromEntries(placements.map((p) => [p.spec.table, p.sheet])),
    dropdowns,
    syncs,
  };
}

function lower(name: PlanTable): keyof PlanRows {
  return name.toLowerCase() as keyof PlanRows;
}

/** A table's rows in blocks that each fit one request, with where each block starts. */
function rowBlocks(rows: CellWrite[][]): { first: number; rows: CellWrite[][]; bytes: number }[] {
  const sized = rows.map((row, i) => ({ i, row, bytes: rowBytes(row) }));
  return packBySize(sized, (r) => r.bytes).map((run) => ({
    first: run[0].i,
    rows: run.map((r) => r.row),
    bytes: run.reduce((sum, r) => sum + r.bytes, 0),
  }));
}

function writeHeader(sheet: Excel.Worksheet, spec: TableSpec): void {
  const header = sheet.getRangeByIndexes(0, 0, 1, spec.columns.length);
  header.numberFormat = [spec.columns.map(() => TEXT_FORMAT)];
  header.values = [spec.columns.map((c) => c.header)];
}

/** Data rows of the new table: what was written or left there, or one blank row. */
function bodyRowsOf(p: Placement): number {
  return Math.max(1, p.writes.length, p.leftRows);
}

/** Creates the table over its header and data rows. */
function tableOver(context: Excel.RequestContext, p: Placement): Excel.Table {
  const sheet = context.workbook.worksheets.getItem(p.sheet);
  const width = p.spec.columns.length;
  writeHeader(sheet, p.spec);
  const table = sheet.tables.add(`A1:${columnLetters(width - 1)}${1 + bodyRowsOf(p)}`, true);
  table.name = p.spec.table;
  return table;
}

/**
 * Dresses a new table for people: style, the formats of its empty rows, a
 * dropdown on each list column (the whole table column and nothing below it,
 * so Excel extends it to the rows the table grows by), widths, frozen header.
 */
function dress(
  context: Excel.RequestContext,
  p: Placement,
  table: Excel.Table,
  currency: string,
  dropdowns: boolean,
  salesLanes: readonly string[]
) {
  const sheet = context.workbook.worksheets.getItem(p.sheet);
  table.style = TABLE_STYLE;
  const amount = currencyFormat(currency);
  const filled = Math.max(p.writes.length, p.leftRows);
  const blank = bodyRowsOf(p) - filled;
  p.spec.columns.forEach((column, c) => {
    const format = columnFormat(column.kind, amount);
    if (format && blank > 0)
      sheet.getRangeByIndexes(1 + filled, c, blank, 1).numberFormat = Array.from(
        { length: blank },
        () => [format]
      );
    if (column.list === "salesLanes" && dropdowns)
      setOwnerDropdown(table.columns.getItemAt(c).getDataBodyRange(), salesLanes);
    else if (column.list && dropdowns) {
      table.columns.getItemAt(c).getDataBodyRange().dataValidation.rule = {
        list: { inCellDropDown: true, source: listSource(column.list) },
      };
    }
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = column.width;
  });
  sheet.freezePanes.freezeRows(1);
}
