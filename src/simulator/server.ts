// Executes Office.js RichApi requests ({ Actions, ObjectPaths }) against a simulated Workbook and
// answers in the shape the Excel JS client library consumes. Environment-neutral (no Node APIs).
import { MAX_COLS, MAX_ROWS, Rect, colToLetters, qualifiedAddress, rectAddress } from "./address";
import { SimError, fail } from "./errors";
import { ListValidationRule, Sheet, TableModel, Workbook, mapRect } from "./workbook";

/** Excel on the web's payload limit for one request and one response: 5 MB, taken as 5 * 1024 * 1024 bytes of UTF-8 JSON. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

// RichApi enums (from the client library): ActionType and ObjectPathType.
export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  EnsureUnchanged: 6,
  QueryAsJson: 7,
  Update: 9,
} as const;
export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}
interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
  ObjectState?: Record<string, unknown>;
}
export interface RichApiRequest {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RichApiResponse {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: {
    Code: string;
    Message: string;
    HttpStatusCode: number;
    Location?: string;
    ActionIndex?: number;
  };
}

// ---- server-side objects ----------------------------------------------------------------------

abstract class Obj {
  abstract readonly type: string;
  readonly isCollection: boolean = false;
  constructor(readonly wb: Workbook) {}
  /** Identity the client library uses to build indexer paths (Id / id / _Id). */
  id(): string | undefined {
    return undefined;
  }
  scalars(): string[] {
    return [];
  }
  get(name: string): unknown {
    return fail("NotImplemented", `The simulator does not implement ${this.type}.${name}.`);
  }
  set(name: string, value: unknown): void {
    void value;
    fail("NotImplemented", `The simulator cannot set ${this.type}.${name}.`);
  }
  nav(name: string): Obj {
    return fail("NotImplemented", `The simulator does not implement ${this.type}.${name}.`);
  }
  call(name: string, args: unknown[]): unknown {
    void args;
    return fail("NotImplemented", `The simulator does not implement ${this.type}.${name}().`);
  }
  index(args: unknown[]): Obj {
    void args;
    return fail("NotImplemented", `${this.type} has no indexer.`);
  }
  items(): Obj[] {
    return [];
  }
}

/** Stands in for the `*OrNullObject` results that found nothing, and everything reached through them. */
class NullObj extends Obj {
  readonly type = "NullObject";
}

abstract class Collection extends Obj {
  override readonly isCollection = true;
  override get(name: string): unknown {
    if (name === "Count") return this.items().length;
    return super.get(name);
  }
  override scalars(): string[] {
    return ["Count"];
  }
  protected common(name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetCount":
        return this.items().length;
      case "GetItemAt": {
        const i = Number(args[0]);
        const it = this.items();
        if (!Number.isInteger(i) || i < 0 || i >= it.length)
          fail("ItemNotFound", `There is no item at index ${args[0]}.`);
        return it[i];
      }
      case "GetItem":
        return this.index(args);
      case "GetItemOrNullObject":
        try {
          return this.index(args);
        } catch (e) {
          if (e instanceof SimError && e.code === "ItemNotFound") return null;
          throw e;
        }
    }
    return super.call(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    return this.common(name, args);
  }
}

class WorkbookObj extends Obj {
  readonly type = "Workbook";
  override scalars() {
    return ["Name", "ReadOnly"];
  }
  override get(name: string) {
    if (name === "Name") return "Workbook.xlsx";
    if (name === "ReadOnly") return false;
    return super.get(name);
  }
  override nav(name: string): Obj {
    if (name === "Worksheets") return new WorksheetsObj(this.wb);
    if (name === "Tables") return new TablesObj(this.wb, null);
    return super.nav(name);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetActiveWorksheet" || name === "GetActiveCell" || name === "GetSelectedRange") {
      const sheet = this.wb.activeSheetId ? this.wb.findSheet(this.wb.activeSheetId) : undefined;
      if (!sheet) fail("ItemNotFound", "There is no active worksheet.");
      if (name === "GetActiveWorksheet") return new WorksheetObj(this.wb, sheet);
      const sel =
        this.wb.selection && this.wb.selection.sheetId === sheet.id
          ? this.wb.selection.rect
          : { r0: 0, c0: 0, r1: 0, c1: 0 };
      return new RangeObj(
        this.wb,
        sheet,
        name === "GetActiveCell" ? { r0: sel.r0, c0: sel.c0, r1: sel.r0, c1: sel.c0 } : sel
      );
    }
    return super.call(name, args);
  }
}

class WorksheetsObj extends Collection {
  readonly type = "WorksheetCollection";
  override scalars() {
    return [];
  }
  override items(): Obj[] {
    return this.wb.sheets.map((s) => new WorksheetObj(this.wb, s));
  }
  override get(name: string): unknown {
    return Obj.prototype.get.call(this, name);
  }
  override index(args: unknown[]): Obj {
    return new WorksheetObj(this.wb, this.wb.sheet(String(args[0])));
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "Add":
        return new WorksheetObj(this.wb, this.wb.addSheet(args[0] as string | undefined));
      case "GetActiveWorksheet":
        return new WorkbookObj(this.wb).call("GetActiveWorksheet", []);
      case "GetFirst":
      case "GetLast": {
        const visible = (args[0] as boolean)
          ? this.wb.sheets.filter((s) => s.visibility === "Visible")
          : this.wb.sheets;
        const s = name === "GetFirst" ? visible[0] : visible[visible.length - 1];
        if (!s) fail("ItemNotFound", "No worksheet.");
        return new WorksheetObj(this.wb, s);
      }
      case "GetCount": {
        const visibleOnly = args[0] as boolean;
        return visibleOnly
          ? this.wb.sheets.filter((s) => s.visibility === "Visible").length
          : this.wb.sheets.length;
      }
    }
    return this.common(name, args);
  }
}

function checkSheetAlive(wb: Workbook, sheet: Sheet): Sheet {
  if (!wb.sheets.includes(sheet))
    fail("ItemNotFound", `The worksheet '${sheet.name}' no longer exists.`);
  return sheet;
}

