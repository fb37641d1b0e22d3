/**
 * The rules for one row of Activities, Budget or Results, written once.
 * The checker applies them cell by cell (fast, no allocation per rule) and
 * schemas.ts wraps the very same functions in zod schemas for the forms.
 */
import {
  asCell,
  fail,
  isBlank,
  ok,
  readChoice,
  readName,
  readNumber,
  readText,
  show,
  type NumberRule,
  type Read,
} from "./cells";
import { STATUSES, TEAMS } from "./columns";
import type { LaneIndex } from "./lanes";
import { nameKey } from "./names";
import { trimText } from "./text";
import { formatMonth, monthWords, rangeWords, readMonthNumber } from "./months";
import type { Activity, BudgetLine, Cell, Lane, ResultsRow, Status, Team } from "./types";

/** What a row's rules need to know about the rest of the plan. */
export interface RowContext {
  lanes: LaneIndex;
  /** First plan month as a month number, or null when Plan starts is unknown. */
  planStart: number | null;
}

/** One broken rule in a row. */
export interface Issue {
  column: string;
  value: Cell;
  message: string;
}

/**
 * A row rule's outcome: the row, or the issues that keep it out (what `readRows`' visitor returns).
 * Not an `{ ok, value }` object: that would be one more object per row read.
 */
export type RowRead<T> = T | Issue[];

// ---- shared cell rules -----------------------------------------------------

function readLane(
  column: string,
  value: unknown,
  ctx: RowContext,
  required: boolean
): Read<Lane | null> {
  const text = readText(column, value, required);
  if (!text.ok || text.value === null) return text as Read<null>;
  const lane = ctx.lanes.get(nameKey(text.value));
  if (lane) return ok(lane);
  const names = [...ctx.lanes.values()].map((l) => l.lane);
  return fail(
    `${column} ${show(value)} is not one of the lanes${names.length ? ` (${names.join(", ")})` : ""}. Pick one, or add it to the Lanes table.`
  );
}

function readNotes(value: unknown): Read<string> {
  if (typeof value === "string") return ok(trimText(value));
  if (typeof value === "number" || typeof value === "boolean") return ok(String(value));
  return ok("");
}

function planYearWords(planStart: number): string {
  return rangeWords(planStart, planStart + 11);
}

// ---- number rules, named so the checker's fast paths test the very same rule ----

export const NUMBER_RULES = {
  expectedLeads: { min: 0, whole: true },
  followUpHours: { min: 0, aboveMin: true },
  /** A reported Results figure: Spend, Leads, Qualified, Closed, Revenue. */
  reported: { min: 0 },
  followedUp: { min: 0, whole: true },
} as const satisfies Record<string, NumberRule>;

// ---- Activities ------------------------------------------------------------

export const ACTIVITY_RULES = {
  ID: (v: unknown) => readText("ID", v, true) as Read<string>,
  Activity: (v: unknown) => readText("Activity", v, true) as Read<string>,
  Lane: (v: unknown, ctx: RowContext) => readLane("Lane", v, ctx, true) as Read<Lane>,
  Team: (v: unknown) => readChoice<Team>("Team", v, TEAMS, null),
  Campaign: (v: unknown) => readName("Campaign", v, false),
  Start: (v: unknown, ctx: RowContext): Read<number> =>
    isBlank(v)
      ? fail("Start is required: the month the activity begins, like Mar 2027.")
      : readMonthNumber("Start", v, ctx.planStart),
  End: (v: unknown, ctx: RowContext): Read<number | null> =>
    isBlank(v) ? ok(null) : readMonthNumber("End", v, ctx.planStart),
  "Expected leads": (v: unknown) => readNumber("Expected leads", v, NUMBER_RULES.expectedLeads),
  "Follow-up hours": (v: unknown) => readNumber("Follow-up hours", v, NUMBER_RULES.followUpHours),
  Notes: (v: unknown) => readNotes(v),
} as const;

export interface ActivityFields {
  ID: string;
  Activity: string;
  Lane: Lane;
  Team: Team;
  Campaign: string | null;
  Start: number;
  End: number | null;
  "Expected leads": number | null;
  "Follow-up hours": number | null;
  Notes: string;
}

