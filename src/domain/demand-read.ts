/**
 * Reading the demand tables: the funnel settings, the Lanes' Capacity, the
 * Doors and Targets tables and the Activities' Door column. Each bad cell is a
 * problem and its row is left out; a plan without these reads as before.
 */
import {
  asCell,
  isBlank,
  readChoice,
  readNumber,
  readShare,
  readText,
  show,
  type Read,
} from "./cells";
import {
  CAPACITY_COLUMN,
  DEMAND_SETTING,
  DOOR_COLUMN,
  DOORS_COLUMNS,
  SIDES,
  TARGETS_COLUMNS,
} from "./columns";
import type { LaneIndex } from "./lanes";
import type { Issue } from "./rows";
import { formatMonth, rangeWords, readMonthNumber } from "./months";
import { nameKey, normalName } from "./names";
import { lookup } from "./settings";
import { headerLookup, readRows, readTable, type SideColumn, type TableShape } from "./table";
import type { Cell, DemandSettings, Door, PlanDemand, Problem, Target } from "./types";

// ---- settings ---------------------------------------------------------------

/** A share 0 < r ≤ 1; a `12%` cell arrives as 0.12, and the text "12%" is read too. */
function readRate(value: unknown): Read<number | null> {
  const rule = { min: 0, aboveMin: true, max: 1 };
  return readShare(DEMAND_SETTING.leadToCloseRate, value, rule, "0.12 or 12%");
}

const SETTING_READERS: ReadonlyArray<{
  name: string;
  read: (value: unknown) => Read<number | null>;
  apply: (settings: DemandSettings, value: number | null) => void;
}> = [
  {
    name: DEMAND_SETTING.averageDealSize,
    read: (v) => readNumber(DEMAND_SETTING.averageDealSize, v, { min: 0, aboveMin: true }),
    apply: (s, v) => (s.averageDealSize = v),
  },
  {
    name: DEMAND_SETTING.leadToCloseRate,
    read: readRate,
    apply: (s, v) => (s.leadToCloseRate = v),
  },
  {
    name: DEMAND_SETTING.salesCycle,
    read: (v) => readNumber(DEMAND_SETTING.salesCycle, v, { min: 0, max: 12, whole: true }),
    apply: (s, v) => (s.salesCycle = v ?? 0),
  },
];

/** The funnel settings; an invalid one is a problem and its default (blank) applies. */
export function readDemandSettings(raw: unknown): {
  settings: DemandSettings;
  problems: Problem[];
} {
  const values = lookup(raw);
  const settings: DemandSettings = { averageDealSize: null, leadToCloseRate: null, salesCycle: 0 };
  const problems: Problem[] = [];
  for (const { name, read, apply } of SETTING_READERS) {
    const value = values.get(normalName(name));
    const result = read(value);
    if (result.ok) apply(settings, result.value);
    else
      problems.push({
        table: "Settings",
        row: null,
        column: name,
        value: asCell(value) as Cell,
        message: `${result.message} The default is used until it is fixed.`,
      });
  }
  return { settings, problems };
}

// ---- tables -----------------------------------------------------------------

const shape = (
  table: TableShape["table"],
  columns: readonly string[],
  required: number[]
): TableShape => ({ table, columns, required, columnOf: headerLookup(columns) });

const LANE_CAPACITY_SHAPE = shape("Lanes", ["Lane", "Side", CAPACITY_COLUMN], []);
const DOORS_SHAPE = shape("Doors", DOORS_COLUMNS, [0]);
const TARGETS_SHAPE = shape("Targets", TARGETS_COLUMNS, [0, 1]);

type AddProblem = (row: number, column: string, value: unknown, message: string) => void;

function problemList(table: TableShape["table"], list: Problem[]): AddProblem {
  return (row, column, value, message) =>
    list.push({ table, row, column, value: asCell(value), message });
}

