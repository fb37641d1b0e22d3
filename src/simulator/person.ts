// What a person does in the sheet by hand: type, delete rows, sort, insert a table, and look.
// Tests and the preview play a co-author with it. Edits are attributed to the workbook's
// co-author id (outside a request), so every connected client sees them as "Remote".
import { MAX_COLS, Rect, rectAddress } from "./address";
import { fail } from "./errors";
import { CellValue, Sheet, StoredCell, TableModel, Workbook, mapRect } from "./workbook";

export class Person {
  constructor(readonly workbook: Workbook) {}

  private at(sheetName: string, address: string): { sheet: Sheet; rect: Rect } {
    return this.workbook.resolveAddress(address, this.workbook.sheet(sheetName));
  }

  /** Type one value into a cell (formula rules apply). Sheet-local address like "B3". */
  setCell(sheetName: string, address: string, value: CellValue | null): void {
    this.setValues(sheetName, address, [[value]]);
  }

  /** Type a block of values starting at `address` (its size is taken from the array). */
  setValues(sheetName: string, address: string, values: (CellValue | null)[][]): void {
    const { sheet, rect } = this.at(sheetName, address);
    const block = {
      r0: rect.r0,
      c0: rect.c0,
      r1: rect.r0 + values.length - 1,
      c1: rect.c0 + (values[0]?.length ?? 1) - 1,
    };
    this.workbook.writeInput(
      sheet,
      block,
      values.map((row) => row.map((v) => (v === null ? "" : v))),
      "values"
    );
  }

  /** Set a range's number format (e.g. "@" for text). */
  setNumberFormat(sheetName: string, address: string, format: string): void {
    const { sheet, rect } = this.at(sheetName, address);
    this.workbook.setNumberFormat(sheet, rect, format);
  }

  /** Computed values of a range (2-D), as the person sees them. */
  getValues(sheetName: string, address: string): CellValue[][] {
    const { sheet, rect } = this.at(sheetName, address);
    return mapRect(rect, (r, c) => this.workbook.valueAt(sheet, r, c));
  }

  /** Formulas (or constants) of a range (2-D), as the formula bar shows them. */
  getFormulas(sheetName: string, address: string): CellValue[][] {
    const { sheet, rect } = this.at(sheetName, address);
    return mapRect(rect, (r, c) => this.workbook.formulaAt(sheet, r, c));
  }

  /** A copy of one cell's stored state (null when the cell is empty and unformatted). */
  getCell(sheetName: string, address: string): StoredCell | null {
    const { sheet, rect } = this.at(sheetName, address);
    const cell = sheet.cell(rect.r0, rect.c0);
    return cell ? { ...cell } : null;
  }

  /** Delete whole worksheet rows, 1-based as shown in Excel (deleteRows("Budget", 5, 2) removes rows 5 and 6). */
  deleteRows(sheetName: string, firstRow: number, count = 1): void {
    const sheet = this.workbook.sheet(sheetName);
    this.workbook.deleteUp(sheet, {
      r0: firstRow - 1,
      c0: 0,
      r1: firstRow - 1 + count - 1,
      c1: MAX_COLS - 1,
    });
  }

  /** Delete one row of a table's body by its zero-based index in the body (right-click > Delete > Table Rows). */
  deleteTableRow(tableName: string, index: number): void {
    const t = this.workbook.table(tableName);
    if (index < 0 || index >= t.rowCount) fail("InvalidArgument", "The row index is out of range.");
    const r = t.headerRow + 1 + index;
    this.workbook.deleteUp(t.sheet, { r0: r, c0: t.c0, r1: r, c1: t.c1 });
  }

  /** Sort a table's body by one column, with the header's filter button. */
  sortTable(tableName: string, column: string, ascending = true): void {
    const wb = this.workbook;
    const t = wb.table(tableName);
    const ci = t.columnNames().findIndex((n) => n.toLowerCase() === column.toLowerCase());
    if (ci < 0) fail("ItemNotFound", `The column '${column}' does not exist.`);
    const sheet = t.sheet;
    const rows: StoredCell[][] = [];
    const keys: CellValue[] = [];
    for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
      const row: StoredCell[] = [];
      for (let c = t.c0; c <= t.c1; c++) row.push(sheet.cell(r, c) ?? sheet.ensureCell(r, c));
      rows.push(row);
      keys.push(wb.valueAt(sheet, r, t.c0 + ci));
    }
    const order = rows
      .map((_, i) => i)
      .sort((a, b) => compareValues(keys[a], keys[b]) * (ascending ? 1 : -1) || a - b);
    order.forEach((src, i) => {
      for (let j = 0; j < t.columnCount; j++) {
        sheet.putCell(t.headerRow + 1 + i, t.c0 + j, rows[src][j]);
        sheet.pruneCell(t.headerRow + 1 + i, t.c0 + j);
      }
    });
    wb.emit(sheet, t.bodyRect, "RangeEdited", t);
  }

  /** Insert > Table over `address` (its first row holds the headers). */
  addTable(sheetName: string, address: string, name?: string): TableModel {
    const { sheet, rect } = this.at(sheetName, address);
    return this.workbook.addTable(sheet, rect, true, name);
  }

  /** Address of a table's whole range, e.g. "Budget!A1:F12". */
  tableAddress(tableName: string): string {
    const t = this.workbook.table(tableName);
    return `${t.sheet.name}!${rectAddress(t.rect)}`;
  }
}

/** A person working in `workbook` by hand. */
export function person(workbook: Workbook): Person {
  return new Person(workbook);
}

/** Excel's sort order: numbers, then text (case-insensitive), then booleans, then blanks. */
function compareValues(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) =>
    typeof v === "number" ? 0 : typeof v === "string" ? (v === "" ? 3 : 1) : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), undefined, { sensitivity: "base" });
}
