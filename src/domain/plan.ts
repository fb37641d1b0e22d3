/**
 * parsePlan: the workbook's rows turned into the plan (valid rows only) plus a
 * problem for every rule a row or setting broke. The calendar, the budget
 * view and the checker all read the plan through this one function.
 */
import { asCell, meets, type NumberRule, type Read } from "./cells";
import {
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  DOOR_COLUMN,
  FOLLOWED_UP,
  RESULTS_COLUMNS,
} from "./columns";
import { latestBaseline, readBaselines } from "./baselines";
import { excelErrorMessage, isExcelError } from "./errors";
import { KeyIndex } from "./key-index";
import { indexLanes, readLanes } from "./lanes";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthNumberOf, planMonths } from "./months";
import { nameKey, normalName } from "./names";
import {
  ACTIVITY_RULES,
  BUDGET_RULES,
  NUMBER_RULES,
  RESULTS_RULES,
  finishActivity,
  finishBudgetLine,
  finishResultsRow,
  firstMonthOfYear,
  type Issue,
  type RowContext,
  type RowRead,
} from "./rows";
import { readSettings } from "./settings";
import { trimText } from "./text";
import { readDemand, readDemandSettings } from "./demand-read";
import {
  append,
  headerLookup,
  readRows,
  sideColumn,
  type SideColumn,
  type TableShape,
} from "./table";
import type { Activity, BudgetLine, Lane, Plan, Problem, ResultsRow, Status, Team } from "./types";

const ACTIVITIES_SHAPE: TableShape = {
  table: "Activities",
  columns: ACTIVITY_COLUMNS,
  required: [0, 1, 2, 3, 5], // ID, Activity, Lane, Team, Start
  columnOf: headerLookup(ACTIVITY_COLUMNS),
};

/** Budget cells: the 5 base columns, then Jan..Dec in calendar order (positions 5..16). */
const BUDGET_CELL_COLUMNS = [...BUDGET_BASE_COLUMNS, ...MONTH_ABBREVIATIONS];
const BUDGET_SHAPE: TableShape = {
  table: "Budget",
  columns: BUDGET_CELL_COLUMNS,
  required: [0, 1], // Line, Team
  // Full month names are accepted as headers too ("March" for "Mar").
  columnOf: headerLookup(
    BUDGET_CELL_COLUMNS,
    MONTH_NAMES.map((name, i): [string, number] => [name, 5 + i])
  ),
};

/** Results cells: RESULTS_COLUMNS, then Followed up (position 9). */
const RESULTS_CELL_COLUMNS = [...RESULTS_COLUMNS, FOLLOWED_UP];
const RESULTS_SHAPE: TableShape = {
  table: "Results",
  columns: RESULTS_CELL_COLUMNS,
  required: [0, 1], // Month, Channel
  columnOf: headerLookup(RESULTS_CELL_COLUMNS),
};

/** Reads one cell with its rule; on failure records the issue and returns undefined. */
export function take<T>(read: Read<T>, column: string, raw: unknown, issues: Issue[]): T {
  if (read.ok && !isExcelError(raw)) return read.value;
  const message = isExcelError(raw)
    ? excelErrorMessage(column, raw)
    : (read as { message: string }).message;
  issues.push({ column, value: asCell(raw), message });
  return undefined as T;
}

/**
 * The same rule, remembered per distinct text: lanes, teams, campaigns and
 * months repeat across thousands of rows, so each spelling is read once.
 * With `numbers`, number cells are remembered too (month serials: a date read
 * once per distinct serial); only for rules whose result does not tell 0 from -0.
 * A plain object read by `recall`, not a closure: see RowVisitor in table.ts.
 */
export interface Memo<T> {
  rule: (value: unknown) => Read<T>;
  numbers: boolean;
  known: Map<string, Read<T>>;
  knownNumbers: Map<number, Read<T>>;
}

export function memo<T>(rule: (value: unknown) => Read<T>, numbers = false): Memo<T> {
  return { rule, numbers, known: new Map(), knownNumbers: new Map() };
}

/** A cell read by a memo's rule, remembered. */
export function recall<T>(memo: Memo<T>, value: unknown): Read<T> {
  if (typeof value === "string") {
    let read = memo.known.get(value);
    if (read === undefined) {
      read = memo.rule(value);
      if (memo.known.size < 10000) memo.known.set(value, read);
    }
    return read;
  }
  if (memo.numbers && typeof value === "number") {
    let read = memo.knownNumbers.get(value);
    if (read === undefined) {
      read = memo.rule(value);
      if (memo.knownNumbers.size < 10000) memo.knownNumbers.set(value, read);
    }
    return read;
  }
  return memo.rule(value);
}