class WorksheetObj extends Obj {
  readonly type = "Worksheet";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet
  ) {
    super(wb);
  }
  override id() {
    return this.sheet.id;
  }
  override scalars() {
    return [
      "Id",
      "Name",
      "Position",
      "Visibility",
      "TabColor",
      "StandardWidth",
      "StandardHeight",
      "ShowGridlines",
      "ShowHeadings",
    ];
  }
  override get(name: string): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "Id":
        return s.id;
      case "Name":
        return s.name;
      case "Position":
        return this.wb.sheets.indexOf(s);
      case "Visibility":
        return s.visibility;
      case "TabColor":
        return s.tabColor;
      case "StandardWidth":
        return 8.43;
      case "StandardHeight":
        return 15;
      case "ShowGridlines":
      case "ShowHeadings":
        return true;
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "Name":
        return this.wb.renameSheet(s, String(value));
      case "Position":
        return this.wb.moveSheet(s, Number(value));
      case "Visibility":
        return this.wb.setVisibility(s, value as "Visible");
      case "TabColor":
        s.tabColor = String(value ?? "");
        return;
      case "ShowGridlines":
      case "ShowHeadings":
        return;
    }
    super.set(name, value);
  }
  override nav(name: string): Obj {
    switch (name) {
      case "Tables":
        return new TablesObj(this.wb, this.sheet);
      case "Charts":
        return new ChartsObj(this.wb, this.sheet);
      case "FreezePanes":
        return new FreezePanesObj(this.wb, this.sheet);
    }
    return super.nav(name);
  }
  override call(name: string, args: unknown[]): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "GetRange": {
        if (args[0] === undefined || args[0] === null || args[0] === "")
          return new RangeObj(this.wb, s, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 });
        const { rect } = this.wb.resolveAddress(String(args[0]), s);
        return new RangeObj(this.wb, s, rect);
      }
      case "GetRangeByIndexes": {
        const [r, c, rc, cc] = args.map(Number);
        return new RangeObj(this.wb, s, checkedRect(r, c, r + rc - 1, c + cc - 1));
      }
      case "GetCell": {
        const [r, c] = args.map(Number);
        return new RangeObj(this.wb, s, checkedRect(r, c, r, c));
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const used = this.wb.usedRect(s, Boolean(args[0]));
        if (!used)
          return name === "GetUsedRange"
            ? new RangeObj(this.wb, s, { r0: 0, c0: 0, r1: 0, c1: 0 })
            : null;
        return new RangeObj(this.wb, s, used);
      }
      case "Activate":
        if (s.visibility !== "Visible")
          fail("InvalidOperation", "A hidden worksheet can't be activated.");
        this.wb.activeSheetId = s.id;
        return null;
      case "Delete":
        this.wb.deleteSheet(s);
        return null;
    }
    return super.call(name, args);
  }
}

function checkedRect(r0: number, c0: number, r1: number, c1: number): Rect {
  if (
    ![r0, c0, r1, c1].every(Number.isInteger) ||
    r0 < 0 ||
    c0 < 0 ||
    r1 < r0 ||
    c1 < c0 ||
    r1 >= MAX_ROWS ||
    c1 >= MAX_COLS
  ) {
    fail("InvalidArgument", "The range would be outside the worksheet or empty.");
  }
  return { r0, c0, r1, c1 };
}

class FreezePanesObj extends Obj {
  readonly type = "WorksheetFreezePanes";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet
  ) {
    super(wb);
  }
  override call(name: string, args: unknown[]): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "FreezeRows":
        s.frozenRows = args[0] === undefined || args[0] === null ? 1 : Number(args[0]);
        s.frozenColumns = 0;
        return null;
      case "FreezeColumns":
        s.frozenColumns = args[0] === undefined || args[0] === null ? 1 : Number(args[0]);
        s.frozenRows = 0;
        return null;
      case "FreezeAt": {
        const target =
          args[0] instanceof RangeObj
            ? args[0].rect
            : this.wb.resolveAddress(String(args[0]), s).rect;
        s.frozenRows = target.r1 + 1;
        s.frozenColumns = target.c1 + 1;
        return null;
      }
      case "Unfreeze":
        s.frozenRows = 0;
        s.frozenColumns = 0;
        return null;
      case "GetLocationOrNullObject":
      case "GetLocation":
        if (!s.frozenRows && !s.frozenColumns) {
          if (name === "GetLocation") fail("ItemNotFound", "No frozen panes.");
          return null;
        }
        return new RangeObj(this.wb, s, {
          r0: 0,
          c0: 0,
          r1: s.frozenRows ? s.frozenRows - 1 : MAX_ROWS - 1,
          c1: s.frozenColumns ? s.frozenColumns - 1 : MAX_COLS - 1,
        });
    }
    return super.call(name, args);
  }
}

