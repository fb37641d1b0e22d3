// Excel.Workbook: the global object, its collections and the active sheet, cell and selection.
import { fail } from "../errors";
import { Obj } from "./objects";
import { RangeObj } from "./ranges";
import { TablesObj } from "./tables";
import { WorksheetObj, WorksheetsObj } from "./worksheets";

export class WorkbookObj extends Obj {
  readonly type = "Workbook";
  override scalars() {
    return ["Name", "ReadOnly", "Use1904DateSystem"];
  }
  override get(name: string) {
    if (name === "Name") return "Workbook.xlsx";
    if (name === "ReadOnly") return false;
    if (name === "Use1904DateSystem") return this.wb.date1904;
    return super.get(name);
  }
  override set(name: string, value: unknown) {
    if (name === "Use1904DateSystem") {
      this.wb.date1904 = Boolean(value);
      return;
    }
    super.set(name, value);
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
