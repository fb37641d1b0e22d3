// Excel.ChartCollection, Chart and ChartTitle (stored, not drawn).
import { rectAddress } from "../address";
import { fail } from "../errors";
import { Sheet, Workbook } from "../workbook";
import { Collection, Obj, checkSheetAlive } from "./objects";
import { RangeObj } from "./ranges";
import { WorksheetObj } from "./worksheets";

export class ChartsObj extends Collection {
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

export class ChartObj extends Obj {
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

export class ChartTitleObj extends Obj {
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