class RangeObj extends Obj {
  readonly type = "Range";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet,
    readonly rect: Rect
  ) {
    super(wb);
  }
  get rows() {
    return this.rect.r1 - this.rect.r0 + 1;
  }
  get cols() {
    return this.rect.c1 - this.rect.c0 + 1;
  }
  override scalars() {
    return [
      "Address",
      "AddressLocal",
      "CellCount",
      "ColumnCount",
      "ColumnIndex",
      "Formulas",
      "FormulasLocal",
      "NumberFormat",
      "NumberFormatLocal",
      "RowCount",
      "RowIndex",
      "Text",
      "Values",
      "ValueTypes",
      "IsEntireColumn",
      "IsEntireRow",
      "Hidden",
    ];
  }
  override get(name: string): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    const r = this.rect;
    switch (name) {
      case "Address":
      case "AddressLocal":
        return qualifiedAddress(s.name, r);
      case "CellCount":
        return this.rows * this.cols;
      case "ColumnCount":
        return this.cols;
      case "RowCount":
        return this.rows;
      case "ColumnIndex":
        return r.c0;
      case "RowIndex":
        return r.r0;
      case "IsEntireColumn":
        return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
      case "IsEntireRow":
        return r.c0 === 0 && r.c1 === MAX_COLS - 1;
      case "Hidden":
        return false;
      case "Values":
        return this.grid((rr, cc) => this.wb.valueAt(s, rr, cc));
      case "Formulas":
      case "FormulasLocal":
        return this.grid((rr, cc) => this.wb.formulaAt(s, rr, cc));
      case "NumberFormat":
      case "NumberFormatLocal":
        return this.grid((rr, cc) => this.wb.numberFormatAt(s, rr, cc));
      case "Text":
        return this.grid((rr, cc) =>
          displayText(this.wb.valueAt(s, rr, cc), this.wb.numberFormatAt(s, rr, cc))
        );
      case "ValueTypes":
        return this.grid((rr, cc) => {
          const v = this.wb.valueAt(s, rr, cc);
          return v === ""
            ? "Empty"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : "String";
        });
    }
    return super.get(name);
  }
  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    if (this.rows * this.cols > 5_000_000)
      fail("ResponsePayloadSizeLimitExceeded", "The range is too large to return.");
    return mapRect(this.rect, fn);
  }
  override set(name: string, value: unknown): void {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "Values":
      case "Formulas":
      case "FormulasLocal":
        return this.wb.writeInput(s, this.rect, value, name.toLowerCase());
      case "NumberFormat":
      case "NumberFormatLocal":
        return this.wb.setNumberFormat(s, this.rect, value);
    }
    super.set(name, value);
  }
  override nav(name: string): Obj {
    switch (name) {
      case "Format":
        return new RangeFormatObj(this.wb, this);
      case "Worksheet":
        return new WorksheetObj(this.wb, this.sheet);
      case "DataValidation":
        return new DataValidationObj(this.wb, this);
    }
    return super.nav(name);
  }
  private sub(r0: number, c0: number, r1: number, c1: number): RangeObj {
    return new RangeObj(this.wb, this.sheet, checkedRect(r0, c0, r1, c1));
  }
  override call(name: string, args: unknown[]): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    const r = this.rect;
    const n = args.map((a) => Number(a));
    switch (name) {
      case "GetCell":
        return this.sub(r.r0 + n[0], r.c0 + n[1], r.r0 + n[0], r.c0 + n[1]);
      case "GetRow":
        if (n[0] < 0 || n[0] >= this.rows)
          fail("InvalidArgument", "The row index is out of range.");
        return this.sub(r.r0 + n[0], r.c0, r.r0 + n[0], r.c1);
      case "GetColumn":
        if (n[0] < 0 || n[0] >= this.cols)
          fail("InvalidArgument", "The column index is out of range.");
        return this.sub(r.r0, r.c0 + n[0], r.r1, r.c0 + n[0]);
      case "GetRowsAbove":
        return this.sub(r.r0 - (n[0] || 1), r.c0, r.r0 - 1, r.c1);
      case "GetRowsBelow":
        return this.sub(r.r1 + 1, r.c0, r.r1 + (n[0] || 1), r.c1);
      case "GetLastRow":
        return this.sub(r.r1, r.c0, r.r1, r.c1);
      case "GetLastColumn":
        return this.sub(r.r0, r.c1, r.r1, r.c1);
      case "GetLastCell":
        return this.sub(r.r1, r.c1, r.r1, r.c1);
      case "GetResizedRange":
        return this.sub(r.r0, r.c0, r.r1 + n[0], r.c1 + n[1]);
      case "GetOffsetRange":
        return this.sub(r.r0 + n[0], r.c0 + n[1], r.r1 + n[0], r.c1 + n[1]);
      case "GetAbsoluteResizedRange":
        return this.sub(r.r0, r.c0, r.r0 + n[0] - 1, r.c0 + n[1] - 1);
      case "GetEntireRow":
        return this.sub(r.r0, 0, r.r1, MAX_COLS - 1);
      case "GetEntireColumn":
        return this.sub(0, r.c0, MAX_ROWS - 1, r.c1);
      case "GetBoundingRect":
      case "GetIntersection":
      case "GetIntersectionOrNullObject": {
        const o =
          args[0] instanceof RangeObj
            ? args[0].rect
            : this.wb.resolveAddress(String(args[0]), s).rect;
        if (name === "GetBoundingRect")
          return this.sub(
            Math.min(r.r0, o.r0),
            Math.min(r.c0, o.c0),
            Math.max(r.r1, o.r1),
            Math.max(r.c1, o.c1)
          );
        const x = {
          r0: Math.max(r.r0, o.r0),
          c0: Math.max(r.c0, o.c0),
          r1: Math.min(r.r1, o.r1),
          c1: Math.min(r.c1, o.c1),
        };
        if (x.r0 > x.r1 || x.c0 > x.c1) {
          if (name === "GetIntersection") fail("ItemNotFound", "The ranges don't intersect.");
          return null;
        }
        return this.sub(x.r0, x.c0, x.r1, x.c1);
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const u = this.wb.usedRect(s, Boolean(args[0]));
        const x = u && {
          r0: Math.max(r.r0, u.r0),
          c0: Math.max(r.c0, u.c0),
          r1: Math.min(r.r1, u.r1),
          c1: Math.min(r.c1, u.c1),
        };
        if (!x || x.r0 > x.r1 || x.c0 > x.c1) {
          if (name === "GetUsedRange") fail("ItemNotFound", "The range is empty.");
          return null;
        }
        return this.sub(x.r0, x.c0, x.r1, x.c1);
      }
      case "Delete": {
        const shift = args[0] === undefined ? "Up" : String(args[0]);
        if (shift !== "Up")
          fail(
            "NotImplemented",
            `The simulator only implements Range.delete("Up"), not "${shift}".`
          );
        this.wb.deleteUp(s, r);
        return null;
      }
      case "Clear":
        this.wb.clear(s, r, args[0] === undefined || args[0] === null ? "All" : String(args[0]));
        return null;
      case "_ValidateArraySize":
        // Sent by the library before a large 2-D write: the array must match the range.
        if (n[0] !== this.rows || n[1] !== this.cols)
          fail(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
        return null;
      case "Select":
        this.wb.activeSheetId = s.id;
        this.wb.selection = { sheetId: s.id, rect: { ...r } };
        return null;
      case "Activate":
        this.wb.activeSheetId = s.id;
        return null;
    }
    return super.call(name, args);
  }
}