/**
 * The plan months from..to (inside the plan year starting at planStart), as month texts and
 * positions. Thousands of activities share a few dozen spans, so each span's two lists are
 * made once and shared; they are frozen because they are shared.
 */
function planSpan(
  planStart: number,
  from: number,
  to: number
): { months: string[]; monthIndexes: number[] } {
  const key = planStart * 144 + (from - planStart) * 12 + (to - planStart);
  let span = spans.get(key);
  if (span === undefined) {
    const months: string[] = [];
    const monthIndexes: number[] = [];
    for (let m = from; m <= to; m++) {
      months.push(formatMonth(m));
      monthIndexes.push(m - planStart);
    }
    span = {
      months: Object.freeze(months) as string[],
      monthIndexes: Object.freeze(monthIndexes) as number[],
    };
    if (spans.size >= 10000) spans.clear();
    spans.set(key, span);
  }
  return span;
}

const spans = new Map<number, { months: string[]; monthIndexes: number[] }>();

/**
 * Rules across cells: End not before Start, and some month inside the plan year. The two broken
 * rules' issues are made by functions of their own: that keeps this one small enough for V8 to
 * inline into the row reader (460 bytes of bytecode at most), which then need not build the
 * `fields` object per row (the activities' row reader allocated 0.9 → 0.5 MB per check at 10,000
 * rows, heap sampling).
 */
export function finishActivity(
  f: ActivityFields,
  // The Start and End cells as typed, for the problem's value (two arguments: no object per row).
  rawStart: unknown,
  rawEnd: unknown,
  ctx: RowContext,
  row = 0
): RowRead<Activity> {
  const start = f.Start;
  const end = f.End ?? f.Start;
  if (end < start) return endBeforeStart(start, end, rawEnd);
  let months: string[] = [];
  let monthIndexes: number[] = [];
  if (ctx.planStart !== null) {
    // Only months inside the plan year count; the rest are ignored.
    const from = Math.max(start, ctx.planStart);
    const to = Math.min(end, ctx.planStart + 11);
    if (from <= to) ({ months, monthIndexes } = planSpan(ctx.planStart, from, to));
    if (months.length === 0) return outsidePlanYear(start, end, rawStart, ctx.planStart);
  }
  return {
    row,
    id: f.ID,
    activity: f.Activity,
    lane: f.Lane.lane,
    side: f.Lane.side,
    team: f.Team,
    campaign: f.Campaign,
    start: formatMonth(start),
    end: formatMonth(end),
    months,
    monthIndexes,
    expectedLeads: f["Expected leads"],
    followUpHours: f["Follow-up hours"],
    notes: f.Notes,
  };
}

function endBeforeStart(start: number, end: number, rawEnd: unknown): Issue[] {
  return [
    {
      column: "End",
      value: asCell(rawEnd),
      // Months in words: a form passes month numbers, a sheet a date serial; both read "Mar 2027".
      message: `End ${monthWords(end)} is before Start ${monthWords(start)}. Set End to ${monthWords(start)} or later.`,
    },
  ];
}

function outsidePlanYear(
  start: number,
  end: number,
  rawStart: unknown,
  planStart: number
): Issue[] {
  return [
    {
      column: "Start",
      value: asCell(rawStart),
      message: `Activity runs ${rangeWords(start, end)}, outside the plan year (${planYearWords(planStart)}). Move it into the plan year.`,
    },
  ];
}

// ---- Budget ----------------------------------------------------------------

const readAmount = (column: string) => (v: unknown) => {
  const read = readNumber(column, v, { min: 0 });
  return read.ok ? ok(read.value ?? 0) : read;
};

export const BUDGET_RULES = {
  Line: (v: unknown) => readText("Line", v, true) as Read<string>,
  Team: (v: unknown) => readChoice<Team>("Team", v, TEAMS, null),
  Lane: (v: unknown, ctx: RowContext) => readLane("Lane", v, ctx, false),
  Campaign: (v: unknown) => readName("Campaign", v, false),
  Status: (v: unknown) => readChoice<Status>("Status", v, STATUSES, "Draft"),
  /** An amount in a month column: ≥ 0, blank means 0. */
  amount: readAmount,
} as const;

