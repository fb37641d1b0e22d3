/**
 * Rows the checker left out for a problem, as a view shows them: still listed, marked, with each
 * problem and the cell to select, and the sentence a total needs to say what it does not count
 * ("$110,000 on 1 line is not counted: Budget row 2, Mar 'lots'"). Pure.
 */
import {
  type Cell,
  MONTH_ABBREVIATIONS,
  type PlanState,
  planRows,
  type Row,
  type TableName,
  valueByName,
} from "../../workbook";
import { money } from "./format";
import { rowPlace, sheetRow, withSheetRows } from "./places";

export interface RowProblem {
  /** The column the problem is in, or null when it is about the whole row. */
  column: string | null;
  value: Cell;
  message: string;
}

export interface LeftOutRow {
  /** 1-based data row of the table. */
  row: number;
  /** The row Excel's header shows. */
  sheetRow: number;
  /** "Budget row 2". */
  place: string;
  /** The row's name as typed (its Line, ID or Channel), or "" when blank. */
  name: string;
  /** Σ of the amounts the row holds that could be read (Budget: its month cells), else 0. */
  amount: number;
  problems: RowProblem[];
}

export interface LeftOut {
  rows: LeftOutRow[];
  /** Σ amount over the rows. */
  amount: number;
  /** What a total leaves out, in one sentence; null when nothing is left out. */
  sentence: string | null;
}

const NAME_COLUMN: Partial<Record<TableName, string>> = {
  Budget: "Line",
  Activities: "ID",
  Results: "Channel",
};

const NOUN: Partial<Record<TableName, [string, string]>> = {
  Budget: ["line", "lines"],
  Activities: ["activity", "activities"],
  Results: ["Results row", "Results rows"],
};

/** A value as a message quotes it: text in quotes, numbers as they are. */
export function quoted(value: Cell): string {
  if (typeof value === "string") {
    const text = value.trim();
    return `'${text.length > 30 ? `${text.slice(0, 27)}...` : text}'`;
  }
  if (value === null) return "(blank)";
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/** A month cell's amount when it can be read as one (a number ≥ 0, or such a number as text). */
function readableAmount(value: Cell | undefined): number {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\$?\s*[\d,]+(\.\d+)?\s*$/.test(value)
        ? Number(value.replace(/[\s$,]/g, ""))
        : NaN;
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** The money a Budget row holds in the month cells that can be read. */
export function budgetRowAmount(row: Row): number {
  return MONTH_ABBREVIATIONS.reduce((sum, m) => sum + readableAmount(valueByName(row, m)), 0);
}

/** The rows of `table` that the checker left out, in table order. */
export function leftOutRows(state: PlanState, table: TableName): LeftOut {
  const raw = planRows(state.workbook.input, table);
  const tables = state.workbook.tables;
  const byRow = new Map<number, RowProblem[]>();
  for (const p of state.check.problems) {
    if (p.table !== table || p.row === null) continue;
    const list = byRow.get(p.row) ?? [];
    list.push({
      column: p.column,
      value: p.value,
      message: withSheetRows(p.message, tables, table),
    });
    byRow.set(p.row, list);
  }
  const nameColumn = NAME_COLUMN[table];
  const rows: LeftOutRow[] = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = raw[row - 1] ?? {};
      const name = nameColumn ? valueByName(cells, nameColumn) : undefined;
      return {
        row,
        sheetRow: sheetRow(tables, table, row),
        place: rowPlace(tables, table, row),
        name: name === null || name === undefined ? "" : String(name).trim(),
        amount: table === "Budget" ? budgetRowAmount(cells) : 0,
        problems: byRow.get(row)!,
      };
    });
  const amount = rows.reduce((sum, r) => sum + r.amount, 0);
  return {
    rows,
    amount,
    sentence: rows.length === 0 ? null : leftOutSentence(rows, amount, table, state),
  };
}

function leftOutSentence(
  rows: LeftOutRow[],
  amount: number,
  table: TableName,
  state: PlanState
): string {
  const [one, many] = NOUN[table] ?? ["row", "rows"];
  const count = `${rows.length} ${rows.length === 1 ? one : many}`;
  const what = amount > 0 ? `${money(amount, state.plan.settings.currency)} on ${count}` : count;
  const where = rows
    .slice(0, 3)
    .map((r) => {
      const first = r.problems[0];
      return first.column === null ? r.place : `${r.place}, ${first.column} ${quoted(first.value)}`;
    })
    .join("; ");
  const more = rows.length > 3 ? `; and ${rows.length - 3} more` : "";
  return `${what} ${rows.length === 1 ? "is" : "are"} not counted: ${where}${more}.`;
}