function displayText(v: unknown, format: string): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const m = /^0(?:\.(0+))?$/.exec(format);
    if (m) return v.toFixed(m[1] ? m[1].length : 0);
    const g = /^#,##0(?:\.(0+))?$/.exec(format);
    if (g)
      return v.toLocaleString("en-US", {
        minimumFractionDigits: g[1]?.length ?? 0,
        maximumFractionDigits: g[1]?.length ?? 0,
      });
    if (format === "0%") return `${Math.round(v * 100)}%`;
    return String(v);
  }
  return String(v ?? "");
}

class RangeFormatObj extends Obj {
  readonly type = "RangeFormat";
  constructor(
    wb: Workbook,
    readonly range: RangeObj
  ) {
    super(wb);
  }
  override scalars() {
    return ["ColumnWidth", "RowHeight", "WrapText", "HorizontalAlignment", "VerticalAlignment"];
  }
  override get(name: string): unknown {
    const { sheet, rect } = this.range;
    switch (name) {
      case "ColumnWidth": {
        const w = sheet.columnWidths.get(rect.c0) ?? 64;
        for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 1000); c++)
          if ((sheet.columnWidths.get(c) ?? 64) !== w) return null;
        return w;
      }
      case "RowHeight":
        return 15;
      case "WrapText":
        return false;
      case "HorizontalAlignment":
        return "General";
      case "VerticalAlignment":
        return "Bottom";
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const { sheet, rect } = this.range;
    switch (name) {
      case "ColumnWidth": {
        const w = Number(value);
        if (!(w >= 0)) fail("InvalidArgument", "Bad column width.");
        for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, w);
        return;
      }
      case "RowHeight":
      case "WrapText":
      case "HorizontalAlignment":
      case "VerticalAlignment":
        return; // accepted, not stored
    }
    super.set(name, value);
  }
  override nav(name: string): Obj {
    if (name === "Fill") return new FillObj(this.wb, this.range);
    if (name === "Font") return new FontObj(this.wb, this.range);
    return super.nav(name);
  }
  override call(name: string, args: unknown[]): unknown {
    const { sheet, rect } = this.range;
    if (name === "AutofitColumns") {
      // Width from the longest displayed text in each column, in points (about 7 px per character + padding).
      const top = Math.max(rect.r0, 0);
      const used = this.wb.usedRect(sheet, true);
      const r1 = used ? Math.min(rect.r1, used.r1) : top;
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 200); c++) {
        let longest = 0;
        for (let r = top; r <= r1; r++)
          longest = Math.max(
            longest,
            displayText(this.wb.valueAt(sheet, r, c), this.wb.numberFormatAt(sheet, r, c)).length
          );
        sheet.columnWidths.set(c, longest === 0 ? 64 : Math.round(longest * 7 + 10));
      }
      return null;
    }
    if (name === "AutofitRows") return null;
    return super.call(name, args);
  }
}

/** Office colours come back as "#RRGGBB"; named colours are converted for the common ones. */
const NAMED: Record<string, string> = {
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};
function normColor(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  const s = String(v).trim();
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(s))
    return (
      "#" +
      s
        .slice(1)
        .split("")
        .map((ch) => ch + ch)
        .join("")
    ).toUpperCase();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  fail("InvalidArgument", `'${s}' is not a colour the simulator understands.`);
}

function uniform<T>(range: RangeObj, fn: (r: number, c: number) => T): T | null {
  const { rect } = range;
  let first: T | undefined;
  let n = 0;
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = fn(r, c);
      if (n++ === 0) first = v;
      else if (v !== first) return null;
      if (n > 100000) return first as T;
    }
  return first as T;
}

class FillObj extends Obj {
  readonly type = "RangeFill";
  constructor(
    wb: Workbook,
    readonly range: RangeObj
  ) {
    super(wb);
  }
  override scalars() {
    return ["Color"];
  }
  override get(name: string) {
    if (name === "Color")
      return uniform(this.range, (r, c) => this.range.sheet.cell(r, c)?.fill ?? "#FFFFFF");
    return super.get(name);
  }
  override set(name: string, value: unknown) {
    if (name === "Color")
      return this.wb.setCellFormat(this.range.sheet, this.range.rect, { fill: normColor(value) });
    super.set(name, value);
  }
  override call(name: string, args: unknown[]) {
    if (name === "Clear") {
      this.wb.setCellFormat(this.range.sheet, this.range.rect, { fill: null });
      return null;
    }
    return super.call(name, args);
  }
}

class FontObj extends Obj {
  readonly type = "RangeFont";
  constructor(
    wb: Workbook,
    readonly range: RangeObj
  ) {
    super(wb);
  }
  override scalars() {
    return ["Bold", "Italic", "Color", "Name", "Size"];
  }
  override get(name: string) {
    const cell = (r: number, c: number) => this.range.sheet.cell(r, c);
    switch (name) {
      case "Bold":
        return uniform(this.range, (r, c) => cell(r, c)?.bold ?? false);
      case "Italic":
        return uniform(this.range, (r, c) => cell(r, c)?.italic ?? false);
      case "Color":
        return uniform(this.range, (r, c) => cell(r, c)?.fontColor ?? "#000000");
      case "Name":
        return "Calibri";
      case "Size":
        return 11;
    }
    return super.get(name);
  }
  override set(name: string, value: unknown) {
    const { sheet, rect } = this.range;
    switch (name) {
      case "Bold":
        return this.wb.setCellFormat(sheet, rect, { bold: Boolean(value) });
      case "Italic":
        return this.wb.setCellFormat(sheet, rect, { italic: Boolean(value) });
      case "Color":
        return this.wb.setCellFormat(sheet, rect, { fontColor: normColor(value) });
      case "Name":
      case "Size":
        return;
    }
    super.set(name, value);
  }
}

