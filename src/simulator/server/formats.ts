// Excel.RangeFormat, RangeFill and RangeFont: column widths, fill colour, bold, italic, font colour.
import { fail } from "../errors";
import { Workbook } from "../workbook";
import { Obj } from "./objects";
import { RangeObj, displayText } from "./ranges";

export class RangeFormatObj extends Obj {
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
            displayText(
              this.wb.valueAt(sheet, r, c),
              this.wb.numberFormatAt(sheet, r, c),
              this.wb.date1904
            ).length
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
export function normColor(v: unknown): string | null {
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

export function uniform<T>(range: RangeObj, fn: (r: number, c: number) => T): T | null {
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

export class FillObj extends Obj {
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

export class FontObj extends Obj {
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
