// Excel.TableCollection, Table, its columns and its rows.
import { Rect } from "../address";
import { fail } from "../errors";
import { Sheet, TableModel, Workbook } from "../workbook";
import { Collection, Obj, checkSheetAlive } from "./objects";
import { RangeObj } from "./ranges";
import { WorksheetObj } from "./worksheets";

export class TablesObj extends Collection {
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

export function checkTableAlive(wb: Workbook, t: TableModel): TableModel {
  if (!wb.tables.includes(t)) fail("ItemNotFound", `The table '${t.name}' no longer exists.`);
  return t;
}

export class TableObj extends Obj {
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
        return t.showTotals;
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
        return this.wb.setShowTotals(t, Boolean(value));
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
        return new RangeObj(
          this.wb,
          t.sheet,
          t.totalRect ?? fail("InvalidOperation", "The table has no total row.")
        );
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

export class TableColumnsObj extends Collection {
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
  override call(name: string, args: unknown[]): unknown {
    if (name === "Add") {
      // add(index?, values?, name?): at the end only (an index inside the table is not modelled).
      const t = checkTableAlive(this.wb, this.t);
      const [index, values, header] = args;
      if (index !== null && index !== undefined && Number(index) !== t.columnCount)
        fail("NotImplemented", "The simulator adds table columns at the end only.");
      const at = this.wb.addTableColumn(t, typeof header === "string" ? header : null);
      const column = new TableColumnObj(this.wb, t, t.columnIds[at]);
      if (values !== undefined && values !== null) column.set("Values", values);
      return column;
    }
    return this.common(name, args);
  }
}

export class TableColumnObj extends Obj {
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
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.rect.r1)).get(
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
      return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.rect.r1)).set(
        "Values",
        value
      );
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetRange":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.rect.r1));
      case "GetDataBodyRange":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow + 1, this.t.lastRow));
      case "GetHeaderRowRange":
        return new RangeObj(this.wb, this.t.sheet, this.rect(this.t.headerRow, this.t.headerRow));
      case "GetTotalRowRange": {
        const total = this.t.totalRect ?? fail("InvalidOperation", "The table has no total row.");
        return new RangeObj(this.wb, this.t.sheet, this.rect(total.r0, total.r0));
      }
    }
    return super.call(name, args);
  }
}

export class TableRowsObj extends Collection {
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

export class TableRowObj extends Obj {
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
