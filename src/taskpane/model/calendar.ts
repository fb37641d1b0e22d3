/**
 * The calendar's shape: lanes × the 12 plan months, bars grouped by campaign, rows with problems
 * kept (marked), and the filters by team, lane and campaign. Pure functions.
 */
import {
  compareNames,
  flagKind,
  normalName,
  worstSeverity,
  type Activity,
  type Flag,
  type Plan,
  type PlanCheck,
  type Severity,
  type Side,
  type Team,
} from "../../workbook";
import type { ProblemActivity } from "./activityRows";
import { monthLabel, monthRange, monthShort } from "./format";

export interface CalendarBar {
  id: string;
  /** 1-based data row in the Activities table. */
  row: number;
  name: string;
  /** null: a row with a problem whose Team cell names no team. */
  team: Team | null;
  lane: string;
  campaign: string | null;
  /** First and last plan-month positions (0..11), inclusive; null when the months cannot be placed. */
  first: number | null;
  last: number | null;
  /** "Mar–May 2027", or the months as far as they read. */
  when: string;
  expectedLeads: number | null;
  followUpHours: number | null;
  /** The titles of the flags that name this activity ("No follow-up (Aug 2027)"). */
  flags: string[];
  /** The checker's problems with the row: empty for a valid activity. */
  problems: string[];
}

export interface CampaignGroup {
  /** The campaign, or null for activities without one. */
  campaign: string | null;
  label: string;
  bars: CalendarBar[];
}

export interface CalendarLane {
  lane: string;
  side: Side | null;
  groups: CampaignGroup[];
  count: number;
}

export interface MonthHeader {
  month: string;
  short: string;
  label: string;
  /** The worst severity among the month's flags, or null when it has none. */
  severity: Severity | null;
  flagCount: number;
}

export interface CalendarModel {
  months: MonthHeader[];
  lanes: CalendarLane[];
  /** Every bar's campaign, in natural order (for the campaign filter). */
  campaigns: string[];
}

export const NO_CAMPAIGN_LABEL = "No campaign";
/** The lane of rows whose Lane is not one of the plan's lanes. */
export const UNKNOWN_LANE = "Rows whose lane is not in the Lanes table";

// The domain's one order for names (natural, case-insensitive: "Campaign 2" before "CAMPAIGN 10").
const byName = compareNames;

function span(indexes: readonly number[]): { first: number; last: number } | null {
  if (indexes.length === 0) return null;
  let first = indexes[0];
  let last = first;
  for (const i of indexes) {
    if (i < first) first = i;
    if (i > last) last = i;
  }
  return { first, last };
}

/** One text per distinct value of a key: a plan's 1,000 bars share a few dozen month ranges. */
function cached<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined && !seen.has(key)) {
      value = fn(key);
      seen.set(key, value);
    }
    return value as T;
  };
}

const rangeOf = (start: string, end: string, ranges: (key: string) => string) =>
  ranges(`${start}|${end}`);
const rangeWords = () =>
  cached((key) => {
    const bar = key.indexOf("|");
    return monthRange(key.slice(0, bar), key.slice(bar + 1));
  });

function toBar(a: Activity, flags: string[], ranges: (key: string) => string): CalendarBar | null {
  const s = span(a.monthIndexes);
  if (!s) return null;
  return {
    id: a.id,
    row: a.row,
    name: a.activity,
    team: a.team,
    lane: a.lane,
    campaign: a.campaign,
    first: s.first,
    last: s.last,
    when: rangeOf(a.months[0], a.months[a.months.length - 1], ranges),
    expectedLeads: a.expectedLeads,
    followUpHours: a.followUpHours,
    flags,
    problems: [],
  };
}

function problemBar(p: ProblemActivity, months: readonly string[]): CalendarBar {
  const from = p.start === null ? -1 : months.indexOf(p.start);
  const to = p.end === null ? -1 : months.indexOf(p.end);
  const placed = from >= 0 && to >= from;
  return {
    id: p.id,
    row: p.row,
    name: p.name,
    team: p.team,
    lane: p.lane,
    campaign: p.campaign,
    first: placed ? from : null,
    last: placed ? to : null,
    when:
      p.start && p.end
        ? monthRange(p.start, p.end)
        : p.start
          ? `from ${monthLabel(p.start)}`
          : "months unknown",
    expectedLeads: null,
    followUpHours: null,
    flags: [],
    problems: p.problems,
  };
}

