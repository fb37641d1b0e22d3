/**
 * Where a row is, in the words of Excel's own row header: a table's data row n sits on sheet row
 * headerRow + n + 1 (1-based), which is what a person reads at the left of the grid. Pure.
 */
import type { CheckedTable, TableLocation, WorkbookPlan } from "../../workbook";

export type TableLocations = WorkbookPlan["tables"];

/** The 1-based sheet row of a table's 1-based data row (header on row 1 when the table is not located). */
export function sheetRow(tables: TableLocations, table: CheckedTable, row: number): number {
  const location = (tables as Partial<Record<CheckedTable, TableLocation>>)[table];
  return (location ? location.headerRow + 1 : 1) + row;
}

/** The sheet a table stands on (its own name when the table is not located). */
export function sheetOf(tables: TableLocations, table: CheckedTable): string {
  return (tables as Partial<Record<CheckedTable, TableLocation>>)[table]?.sheet ?? table;
}

/** "Budget row 2": the sheet and the row Excel's header shows. */
export function rowPlace(tables: TableLocations, table: CheckedTable, row: number): string {
  return `${sheetOf(tables, table)} row ${sheetRow(tables, table, row)}`;
}

/**
 * A checker message that names data rows of its own table ("already used in row 3") with the
 * sheet rows a person sees instead ("already used in row 4").
 */
export function withSheetRows(
  message: string,
  tables: TableLocations,
  table: CheckedTable
): string {
  return message.replace(
    /\b(in|by) row (\d+)\b/g,
    (_, word: string, n: string) => `${word} row ${sheetRow(tables, table, Number(n))}`
  );
}