/** Capacity of each Sales-side lane that has a valid one; a Marketing-side lane's Capacity is ignored. */
function readCapacity(raw: unknown, lanes: LaneIndex, problems: Problem[]): Record<string, number> {
  const capacity: Record<string, number> = {};
  const seen = new Set<string>();
  const problem = problemList("Lanes", problems);
  readTable(
    LANE_CAPACITY_SHAPE,
    raw,
    (_, row, cells) => {
      const name = readText("Lane", cells[0], true);
      if (!name.ok || name.value === null) return;
      const key = nameKey(name.value);
      const lane = lanes.get(key);
      const side = readChoice("Side", cells[1], SIDES, null);
      // Only the row that made the lane counts (not a duplicate, nor a row with a bad Side).
      if (!lane || seen.has(key) || !side.ok || side.value !== lane.side) return;
      seen.add(key);
      if (lane.side !== "Sales") return;
      const read = readNumber(CAPACITY_COLUMN, cells[2], { min: 0, whole: true });
      if (!read.ok)
        problem(
          row,
          CAPACITY_COLUMN,
          cells[2],
          `${read.message.slice(0, -1)}: the new leads ${lane.lane} can follow up in a month. The lane is kept, without a capacity.`
        );
      else if (read.value !== null) capacity[lane.lane] = read.value;
    },
    undefined
  );
  return capacity;
}

/** A row's issues, and the function that adds one (the cell as its value). */
function issueList(): [Issue[], (column: string, value: unknown, message: string) => void] {
  const issues: Issue[] = [];
  return [
    issues,
    (column, value, message) => issues.push({ column, value: asCell(value), message }),
  ];
}

function readDoors(raw: unknown, lanes: LaneIndex, problems: Problem[]): Door[] {
  const first = new Map<string, number>();
  const salesLanes = [...lanes.values()].filter((l) => l.side === "Sales").map((l) => l.lane);
  return readRows<Door, undefined>(
    DOORS_SHAPE,
    raw,
    problems,
    (_, row, cells) => {
      const [issues, issue] = issueList();
      const name = readText("Door", cells[0], true);
      if (!name.ok)
        issue(
          "Door",
          cells[0],
          `${name.message.slice(0, -1)}: the way prospects come in, like Web form.`
        );
      else if (name.value !== null) {
        const key = normalName(name.value);
        const earlier = first.get(key);
        if (earlier !== undefined)
          issue(
            "Door",
            cells[0],
            `Door '${name.value}' is already listed in row ${earlier}. Keep one row per door.`
          );
        else first.set(key, row);
      }
      const ownerText = readText("Owner", cells[1], false);
      let owner: string | null = null;
      if (!ownerText.ok) issue("Owner", cells[1], ownerText.message);
      else if (ownerText.value !== null) {
        const lane = lanes.get(nameKey(ownerText.value));
        if (lane?.side === "Sales") owner = lane.lane;
        else {
          const choices = salesLanes.length ? ` (${salesLanes.join(", ")})` : "";
          issue(
            "Owner",
            cells[1],
            `Owner ${show(cells[1])} is not a Sales-side lane${choices}. Pick the sales team that answers this door, or leave it blank.`
          );
        }
      }
      const hours = readNumber("Response hours", cells[2], { min: 0, aboveMin: true });
      if (!hours.ok) issue("Response hours", cells[2], hours.message);
      if (issues.length > 0 || !name.ok || name.value === null || !hours.ok) return issues;
      return { row, door: name.value, owner, responseHours: hours.value };
    },
    undefined
  );
}

