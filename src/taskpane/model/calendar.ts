/** The calendar's shape: lanes × the 12 plan months, bars grouped by campaign. Pure functions. */
import {
  compareNames,
  worstSeverity,
  type Activity,
  type Flag,
  type Plan,
  type PlanCheck,
  type Severity,
  type Side,
  type Team,
} from "../../workbook";
import { monthLabel, monthRange, monthShort } from "./format";

export interface CalendarBar {
  id: string;
  /** 1-based data row in the Activities table. */
  row: number;
  name: string;
  team: Team;
  campaign: string | null;
  /** First and last plan-month positions (0..11), inclusive. */
  first: number;
  last: number;
  /** "Mar–May 2027" */
  when: string;
}

export interface CampaignGroup {
  /** The campaign, or null for activities without one. */
  campaign: string | null;
  label: string;
  bars: CalendarBar[];
}

export interface CalendarLane {
  lane: string;
  side: Side;
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
}

export const NO_CAMPAIGN_LABEL = "No campaign";

function toBar(a: Activity): CalendarBar | null {
  if (a.monthIndexes.length === 0) return null;
  let first = a.monthIndexes[0];
  let last = first;
  for (const i of a.monthIndexes) {
    if (i < first) first = i;
    if (i > last) last = i;
  }
  return {
    id: a.id,
    row: a.row,
    name: a.activity,
    team: a.team,
    campaign: a.campaign,
    first,
    last,
    when: monthRange(a.months[0], a.months[a.months.length - 1]),
  };
}

// The domain's one order for names (natural, case-insensitive: "Campaign 2" before "CAMPAIGN 10"),
// with a single collator: localeCompare with options builds a new one on each call.
const byName = compareNames;

/**
 * Every lane of the plan (in the Lanes table's order) with its activities,
 * grouped by campaign (campaigns alphabetically, activities without one last),
 * each group's bars by first month then name.
 */
export function calendarModel(plan: Plan, check: PlanCheck): CalendarModel {
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
  // Activities by lane once, rather than every activity scanned for every lane.
  const byLane = new Map<string, Activity[]>();
  for (const a of plan.activities) {
    const list = byLane.get(a.lane);
    if (list) list.push(a);
    else byLane.set(a.lane, [a]);
  }
  const lanes: CalendarLane[] = plan.lanes.map((lane) => {
    const groups = new Map<string, CampaignGroup>();
    let count = 0;
    for (const a of byLane.get(lane.lane) ?? []) {
      const bar = toBar(a);
      if (!bar) continue;
      count++;
      const key = a.campaign ?? "";
      let group = groups.get(key);
      if (!group) {
        group = { campaign: a.campaign, label: a.campaign ?? NO_CAMPAIGN_LABEL, bars: [] };
        groups.set(key, group);
      }
      group.bars.push(bar);
    }
    const sorted = [...groups.values()].sort((a, b) => {
      if (a.campaign === null) return b.campaign === null ? 0 : 1;
      if (b.campaign === null) return -1;
      return byName(a.campaign, b.campaign);
    });
    for (const g of sorted) g.bars.sort((a, b) => a.first - b.first || byName(a.name, b.name));
    return { lane: lane.lane, side: lane.side, groups: sorted, count };
  });
  return { months, lanes };
}

/** "2 flags, worst: warning" for a month header's accessible description. */
export function monthFlagWords(header: MonthHeader): string {
  if (header.flagCount === 0) return `${header.label}: no flags`;
  const noun = header.flagCount === 1 ? "flag" : "flags";
  return `${header.label}: ${header.flagCount} ${noun}, worst ${header.severity}`;
}