/**
 * A required text cell (ID, Activity, Line). Most are plain text: read here without a Read
 * object, exactly as readText would (trimmed); any other cell goes through its rule.
 */
export function textCell(
  cell: unknown,
  rule: (value: unknown) => Read<string>,
  column: string,
  issues: Issue[]
): string {
  if (typeof cell === "string" && !isExcelError(cell as unknown)) {
    const text = trimText(cell);
    if (text !== "") return text;
  }
  return take(rule(cell), column, cell, issues);
}

/**
 * An optional number cell. A finite number that meets the rule, or a blank (null), is read here
 * without a Read object, exactly as readNumber would; any other cell goes through `read`.
 */
export function numberCell(
  cell: unknown,
  rule: NumberRule,
  read: (value: unknown) => Read<number | null>,
  column: string,
  issues: Issue[]
): number | null {
  if (typeof cell === "number") {
    if (Number.isFinite(cell) && meets(cell, rule)) return cell;
  } else if (cell === "" || cell === null || cell === undefined) return null;
  return take(read(cell), column, cell, issues);
}

/** How many rows a table arrived with (0 when it is not a list). */
export function rowCount(raw: unknown): number {
  return Array.isArray(raw) ? raw.length : 0;
}

/** First row that used each ID / Line (compared by normalName); later rows are duplicates. */
export function duplicateIssue(
  seen: KeyIndex,
  column: string,
  value: string | undefined,
  raw: unknown,
  row: number
): Issue | null {
  if (value === undefined) return null;
  const first = seen.addIfAbsent(normalName(value), row);
  if (first === undefined) return null;
  return {
    column,
    value: asCell(raw), // the cell as typed (7, " A1 "), like every other problem
    message: `${column} '${value}' is already used in row ${first}. Give this row its own ${column}.`,
  };
}

/** What reading the Activities rows needs: made once per check, read by readActivityRow. */
interface ActivityReading {
  ctx: RowContext;
  seen: KeyIndex;
  issues: Issue[]; // reused row after row
  lane: Memo<Lane>;
  team: Memo<Team>;
  campaign: Memo<string | null>;
  start: Memo<number>;
  end: Memo<number | null>;
}

function readActivities(
  raw: unknown,
  ctx: RowContext,
  problems: Problem[],
  doors: SideColumn
): Activity[] {
  const R = ACTIVITY_RULES;
  const reading: ActivityReading = {
    ctx,
    seen: new KeyIndex(rowCount(raw)),
    issues: [],
    lane: memo((v) => R.Lane(v, ctx)),
    team: memo(R.Team),
    campaign: memo(R.Campaign),
    start: memo((v) => R.Start(v, ctx), true),
    end: memo((v) => R.End(v, ctx), true),
  };
  return readRows<Activity, ActivityReading>(
    ACTIVITIES_SHAPE,
    raw,
    problems,
    readActivityRow,
    reading,
    doors
  );
}

function readActivityRow(s: ActivityReading, row: number, cells: unknown[]): RowRead<Activity> {
  const R = ACTIVITY_RULES;
  const N = NUMBER_RULES;
  const issues = s.issues;
  if (issues.length > 0) issues.length = 0; // setting length is a runtime call
  const id = textCell(cells[0], R.ID, "ID", issues);
  const duplicate = duplicateIssue(s.seen, "ID", id, cells[0], row);
  if (duplicate) issues.push(duplicate);
  const notes = cells[9];
  const fields = {
    ID: id,
    Activity: textCell(cells[1], R.Activity, "Activity", issues),
    Lane: take(recall(s.lane, cells[2]), "Lane", cells[2], issues),
    Team: take(recall(s.team, cells[3]), "Team", cells[3], issues),
    Campaign: take(recall(s.campaign, cells[4]), "Campaign", cells[4], issues),
    Start: take(recall(s.start, cells[5]), "Start", cells[5], issues),
    End: take(recall(s.end, cells[6]), "End", cells[6], issues),
    "Expected leads": numberCell(
      cells[7],
      N.expectedLeads,
      R["Expected leads"],
      "Expected leads",
      issues
    ),
    "Follow-up hours": numberCell(
      cells[8],
      N.followUpHours,
      R["Follow-up hours"],
      "Follow-up hours",
      issues
    ),
    Notes:
      typeof notes === "string" && !isExcelError(notes as unknown)
        ? trimText(notes)
        : take(R.Notes(notes), "Notes", notes, issues),
  };
  if (issues.length > 0) return issues;
  return finishActivity(fields, cells[5], cells[6], s.ctx, row);
}

