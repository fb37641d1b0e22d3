/** Navigation: selecting in the workbook the rows a view shows (an activity, a flag's causes). */
import { type Cell, indexOfName, sameName } from "../domain";
import { type ExcelHost, offersExcelApi } from "./host";
import type { TableLocation } from "./read";

/** Groups sorted row numbers into runs of consecutive rows: [3,4,5,9] -> [[3,5],[9,9]]. */
export function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/**
 * Activates the table's sheet and selects the given 1-based data rows (the
 * table's columns only). Separate blocks are selected together where Excel
 * supports it; elsewhere the first block is selected.
 */
export async function selectRows(
  host: ExcelHost,
  location: TableLocation,
  rows: number[]
): Promise<void> {
  const runs = rowRuns(rows.filter((r) => r >= 1 && r <= location.rowCount));
  if (runs.length === 0) return;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(location.sheet);
    sheet.activate();
    const block = ([from, to]: [number, number]) =>
      sheet.getRangeByIndexes(
        location.headerRow + from,
        location.firstColumn,
        to - from + 1,
        location.headers.length
      );
    // Worksheet.getRanges is ExcelApi 1.9, but selecting the areas (RangeAreas.select) is 1.18.
    if (runs.length > 1 && offersExcelApi(host, "1.18")) {
      const addresses = runs.map(block).map((range) => range.load("address"));
      await context.sync();
      sheet.getRanges(addresses.map((range) => range.address.split("!")[1]).join(",")).select();
      try {
        await context.sync();
        return;
      } catch {
        // An Excel that says it has the set but cannot select areas: select the first block.
      }
    }
    block(runs[0]).select();
    await context.sync();
  });
}

/**
 * Activates the table's sheet and selects one cell: the 1-based data row's cell in the column
 * headed `column` (case and spaces ignored), or the whole row when the table has no such column.
 */
export async function selectCell(
  host: ExcelHost,
  location: TableLocation,
  row: number,
  column: string | null
): Promise<void> {
  if (row < 1 || row > location.rowCount) return;
  const at = column === null ? -1 : indexOfName(location.headers, column);
  if (at < 0) return selectRows(host, location, [row]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(location.sheet);
    sheet.activate();
    sheet.getRangeByIndexes(location.headerRow + row, location.firstColumn + at, 1, 1).select();
    await context.sync();
  });
}

/**
 * Activates the Settings sheet and selects a setting's Value cell: the row whose Setting is
 * `setting` (case and spaces ignored) and, where several rows name it, the one holding `value`
 * (the cell a problem quotes). The pane keeps settings by name, not by row, so the rows are read.
 */
export async function selectSetting(
  host: ExcelHost,
  location: TableLocation,
  setting: string,
  value?: Cell
): Promise<void> {
  const nameAt = indexOfName(location.headers, "Setting");
  const valueAt = indexOfName(location.headers, "Value");
  if (nameAt < 0 || location.rowCount < 1) return;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(location.sheet);
    const body = sheet
      .getRangeByIndexes(
        location.headerRow + 1,
        location.firstColumn,
        location.rowCount,
        location.headers.length
      )
      .load("values");
    await context.sync();
    const rows = body.values as Cell[][];
    const named = rows.map((r, i) => (sameName(r[nameAt], setting) ? i : -1)).filter((i) => i >= 0);
    if (named.length === 0) return;
    const holding =
      valueAt < 0 || value === undefined ? -1 : named.find((i) => rows[i][valueAt] === value);
    const index = holding !== undefined && holding >= 0 ? holding : named[0];
    sheet.activate();
    sheet
      .getRangeByIndexes(
        location.headerRow + 1 + index,
        location.firstColumn + (valueAt < 0 ? nameAt : valueAt),
        1,
        1
      )
      .select();
    await context.sync();
  });
}
