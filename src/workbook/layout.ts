/**
 * Where the plan lives in a workbook: one sheet and one table per part of the
 * plan, with the exact headers of rules.md, and what kind of value each column
 * holds (which decides how the add-in formats and writes it).
 */
import {
  ACTIVITY_COLUMNS,
  budgetColumns,
  LANES_COLUMNS,
  RESULTS_COLUMNS,
  SETTINGS_COLUMNS,
  SIDES,
  STATUSES,
  TEAMS,
  type TableName,
} from "../domain";

/** How a column's cells are written and formatted. */
export type ColumnKind = "text" | "month" | "amount" | "number" | "choice" | "setting";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Width in points, roughly what the column's content needs. */
  width: number;
  /** Dropdown values (a fixed list, or the lanes of the Lanes table). */
  list?: readonly string[] | "lanes";
}

export interface TableSpec {
  table: TableName;
  /** The sheet a new table is created on. */
  sheet: string;
  columns: ColumnSpec[];
  /** The column that identifies a row for a person and for the add-in, if any. */
  key: string | null;
}

/** The order "Set up plan" creates them in: Settings first, so the plan year is known. */
export const TABLE_NAMES: readonly TableName[] = [
  "Settings",
  "Lanes",
  "Activities",
  "Budget",
  "Results",
];

const text = (header: string, width = 90): ColumnSpec => ({ header, kind: "text", width });
const month = (header: string): ColumnSpec => ({ header, kind: "month", width: 70 });
const num = (header: string): ColumnSpec => ({ header, kind: "number", width: 80 });
const amount = (header: string): ColumnSpec => ({ header, kind: "amount", width: 75 });
const choice = (header: string, list: readonly string[] | "lanes"): ColumnSpec => ({
  header,
  kind: "choice",
  width: 85,
  list,
});

/** Column specs by header, for the columns rules.md defines. */
function activityColumn(header: (typeof ACTIVITY_COLUMNS)[number]): ColumnSpec {
  switch (header) {
    case "Lane":
      return choice(header, "lanes");
    case "Team":
      return choice(header, TEAMS);
    case "Start":
    case "End":
      return month(header);
    case "Expected leads":
    case "Follow-up hours":
      return num(header);
    case "Activity":
    case "Notes":
      return text(header, 180);
    default:
      return text(header, header === "ID" ? 60 : 110);
  }
}

function resultsColumn(header: (typeof RESULTS_COLUMNS)[number]): ColumnSpec {
  switch (header) {
    case "Month":
      return month(header);
    case "Lane":
      return choice(header, "lanes");
    case "Spend":
    case "Revenue":
      return amount(header);
    case "Leads":
    case "Qualified":
    case "Closed":
      return num(header);
    default:
      return text(header, 130);
  }
}

/**
 * The five tables. The Budget's month columns follow the plan year, so its
 * spec depends on the month Plan starts (0 = January).
 */
export function tableSpecs(planStartMonthIndex: number): Record<TableName, TableSpec> {
  const [line, team, lane, campaign, status, ...months] = budgetColumns(planStartMonthIndex);
  return {
    Settings: {
      table: "Settings",
      sheet: "Settings",
      key: "Setting",
      columns: [
        text(SETTINGS_COLUMNS[0], 170),
        { header: SETTINGS_COLUMNS[1], kind: "setting", width: 110 },
      ],
    },
    Lanes: {
      table: "Lanes",
      sheet: "Lanes",
      key: "Lane",
      columns: [text(LANES_COLUMNS[0], 120), choice(LANES_COLUMNS[1], SIDES)],
    },
    Activities: {
      table: "Activities",
      sheet: "Activities",
      key: "ID",
      columns: ACTIVITY_COLUMNS.map(activityColumn),
    },
    Budget: {
      table: "Budget",
      sheet: "Budget",
      key: "Line",
      columns: [
        text(line, 160),
        choice(team, TEAMS),
        choice(lane, "lanes"),
        text(campaign, 130),
        choice(status, STATUSES),
        ...months.map(amount),
      ],
    },
    Results: {
      table: "Results",
      sheet: "Results",
      key: null,
      columns: RESULTS_COLUMNS.map(resultsColumn),
    },
  };
}

/** Excel's number format for amounts in the plan's currency. */
export function currencyFormat(currency: string): string {
  const symbols: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
  const symbol = symbols[currency.toUpperCase()];
  return symbol ? `${symbol}#,##0` : `#,##0 "${currency.replace(/"/g, "")}"`;
}

export const MONTH_FORMAT = "mmm yyyy";
export const TEXT_FORMAT = "@";

/** A dropdown's list source; the lanes follow the Lanes table through INDIRECT, since a
 * dropdown cannot name a table column directly. */
export function listSource(list: readonly string[] | "lanes"): string {
  return list === "lanes" ? '=INDIRECT("Lanes[Lane]")' : list.join(",");
}

/** The number format a column's empty cells get, so what a person types there is read right. */
export function columnFormat(kind: ColumnKind, amountFormat: string): string | null {
  if (kind === "text") return TEXT_FORMAT;
  if (kind === "month") return MONTH_FORMAT;
  if (kind === "amount") return amountFormat;
  return null;
}