/**
 * The 12 month cells of a Budget-shaped row (Jan..Dec from `firstColumn`), straight into plan
 * order: plan month i is calendar month (first + i) % 12.
 */
export function readAmounts(
  cells: readonly unknown[],
  firstColumn: number,
  first: number,
  amountRules: ReadonlyArray<Memo<number>>,
  issues: Issue[]
): number[] {
  // A literal of numbers, not new Array(12): V8 then keeps a packed array of numbers, which every
  // later sum over the amounts reads without a hole check (and a bad cell stores 0, not undefined,
  // which would turn every later row's array into one of boxed values). readAmounts' share of
  // checkPlan's time at 1,000 rows (CPU profile): 10.7% → 3.1%.
  const amounts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 12; i++) {
    const month = (first + i) % 12;
    const cell = cells[firstColumn + month];
    // Fast paths for the common cases: a plain non-negative number, or blank (0).
    if (typeof cell === "number" && cell >= 0 && cell !== Infinity) amounts[i] = cell;
    else if (cell !== "" && cell !== null && cell !== undefined) {
      // A bad cell's issue keeps the whole row out, so its 0 is never read.
      const amount = take(
        recall(amountRules[month], cell),
        MONTH_ABBREVIATIONS[month],
        cell,
        issues
      );
      if (amount !== undefined) amounts[i] = amount;
    }
  }
  return amounts;
}

/** What reading the Budget rows needs: made once per check, read by readBudgetRow. */
interface BudgetReading {
  seen: KeyIndex;
  issues: Issue[]; // reused row after row
  amountRules: Array<Memo<number>>;
  /** Month of the year of plan month 0. */
  first: number;
  team: Memo<Team>;
  lane: Memo<Lane | null>;
  campaign: Memo<string | null>;
  status: Memo<Status>;
}

function readBudget(raw: unknown, ctx: RowContext, problems: Problem[]): BudgetLine[] {
  const R = BUDGET_RULES;
  const reading: BudgetReading = {
    seen: new KeyIndex(rowCount(raw)),
    issues: [],
    amountRules: MONTH_ABBREVIATIONS.map((name) => memo(R.amount(name))),
    first: firstMonthOfYear(ctx),
    team: memo(R.Team),
    lane: memo((v) => R.Lane(v, ctx)),
    campaign: memo(R.Campaign),
    status: memo(R.Status),
  };
  return readRows<BudgetLine, BudgetReading>(BUDGET_SHAPE, raw, problems, readBudgetRow, reading);
}

function readBudgetRow(s: BudgetReading, row: number, cells: unknown[]): RowRead<BudgetLine> {
  // A missing month column reads as blank, i.e. 0 (rows may list only the months they use).
  const R = BUDGET_RULES;
  const issues = s.issues;
  if (issues.length > 0) issues.length = 0; // setting length is a runtime call
  const line = textCell(cells[0], R.Line, "Line", issues);
  const duplicate = duplicateIssue(s.seen, "Line", line, cells[0], row);
  if (duplicate) issues.push(duplicate);
  const amounts = readAmounts(cells, 5, s.first, s.amountRules, issues);
  const fields = {
    Line: line,
    Team: take(recall(s.team, cells[1]), "Team", cells[1], issues),
    Lane: take(recall(s.lane, cells[2]), "Lane", cells[2], issues),
    Campaign: take(recall(s.campaign, cells[3]), "Campaign", cells[3], issues),
    Status: take(recall(s.status, cells[4]), "Status", cells[4], issues),
    amounts,
  };
  return issues.length > 0 ? issues : finishBudgetLine(fields, row);
}

/** What reading the Results rows needs: made once per check, read by readResultsRow. */
interface ResultsReading {
  ctx: RowContext;
  issues: Issue[]; // reused row after row
  month: Memo<number>;
  channel: Memo<string>;
  lane: Memo<Lane | null>;
  campaign: Memo<string | null>;
}

function readResults(raw: unknown, ctx: RowContext, problems: Problem[]): ResultsRow[] {
  const R = RESULTS_RULES;
  const reading: ResultsReading = {
    ctx,
    issues: [],
    month: memo((v) => R.Month(v, ctx), true),
    channel: memo(R.Channel),
    lane: memo((v) => R.Lane(v, ctx)),
    campaign: memo(R.Campaign),
  };
  return readRows<ResultsRow, ResultsReading>(
    RESULTS_SHAPE,
    raw,
    problems,
    readResultsRow,
    reading
  );
}

