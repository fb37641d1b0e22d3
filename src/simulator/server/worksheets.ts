// Excel.WorksheetCollection, Excel.Worksheet and its frozen panes.
import { MAX_COLS, MAX_ROWS, rectAddress } from "../address";
import { fail } from "../errors";
import { type PageSetup, Sheet, Workbook } from "../workbook";
import { ChartsObj } from "./charts";
import { Collection, Obj, checkSheetAlive, checkedRect } from "./objects";
import { RangeObj } from "./ranges";
import { TablesObj } from "./tables";
import { WorkbookObj } from "./workbook";

export class WorksheetsObj extends Collection {
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

export class WorksheetObj extends Obj {
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
      case "PageLayout":
        return new PageLayoutObj(this.wb, this.sheet);
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
        this.wb.activations++;
        return null;
      case "Delete":
        this.wb.deleteSheet(s);
        return null;
    }
    return super.call(name, args);
  }
}

export class FreezePanesObj extends Obj {
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

/** Excel.PageLayout: orientation, zoom (fit to pages), print area and print titles. */
export class PageLayoutObj extends Obj {
  readonly type = "PageLayout";
  constructor(
    wb: Workbook,
    readonly sheet: Sheet
  ) {
    super(wb);
  }
  override scalars() {
    return ["Orientation", "Zoom"];
  }
  override get(name: string): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "Orientation":
        return s.pageSetup.orientation;
      case "Zoom":
        return { ...s.pageSetup.zoom };
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const s = checkSheetAlive(this.wb, this.sheet);
    switch (name) {
      case "Orientation":
        if (value !== "Portrait" && value !== "Landscape")
          fail("InvalidArgument", `'${String(value)}' is not a page orientation.`);
        s.pageSetup.orientation = value;
        return;
      case "Zoom": {
        const zoom = (value ?? {}) as PageSetup["zoom"];
        const scale = zoom.scale;
        if (scale !== undefined && scale !== null && (scale < 10 || scale > 400))
          fail("InvalidArgument", "The print scale must be between 10 and 400.");
        s.pageSetup.zoom = { ...zoom };
        return;
      }
    }
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    const s = checkSheetAlive(this.wb, this.sheet);
    const text = (arg: unknown) =>
      arg instanceof RangeObj ? rectAddress(arg.rect) : String(arg ?? "");
    switch (name) {
      case "SetPrintArea": {
        const areas = text(args[0]);
        // Each area must be an address on this sheet (Excel refuses anything else).
        for (const area of areas.split(",")) this.wb.resolveAddress(area.trim(), s);
        s.pageSetup.printArea = areas;
        return null;
      }
      case "SetPrintTitleRows":
        s.pageSetup.printTitleRows = text(args[0]);
        return null;
      case "SetPrintTitleColumns":
        s.pageSetup.printTitleColumns = text(args[0]);
        return null;
    }
    return super.call(name, args);
  }
}