function readTargets(raw: unknown, planStart: number | null, problems: Problem[]): Target[] {
  const first = new Map<number, number>();
  return readRows<Target, undefined>(
    TARGETS_SHAPE,
    raw,
    problems,
    (_, row, cells) => {
      const [issues, issue] = issueList();
      let month: number | null = null;
      if (isBlank(cells[0])) issue("Month", cells[0], "Month is required.");
      else {
        const read = readMonthNumber("Month", cells[0], planStart);
        if (!read.ok) issue("Month", cells[0], read.message);
        else if (planStart !== null && (read.value < planStart || read.value > planStart + 11))
          issue(
            "Month",
            cells[0],
            `Month ${show(cells[0])} is outside the plan year (${rangeWords(planStart, planStart + 11)}). Use a month of the plan year.`
          );
        else if (first.has(read.value))
          issue(
            "Month",
            cells[0],
            `Month ${show(cells[0])} already has a target in row ${first.get(read.value)}. Keep one target per month.`
          );
        else {
          month = read.value;
          first.set(month, row);
        }
      }
      const amount = readNumber("Revenue target", cells[1], { min: 0 });
      if (!amount.ok) issue("Revenue target", cells[1], amount.message);
      else if (amount.value === null)
        issue(
          "Revenue target",
          cells[1],
          "Revenue target is required: the revenue to close in that month."
        );
      // Without a plan year a target cannot be placed (Plan starts is already a problem).
      if (issues.length > 0 || month === null || planStart === null) return issues;
      if (!amount.ok || amount.value === null) return issues;
      return {
        row,
        month: formatMonth(month),
        monthIndex: month - planStart,
        revenueTarget: amount.value,
      };
    },
    undefined
  );
}

/**
 * The Door of each activity row; a Door that is not one of the doors makes its row a problem.
 * The Door cells were gathered in the walk that read the activities (`activityDoors`).
 */
function readActivityDoors(
  activityDoors: SideColumn,
  doors: readonly Door[],
  problems: Problem[]
): { doorOfActivity: Array<Door | undefined>; badRows: Set<number> } {
  const doorOfActivity: Array<Door | undefined> = [];
  const badRows = new Set<number>();
  // With no valid door the column is not checked and is ignored.
  if (doors.length === 0) return { doorOfActivity, badRows };
  const byName = new Map(doors.map((d) => [normalName(d.door), d]));
  const names = doors.map((d) => d.door);
  const problem = problemList("Activities", problems);
  // The door of each spelling typed, found once (null: not one of the doors).
  const known = new Map<string, Door | null>();
  const { rows, values } = activityDoors;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cell = values[i];
    let door = typeof cell === "string" ? known.get(cell) : undefined;
    if (door === undefined) {
      const text = readText(DOOR_COLUMN, cell, false);
      if (text.ok && text.value === null) continue;
      door = (text.ok && text.value !== null ? byName.get(normalName(text.value)) : null) ?? null;
      if (typeof cell === "string" && known.size < 10000) known.set(cell, door);
    }
    if (door) {
      // Indexed by row; rows without a door stay empty (undefined).
      while (doorOfActivity.length < row) doorOfActivity.push(undefined);
      doorOfActivity[row] = door;
    } else {
      badRows.add(row);
      problem(
        row,
        DOOR_COLUMN,
        cell,
        `Door ${show(cell)} is not one of the doors (${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}). Pick one, or add it to the Doors table.`
      );
    }
  }
  return { doorOfActivity, badRows };
}

/**
 * The demand tables of a plan whose settings, lanes and activities are read:
 * its problems are added to `problems`; `badActivityRows` are the Activities
 * rows whose Door broke its rule (to be left out like any other bad row). `activityDoors`
 * are the Door cells of the Activities table, gathered when its rows were read.
 */
export function readDemand(
  source: Record<string, unknown>,
  activityDoors: SideColumn,
  settings: DemandSettings,
  lanes: LaneIndex,
  planStart: number | null,
  problems: Problem[]
): { demand: PlanDemand; badActivityRows: Set<number> } {
  const capacity = readCapacity(source.lanes, lanes, problems);
  const doors = readDoors(source.doors, lanes, problems);
  const targets = readTargets(source.targets, planStart, problems);
  const { doorOfActivity, badRows } = readActivityDoors(activityDoors, doors, problems);
  return {
    demand: { settings, capacity, doors, doorOfActivity, targets },
    badActivityRows: badRows,
  };
}
