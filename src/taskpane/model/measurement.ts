/**
 * The measurement view's figures, from the plan as read: each channel's leads
 * and closed deals month by month, the channel-shift months in words, the
 * two-way scorecard by month, and what is not reported (the gap to close).
 * Blank is not reported, never 0. Pure functions.
 */
import {
  type Flag,
  type Month,
  nameKey,
  type Plan,
  type PlanCheck,
  resultsByMonth,
  scorecard,
  type Scorecard,
} from "../../workbook";

export interface ChannelSeries {
  /** As first written in the Results table. */
  channel: string;
  /** Per plan month: the sum of reported Leads, or null when no row of that month reports them. */
  leads: (number | null)[];
  /** Per plan month: the sum of reported Closed, or null. */
  closed: (number | null)[];
}

const add = (sum: number | null, value: number | null) =>
  value === null ? sum : (sum ?? 0) + value;

/** Each channel's leads and closed deals over the plan months (channels in order of first appearance). */
export function channelSeries(plan: Plan): ChannelSeries[] {
  const channels = new Map<string, ChannelSeries>();
  resultsByMonth(plan).forEach((rows, m) => {
    for (const r of rows) {
      const key = nameKey(r.channel);
      let c = channels.get(key);
      if (!c) {
        c = { channel: r.channel, leads: Array(12).fill(null), closed: Array(12).fill(null) };
        channels.set(key, c);
      }
      c.leads[m] = add(c.leads[m], r.leads);
      c.closed[m] = add(c.closed[m], r.closed);
    }
  });
  return [...channels.values()];
}

/** The channel-shift flags: the months prospects changed channel, with the checker's own words. */
export function shiftNotes(check: PlanCheck): Flag[] {
  return check.flags.filter((f) => f.code === "channel-shift");
}

export interface MonthScorecard {
  month: Month;
  /** Whether any valid Results row is in this month. */
  reported: boolean;
  card: Scorecard;
}

/** The two-way scorecard of each plan month, over that month's Results rows. */
export function monthScorecards(plan: Plan): MonthScorecard[] {
  const target = plan.measurement.followUpTarget;
  return resultsByMonth(plan).map((rows, m) => ({
    month: plan.months[m],
    reported: rows.length > 0,
    card: scorecard(rows, target),
  }));
}

export interface ReportingGap {
  month: Month;
  /** Channels whose rows report leads but leave Closed blank. */
  closes: string[];
  /** Channels whose rows report leads but leave Followed up blank. */
  followUps: string[];
}

/** Per month with results: the channels that report leads but not their closes or follow-ups. */
export function reportingGaps(plan: Plan): ReportingGap[] {
  const gaps: ReportingGap[] = [];
  resultsByMonth(plan).forEach((rows, m) => {
    const closes = new Map<string, string>();
    const followUps = new Map<string, string>();
    for (const r of rows) {
      if (r.leads === null || r.leads === 0) continue;
      if (r.closed === null) closes.set(nameKey(r.channel), r.channel);
      if (r.followedUp === null) followUps.set(nameKey(r.channel), r.channel);
    }
    if (closes.size > 0 || followUps.size > 0)
      gaps.push({
        month: plan.months[m],
        closes: [...closes.values()],
        followUps: [...followUps.values()],
      });
  });
  return gaps;
}

/** The latest plan month with results: the month the scorecard opens on. */
export function latestReportedMonth(cards: readonly MonthScorecard[]): Month | null {
  for (let i = cards.length - 1; i >= 0; i--) if (cards[i].reported) return cards[i].month;
  return null;
}
