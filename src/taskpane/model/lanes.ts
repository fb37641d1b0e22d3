/**
 * The lanes Settings shows: the rows of the Lanes table that hold a lane (a blank row, such as
 * the one a new table starts with, is no lane), or, when it holds none, the default lanes the
 * checker and the calendar use. Adding a lane to such a table writes the defaults with it, so
 * that the lanes in force stay (docs/rules.md §1, Lanes). Pure.
 */
import { DEFAULT_LANES, type PlanState, type Row, sameName, valueByName } from "../../workbook";

export interface LaneRow {
  /** 1-based data row of the Lanes table. */
  row: number;
  lane: string;
  side: string;
  /** The Capacity cell as text ("" when blank or the table has no such column). */
  capacity: string;
}

export interface LanesInForce {
  /** False when the table is absent or holds no lane: the default lanes apply. */
  fromTable: boolean;
  /** The table's rows that hold something, with their data rows (empty when !fromTable). */
  rows: LaneRow[];
  /** The lanes the plan uses now (the defaults when !fromTable). */
  lanes: Array<{ lane: string; side: string }>;
}

const text = (row: Row, name: string) => String(valueByName(row, name) ?? "").trim();

export function lanesInForce(state: PlanState): LanesInForce {
  const rows = (state.workbook.input.lanes ?? [])
    .map((r, i) => ({
      row: i + 1,
      lane: text(r, "Lane"),
      side: text(r, "Side"),
      capacity: text(r, "Capacity"),
    }))
    .filter((r) => r.lane !== "" || r.side !== "");
  if (rows.length > 0) return { fromTable: true, rows, lanes: rows };
  return {
    fromTable: false,
    rows: [],
    lanes: state.plan.lanes.map((l) => ({ lane: l.lane, side: l.side })),
  };
}

/** The rows to write when adding `row`: the default lanes first while the table holds no lane. */
export function laneRowsToAdd(state: PlanState, row: Row): Row[] {
  if (lanesInForce(state).fromTable) return [row];
  return [...DEFAULT_LANES.map((l) => ({ Lane: l.lane, Side: l.side })), row];
}

/** Whether the Lanes table has a Capacity column (a plan set up before it may not). */
export function hasCapacityColumn(state: PlanState): boolean {
  const headers = state.workbook.tables.Lanes?.headers ?? [];
  return headers.some((h) => sameName(h, "Capacity"));
}

/** "capacity 150 new leads a month", "no capacity planned", or what is wrong with the cell. */
export function capacityText(capacity: string): string {
  if (capacity === "") return "no capacity planned";
  const n = Number(capacity);
  return Number.isInteger(n) && n >= 0
    ? `capacity ${n.toLocaleString("en-US")} new ${n === 1 ? "lead" : "leads"} a month`
    : `capacity '${capacity}' is not a whole number, so none is planned`;
}
