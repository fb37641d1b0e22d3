/**
 * The Doors table's Owner dropdown: the Sales-side lanes only (rules.md: an Owner
 * that is not a Sales-side lane is a problem). Excel's list validation takes a
 * range or a typed list, and cannot filter the Lanes table by its Side in a way
 * every Excel (2016 to 365), Excel on the web and LibreOffice understand, so the
 * dropdown is a typed list of the Sales-side lanes, written by "Set up plan",
 * "Update plan layout" and "Rebuild sheets". It goes stale when someone adds,
 * renames or moves a lane in the sheet; its alert is a warning, so a lane newer
 * than the list can still be typed (the checker judges it), and the next
 * "Rebuild sheets" offers it.
 */
import { type Cell, readLanes, type Lane } from "../domain";
import { type ExcelHost, offersExcelApi } from "./host";

/** Excel refuses a typed list longer than this (and a formula too). */
export const MAX_LIST_SOURCE = 255;

/** All lanes, through the Lanes table: what the dropdown offers when a typed list cannot hold the sales lanes. */
export const ALL_LANES_SOURCE = '=INDIRECT("Lanes[Lane]")';

/** What Excel says when a typed Owner is not in the list: a warning, so a newer sales lane can be kept. */
export const OWNER_ALERT = {
  showAlert: true,
  style: "Warning" as const,
  title: "Not a sales lane",
  message:
    "Not a Sales-side lane as of the last Rebuild sheets. A new sales lane? Keep it, then press Rebuild sheets in Joint Plan to list it.",
};

/** The Sales-side lanes, in the Lanes table's order (rules.md's default lanes when the table is empty). */
export function salesLaneNames(lanes: readonly Lane[]): string[] {
  return lanes.filter((l) => l.side === "Sales").map((l) => l.lane);
}

/** The Sales-side lanes of the Lanes table's rows as read (cells by header). */
export function salesLanesOfRows(rows: ReadonlyArray<Record<string, Cell>>): string[] {
  return salesLaneNames(readLanes(rows).lanes);
}

/**
 * The Owner dropdown's list source: the sales lanes as a typed list, or every lane
 * (the Lanes table's column) when a typed list cannot say them: no sales lane yet,
 * a name with a comma (Excel's separator) or starting with "=", or longer than
 * Excel's 255 characters.
 */
export function ownerListSource(salesLanes: readonly string[]): string {
  const typed = salesLanes.join(",");
  const sayable =
    salesLanes.length > 0 &&
    salesLanes.every((l) => l !== "" && !l.includes(",") && !l.startsWith("=")) &&
    typed.length <= MAX_LIST_SOURCE;
  return sayable ? typed : ALL_LANES_SOURCE;
}

/** Sets the dropdown and its alert on a column's body (the whole column, so Excel extends it as the table grows). */
export function setOwnerDropdown(range: Excel.Range, salesLanes: readonly string[]): void {
  range.dataValidation.rule = {
    list: { inCellDropDown: true, source: ownerListSource(salesLanes) },
  };
  range.dataValidation.errorAlert = OWNER_ALERT;
}

/**
 * Writes the Owner dropdown again from the Lanes table as it is now (one read, one
 * write), for "Rebuild sheets", "Update plan layout" and the pane's own lane edits.
 * Nothing on ExcelApi 1.7 (no data validation) or without a Doors table; says whether it wrote.
 */
export async function refreshOwnerDropdown(host: ExcelHost): Promise<boolean> {
  if (!offersExcelApi(host, "1.8")) return false;
  return host.run(async (context) => {
    const doors = context.workbook.tables.getItemOrNullObject("Doors");
    const lanes = context.workbook.tables.getItemOrNullObject("Lanes");
    await context.sync();
    if (doors.isNullObject) return false;
    const owner = doors.columns.getItemOrNullObject("Owner");
    const laneRange = lanes.isNullObject ? null : lanes.getRange().load("values");
    await context.sync();
    if (owner.isNullObject) return false;
    setOwnerDropdown(owner.getDataBodyRange(), salesLanesOfRows(rowsOf(laneRange)));
    await context.sync();
    return true;
  });
}

/** A table's rows, cells by header, from its whole range's values (none when there is no table). */
export function rowsOf(range: Excel.Range | null): Record<string, Cell>[] {
  if (!range) return [];
  const [headers, ...cells] = range.values as Cell[][];
  return cells.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]])));
}
