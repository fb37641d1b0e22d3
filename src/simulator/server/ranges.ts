// Excel.Range: values, formulas, number formats, text, navigation, delete, clear and select.
import { MAX_COLS, MAX_ROWS, Rect, qualifiedAddress } from "../address";
import { fail } from "../errors";
import { CalendarDate, serialToDate } from "../dates";
import { Sheet, Workbook, mapRect } from "../workbook";
import { RangeFormatObj } from "./formats";
import { Obj, checkSheetAlive, checkedRect } from "./objects";
import { DataValidationObj } from "./validation";
import { WorksheetObj } from "./worksheets";

export class RangeObj extends Obj {
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
          displayText(
            this.wb.valueAt(s, rr, cc),
            this.wb.numberFormatAt(s, rr, cc),
            this.wb.date1904
          )
        );
      case "ValueTypes":
        return this.grid((rr, cc) => this.wb.valueTypeAt(s, rr, cc));
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
        this.wb.activations++;
        this.wb.selection = { sheetId: s.id, rect: { ...r } };
        return null;
      case "Activate":
        this.wb.activeSheetId = s.id;
        this.wb.activations++;
        return null;
    }
    return super.call(name, args);
  }
}

export function displayText(v: unknown, format: string, date1904 = false): string {
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
    if (isDateFormat(format)) return formatDate(serialToDate(v, date1904), format);
    return String(v);
  }
  return String(v ?? "");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Day-month-year number formats such as "yyyy-mm-dd" or "mmm yyyy" (no times). */
const isDateFormat = (format: string) => /y/i.test(format) && !/[0#h]/i.test(format);

function formatDate(date: CalendarDate, format: string): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(date.year);
      case "yy":
        return pad(date.year % 100);
      case "mmmm":
      case "mmm":
        return MONTHS[date.month - 1];
      case "mm":
        return pad(date.month);
      case "m":
        return String(date.month);
      case "dd":
        return pad(date.day);
      default:
        return String(date.day);
    }
  });
}
