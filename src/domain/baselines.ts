/**
 * The Baselines table: saved copies of the budget, so finance can compare the
 * plan with what was approved. Its rows are read like Budget lines, except that
 * Lane and Campaign are not checked against today's lanes: a baseline is history.
 */
import { fail, isBlank, ok, readName, readText, show, type Read } from "./cells";
import { BASELINE_BASE_COLUMNS } from "./columns";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./months";
import { nameKey } from "./names";
import { KeyIndex } from "./key-index";
import {
  duplicateIssue,
  memo,
  readAmounts,
  recall,
  rowCount,
  take,
  textCell,
  type Memo,
} from "./plan";
import { readRows } from "./table";
import { BUDGET_RULES, firstMonthOfYear, type Issue, type RowContext, type RowRead } from "./rows";
import { headerLookup, type TableShape } from "./table";
import type { Baseline, BaselineLine, Problem, Status, Team } from "./types";

/** Baselines cells: the 7 base columns, then Jan..Dec in calendar order (positions 7..18). */
const BASELINE_CELL_COLUMNS = [...BASELINE_BASE_COLUMNS, ...MONTH_ABBREVIATIONS];
const FIRST_AMOUNT = BASELINE_BASE_COLUMNS.length;
const BASELINES_SHAPE: TableShape = {
  table: "Baselines",
  columns: BASELINE_CELL_COLUMNS,
  required: [0, 1, 2, 3], // Baseline, Saved, Line, Team
  columnOf: headerLookup(
    BASELINE_CELL_COLUMNS,
    MONTH_NAMES.map((name, i): [string, number] => [name, FIRST_AMOUNT + i])
  ),
};

/** Largest Excel date serial: 31 Dec 9999 (its last moment). */
const MAX_SERIAL = 2958466;
const DAY_MS = 86400000;
/** Excel serial 0 is 30 Dec 1899 for every date from 1 Mar 1900 on. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Saved: an Excel date serial (its fraction the time of day) or text YYYY-MM-DD; as a serial. */
export function readSaved(value: unknown): Read<number> {
  if (isBlank(value))
    return fail("Saved is required: the date the baseline was saved, like 2027-01-15.");
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 1 && value < MAX_SERIAL) return ok(value);
    return fail(
      `Saved ${show(value)} is not a date. Write it like 2027-01-15, or use a date cell.`
    );
  }
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      date.setUTCFullYear(year); // years 0..99 are not 1900..1999
      const real =
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day;
      const serial = (date.getTime() - SERIAL_EPOCH) / DAY_MS;
      if (real && serial >= 1) return ok(serial);
    }
  }
  return fail(`Saved ${show(value)} is not a date. Write it like 2027-01-15, or use a date cell.`);
}

const RULES = {
  Baseline: (v: unknown) => readName("Baseline", v, true) as Read<string>,
  Lane: (v: unknown) => readText("Lane", v, false),
} as const;

/** What reading the Baselines rows needs: made once per check, read by readBaselineRow. */
interface BaselineReading {
  rowCount: number;
  /** First row of each Line within each baseline (by baseline name key). */
  seen: Map<string, KeyIndex>;
  /** nameKey per spelling of a baseline name. */
  keyOf: Map<string, string>;
  issues: Issue[]; // reused row after row
  first: number;
  amountRules: Array<Memo<number>>;
  name: Memo<string>;
  saved: Memo<number>;
  team: Memo<Team>;
  lane: Memo<string | null>;
  campaign: Memo<string | null>;
  status: Memo<Status>;
  /** The baseline name of each valid row, in order. */
  names: string[];
  /** The baseline name of the row before, and its lines. */
  lastName: string | undefined;
  lastLines: KeyIndex | undefined;
}

