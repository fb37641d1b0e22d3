/**
 * Where the plan lives in a workbook: one sheet and one table per part of the
 * plan, with the exact headers of rules.md, and what kind of value each column
 * holds (which decides how the add-in formats and writes it).
 */
import {
  ACTIVITY_COLUMNS,
  BASELINE_BASE_COLUMNS,
  budgetColumns,
  CAPACITY_COLUMN,
  DOOR_COLUMN,
  DEMAND_SETTING,
  DOORS_COLUMNS,
  FOLLOWED_UP,
  MEASUREMENT_SETTINGS_ROWS,
  LANES_COLUMNS,
  RESULTS_COLUMNS,
  SETTINGS_COLUMNS,
  SIDES,
  STATUSES,
  TARGETS_COLUMNS,
  TEAMS,
  type Cell,
  type TableName,
} from "../domain";
import { ALL_LANES_SOURCE, ownerListSource } from "./owner-list";

/** The optional tables of rules.md: a plan without them is read and checked as before they existed. */
export type OptionalTable = "Doors" | "Targets" | "Baselines";
/** Every table of the plan a workbook may hold. */
export type PlanTable = TableName | OptionalTable;

/** How a column's cells are written and formatted ("date": a day and time, e.g. a baseline's Saved). */
export type ColumnKind = "text" | "month" | "date" | "amount" | "number" | "choice" | "setting";

/**
 * Where a dropdown's values come from: a fixed list, the Lanes table's lanes, the
 * Sales-side lanes (a typed list, see owner-list.ts), or the Doors table's doors.
 */
export type ListSource = readonly string[] | "lanes" | "salesLanes" | "doors";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Width in points, roughly what the column's content needs. */
  width: number;
  /** Dropdown values (a fixed list, or the lanes of the Lanes table, or the doors of the Doors table). */
  list?: ListSource;
}

export interface TableSpec {
  table: PlanTable;
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

/** The optional tables, in the order "Set up plan" and "Update plan layout" create them. */
export const OPTIONAL_TABLES: readonly OptionalTable[] = ["Doors", "Targets", "Baselines"];

/** Every table of a plan, required and optional. */
export const PLAN_TABLES: readonly PlanTable[] = [...TABLE_NAMES, ...OPTIONAL_TABLES];

/**
 * The columns a newer layout added to an existing table (rules.md: optional
 * columns). "Update plan layout" adds each at the end of its table when missing.
 */
export const ADDED_COLUMNS: ReadonlyArray<{ table: TableName; header: string }> = [
  { table: "Lanes", header: CAPACITY_COLUMN },
  { table: "Activities", header: DOOR_COLUMN },
  { table: "Results", header: FOLLOWED_UP },
];

/**
 * The settings a newer layout added (funnel and measurement), with the value a
 * new plan starts with: blank funnel figures are computed from Results (rules.md).
 */
export const ADDED_SETTINGS: ReadonlyArray<{ setting: string; default: Cell }> = [
  { setting: DEMAND_SETTING.averageDealSize, default: null },
  { setting: DEMAND_SETTING.leadToCloseRate, default: null },
  { setting: DEMAND_SETTING.salesCycle, default: 0 },
  ...MEASUREMENT_SETTINGS_ROWS.map(({ setting, default: value }) => ({ setting, default: value })),
];

const text = (header: string, width = 90): ColumnSpec => ({ header, kind: "text", width });
const month = (header: string): ColumnSpec => ({ header, kind: "month", width: 70 });
const num = (header: string): ColumnSpec => ({ header, kind: "number", width: 80 });
const amount = (header: string): ColumnSpec => ({ header, kind: "amount", width: 75 });
const date = (header: string): ColumnSpec => ({ header, kind: "date", width: 110 });
const choice = (header: string, list: ListSource): ColumnSpec => ({
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
 * The Activities columns: rules.md's, then the Door. A new plan has its added
 * columns at the end, where "Update plan layout" puts them in an older plan:
 * one layout, whichever way a plan got it.
 */
function activityColumns(): ColumnSpec[] {
  return [...ACTIVITY_COLUMNS.map(activityColumn), choice(DOOR_COLUMN, "doors")];
}

/**
 * The tables, required and optional. The Budget's and Baselines' month columns
 * follow the plan year, so their specs depend on the month Plan starts (0 = January).
 */
export function tableSpecs(planStartMonthIndex: number): Record<PlanTable, TableSpec> {
  const [line, team, lane, campaign, status, ...months] = budgetColumns(planStartMonthIndex);
  const [baseline, saved] = BASELINE_BASE_COLUMNS;
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
      columns: [text(LANES_COLUMNS[0], 120), choice(LANES_COLUMNS[1], SIDES), num(CAPACITY_COLUMN)],
    },
    Activities: {
      table: "Activities",
      sheet: "Activities",
      key: "ID",
      columns: activityColumns(),
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
      columns: [...RESULTS_COLUMNS.map(resultsColumn), num(FOLLOWED_UP)],
    },
    Doors: {
      table: "Doors",
      sheet: "Doors",
      key: "Door",
      columns: [
        text(DOORS_COLUMNS[0], 140),
        // The Sales-side lanes as a typed list, refreshed by Rebuild sheets (owner-list.ts).
        choice(DOORS_COLUMNS[1], "salesLanes"),
        num(DOORS_COLUMNS[2]),
      ],
    },
    Targets: {
      table: "Targets",
      sheet: "Targets",
      key: "Month",
      columns: [month(TARGETS_COLUMNS[0]), amount(TARGETS_COLUMNS[1])],
    },
    Baselines: {
      table: "Baselines",
      sheet: "Baselines",
      // Rows are saved copies, appended only; a Line is unique within its baseline, not the table.
      key: null,
      // A baseline is history: no dropdowns, its lanes are not today's lanes.
      columns: [
        text(baseline, 130),
        date(saved),
        text(line, 160),
        text(team, 85),
        text(lane, 85),
        text(campaign, 130),
        text(status, 85),
        ...months.map(amount),
      ],
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
/** A saved date and time, as a baseline's Saved shows it. */
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
export const TEXT_FORMAT = "@";

/** A dropdown's list source; the lanes and doors follow their tables through INDIRECT, since a
 * dropdown cannot name a table column directly; the Sales-side lanes are the list given. */
export function listSource(list: ListSource, salesLanes: readonly string[] = []): string {
  if (list === "lanes") return ALL_LANES_SOURCE;
  if (list === "salesLanes") return ownerListSource(salesLanes);
  if (list === "doors") return '=INDIRECT("Doors[Door]")';
  return list.join(",");
}

/** The number format a column's empty cells get, so what a person types there is read right. */
export function columnFormat(kind: ColumnKind, amountFormat: string): string | null {
  if (kind === "text") return TEXT_FORMAT;
  if (kind === "month") return MONTH_FORMAT;
  if (kind === "date") return DATE_TIME_FORMAT;
  if (kind === "amount") return amountFormat;
  return null;
}
