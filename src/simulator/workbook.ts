// In-memory workbook model for the Excel simulator. Environment-neutral (no Node APIs).
import {
  MAX_COLS,
  MAX_ROWS,
  Rect,
  cellAddress,
  contains,
  intersects,
  parseRect,
  rectAddress,
  splitSheet,
} from "./address";
import { fail } from "./errors";
import { dateToSerial } from "./dates";
import { evaluateFormula, FormulaError } from "./formula";
import type { HostProfile } from "./profile";

export type CellValue = string | number | boolean;

export interface StoredCell {
  value: CellValue | null;
  formula: string | null;
  numberFormat: string | null;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string | null;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel.DataValidationErrorAlert: what Excel says, and whether it refuses, when a typed value is not in the list. */
export interface ValidationErrorAlert {
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
  message: string;
}

export interface ListValidationRule {
  list: { inCellDropDown: boolean; source: string };
  /** Absent: Excel's default, a Stop alert (the value is refused). */
  errorAlert?: ValidationErrorAlert;
}

export interface ValidationArea {
  rect: Rect;
  rule: ListValidationRule;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  source: Rect;
  title: string | null;
  position: { start: string; end: string | null } | null;
}

export type ChangeType =
  | "RangeEdited"
  | "RowInserted"
  | "ColumnInserted"
  | "RowDeleted"
  | "WorksheetAdded"
  | "WorksheetDeleted"
  | "WorksheetRenamed"
  | "TableAdded"
  | "TableDeleted"
  | "TableRenamed";

/** One change to the workbook, as recorded by the model. `origin` is the id of the client that made it. */
export interface SheetChange {
  origin: string;
  worksheet: string;
  worksheetId: string;
  table?: string;
  tableId?: string;
  /** Sheet-local A1 address of the changed range ("" for sheet-level changes). */
  address: string;
  changeType: ChangeType;
}

export type ChangeListener = (change: SheetChange) => void;

const key = (r: number, c: number) => r * MAX_COLS + c;

/** How a sheet prints (Excel.PageLayout, ExcelApi 1.9): what the simulator keeps of it. */
export interface PageSetup {
  orientation: "Portrait" | "Landscape";
  zoom: {
    scale?: number | null;
    horizontalFitToPages?: number | null;
    verticalFitToPages?: number | null;
  };
  /** Print area as given, e.g. "C1:H20,I1:N20"; null: the used range. */
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
}

export class Sheet {
  readonly cells = new Map<number, StoredCell>();
  pageSetup: PageSetup = {
    orientation: "Portrait",
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
  };
  frozenRows = 0;
  frozenColumns = 0;
  visibility: Visibility = "Visible";
  tabColor = "";
  readonly columnWidths = new Map<number, number>();
  readonly validations: ValidationArea[] = [];
  readonly charts: ChartModel[] = [];

  constructor(
    readonly id: string,
    public name: string
  ) {}

  cell(r: number, c: number): StoredCell | undefined {
    return this.cells.get(key(r, c));
  }

  ensureCell(r: number, c: number): StoredCell {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = {
        value: null,
        formula: null,
        numberFormat: null,
        fill: null,
        bold: false,
        italic: false,
        fontColor: null,
      };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Iterate stored cells as [row, col, cell]. */
  *entries(): IterableIterator<[number, number, StoredCell]> {
    for (const [k, cell] of this.cells) yield [Math.floor(k / MAX_COLS), k % MAX_COLS, cell];
  }

  /** Put a stored cell at (r, c), e.g. when rows are reordered. */
  putCell(r: number, c: number, cell: StoredCell): void {
    this.cells.set(key(r, c), cell);
  }

  pruneCell(r: number, c: number): void {
    const k = key(r, c);
    const cell = this.cells.get(k);
    if (cell && isDefaultCell(cell)) this.cells.delete(k);
  }
}

export function isDefaultCell(cell: StoredCell): boolean {
  return (
    cell.value === null &&
    cell.formula === null &&
    cell.numberFormat === null &&
    cell.fill === null &&
    !cell.bold &&
    !cell.italic &&
    cell.fontColor === null
  );
}

export class TableModel {
  style = "TableStyleMedium2";
  showBandedRows = true;
  /** A total row sits on the row below the last body row. */
  showTotals = false;
  /** Stable ids of the columns, left to right. */
  columnIds: string[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public sheet: Sheet,
    /** Header row (zero-based). */
    public headerRow: number,
    public c0: number,
    /** Last body row (zero-based, inclusive). */
    public lastRow: number,
    public c1: number
  ) {}

