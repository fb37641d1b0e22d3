/**
 * Excel's error values: what a cell whose formula fails holds (`=1/0` gives
 * #DIV/0!, a deleted column #REF!). Office.js reads them as these strings.
 * In a plan cell one is a problem of its own, not a value to parse.
 */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

const ERRORS = new Set(EXCEL_ERRORS);

/** Whether a cell holds one of Excel's error values. */
export function isExcelError(value: unknown): value is string {
  return typeof value === "string" && value.charCodeAt(0) === 35 && ERRORS.has(value); // 35: "#"
}

/** "Mar is #REF! — the formula in this cell is broken." */
export function excelErrorMessage(column: string, value: string): string {
  return `${column} is ${value} — the formula in this cell is broken. Fix or clear the formula.`;
}
