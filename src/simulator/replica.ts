// Copies of a simulated workbook for co-authoring with delay (coauthoring.ts): each participant's
// replica, and the scratch copies replicas are rebuilt on.
import { Sheet, StoredCell, TableModel, Workbook } from "./workbook";

/** A new workbook with the same content; edits on it are attributed to `origin` by default, and it hands out ids from `firstId` on. */
export function cloneWorkbook(src: Workbook, origin: string, firstId?: number): Workbook {
  // The date system is a property of the file: every replica keeps it.
  const wb = new Workbook({ coauthorId: origin, firstId, date1904: src.date1904 });
  copyState(wb, src);
  wb.activeSheetId = src.activeSheetId;
  return wb;
}

const copyCell = (cell: StoredCell): StoredCell => ({ ...cell });

/**
 * Make `target` hold `src`'s shared content (cells, validation, sheets, tables) in place: sheet and
 * table objects keep their identity by id, so a client's references stay valid. What is not shared
 * between co-authors (frozen panes, tab colour, column widths, table style, charts, selection) stays
 * as it is on `target`.
 */
export function copyState(target: Workbook, src: Workbook): void {
  const sheets = src.sheets.map((s) => {
    let sheet = target.sheets.find((x) => x.id === s.id);
    if (!sheet) {
      sheet = new Sheet(s.id, s.name);
      sheet.frozenRows = s.frozenRows;
      sheet.frozenColumns = s.frozenColumns;
      sheet.tabColor = s.tabColor;
      for (const [c, w] of s.columnWidths) sheet.columnWidths.set(c, w);
      sheet.charts.push(...s.charts.map((ch) => ({ ...ch, source: { ...ch.source } })));
    }
    sheet.name = s.name;
    sheet.visibility = s.visibility;
    sheet.cells.clear();
    for (const [k, cell] of s.cells) sheet.cells.set(k, copyCell(cell));
    sheet.validations.splice(
      0,
      sheet.validations.length,
      ...s.validations.map((v) => ({ rect: { ...v.rect }, rule: v.rule }))
    );
    return sheet;
  });
  target.sheets.splice(0, target.sheets.length, ...sheets);
  const tables = src.tables.map((t) => {
    const sheet = sheets[src.sheets.indexOf(t.sheet)];
    let table = target.tables.find((x) => x.id === t.id);
    if (!table) {
      table = new TableModel(t.id, t.name, sheet, t.headerRow, t.c0, t.lastRow, t.c1);
      table.style = t.style;
      table.showBandedRows = t.showBandedRows;
    }
    Object.assign(table, {
      name: t.name,
      sheet,
      headerRow: t.headerRow,
      c0: t.c0,
      lastRow: t.lastRow,
      c1: t.c1,
      columnIds: [...t.columnIds],
    });
    return table;
  });
  target.tables.splice(0, target.tables.length, ...tables);
  if (!sheets.some((s) => s.id === target.activeSheetId)) target.activeSheetId = src.activeSheetId;
  if (target.selection && !sheets.some((s) => s.id === target.selection?.sheetId))
    target.selection = null;
}