  /** The whole table: header, body and (when shown) the total row. */
  get rect(): Rect {
    return {
      r0: this.headerRow,
      c0: this.c0,
      r1: this.lastRow + (this.showTotals ? 1 : 0),
      c1: this.c1,
    };
  }
  get totalRect(): Rect | null {
    const r = this.lastRow + 1;
    return this.showTotals ? { r0: r, c0: this.c0, r1: r, c1: this.c1 } : null;
  }
  get bodyRect(): Rect {
    return { r0: this.headerRow + 1, c0: this.c0, r1: this.lastRow, c1: this.c1 };
  }
  get headerRect(): Rect {
    return { r0: this.headerRow, c0: this.c0, r1: this.headerRow, c1: this.c1 };
  }
  get rowCount(): number {
    return this.lastRow - this.headerRow;
  }
  get columnCount(): number {
    return this.c1 - this.c0 + 1;
  }
  columnName(i: number): string {
    const v = this.sheet.cell(this.headerRow, this.c0 + i)?.value;
    return v === null || v === undefined || v === "" ? `Column${i + 1}` : String(v);
  }
  columnNames(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.columnCount; i++) out.push(this.columnName(i));
    return out;
  }
}

export interface WorkbookOptions {
  /** Origin recorded for edits made through the direct (co-author) API. Default "coauthor". */
  coauthorId?: string;
  /** First id for new sheets, tables, charts and columns (co-authoring replicas each take their own range). Default 1. */
  firstId?: number;
  /** The workbook counts dates from 1904 (Excel's "Use 1904 date system"). Default false (1900). */
  date1904?: boolean;
}

const TABLE_NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/**
 * The simulated workbook. Clients change it through RichApi requests (server.ts);
 * a person editing by hand goes through person.ts.
 */
export class Workbook {
  readonly sheets: Sheet[] = [];
  readonly tables: TableModel[] = [];
  activeSheetId: string | null = null;
  /**
   * How many times a client activated a sheet (Worksheet.activate, Range.select or
   * Range.activate), so that a view can follow each activation, even of the sheet
   * already active, and nothing else.
   */
  activations = 0;
  selection: { sheetId: string; rect: Rect } | null = null;
  private nextSheet: number;
  private nextTable: number;
  private nextChart: number;
  private nextColumn: number;
  private listeners = new Set<ChangeListener>();
  /** Who is editing right now; the server sets it to the client id while it runs a request. */
  origin: string;
  /** The Excel (host profile) the current edit is made in; the server sets it with the origin. */
  profile: HostProfile = {};
  readonly coauthorId: string;
  /** Dates count from 1904 (serial 0 = 1904-01-01) instead of 1900. */
  date1904: boolean;

  constructor(options: WorkbookOptions = {}) {
    this.coauthorId = options.coauthorId ?? "coauthor";
    this.date1904 = options.date1904 ?? false;
    this.origin = this.coauthorId;
    this.nextSheet = this.nextTable = this.nextChart = this.nextColumn = options.firstId ?? 1;
  }

  // ---- change notifications -------------------------------------------------------------

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Run `fn` with edits attributed to `origin`, made in an Excel of the given profile. */
  withOrigin<T>(origin: string, fn: () => T, profile: HostProfile = {}): T {
    const prev = { origin: this.origin, profile: this.profile };
    this.origin = origin;
    this.profile = profile;
    try {
      return fn();
    } finally {
      this.origin = prev.origin;
      this.profile = prev.profile;
    }
  }

  emit(sheet: Sheet, rect: Rect | null, changeType: ChangeType, table?: TableModel): void {
    const t =
      table ??
      (rect ? this.tables.find((x) => x.sheet === sheet && intersects(x.rect, rect)) : undefined);
    const change: SheetChange = {
      origin: this.origin,
      worksheet: sheet.name,
      worksheetId: sheet.id,
      address: rect ? rectAddress(rect) : "",
      changeType,
    };
    if (t) {
      change.table = t.name;
      change.tableId = t.id;
    }
    this.notify(change);
  }

  /** Hand a change to the listeners (co-authoring delivers other replicas' changes this way). */
  notify(change: SheetChange): void {
    for (const l of [...this.listeners]) l(change);
  }

  // ---- sheets ---------------------------------------------------------------------------

  findSheet(nameOrId: string): Sheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  sheet(nameOrId: string): Sheet {
    return (
      this.findSheet(nameOrId) ??
      fail("ItemNotFound", `The worksheet '${nameOrId}' does not exist.`)
    );
  }