/** Flag titles per activity ID (normalised), each "Title (Month)". */
function flagsById(flags: readonly Flag[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const title = cached((kindAndMonth) => {
    const [code, month] = kindAndMonth.split("|");
    return `${flagKind(code as Flag["code"]).title}${month ? ` (${monthLabel(month)})` : ""}`;
  });
  for (const f of flags) {
    const words = title(`${f.code}|${f.month ?? ""}`);
    for (const ref of f.refs) {
      const key = normalName(ref);
      const list = out.get(key);
      if (!list) out.set(key, [words]);
      else if (!list.includes(words)) list.push(words);
    }
  }
  return out;
}

function grouped(bars: CalendarBar[], nameKey: (name: string) => string): CampaignGroup[] {
  const groups = new Map<string, CampaignGroup>();
  for (const bar of bars) {
    const key = bar.campaign === null ? "" : nameKey(bar.campaign);
    let group = groups.get(key);
    if (!group) {
      group = { campaign: bar.campaign, label: bar.campaign ?? NO_CAMPAIGN_LABEL, bars: [] };
      groups.set(key, group);
    }
    group.bars.push(bar);
  }
  const sorted = [...groups.values()].sort((a, b) => {
    if (a.campaign === null) return b.campaign === null ? 0 : 1;
    if (b.campaign === null) return -1;
    return byName(a.campaign, b.campaign);
  });
  const start = (b: CalendarBar) => (b.first === null ? -1 : b.first);
  for (const g of sorted) g.bars.sort((a, b) => start(a) - start(b) || byName(a.name, b.name));
  return sorted;
}

/**
 * Every lane of the plan (in the Lanes table's order) with its activities, grouped by campaign
 * (campaigns in natural order, activities without one last), each group's bars by first month then
 * name. `problems` (rows the checker left out) are drawn too, in their lane when it is one of the
 * plan's, else in a lane of their own at the top.
 */
export function calendarModel(
  plan: Plan,
  check: PlanCheck,
  problems: readonly ProblemActivity[] = []
): CalendarModel {
  const flagsByMonth = new Map<string, Flag[]>();
  for (const f of check.flags) {
    if (f.month === null) continue;
    const list = flagsByMonth.get(f.month);
    if (list) list.push(f);
    else flagsByMonth.set(f.month, [f]);
  }
  const months: MonthHeader[] = plan.months.map((month) => {
    const flags = flagsByMonth.get(month) ?? [];
    return {
      month,
      short: monthShort(month),
      label: monthLabel(month),
      severity: worstSeverity(flags),
      flagCount: flags.length,
    };
  });
  const titles = flagsById(check.flags);
  // Lanes and campaigns are a few names over many bars: each normalised once.
  const nameKey = cached(normalName);
  const ranges = rangeWords();
  const laneKeys = new Map(plan.lanes.map((l) => [nameKey(l.lane), l.lane]));
  // Bars by lane once, rather than every activity scanned for every lane.
  const byLane = new Map<string, CalendarBar[]>();
  const add = (lane: string, bar: CalendarBar) => {
    const list = byLane.get(lane);
    if (list) list.push(bar);
    else byLane.set(lane, [bar]);
  };
  for (const a of plan.activities) {
    const bar = toBar(a, titles.get(normalName(a.id)) ?? [], ranges);
    if (bar) add(nameKey(a.lane), bar);
  }
  const unknown: CalendarBar[] = [];
  for (const p of problems) {
    const bar = problemBar(p, plan.months);
    if (laneKeys.has(nameKey(p.lane))) add(nameKey(p.lane), bar);
    else unknown.push(bar);
  }
  const lanes: CalendarLane[] = plan.lanes.map((lane) => {
    const bars = byLane.get(nameKey(lane.lane)) ?? [];
    return { lane: lane.lane, side: lane.side, groups: grouped(bars, nameKey), count: bars.length };
  });
  if (unknown.length > 0) {
    lanes.unshift({
      lane: UNKNOWN_LANE,
      side: null,
      groups: grouped(unknown, nameKey),
      count: unknown.length,
    });
  }
  const campaigns = new Map<string, string>();
  for (const lane of lanes)
    for (const g of lane.groups)
      if (g.campaign !== null && !campaigns.has(nameKey(g.campaign)))
        campaigns.set(nameKey(g.campaign), g.campaign);
  return { months, lanes, campaigns: [...campaigns.values()].sort(byName) };
}

/** What the calendar shows: "" in a field means any. */
export interface CalendarFilter {
  team: string;
  lane: string;
  campaign: string;
}

export const NO_FILTER: CalendarFilter = { team: "", lane: "", campaign: "" };

export const isFiltered = (f: CalendarFilter) =>
  f.team !== "" || f.lane !== "" || f.campaign !== "";

/** The lanes and bars that pass the filter; with a filter on, lanes left empty are dropped. */
export function filterLanes(
  lanes: readonly CalendarLane[],
  filter: CalendarFilter
): CalendarLane[] {
  if (!isFiltered(filter)) return lanes as CalendarLane[];
  const team = normalName(filter.team);
  const campaign = normalName(filter.campaign);
  const out: CalendarLane[] = [];
  for (const lane of lanes) {
    if (filter.lane !== "" && normalName(lane.lane) !== normalName(filter.lane)) continue;
    const groups: CampaignGroup[] = [];
    let count = 0;
    for (const g of lane.groups) {
      if (campaign !== "" && normalName(g.campaign ?? "") !== campaign) continue;
      const bars = team === "" ? g.bars : g.bars.filter((b) => normalName(b.team ?? "") === team);
      if (bars.length === 0) continue;
      groups.push({ ...g, bars });
      count += bars.length;
    }
    if (count > 0 || (filter.lane !== "" && team === "" && campaign === ""))
      out.push({ ...lane, groups, count });
  }
  return out;
}

/** How many bars the lanes hold. */
export const barCount = (lanes: readonly CalendarLane[]) =>
  lanes.reduce((n, lane) => n + lane.count, 0);

/**
 * How many bars a big calendar draws at once, first: a few screens of a task pane (a 900 px
 * pane shows 13 bars on its first screen, ~28 on each after it; drawing fewer first was tried
 * and measured no better, docs/decisions.md). A plan with at most this many is drawn whole in
 * one go.
 */
export const FIRST_SCREEN_BARS = 100;
/** How many more bars each later step draws, after the screen was painted. */
export const BARS_PER_STEP = 300;

/**
 * The lanes cut after their first `limit` bars in display order (lanes, then campaign groups,
 * then bars): what a big calendar draws first, so rows with problems come exactly where they
 * would anyway. Lanes and groups wholly within the limit are the same objects as given (their
 * drawn rows need not be drawn again); lanes past the cut are left out until a later step.
 */
export function firstBars(lanes: CalendarLane[], limit: number): CalendarLane[] {
  if (barCount(lanes) <= limit) return lanes;
  const out: CalendarLane[] = [];
  let left = limit;
  for (const lane of lanes) {
    if (left <= 0) break;
    if (lane.count <= left) {
      out.push(lane);
      left -= lane.count;
      continue;
    }
    const groups: CampaignGroup[] = [];
    for (const g of lane.groups) {
      if (left <= 0) break;
      const bars = g.bars.length <= left ? g.bars : g.bars.slice(0, left);
      groups.push(bars === g.bars ? g : { ...g, bars });
      left -= bars.length;
    }
    out.push({ ...lane, groups, count: groups.reduce((n, g) => n + g.bars.length, 0) });
  }
  return out;
}

/** "2 flags, worst: warning" for a month header's accessible description. */
export function monthFlagWords(header: MonthHeader): string {
  if (header.flagCount === 0) return `${header.label}: no flags`;
  const noun = header.flagCount === 1 ? "flag" : "flags";
  return `${header.label}: ${header.flagCount} ${noun}, worst ${header.severity}`;
}

/** A bar's detail, line by line, for its tooltip. */
export function barDetail(bar: CalendarBar): string[] {
  const lines = [
    `${bar.id ? `${bar.id} · ` : ""}${bar.name}`,
    `${bar.team ?? "Team unknown"} · ${bar.lane || "no lane"} lane`,
    bar.campaign ? `Campaign: ${bar.campaign}` : NO_CAMPAIGN_LABEL,
    bar.when,
  ];
  const numbers = [
    bar.expectedLeads !== null ? `${bar.expectedLeads} expected leads` : "",
    bar.followUpHours !== null ? `follow-up within ${bar.followUpHours} h` : "",
  ].filter(Boolean);
  if (numbers.length) lines.push(numbers.join(" · "));
  if (bar.flags.length) lines.push(`Flags: ${bar.flags.join("; ")}`);
  for (const p of bar.problems) lines.push(`Problem: ${p}`);
  lines.push("Enter or click opens the activity.");
  return lines;
}