function readResultsRow(s: ResultsReading, row: number, cells: unknown[]): RowRead<ResultsRow> {
  const R = RESULTS_RULES;
  const reported = NUMBER_RULES.reported;
  const issues = s.issues;
  if (issues.length > 0) issues.length = 0; // setting length is a runtime call
  const fields = {
    Month: take(recall(s.month, cells[0]), "Month", cells[0], issues),
    Channel: take(recall(s.channel, cells[1]), "Channel", cells[1], issues),
    Lane: take(recall(s.lane, cells[2]), "Lane", cells[2], issues),
    Campaign: take(recall(s.campaign, cells[3]), "Campaign", cells[3], issues),
    Spend: numberCell(cells[4], reported, R.Spend, "Spend", issues),
    Leads: numberCell(cells[5], reported, R.Leads, "Leads", issues),
    Qualified: numberCell(cells[6], reported, R.Qualified, "Qualified", issues),
    Closed: numberCell(cells[7], reported, R.Closed, "Closed", issues),
    Revenue: numberCell(cells[8], reported, R.Revenue, "Revenue", issues),
    "Followed up": numberCell(
      cells[9],
      NUMBER_RULES.followedUp,
      R["Followed up"],
      FOLLOWED_UP,
      issues
    ),
  };
  if (issues.length > 0) return issues;
  return finishResultsRow(fields, cells[7], cells[9], s.ctx, row);
}

/**
 * One spelling per campaign across the workbook: the first one written, reading
 * Activities, then Budget, then Results, each top to bottom. Matching ignores
 * case and extra spaces.
 */
function unifyCampaigns(...tables: Array<Array<{ campaign: string | null }>>) {
  const spelling = new Map<string, string>(); // first spelling per nameKey
  // The first spelling of each spelling seen: one lookup per row (a spelling's key, made
  // once, finds its first spelling, which never changes after).
  const firstOf = new Map<string, string>();
  for (const rows of tables)
    for (const row of rows) {
      if (row.campaign === null) continue;
      let first = firstOf.get(row.campaign);
      if (first === undefined) {
        const key = nameKey(row.campaign);
        first = spelling.get(key);
        if (first === undefined) spelling.set(key, (first = row.campaign));
        firstOf.set(row.campaign, first);
      }
      row.campaign = first;
    }
}

/** Row context for forms: the lanes and the plan year of a plan already read. */
export function rowContext(lanes: readonly Lane[], planStarts: string | null): RowContext {
  return {
    lanes: indexLanes(lanes),
    planStart: planStarts === null ? null : monthNumberOf(planStarts),
  };
}

/** Parses and validates the whole plan; never throws on rows it cannot read. */
export function parsePlan(input: unknown): Plan {
  const source = (input !== null && typeof input === "object" ? input : {}) as Record<
    string,
    unknown
  >;
  const problems: Problem[] = [];
  const { settings, problems: settingProblems, measurement } = readSettings(source.settings);
  append(problems, settingProblems);
  const demandSettings = readDemandSettings(source.settings);
  append(problems, demandSettings.problems);
  const { lanes, problems: laneProblems } = readLanes(source.lanes);
  append(problems, laneProblems);
  const ctx = rowContext(lanes, settings.planStarts);
  // The Door column is gathered in the same walk and checked once the doors are read.
  const activityDoors = sideColumn(DOOR_COLUMN);
  const allActivities = readActivities(source.activities, ctx, problems, activityDoors);
  const budget = readBudget(source.budget, ctx, problems);
  const results = readResults(source.results, ctx, problems);
  const baselines = readBaselines(source.baselines, ctx, problems);
  const { demand, badActivityRows } = readDemand(
    source,
    activityDoors,
    demandSettings.settings,
    ctx.lanes,
    ctx.planStart,
    problems
  );
  // An activity whose Door is not one of the doors is left out like any bad row.
  const activities =
    badActivityRows.size === 0
      ? allActivities
      : allActivities.filter((a) => !badActivityRows.has(a.row));
  unifyCampaigns(activities, budget, results);
  return {
    settings,
    months: settings.planStarts === null ? [] : planMonths(settings.planStarts),
    lanes,
    activities,
    budget,
    results,
    baselines,
    latestBaseline: latestBaseline(baselines),
    measurement,
    problems,
    demand,
  };
}