  /** `id` is given only when replaying a sheet another co-author added. */
  addSheet(name?: string, id?: string): Sheet {
    if (name === undefined || name === null || name === "") {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    validateSheetName(name);
    if (this.findSheet(name))
      fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    id ??= `{${String(this.nextSheet++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const sheet = new Sheet(id, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = id;
    this.emit(sheet, null, "WorksheetAdded");
    return sheet;
  }

  renameSheet(sheet: Sheet, name: string): void {
    if (sheet.name === name) return;
    validateSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet)
      fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    sheet.name = name;
    this.emit(sheet, null, "WorksheetRenamed");
  }

  moveSheet(sheet: Sheet, position: number): void {
    if (position < 0 || position >= this.sheets.length)
      fail("InvalidArgument", "The position is out of range.");
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    this.sheets.splice(position, 0, sheet);
  }

  deleteSheet(sheet: Sheet): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    for (const t of this.tables.filter((x) => x.sheet === sheet))
      this.tables.splice(this.tables.indexOf(t), 1);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    this.emit(sheet, null, "WorksheetDeleted");
  }

  setVisibility(sheet: Sheet, v: Visibility): void {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      fail("InvalidArgument", `Bad visibility '${v}'.`);
    if (v !== "Visible") {
      const visible = this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (visible.length === 0)
        fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      if (this.activeSheetId === sheet.id) this.activeSheetId = visible[0].id;
    }
    sheet.visibility = v;
  }

  /** Resolve "A1:B2" / "Sheet!A1:B2" relative to `sheet` (or the address's own sheet). */
  resolveAddress(address: string, sheet: Sheet | null): { sheet: Sheet; rect: Rect } {
    if (typeof address !== "string") fail("InvalidArgument", "The address must be a string.");
    const { sheet: sheetName, local } = splitSheet(address);
    let target = sheet;
    if (sheetName !== null) {
      const named = this.findSheet(sheetName);
      if (!named || (sheet && named !== sheet))
        fail("InvalidArgument", `The address '${address}' is not valid here.`);
      target = named;
    }
    if (!target) {
      target = (this.activeSheetId && this.findSheet(this.activeSheetId)) || this.sheets[0] || null;
      if (!target) fail("ItemNotFound", "The workbook has no worksheet.");
    }
    const rect = parseRect(local);
    if (!rect) {
      // A table name is also a valid range reference in Excel.
      const t = this.findTable(local);
      if (t && (sheet === null || t.sheet === target)) return { sheet: t.sheet, rect: t.rect };
      fail("InvalidArgument", `The address '${address}' is not valid.`);
    }
    return { sheet: target, rect };
  }

  // ---- cells ----------------------------------------------------------------------------

  /** Computed value of a cell (formulas are evaluated when the simulator can; otherwise 0). An error reads as its text, e.g. "#DIV/0!". */
  valueAt(sheet: Sheet, r: number, c: number): CellValue {
    const v = this.result(sheet, r, c, 0);
    return v instanceof FormulaError ? v.value : v;
  }

  /** Range.valueTypes of one cell. */
  valueTypeAt(
    sheet: Sheet,
    r: number,
    c: number
  ): "Empty" | "Double" | "Boolean" | "String" | "Error" {
    const v = this.result(sheet, r, c, 0);
    if (v instanceof FormulaError) return "Error";
    return v === ""
      ? "Empty"
      : typeof v === "number"
        ? "Double"
        : typeof v === "boolean"
          ? "Boolean"
          : "String";
  }

  private result(sheet: Sheet, r: number, c: number, depth: number): CellValue | FormulaError {
    const cell = sheet.cell(r, c);
    if (!cell) return "";
    if (cell.formula === null) return cell.value === null ? "" : cell.value;
    if (depth > 50) return 0;
    const get = (s: Sheet, rr: number, cc: number) => {
      const v = this.result(s, rr, cc, depth + 1);
      if (v instanceof FormulaError) throw v;
      return v;
    };
    const v = evaluateFormula(cell.formula, {
      cell: (name, rr, cc) => {
        if (name === null) return get(sheet, rr, cc);
        // A reference to a sheet that is gone is #REF! (Excel also rewrites the formula's text).
        const target = this.findSheet(name) ?? refError();
        return get(target, rr, cc);
      },
      tableColumn: (name, column) => {
        const t = this.findTable(name) ?? refError();
        const i = t.columnNames().findIndex((n) => n.toLowerCase() === column.toLowerCase());
        if (i < 0) refError();
        const out: CellValue[] = [];
        for (let rr = t.headerRow + 1; rr <= t.lastRow; rr++) out.push(get(t.sheet, rr, t.c0 + i));
        return out;
      },
      dateSerial: (y, m, d) => dateToSerial(y, m, d, this.date1904),
    });
    return v === null ? 0 : v;
  }

  formulaAt(sheet: Sheet, r: number, c: number): CellValue {
    const cell = sheet.cell(r, c);
    if (!cell) return "";
    if (cell.formula !== null) return cell.formula;
    return cell.value === null ? "" : cell.value;
  }

  numberFormatAt(sheet: Sheet, r: number, c: number): string {
    return sheet.cell(r, c)?.numberFormat ?? "General";
  }

  /**
   * Write user input to one cell with Excel's typing rules: a string beginning with "="
   * (or "+", "-", "@" followed by more) becomes a formula unless the cell's number format is text ("@").
   * `null`/`undefined` leave the cell unchanged, as Office does.
   */
  inputCell(sheet: Sheet, r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const existing = sheet.cell(r, c);
    // The common inputs (a finite number, text into a text-formatted cell) need no parsing and
    // no result object: filling a large sheet writes tens of thousands of them.
    if (typeof input === "number" && Number.isFinite(input)) {
      const cell = existing ?? sheet.ensureCell(r, c);
      cell.value = input;
      cell.formula = null;
      return;
    }
    if (typeof input === "string" && input !== "" && existing?.numberFormat === "@") {
      existing.value = input;
      existing.formula = null;
      return;
    }
    // Empty input into an empty cell leaves no cell behind (it would be pruned at once).
    if (input === "" && !existing) return;
    const cell = existing ?? sheet.ensureCell(r, c);
    const parsed = parseInput(input, cell.numberFormat === "@");
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    sheet.pruneCell(r, c);
  }

  /**
   * Write a 2-D block (values or formulas) at `rect`; a scalar fills the whole range.
   * Afterwards a table directly above grows to absorb rows written just below its body.
   */
  writeInput(sheet: Sheet, rect: Rect, input: unknown, what: string): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const block = toBlock(input, rows, cols, what);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) this.inputCell(sheet, rect.r0 + i, rect.c0 + j, block(i, j));
    this.growTables(sheet, rect);
    this.emit(sheet, rect, "RangeEdited");
  }

  setNumberFormat(sheet: Sheet, rect: Rect, input: unknown): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const block = toBlock(input, rows, cols, "numberFormat");
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const f = block(i, j);
        if (f === null || f === undefined) continue;
        const format = f === "General" || f === "" ? null : String(f);
        const existing = sheet.cell(rect.r0 + i, rect.c0 + j);
        // Setting General on a cell that does not exist changes nothing (no cell is left behind).
        if (!existing && format === null) continue;
        const cell = existing ?? sheet.ensureCell(rect.r0 + i, rect.c0 + j);
        cell.numberFormat = format;
        if (format === null) sheet.pruneCell(rect.r0 + i, rect.c0 + j);
      }
  }

  setCellFormat(
    sheet: Sheet,
    rect: Rect,
    patch: Partial<Pick<StoredCell, "fill" | "bold" | "italic" | "fontColor">>
  ): void {
    forEachCell(rect, (r, c) => {
      Object.assign(sheet.ensureCell(r, c), patch);
      sheet.pruneCell(r, c);
    });
  }

  /** Range.clear(applyTo): "All" (default), "Contents", "Formats". */
  clear(sheet: Sheet, rect: Rect, applyTo = "All"): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (!contents && !formats && applyTo !== "Hyperlinks" && applyTo !== "RemoveHyperlinks") {
      fail("InvalidArgument", `Bad applyTo '${applyTo}'.`);
    }
    for (const [r, c, cell] of [...sheet.entries()]) {
      if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
      if (contents) {
        cell.value = null;
        cell.formula = null;
      }
      if (formats) {
        cell.numberFormat = null;
        cell.fill = null;
        cell.bold = false;
        cell.italic = false;
        cell.fontColor = null;
      }
      sheet.pruneCell(r, c);
    }
    if (contents) this.emit(sheet, rect, "RangeEdited");
  }

  usedRect(sheet: Sheet, valuesOnly = false): Rect | null {
    let out: Rect | null = null;
    // Over the map itself (not entries()): the preview's grid asks this on every draw.
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && cell.value === null && cell.formula === null) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (!out) out = { r0: r, c0: c, r1: r, c1: c };
      else {
        out.r0 = Math.min(out.r0, r);
        out.c0 = Math.min(out.c0, c);
        out.r1 = Math.max(out.r1, r);
        out.c1 = Math.max(out.c1, c);
      }
    }
    for (const t of this.tables) {
      if (t.sheet !== sheet || valuesOnly) continue;
      const tr = t.rect;
      out = out
        ? {
            r0: Math.min(out.r0, tr.r0),
            c0: Math.min(out.c0, tr.c0),
            r1: Math.max(out.r1, tr.r1),
            c1: Math.max(out.c1, tr.c1),
          }
        : { ...tr };
    }
    return out;
  }

  // ---- tables ---------------------------------------------------------------------------

  findTable(nameOrId: string): TableModel | undefined {
    const lower = String(nameOrId).toLowerCase();
    return this.tables.find((t) => t.id === String(nameOrId) || t.name.toLowerCase() === lower);
  }

  table(nameOrId: string): TableModel {
    return (
      this.findTable(nameOrId) ?? fail("ItemNotFound", `The table '${nameOrId}' does not exist.`)
    );
  }

  /** `id` is given only when replaying a table another co-author added. */
  addTable(sheet: Sheet, rect: Rect, hasHeaders: boolean, name?: string, id?: string): TableModel {
    let r = { ...rect };
    if (!hasHeaders) {
      // Excel inserts a header row: here we place it directly above when that row is free,
      // otherwise the first row of the range becomes the header row.
      if (r.r0 > 0) r = { ...r, r0: r.r0 - 1 };
    }
    if (r.r1 === r.r0) r.r1 = r.r0 + 1; // a table always has at least one body row
    if (r.r1 >= MAX_ROWS) fail("InvalidArgument", "The table does not fit on the sheet.");
    for (const t of this.tables) {
      if (t.sheet === sheet && intersects(t.rect, r))
        fail("InvalidOperation", "A table can't overlap another table.");
    }
    if (name !== undefined) this.checkTableName(name, null);
    else {
      let n = this.nextTable;
      while (this.findTable(`Table${n}`)) n++;
      name = `Table${n}`;
    }
    const t = new TableModel(id ?? String(this.nextTable++), name, sheet, r.r0, r.c0, r.r1, r.c1);
    t.columnIds = Array.from({ length: t.columnCount }, () => String(this.nextColumn++));
    // Header cells must hold unique text names.
    const seen = new Set<string>();
    for (let i = 0; i < t.columnCount; i++) {
      const cell = sheet.cell(t.headerRow, t.c0 + i);
      let base =
        cell && cell.value !== null && cell.value !== "" && hasHeaders
          ? String(this.valueAt(sheet, t.headerRow, t.c0 + i))
          : `Column${i + 1}`;
      let nm = base;
      let k = 2;
      while (seen.has(nm.toLowerCase())) nm = `${base}${k++}`;
      base = nm;
      seen.add(nm.toLowerCase());
      const hc = sheet.ensureCell(t.headerRow, t.c0 + i);
      hc.value = nm;
      hc.formula = null;
    }
    this.tables.push(t);
    this.emit(sheet, t.rect, "TableAdded", t);
    return t;
  }

  checkTableName(name: string, self: TableModel | null): void {
    if (
      typeof name !== "string" ||
      !TABLE_NAME_RE.test(name) ||
      parseRect(name) ||
      /^[rc]$/i.test(name) ||
      name.length > 255
    ) {
      fail("InvalidArgument", `'${name}' is not a valid table name.`);
    }
    const other = this.findTable(name);
    if (other && other !== self)
      fail("ItemAlreadyExists", `A table named '${name}' already exists.`);
  }

  renameTable(t: TableModel, name: string): void {
    if (t.name === name) return;
    this.checkTableName(name, t);
    t.name = name;
    this.emit(t.sheet, null, "TableRenamed", t);
  }

  deleteTable(t: TableModel, keepCells: boolean): void {
    this.tables.splice(this.tables.indexOf(t), 1);
    if (!keepCells) this.clear(t.sheet, t.rect, "All");
    this.emit(t.sheet, t.rect, "TableDeleted", t);
  }

  /**
   * Excel's auto-expansion: values written on the row(s) directly below a body, within its columns,
   * join the table — when the writer's Excel has AutoCorrect's "Include new rows and columns in
   * table" on and the table has no total row. With strictTableGrowth, also only when no data
   * validation covers part of a column below it (Microsoft's co-authoring guidance).
   */
  private growTables(sheet: Sheet, rect: Rect): void {
    if (this.profile.autoExpandTables === false) return;
    for (const t of this.tables) {
      if (t.sheet !== sheet || t.showTotals) continue;
      if (rect.r0 !== t.lastRow + 1 || rect.c0 < t.c0 || rect.c1 > t.c1) continue;
      let any = false;
      for (let r = rect.r0; r <= rect.r1 && !any; r++)
        for (let c = rect.c0; c <= rect.c1 && !any; c++) {
          const cell = sheet.cell(r, c);
          if (cell && (cell.value !== null || cell.formula !== null)) any = true;
        }
      if (!any) continue;
      const blocked = this.tables.some(
        (o) => o !== t && o.sheet === sheet && intersects(o.rect, { ...rect, c0: t.c0, c1: t.c1 })
      );
      if (blocked) continue;
      const below = { ...rect, c0: t.c0, c1: t.c1 };
      const partialValidation =
        this.profile.strictTableGrowth !== false &&
        sheet.validations.some(
          (v) => intersects(v.rect, below) && !(v.rect.r0 === 0 && v.rect.r1 === MAX_ROWS - 1)
        );
      if (partialValidation) continue;
      // Validation that covered a whole column of the body grows with it.
      for (const v of sheet.validations)
        if (
          v.rect.r0 <= t.headerRow + 1 &&
          v.rect.r1 === t.lastRow &&
          v.rect.c0 >= t.c0 &&
          v.rect.c1 <= t.c1
        )
          v.rect = { ...v.rect, r1: rect.r1 };
      t.lastRow = rect.r1;
    }
  }

  /** Table.showTotals: the total row takes the row below the body (cells there move down a row). */
  setShowTotals(t: TableModel, show: boolean): void {
    if (t.showTotals === show) return;
    const row = t.lastRow + 1;
    if (show) {
      if (row >= MAX_ROWS) fail("InvalidOperation", "The total row does not fit on the sheet.");
      let occupied = false;
      for (let c = t.c0; c <= t.c1; c++) if (t.sheet.cell(row, c)) occupied = true;
      if (occupied) this.shiftDown(t.sheet, row, t.c0, t.c1, 1, t);
      t.showTotals = true;
      // Excel's default total row: a label in the first column, the sum of the last one.
      const label = t.sheet.ensureCell(row, t.c0);
      label.value = "Total";
      label.formula = null;
      if (t.columnCount > 1) {
        const sum = t.sheet.ensureCell(row, t.c1);
        sum.value = null;
        sum.formula = `=SUBTOTAL(109,${t.name}[${t.columnName(t.columnCount - 1)}])`;
      }
    } else {
      t.showTotals = false;
      this.clear(t.sheet, { r0: row, c0: t.c0, r1: row, c1: t.c1 }, "All");
    }
    this.emit(t.sheet, { r0: row, c0: t.c0, r1: row, c1: t.c1 }, "RangeEdited", t);
  }

  /**
   * TableColumnCollection.add at the end of a table: the table takes the column to its right, with
   * `name` as its header (Excel's "ColumnN" when none or taken). Not modelled: adding a column where
   * cells to the right, on the table's rows, hold something (Excel would shift them): refused.
   */
  addTableColumn(t: TableModel, name: string | null, id?: string): number {
    const c = t.c1 + 1;
    if (c >= MAX_COLS) fail("InvalidOperation", "The column does not fit on the sheet.");
    const { r0, r1 } = t.rect;
    for (let r = r0; r <= r1; r++) {
      const cell = t.sheet.cell(r, c);
      if (cell && (cell.value !== null || cell.formula !== null))
        fail("NotImplemented", "The simulator does not shift cells right of a table.");
    }
    if (
      this.tables.some(
        (o) => o !== t && o.sheet === t.sheet && intersects(o.rect, { r0, r1, c0: c, c1: c })
      )
    )
      fail("InvalidOperation", "A table can't overlap another table.");
    const taken = new Set(t.columnNames().map((n) => n.toLowerCase()));
    let header = name && name.trim() !== "" ? name : `Column${t.columnCount + 1}`;
    for (let k = 2; taken.has(header.toLowerCase()); k++) header = `${name || "Column"}${k}`;
    t.c1 = c;
    t.columnIds.push(id ?? String(this.nextColumn++));
    const hc = t.sheet.ensureCell(t.headerRow, c);
    hc.value = header;
    hc.formula = null;
    this.emit(t.sheet, { r0, c0: c, r1, c1: c }, "ColumnInserted", t);
    return c - t.c0;
  }

  /** Insert `count` empty rows into a table at body index `index` (default: at the end). Shifts cells below down. */
  insertTableRows(t: TableModel, index: number | null, count: number): Rect {
    const at = index === null || index === undefined ? t.rowCount : index;
    if (at < 0 || at > t.rowCount) fail("InvalidArgument", "The row index is out of range.");
    const firstRow = t.headerRow + 1 + at;
    this.shiftDown(t.sheet, firstRow, t.c0, t.c1, count, t);
    t.lastRow += count;
    const rect = { r0: firstRow, c0: t.c0, r1: firstRow + count - 1, c1: t.c1 };
    this.emit(t.sheet, rect, "RowInserted", t);
    return rect;
  }

  private shiftDown(
    sheet: Sheet,
    fromRow: number,
    c0: number,
    c1: number,
    n: number,
    self: TableModel | null
  ): void {
    for (const o of this.tables) {
      if (o === self || o.sheet !== sheet || o.rect.r1 < fromRow) continue;
      if (o.c0 < c0 || o.c1 > c1) {
        if (o.c1 >= c0 && o.c0 <= c1)
          fail("InvalidOperation", "This operation would shift cells of another table.");
        continue;
      }
      o.headerRow += n;
      o.lastRow += n;
    }
    const moved: [number, number, StoredCell][] = [];
    for (const [r, c, cell] of [...sheet.entries()]) {
      if (r >= fromRow && c >= c0 && c <= c1) {
        sheet.cells.delete(key(r, c));
        moved.push([r + n, c, cell]);
      }
    }
    for (const [r, c, cell] of moved) if (r < MAX_ROWS) sheet.cells.set(key(r, c), cell);
  }

  /**
   * Range.delete("Up"): remove the cells of `rect` and shift the cells below (in the same columns) up.
   * Whole table rows deleted from a body shrink the table; cutting a table partially is refused like Excel does.
   */
  deleteUp(sheet: Sheet, rect: Rect): void {
    const n = rect.r1 - rect.r0 + 1;
    const touched: TableModel[] = [];
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      const tr = t.rect;
      const colsCovered = rect.c0 <= t.c0 && rect.c1 >= t.c1;
      const colsOverlap = rect.c0 <= t.c1 && rect.c1 >= t.c0;
      if (!colsOverlap) continue;
      if (intersects(tr, rect)) {
        if (!colsCovered)
          fail(
            "InvalidOperation",
            "This operation is not allowed: it would shift cells in a table."
          );
        if (rect.r0 <= t.headerRow) {
          if (contains(rect, tr)) continue; // the whole table goes
          fail("InvalidOperation", "The header row of a table can't be deleted this way.");
        }
        if (t.showTotals && rect.r1 > t.lastRow)
          fail("InvalidOperation", "The total row of a table can't be deleted this way.");
        touched.push(t);
      } else if (t.headerRow > rect.r1 && !colsCovered) {
        fail("InvalidOperation", "This operation is not allowed: it would shift cells in a table.");
      }
    }
    // Tables entirely inside the deleted block disappear.
    for (const t of [...this.tables])
      if (t.sheet === sheet && contains(rect, t.rect))
        this.tables.splice(this.tables.indexOf(t), 1);
    for (const [r, c] of [...sheet.entries()]) {
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1)
        sheet.cells.delete(key(r, c));
    }
    const moved: [number, number, StoredCell][] = [];
    for (const [r, c, cell] of [...sheet.entries()]) {
      if (r > rect.r1 && c >= rect.c0 && c <= rect.c1) {
        sheet.cells.delete(key(r, c));
        moved.push([r - n, c, cell]);
      }
    }
    for (const [r, c, cell] of moved) sheet.cells.set(key(r, c), cell);
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      if (touched.includes(t)) {
        const lo = Math.max(rect.r0, t.headerRow + 1);
        const hi = Math.min(rect.r1, t.lastRow);
        const removed = hi >= lo ? hi - lo + 1 : 0;
        t.lastRow -= removed;
        if (t.lastRow <= t.headerRow) t.lastRow = t.headerRow + 1; // keeps one empty body row, as Excel does
      } else if (t.headerRow > rect.r1 && rect.c0 <= t.c0 && rect.c1 >= t.c1) {
        t.headerRow -= n;
        t.lastRow -= n;
      }
    }
    // Data validation areas in the shifted columns move too (areas crossing the column span are left as they are).
    for (const v of [...sheet.validations]) {
      if (v.rect.c0 < rect.c0 || v.rect.c1 > rect.c1) continue;
      if (v.rect.r0 > rect.r1) {
        v.rect = { ...v.rect, r0: v.rect.r0 - n, r1: v.rect.r1 - n };
      } else if (v.rect.r1 >= rect.r0) {
        const keepAbove = Math.max(0, rect.r0 - v.rect.r0);
        const keepBelow = Math.max(0, v.rect.r1 - rect.r1);
        if (keepAbove + keepBelow === 0) sheet.validations.splice(sheet.validations.indexOf(v), 1);
        else
          v.rect = {
            ...v.rect,
            r0: Math.min(v.rect.r0, rect.r0),
            r1: Math.min(v.rect.r0, rect.r0) + keepAbove + keepBelow - 1,
          };
      }
    }
    this.emit(sheet, rect, "RowDeleted", touched[0]);
  }

  // ---- data validation ------------------------------------------------------------------

  setValidation(sheet: Sheet, rect: Rect, rule: ListValidationRule | null): void {
    const keep: ValidationArea[] = [];
    for (const v of sheet.validations) {
      if (!intersects(v.rect, rect)) keep.push(v);
      else for (const piece of subtract(v.rect, rect)) keep.push({ rect: piece, rule: v.rule });
    }
    if (rule) keep.push({ rect: { ...rect }, rule });
    sheet.validations.splice(0, sheet.validations.length, ...keep);
  }

  validationAt(sheet: Sheet, rect: Rect): ListValidationRule | null | "mixed" {
    const hits = sheet.validations.filter((v) => intersects(v.rect, rect));
    if (hits.length === 0) return null;
    if (hits.length === 1 && contains(hits[0].rect, rect)) return hits[0].rule;
    const first = JSON.stringify(hits[0].rule);
    return hits.every((h) => JSON.stringify(h.rule) === first) ? hits[0].rule : "mixed";
  }

  // ---- charts ---------------------------------------------------------------------------

  addChart(sheet: Sheet, chartType: string, source: Rect, seriesBy: string): ChartModel {
    const n = this.nextChart++;
    const chart: ChartModel = {
      id: `{CHART-${String(n).padStart(4, "0")}}`,
      name: `Chart ${n}`,
      chartType,
      seriesBy: seriesBy ?? "Auto",
      source: { ...source },
      title: null,
      position: null,
    };
    sheet.charts.push(chart);
    return chart;
  }
}

// ---- helpers --------------------------------------------------------------------------------

function refError(): never {
  throw new FormulaError("#REF!");
}

function validateSheetName(name: string): void {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name)
  ) {
    fail("InvalidArgument", `'${name}' is not a valid worksheet name.`);
  }
}

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Excel's interpretation of typed input. */
export function parseInput(
  input: unknown,
  textFormat: boolean
): { value: CellValue | null; formula: string | null } {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", "Numbers must be finite.");
    return { value: input, formula: null };
  }
  if (typeof input === "boolean") return { value: input, formula: null };
  if (typeof input !== "string")
    fail("InvalidArgument", `Unsupported cell value of type ${typeof input}.`);
  if (input === "") return { value: null, formula: null };
  if (textFormat) return { value: input, formula: null };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(input))
    return { value: Number(input), formula: null };
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1)
    return { value: null, formula: `=${input}` };
  if (input.startsWith("@") && input.length > 1)
    return { value: null, formula: `=${input.slice(1)}` };
  if (/^true$/i.test(input)) return { value: true, formula: null };
  if (/^false$/i.test(input)) return { value: false, formula: null };
  void NUMBER_RE;
  return { value: input, formula: null };
}

/** Normalise an Office-style input (2-D array of exact size, or a single value for every cell). */
export function toBlock(
  input: unknown,
  rows: number,
  cols: number,
  what: string
): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    const got = `${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"}`;
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: expected ${rows}x${cols}, got ${got}).`
    );
  }
  return (i, j) => (input[i] as unknown[])[j];
}

export function forEachCell(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
}

export function mapRect<T>(rect: Rect, fn: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

/** rect a minus rect b, as up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.r0 < b.r0) out.push({ r0: a.r0, r1: b.r0 - 1, c0: a.c0, c1: a.c1 });
  if (a.r1 > b.r1) out.push({ r0: b.r1 + 1, r1: a.r1, c0: a.c0, c1: a.c1 });
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  if (a.c0 < b.c0) out.push({ r0, r1, c0: a.c0, c1: b.c0 - 1 });
  if (a.c1 > b.c1) out.push({ r0, r1, c0: b.c1 + 1, c1: a.c1 });
  return out;
}

export { cellAddress };