class DataValidationObj extends Obj {
  readonly type = "DataValidation";
  constructor(
    wb: Workbook,
    readonly range: RangeObj
  ) {
    super(wb);
  }
  override scalars() {
    return ["Type", "Rule", "IgnoreBlanks", "Valid"];
  }
  override get(name: string) {
    const rule = this.wb.validationAt(this.range.sheet, this.range.rect);
    switch (name) {
      case "Type":
        return rule === null ? "None" : rule === "mixed" ? "Inconsistent" : "List";
      case "Rule":
        return rule === null || rule === "mixed" ? {} : { list: { ...rule.list } };
      case "IgnoreBlanks":
        return true;
      case "Valid": {
        if (rule === null) return true;
        if (rule === "mixed") return null;
        const allowed = rule.list.source.split(",").map((x) => x.trim().toLowerCase());
        const { sheet, rect } = this.range;
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++) {
            const v = this.wb.valueAt(sheet, r, c);
            if (v !== "" && !allowed.includes(String(v).toLowerCase())) return false;
          }
        return true;
      }
    }
    return super.get(name);
  }
  override set(name: string, value: unknown) {
    if (name === "IgnoreBlanks") return;
    if (name === "Rule") {
      const v = value as { list?: { inCellDropDown?: boolean; source?: unknown } } | null;
      if (!v || typeof v !== "object" || !v.list || v.list.source === undefined) {
        fail(
          "NotImplemented",
          "The simulator only implements list data validation rules ({ list: { inCellDropDown, source } })."
        );
      }
      let source = v.list.source;
      if (source instanceof RangeObj)
        source = `=${qualifiedAddress(source.sheet.name, source.rect)}`;
      if (typeof source !== "string" || source === "")
        fail("InvalidArgument", "The list source must be a non-empty string.");
      const rule: ListValidationRule = {
        list: { inCellDropDown: v.list.inCellDropDown !== false, source },
      };
      this.wb.setValidation(this.range.sheet, this.range.rect, rule);
      return;
    }
    super.set(name, value);
  }
  override call(name: string, args: unknown[]) {
    if (name === "Clear") {
      this.wb.setValidation(this.range.sheet, this.range.rect, null);
      return null;
    }
    return super.call(name, args);
  }
}

class TablesObj extends Collection {
  readonly type = "TableCollection";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet | null
  ) {
    super(wb);
  }
  private list(): TableModel[] {
    if (this.sheet) checkSheetAlive(this.wb, this.sheet);
    return this.wb.tables.filter((t) => !this.sheet || t.sheet === this.sheet);
  }
  override items(): Obj[] {
    return this.list().map((t) => new TableObj(this.wb, t));
  }
  override index(args: unknown[]): Obj {
    const key = String(args[0]);
    const t = this.list().find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase());
    if (!t)
      fail(
        "ItemNotFound",
        `The table '${key}' does not exist${this.sheet ? ` on worksheet '${this.sheet.name}'` : ""}.`
      );
    return new TableObj(this.wb, t);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "Add") {
      let sheet: Sheet;
      let rect: Rect;
      if (args[0] instanceof RangeObj) {
        sheet = args[0].sheet;
        rect = args[0].rect;
        if (this.sheet && sheet !== this.sheet)
          fail("InvalidArgument", "The range is on another worksheet.");
      } else {
        ({ sheet, rect } = this.wb.resolveAddress(String(args[0]), this.sheet));
      }
      return new TableObj(this.wb, this.wb.addTable(sheet, rect, Boolean(args[1])));
    }
    return this.common(name, args);
  }
}

function checkTableAlive(wb: Workbook, t: TableModel): TableModel {
  if (!wb.tables.includes(t)) fail("ItemNotFound", `The table '${t.name}' no longer exists.`);
  return t;
}