/** The valid rows of the Baselines table, grouped into baselines (order of their first valid row). */
export function readBaselines(raw: unknown, ctx: RowContext, problems: Problem[]): Baseline[] {
  const B = BUDGET_RULES;
  const reading: BaselineReading = {
    rowCount: rowCount(raw),
    seen: new Map(),
    keyOf: new Map(),
    issues: [],
    first: firstMonthOfYear(ctx),
    amountRules: MONTH_ABBREVIATIONS.map((name) => memo(B.amount(name))),
    name: memo(RULES.Baseline),
    saved: memo(readSaved, true),
    team: memo(B.Team),
    lane: memo(RULES.Lane),
    campaign: memo(B.Campaign),
    status: memo(B.Status),
    names: [],
    lastName: undefined,
    lastLines: undefined,
  };
  const rows = readRows<BaselineLine, BaselineReading>(
    BASELINES_SHAPE,
    raw,
    problems,
    readBaselineRow,
    reading
  );
  const { keyOf, names } = reading;
  const baselines = new Map<string, Baseline>();
  let group: Baseline | undefined; // the baseline of the row before, named groupName
  let groupName: string | undefined;
  rows.forEach((line, i) => {
    const name = names[i];
    let baseline = name === groupName ? group : undefined;
    if (!baseline) {
      const key = keyOf.get(name) ?? nameKey(name);
      baseline = baselines.get(key);
      if (!baseline) {
        baseline = { name, saved: line.saved, firstRow: line.row, lines: [] };
        baselines.set(key, baseline);
      }
      group = baseline;
      groupName = name;
    }
    baseline.saved = Math.max(baseline.saved, line.saved);
    baseline.lines.push(line);
  });
  return [...baselines.values()];
}

function readBaselineRow(s: BaselineReading, row: number, cells: unknown[]): RowRead<BaselineLine> {
  const B = BUDGET_RULES;
  const issues = s.issues;
  if (issues.length > 0) issues.length = 0; // setting length is a runtime call
  const baseline = take(recall(s.name, cells[0]), "Baseline", cells[0], issues);
  const line = textCell(cells[2], B.Line, "Line", issues);
  if (baseline !== undefined) {
    // A baseline's rows follow one another: the row before's lines, unless the name changed.
    let lines = s.lastLines;
    if (baseline !== s.lastName) {
      let key = s.keyOf.get(baseline);
      if (key === undefined) s.keyOf.set(baseline, (key = nameKey(baseline)));
      lines = s.seen.get(key);
      // A baseline usually holds every line: most rows are its lines.
      if (!lines) s.seen.set(key, (lines = new KeyIndex(s.seen.size === 0 ? s.rowCount : 8)));
      s.lastName = baseline;
      s.lastLines = lines;
    }
    const duplicate = duplicateIssue(lines as KeyIndex, "Line", line, cells[2], row);
    if (duplicate) issues.push(duplicate);
  }
  const amounts = readAmounts(cells, FIRST_AMOUNT, s.first, s.amountRules, issues);
  const savedAt = take(recall(s.saved, cells[1]), "Saved", cells[1], issues);
  const teamOf = take(recall(s.team, cells[3]), "Team", cells[3], issues);
  const laneOf = take(recall(s.lane, cells[4]), "Lane", cells[4], issues);
  const campaignOf = take(recall(s.campaign, cells[5]), "Campaign", cells[5], issues);
  const statusOf = take(recall(s.status, cells[6]), "Status", cells[6], issues);
  if (issues.length > 0) return issues; // readRows takes them before the next row
  let total = 0;
  for (let i = 0; i < 12; i++) total += amounts[i];
  s.names.push(baseline);
  return {
    row,
    line,
    saved: savedAt,
    team: teamOf,
    lane: laneOf,
    campaign: campaignOf,
    status: statusOf,
    amounts,
    total,
  };
}

/** The greatest Saved; on a tie, the baseline whose first valid row is lower in the table. */
export function latestBaseline(baselines: readonly Baseline[]): Baseline | null {
  let latest: Baseline | null = null;
  for (const baseline of baselines) {
    if (
      latest === null ||
      baseline.saved > latest.saved ||
      (baseline.saved === latest.saved && baseline.firstRow > latest.firstRow)
    )
      latest = baseline;
  }
  return latest;
}
