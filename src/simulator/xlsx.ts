// Save a simulated workbook as a real .xlsx with exceljs: sheets, values, formulas (kept as text so
// Excel/LibreOffice recalculate them), number formats, fills/bold, real Excel tables (same names,
// ranges and headers, so structured references resolve), list data validation and frozen panes.
// Charts are not written (exceljs cannot create charts).
import ExcelJS from "exceljs";
import { MAX_ROWS, cellAddress } from "./address";
import type { Workbook } from "./workbook";

const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();

type XValue = ExcelJS.CellValue;

function cellValue(wb: Workbook, sheetName: string, r: number, c: number): XValue {
  const sheet = wb.sheet(sheetName);
  const cell = sheet.cell(r, c);
  if (!cell) return null;
  if (cell.formula !== null) {
    // No cached result: the file asks for a full recalculation on load (fullCalcOnLoad).
    return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

/** Returns a Buffer in Node, an ArrayBuffer in a browser. */
export async function saveXlsx(wb: Workbook): Promise<Buffer | ArrayBuffer> {
  const out = new ExcelJS.Workbook();
  out.calcProperties.fullCalcOnLoad = true;
  out.properties.date1904 = wb.date1904;
  for (const sheet of wb.sheets) {
    const ws = out.addWorksheet(sheet.name, {
      state:
        sheet.visibility === "Visible"
          ? "visible"
          : sheet.visibility === "Hidden"
            ? "hidden"
            : "veryHidden",
      views:
        sheet.frozenRows || sheet.frozenColumns
          ? [
              {
                state: "frozen",
                ySplit: sheet.frozenRows,
                xSplit: sheet.frozenColumns,
                topLeftCell: cellAddress(sheet.frozenRows, sheet.frozenColumns),
              },
            ]
          : [],
    });
    // Tables first: exceljs writes a table's header and rows into the cells itself.
    for (const t of wb.tables.filter((x) => x.sheet === sheet)) {
      const rows: XValue[][] = [];
      for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
        const row: XValue[] = [];
        for (let c = t.c0; c <= t.c1; c++) row.push(cellValue(wb, sheet.name, r, c));
        rows.push(row);
      }
      ws.addTable({
        name: t.name,
        ref: cellAddress(t.headerRow, t.c0),
        headerRow: true,
        totalsRow: false,
        style: {
          theme: t.style as ExcelJS.TableStyleProperties["theme"],
          showRowStripes: t.showBandedRows,
        },
        columns: t.columnNames().map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
    for (const [r, c, cell] of sheet.entries()) {
      const x = ws.getCell(r + 1, c + 1);
      const v = cellValue(wb, sheet.name, r, c);
      if (v !== null) x.value = v;
      if (cell.numberFormat) x.numFmt = cell.numberFormat;
      if (cell.fill)
        x.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
      if (cell.bold || cell.italic || cell.fontColor) {
        x.font = {
          bold: cell.bold || undefined,
          italic: cell.italic || undefined,
          color: cell.fontColor ? { argb: argb(cell.fontColor) } : undefined,
        };
      }
    }
    for (const [c, w] of sheet.columnWidths)
      ws.getColumn(c + 1).width = Math.max(1, Math.round((w / 7) * 100) / 100);
    const used = wb.usedRect(sheet);
    for (const v of sheet.validations) {
      // exceljs keys validations by cell and squeezes them back into ranges; cap whole-column rules.
      const r1 = Math.min(v.rect.r1, Math.max(used ? used.r1 : 0, v.rect.r0) + 1000, MAX_ROWS - 1);
      const source = v.rule.list.source;
      const formula = source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
      const alert = v.rule.errorAlert;
      for (let r = v.rect.r0; r <= r1; r++)
        for (let c = v.rect.c0; c <= v.rect.c1; c++) {
          ws.getCell(r + 1, c + 1).dataValidation = {
            type: "list",
            allowBlank: true,
            showErrorMessage: alert ? alert.showAlert : true,
            formulae: [formula],
            ...(alert
              ? {
                  errorStyle: alert.style.toLowerCase() as "stop" | "warning" | "information",
                  errorTitle: alert.title,
                  error: alert.message,
                }
              : {}),
          };
        }
    }
  }
  const data = (await out.xlsx.writeBuffer()) as ArrayBuffer;
  return typeof Buffer !== "undefined" ? Buffer.from(data) : data;
}