class TableObj extends Obj {
  readonly type = "Table";
  constructor(
    wb: Workbook,
    readonly t: TableModel
  ) {
    super(wb);
  }
  override id() {
    return this.t.id;
  }
  override scalars() {
    return [
      "Id",
      "Name",
      "ShowHeaders",
      "ShowTotals",
      "Style",
      "ShowBandedRows",
      "ShowBandedColumns",
      "ShowFilterButton",
      "HighlightFirstColumn",
      "HighlightLastColumn",
      "LegacyId",
    ];
  }
  override get(name: string): unknown {
    const t = checkTableAlive(this.wb, this.t);
    switch (name) {
      case "Id":
        return t.id;
      case "LegacyId":
        return t.id;
      case "Name":
        return t.name;
      case "ShowHeaders":
      case "ShowFilterButton":
        return true;
      case "ShowTotals":
      case "ShowBandedColumns":
      case "HighlightFirstColumn":
      case "HighlightLastColumn":
        return false;
      case "ShowBandedRows":
        return t.showBandedRows;
      case "Style":
        return t.style;
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const t = checkTableAlive(this.wb, this.t);
    switch (name) {
      case "Name":
        return this.wb.renameTable(t, String(value));
      case "Style":
        t.style = String(value);
        return;
      case "ShowBandedRows":
        t.showBandedRows = Boolean(value);
        return;
      case "ShowHeaders":
      case "ShowFilterButton":
        if (value !== true)
          fail("NotImplemented", `The simulator keeps table headers and filter buttons shown.`);
        return;
      case "ShowTotals":
        if (value !== false)
          fail("NotImplemented", "The simulator does not implement table total rows.");
        return;
      case "ShowBandedColumns":
      case "HighlightFirstColumn":
      case "HighlightLastColumn":
        return;
    }
    super.set(name, value);
  }
  override nav(name: string): Obj {
    checkTableAlive(this.wb, this.t);
    switch (name) {
      case "Worksheet":
        return new WorksheetObj(this.wb, this.t.sheet);
      case "Columns":
        return new TableColumnsObj(this.wb, this.t);
      case "Rows":
        return new TableRowsObj(this.wb, this.t);
    }
    return super.nav(name);
  }
  override call(name: string, args: unknown[]): unknown {
    const t = checkTableAlive(this.wb, this.t);
    switch (name) {
      case "GetRange":
        return new RangeObj(this.wb, t.sheet, t.rect);
      case "GetHeaderRowRange":
        return new RangeObj(this.wb, t.sheet, t.headerRect);
      case "GetDataBodyRange":
        return new RangeObj(this.wb, t.sheet, t.bodyRect);
      case "GetTotalRowRange":
        return fail("InvalidOperation", "The table has no total row.");
      case "Delete":
        this.wb.deleteTable(t, false);
        return null;
      case "ConvertToRange":
        this.wb.deleteTable(t, true);
        return new RangeObj(this.wb, t.sheet, t.rect);
      case "ClearFilters":
      case "ReapplyFilters":
        return null;
    }
    return super.call(name, args);
  }
}

class TableColumnsObj extends Collection {
  readonly type = "TableColumnCollection";
  constructor(
    wb: Workbook,
    readonly t: TableModel
  ) {
    super(wb);
  }
  override items(): Obj[] {
    checkTableAlive(this.wb, this.t);
    return this.t.columnIds.map((_, i) => new TableColumnObj(this.wb, this.t, this.t.columnIds[i]));
  }
  override index(args: unknown[]): Obj {
    const t = checkTableAlive(this.wb, this.t);
    const key = args[0];
    let i = t.columnIds.indexOf(String(key));
    if (i < 0 && typeof key === "string")
      i = t.columnNames().findIndex((n) => n.toLowerCase() === key.toLowerCase());
    if (i < 0)
      fail("ItemNotFound", `The column '${String(key)}' does not exist in table '${t.name}'.`);
    return new TableColumnObj(this.wb, t, t.columnIds[i]);
  }
}

class TableColumnObj extends Obj {
  readonly type = "TableColumn";
  constructor(
    wb: Workbook,
    readonly t: TableModel,
    readonly colId: string
  ) {
    super(wb);
  }
  override id() {
    return this.colId;
  }
  private get i(): number {
    checkTableAlive(this.wb, this.t);
    const i = this.t.columnIds.indexOf(this.colId);
    if (i < 0) fail("ItemNotFound", "The table column no longer exists.");
    return i;
  }
  private rect(r0: number, r1: number): Rect {
    const c = this.t.c0 + this.i;
    return { r0, c0: c, r1, c1: c };
  }
  override scalars() {
    return ["Id", "Index", "Name", "Values"];
  }
  override get(name: string): unknown {
    switch (name) {
      case "Id":
        return this.colId;
      case "Index":
        return this.i;
      case "Name":
        return this.t.columnName(this.i);
      case "Values":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.lastRow)).get(
          "Values"
        );
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === "Name") {
      const others = this.t.columnNames().filter((_, j) => j !== this.i);
      if (others.some((n) => n.toLowerCase() === String(value).toLowerCase()))
        fail("InvalidArgument", "Column names must be unique.");
      const cell = this.t.sheet.ensureCell(this.t.headerRow, this.t.c0 + this.i);
      cell.value = String(value);
      cell.formula = null;
      this.wb.emit(
        this.t.sheet,
        this.rect(this.t.headerRow, this.t.headerRow),
        "RangeEdited",
        this.t
      );
      return;
    }
    if (name === "Values")
      return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.lastRow)).set(
        "Values",
        value
      );
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetRange":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.lastRow));
      case "GetDataBodyRange":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow + 1, this.t.lastRow));
      case "GetHeaderRowRange":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.headerRow));
    }
    return super.call(name, args);
  }
}

class TableRowsObj extends Collection {
  readonly type = "TableRowCollection";
  constructor(
    wb: Workbook,
    readonly t: TableModel
  ) {
    super(wb);
  }
  override items(): Obj[] {
    const t = checkTableAlive(this.wb, this.t);
    return Array.from({ length: t.rowCount }, (_, i) => new TableRowObj(this.wb, t, i));
  }
  override index(args: unknown[]): Obj {
    return this.common("GetItemAt", args) as Obj;
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "Add") {
      // Implemented for completeness; co-authoring guidance is to append below the body instead.
      const t = checkTableAlive(this.wb, this.t);
      const values = args[1];
      const count = Array.isArray(values) && Array.isArray(values[0]) ? values.length : 1;
      const index = args[0] === null || args[0] === undefined ? null : Number(args[0]);
      const rect = this.wb.insertTableRows(t, index, count);
      if (values !== undefined && values !== null)
        this.wb.writeInput(
          t.sheet,
          rect,
          Array.isArray(values) && Array.isArray(values[0]) ? values : [values],
          "values"
        );
      return new TableRowObj(this.wb, t, rect.r0 - t.headerRow - 1);
    }
    return this.common(name, args);
  }
}

class TableRowObj extends Obj {
  readonly type = "TableRow";
  constructor(
    wb: Workbook,
    readonly t: TableModel,
    readonly i: number
  ) {
    super(wb);
  }
  private range(): RangeObj {
    const t = checkTableAlive(this.wb, this.t);
    if (this.i >= t.rowCount) fail("ItemNotFound", "The table row no longer exists.");
    const r = t.headerRow + 1 + this.i;
    return new RangeObj(this.wb, t.sheet, { r0: r, c0: t.c0, r1: r, c1: t.c1 });
  }
  override scalars() {
    return ["Index", "Values"];
  }
  override get(name: string): unknown {
    if (name === "Index") return this.i;
    if (name === "Values") return this.range().get("Values");
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === "Values") return this.range().set("Values", value);
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetRange") return this.range();
    if (name === "Delete") {
      const r = this.range();
      this.wb.deleteUp(r.sheet, r.rect);
      return null;
    }
    return super.call(name, args);
  }
}

class ChartsObj extends Collection {
  readonly type = "ChartCollection";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet
  ) {
    super(wb);
  }
  override items(): Obj[] {
    checkSheetAlive(this.wb, this.sheet);
    return this.sheet.charts.map((c) => new ChartObj(this.wb, this.sheet, c.id));
  }
  override index(args: unknown[]): Obj {
    const key = String(args[0]);
    const c = this.sheet.charts.find(
      (x) => x.id === key || x.name.toLowerCase() === key.toLowerCase()
    );
    if (!c) fail("ItemNotFound", `The chart '${key}' does not exist.`);
    return new ChartObj(this.wb, this.sheet, c.id);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "Add") {
      const src = args[1];
      if (!(src instanceof RangeObj)) fail("InvalidArgument", "The chart source must be a Range.");
      const chart = this.wb.addChart(
        this.sheet,
        String(args[0]),
        src.rect,
        args[2] === undefined ? "Auto" : String(args[2])
      );
      return new ChartObj(this.wb, this.sheet, chart.id);
    }
    return this.common(name, args);
  }
}

