/**
 * The Summary sheet's formulas over the Budget table, and how Excel reads a cell through them.
 * Pure: the text of the formulas, and a model of what they count, which summary-gaps.ts holds
 * against the checker.
 *
 * Each figure is `SUMPRODUCT(--(TRIM(Budget[Team])="Sales"),Budget[Jan])`: TRIM, so a name typed
 * with a stray space (`Sales `) is counted as the pane counts it (rules.md §1: text values are
 * trimmed; Excel's `=` ignores letter case, as the pane does); the amounts as SUMPRODUCT's own
 * argument, where text counts as 0 (never #VALUE!), as in SUM and SUMIFS. Valid in Excel 2019
 * without array entry: SUMPRODUCT evaluates its arguments as arrays (no IF or IFERROR inside,
 * which would need Ctrl+Shift+Enter there).
 */
import type { Cell } from "../domain";

/** Text as Excel's TRIM leaves it: only the ASCII space is cut at both ends, and its runs made one. */
export function excelTrim(text: string): string {
  return text.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/** What `TRIM(cell)` gives for a label cell (Team, Lane, Campaign), as text. */
export function trimmedByExcel(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return excelTrim(String(value));
}

/** Whether Excel's `=` finds two texts equal (it ignores letter case). */
export function excelEquals(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The amount a month cell adds to a SUMPRODUCT: numbers only (text, blank and TRUE count as 0). */
export function amountForExcel(value: Cell | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** A text literal in a formula, quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A structured reference to one column of the Budget table: Budget[Jan]. */
export function budgetColumn(header: string): string {
  // Inside [ ], Excel escapes [ ] # ' with a leading '.
  return `Budget[${header.replace(/['[\]#]/g, "'$&")}]`;
}

/** The rows whose `column`, trimmed, is `name` ("" = blank), as SUMPRODUCT's 1/0 argument. */
export function rowsWhere(column: string, name: string, compare: "=" | "<>" = "="): string {
  return `--(TRIM(${budgetColumn(column)})${compare}${textLiteral(excelTrim(name))})`;
}

/** =SUMPRODUCT(--(TRIM(Budget[Lane])="Media"),Budget[Jan]): the month's spend of the rows named `name`. */
export function spendWhere(column: string, name: string, month: string): string {
  return `=SUMPRODUCT(${rowsWhere(column, name)},${budgetColumn(month)})`;
}

/**
 * The month's joint spend: the Joint team's rows, plus the other teams' rows of a joint campaign
 * (the campaigns joint at the rebuild, written into the formula).
 */
export function jointSpendFormula(month: string, jointCampaigns: readonly string[]): string {
  const amounts = budgetColumn(month);
  const terms = [`SUMPRODUCT(${rowsWhere("Team", "Joint")},${amounts})`].concat(
    jointCampaigns.map(
      (c) =>
        `SUMPRODUCT(${rowsWhere("Team", "Joint", "<>")},${rowsWhere("Campaign", c)},${amounts})`
    )
  );
  return `=${terms.join("+")}`;
}