export interface BudgetFields {
  Line: string;
  Team: Team;
  Lane: Lane | null;
  Campaign: string | null;
  Status: Status;
  /** 12 amounts in plan order. */
  amounts: number[];
}

/** Month of the year (0..11) of plan month 0: the column the plan order starts at. */
export function firstMonthOfYear(ctx: RowContext): number {
  return ctx.planStart === null ? 0 : ctx.planStart % 12;
}

export function finishBudgetLine(f: BudgetFields, row = 0): BudgetLine {
  let total = 0;
  for (let i = 0; i < 12; i++) total += f.amounts[i];
  return {
    row,
    line: f.Line,
    team: f.Team,
    lane: f.Lane ? f.Lane.lane : null,
    campaign: f.Campaign,
    status: f.Status,
    amounts: f.amounts,
    total,
  };
}

// ---- Results ---------------------------------------------------------------

const reported = (column: string) => (v: unknown) => readNumber(column, v, NUMBER_RULES.reported);

function readResultsMonth(v: unknown, ctx: RowContext): Read<number> {
  if (isBlank(v)) return fail("Month is required.");
  const read = readMonthNumber("Month", v, ctx.planStart);
  if (!read.ok || ctx.planStart === null) return read;
  if (read.value < ctx.planStart || read.value > ctx.planStart + 11) {
    return fail(
      `Month ${show(v)} is outside the plan year (${planYearWords(ctx.planStart)}). Use a month of the plan year.`
    );
  }
  return read;
}

export const RESULTS_RULES = {
  Month: readResultsMonth,
  Channel: (v: unknown) => readName("Channel", v, true) as Read<string>,
  Lane: (v: unknown, ctx: RowContext) => readLane("Lane", v, ctx, false),
  Campaign: (v: unknown) => readName("Campaign", v, false),
  Spend: reported("Spend"),
  Leads: reported("Leads"),
  Qualified: reported("Qualified"),
  Closed: reported("Closed"),
  Revenue: reported("Revenue"),
  "Followed up": (v: unknown) => readNumber("Followed up", v, NUMBER_RULES.followedUp),
} as const;

export interface ResultsFields {
  Month: number;
  Channel: string;
  Lane: Lane | null;
  Campaign: string | null;
  Spend: number | null;
  Leads: number | null;
  Qualified: number | null;
  Closed: number | null;
  Revenue: number | null;
  /** Absent (a form without the column) reads as not reported. */
  "Followed up"?: number | null;
}

/** Closed may not exceed Leads when both are reported, nor may Followed up. */
export function finishResultsRow(
  f: ResultsFields,
  // The Closed and Followed up cells as typed, for the problem's value (no object per row).
  rawClosed: unknown,
  rawFollowedUp: unknown,
  ctx: RowContext,
  row = 0
): RowRead<ResultsRow> {
  const followedUp = f["Followed up"] ?? null;
  if (f.Closed !== null && f.Leads !== null && f.Closed > f.Leads) {
    return [
      {
        column: "Closed",
        value: asCell(rawClosed),
        message: `Closed (${f.Closed}) is more than Leads (${f.Leads}); a deal is closed from a lead. Correct Closed or Leads.`,
      },
    ];
  }
  if (followedUp !== null && f.Leads !== null && followedUp > f.Leads) {
    return [
      {
        column: "Followed up",
        value: asCell(rawFollowedUp),
        message: `Followed up (${followedUp}) is more than Leads (${f.Leads}); sales can only contact the leads that came in. Correct Followed up or Leads.`,
      },
    ];
  }
  return {
    row,
    month: formatMonth(f.Month),
    monthIndex: ctx.planStart === null ? null : f.Month - ctx.planStart,
    channel: f.Channel,
    lane: f.Lane ? f.Lane.lane : null,
    campaign: f.Campaign,
    spend: f.Spend,
    leads: f.Leads,
    qualified: f.Qualified,
    closed: f.Closed,
    revenue: f.Revenue,
    followedUp,
  };
}