class ChartObj extends Obj {
  readonly type = "Chart";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet,
    readonly chartId: string
  ) {
    super(wb);
  }
  override id() {
    return this.chartId;
  }
  model() {
    const c = this.sheet.charts.find((x) => x.id === this.chartId);
    if (!c) fail("ItemNotFound", "The chart no longer exists.");
    return c;
  }
  override scalars() {
    return ["Id", "Name", "ChartType", "Height", "Width", "Top", "Left"];
  }
  override get(name: string): unknown {
    const c = this.model();
    switch (name) {
      case "Id":
        return c.id;
      case "Name":
        return c.name;
      case "ChartType":
        return c.chartType;
      case "Height":
        return 216;
      case "Width":
        return 360;
      case "Top":
      case "Left":
        return 0;
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const c = this.model();
    switch (name) {
      case "Name":
        c.name = String(value);
        return;
      case "ChartType":
        c.chartType = String(value);
        return;
      case "Height":
      case "Width":
      case "Top":
      case "Left":
        return;
    }
    super.set(name, value);
  }
  override nav(name: string): Obj {
    if (name === "Title") return new ChartTitleObj(this.wb, this);
    if (name === "Worksheet") return new WorksheetObj(this.wb, this.sheet);
    return super.nav(name);
  }
  override call(name: string, args: unknown[]): unknown {
    const c = this.model();
    switch (name) {
      case "SetPosition": {
        const addr = (a: unknown) =>
          a instanceof RangeObj
            ? rectAddress(a.rect)
            : a === undefined || a === null
              ? null
              : String(a);
        c.position = { start: addr(args[0]) ?? "A1", end: addr(args[1]) };
        return null;
      }
      case "Delete":
        this.sheet.charts.splice(this.sheet.charts.indexOf(c), 1);
        return null;
      case "Activate":
        return null;
      case "SetData":
        if (args[0] instanceof RangeObj) c.source = { ...args[0].rect };
        return null;
    }
    return super.call(name, args);
  }
}

class ChartTitleObj extends Obj {
  readonly type = "ChartTitle";
  constructor(
    wb: Workbook,
    readonly chart: ChartObj
  ) {
    super(wb);
  }
  override scalars() {
    return ["Text", "Visible"];
  }
  override get(name: string) {
    const c = this.chart.model();
    if (name === "Text") return c.title ?? "";
    if (name === "Visible") return c.title !== null;
    return super.get(name);
  }
  override set(name: string, value: unknown) {
    const c = this.chart.model();
    if (name === "Text") {
      c.title = String(value ?? "");
      return;
    }
    if (name === "Visible") {
      if (!value) c.title = null;
      else if (c.title === null) c.title = "";
      return;
    }
    super.set(name, value);
  }
}

// ---- query serialisation ----------------------------------------------------------------------

const pascal = (s: string) => (s.startsWith("_") ? s : s.charAt(0).toUpperCase() + s.slice(1));

function serialize(obj: Obj, select: string[] | undefined, top?: number, skip?: number): unknown {
  if (obj instanceof NullObj) return null;
  const all = !select || select.length === 0 || select.includes("*");
  const out: Record<string, unknown> = {};
  const own = obj.scalars();
  const groups = new Map<string, string[]>();
  const names: string[] = [];
  if (!all) {
    for (const path of select!) {
      const [head, ...rest] = path.split("/");
      const p = pascal(head);
      if (rest.length === 0) names.push(p);
      else groups.set(p, [...(groups.get(p) ?? []), rest.join("/")]);
    }
  }
  if (obj.isCollection) {
    const itemNames: string[] = [];
    for (const n of names) {
      if (own.includes(n)) out[n] = obj.get(n);
      else itemNames.push(n);
    }
    const itemPaths = [
      ...itemNames.map((n) => n),
      ...[...groups].flatMap(([h, rs]) => rs.map((r) => `${h}/${r}`)),
    ];
    if (all || itemPaths.length > 0 || (names.length === 0 && groups.size === 0)) {
      let items = obj.items();
      if (skip) items = items.slice(skip);
      if (top !== undefined && top !== null) items = items.slice(0, top);
      out._Items = items.map((it) => serialize(it, all ? undefined : itemPaths));
    }
    return out;
  }
  const id = obj.id();
  if (id !== undefined) out.Id = id;
  for (const n of all ? own : names) out[n] = obj.get(n);
  for (const [h, rest] of groups) out[h] = serialize(resolveNav(obj, h), rest);
  return out;
}

function resolveNav(obj: Obj, name: string): Obj {
  if (obj instanceof NullObj) return obj;
  return obj.nav(name);
}

// ---- request execution ------------------------------------------------------------------------

export interface ExecuteOptions {
  /** Client id that made the request (recorded as the origin of its changes). */
  clientId: string;
  payloadLimitBytes?: number;
  /** Reference ids handed to this client (objects without an Id, e.g. ranges, used across syncs). */
  references?: ReferenceTable;
}

/** Objects handed out by `_ReferenceId`, so that a Range loaded in one sync can be used in the next. */
export class ReferenceTable {
  private next = 1;
  private readonly map = new Map<string, unknown>();
  add(obj: unknown): string {
    const id = `ref${this.next++}`;
    this.map.set(id, obj);
    return id;
  }
  get(id: string): unknown {
    return this.map.get(id);
  }
  remove(id: string): void {
    this.map.delete(id);
  }
  get size(): number {
    return this.map.size;
  }
}

export interface ExecuteResult {
  response: RichApiResponse;
  /** Serialized response body (what goes over the wire). */
  body: string;
}

