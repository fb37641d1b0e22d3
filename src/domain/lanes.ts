/** The Lanes table: which lanes exist and which side each is on. */
import { asCell, readChoice, readText } from "./cells";
import { nameKey } from "./names";
import { DEFAULT_LANES, LANES_COLUMNS, SIDES } from "./columns";
import { headerLookup, readTable, tableProblems, type TableShape } from "./table";
import type { Lane, Problem } from "./types";

const LANES_SHAPE: TableShape = {
  table: "Lanes",
  columns: LANES_COLUMNS,
  required: [0, 1],
  columnOf: headerLookup(LANES_COLUMNS),
};

/** Lanes by case-insensitive name, for matching what people type. */
export type LaneIndex = Map<string, Lane>;

export function indexLanes(lanes: readonly Lane[]): LaneIndex {
  const index: LaneIndex = new Map();
  for (const lane of lanes) if (!index.has(nameKey(lane.lane))) index.set(nameKey(lane.lane), lane);
  return index;
}

export function readLanes(raw: unknown): { lanes: Lane[]; problems: Problem[] } {
  const rowProblems: Problem[] = [];
  const lanes: Lane[] = [];
  const firstRow = new Map<string, number>();
  let rows = 0;
  const problem = (row: number, column: string, value: unknown, message: string) =>
    rowProblems.push({ table: "Lanes", row, column, value: asCell(value), message });
  const table = readTable(
    LANES_SHAPE,
    raw,
    (_, row, cells) => {
      rows++;
      const name = readText("Lane", cells[0], true);
      const side = readChoice("Side", cells[1], SIDES, null);
      if (!name.ok) problem(row, "Lane", cells[0], name.message);
      if (!side.ok) problem(row, "Side", cells[1], side.message);
      if (!name.ok || !side.ok || name.value === null) return;
      const key = nameKey(name.value);
      const earlier = firstRow.get(key);
      if (earlier !== undefined) {
        problem(
          row,
          "Lane",
          name.value,
          `Lane '${name.value}' is already listed in row ${earlier}. Keep one row per lane.`
        );
        return;
      }
      firstRow.set(key, row);
      lanes.push({ lane: name.value, side: side.value });
    },
    undefined
  );
  // Absent or empty (all rows blank) means the default lanes.
  if (rows === 0 && table.problems.length === 0) {
    return { lanes: DEFAULT_LANES.map((l) => ({ ...l })), problems: [] };
  }
  if (table.missingColumn) return { lanes: [], problems: tableProblems(table, []) };
  return { lanes, problems: tableProblems(table, rowProblems) };
}