/** Execute one serialized RichApi request body and return the serialized response body. */
export function executeRequestBody(
  wb: Workbook,
  requestBody: string,
  options: ExecuteOptions
): ExecuteResult {
  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const requestBytes = utf8Length(requestBody);
  if (requestBytes > limit) {
    const response = errorResponse(
      "RequestPayloadSizeLimitExceeded",
      `The request payload (${requestBytes} bytes) exceeds the limit of ${limit} bytes.`,
      413
    );
    return { response, body: JSON.stringify(response) };
  }
  const request = JSON.parse(requestBody) as RichApiRequest;
  const response = wb.withOrigin(options.clientId, () =>
    executeRequest(wb, request, options.references)
  );
  let body = JSON.stringify(response);
  const responseBytes = utf8Length(body);
  if (responseBytes > limit) {
    const err = errorResponse(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload (${responseBytes} bytes) exceeds the limit of ${limit} bytes.`,
      413
    );
    body = JSON.stringify(err);
    return { response: err, body };
  }
  return { response, body };
}

function errorResponse(
  code: string,
  message: string,
  status = 400,
  actionIndex?: number
): RichApiResponse {
  const Error: RichApiResponse["Error"] = { Code: code, Message: message, HttpStatusCode: status };
  if (actionIndex !== undefined) Error.ActionIndex = actionIndex;
  return { Error };
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Execute a parsed RichApi request. Actions run in order; the first failure stops the batch (earlier effects stay, as in Excel). */
export function executeRequest(
  wb: Workbook,
  request: RichApiRequest,
  references: ReferenceTable = new ReferenceTable()
): RichApiResponse {
  const paths = request.ObjectPaths ?? {};
  const resolved = new Map<number, Obj>();
  const root = new WorkbookObj(wb);

  const resolveArgs = (info: ArgumentInfo | undefined): unknown[] => {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds;
    if (refs) refs.forEach((id, i) => id && (args[i] = resolvePath(id)));
    return args;
  };

  const asObj = (v: unknown): Obj =>
    v === null || v === undefined
      ? new NullObj(wb)
      : v instanceof Obj
        ? v
        : fail("InvalidArgument", "Expected an object.");

  const resolvePath = (id: number): Obj => {
    const cached = resolved.get(id);
    if (cached) return cached;
    const info = paths[String(id)];
    if (!info) fail("InvalidArgument", `Unknown object path ${id}.`);
    let obj: Obj;
    switch (info.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        obj = root;
        break;
      case ObjectPathType.NullObject:
        obj = new NullObj(wb);
        break;
      case ObjectPathType.Property: {
        const parent = resolvePath(info.ParentObjectPathId!);
        obj = parent instanceof NullObj ? parent : parent.nav(info.Name);
        break;
      }
      case ObjectPathType.Indexer: {
        const parent = resolvePath(info.ParentObjectPathId!);
        obj = parent instanceof NullObj ? parent : parent.index(resolveArgs(info.ArgumentInfo));
        break;
      }
      case ObjectPathType.Method: {
        const parent = resolvePath(info.ParentObjectPathId!);
        obj =
          parent instanceof NullObj
            ? parent
            : asObj(parent.call(info.Name, resolveArgs(info.ArgumentInfo)));
        break;
      }
      case ObjectPathType.ReferenceId: {
        const ref = references.get(info.Name);
        if (!(ref instanceof Obj))
          fail("InvalidReference", `The reference '${info.Name}' is not valid for this client.`);
        obj = ref;
        break;
      }
      default:
        return fail(
          "NotImplemented",
          `Object path type ${info.ObjectPathType} is not implemented.`
        );
    }
    resolved.set(id, obj);
    return obj;
  };

  const results: { ActionId: number; Value: unknown }[] = [];
  for (let ai = 0; ai < request.Actions.length; ai++) {
    const action = request.Actions[ai];
    try {
      const target = resolvePath(action.ObjectPathId);
      switch (action.ActionType) {
        case ActionType.Instantiate: {
          if (target instanceof NullObj) {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          const id = target.id();
          const pathType = paths[String(action.ObjectPathId)]?.ObjectPathType;
          let value: Record<string, unknown> = {};
          if (id !== undefined) value = { Id: id };
          else if (pathType === ObjectPathType.Method)
            value = { _ReferenceId: references.add(target) };
          results.push({ ActionId: action.Id, Value: value });
          break;
        }
        case ActionType.Query:
        case ActionType.QueryAsJson: {
          const q = action.QueryInfo ?? {};
          results.push({ ActionId: action.Id, Value: serialize(target, q.Select, q.Top, q.Skip) });
          break;
        }
        case ActionType.SetProperty: {
          if (target instanceof NullObj) break;
          const [value] = resolveArgs(action.ArgumentInfo);
          target.set(action.Name, value);
          break;
        }
        case ActionType.Method: {
          if (target instanceof NullObj) {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          if (action.Name === "_KeepReference") {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          if (action.Name === "_RemoveReference") {
            const arg = resolveArgs(action.ArgumentInfo)[0];
            for (const refId of Array.isArray(arg) ? arg : [arg]) references.remove(String(refId));
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          const v = target.call(action.Name, resolveArgs(action.ArgumentInfo));
          results.push({
            ActionId: action.Id,
            Value: v instanceof Obj ? serialize(v, []) : v === undefined ? null : v,
          });
          break;
        }
        case ActionType.Update: {
          if (target instanceof NullObj) break;
          applyUpdate(target, action.ObjectState ?? {});
          break;
        }
        case ActionType.Trace:
          results.push({ ActionId: action.Id, Value: null });
          break;
        default:
          fail("NotImplemented", `Action type ${action.ActionType} is not implemented.`);
      }
    } catch (e) {
      if (e instanceof SimError) {
        return {
          Results: results,
          Error: {
            Code: e.code,
            Message: e.message,
            HttpStatusCode: 400,
            ActionIndex: ai,
            Location: "",
          },
        };
      }
      const msg = e instanceof Error ? e.message : String(e);
      return {
        Results: results,
        Error: { Code: "GeneralException", Message: msg, HttpStatusCode: 500, ActionIndex: ai },
      };
    }
  }
  return { Results: results };
}

/** ActionType 9 ("update", used by `obj.set({...})` when the runtime supports it). */
function applyUpdate(obj: Obj, state: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(state)) {
    const name = pascal(k);
    if (v !== null && typeof v === "object" && !Array.isArray(v) && !["Rule"].includes(name))
      applyUpdate(obj.nav(name), v as Record<string, unknown>);
    else obj.set(name, v);
  }
}

export { colToLetters };
