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
  type RateBasis,
  rateBasis,
  resultsByMonth,
  scorecard,
  type Scorecard,
} from "../../workbook";
import { money, percent } from "./format";

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
  /** What the month's close rate and cost per closed deal are computed from. */
  basis: RateBasis;
}

/** The two-way scorecard of each plan month, over that month's Results rows. */
export function monthScorecards(plan: Plan): MonthScorecard[] {
  const target = plan.measurement.followUpTarget;
  return resultsByMonth(plan).map((rows, m) => ({
    month: plan.months[m],
    reported: rows.length > 0,
    card: scorecard(rows, target),
    basis: rateBasis(rows),
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

/** What each channel's rates are computed from, keyed by the channel's name key. */
export function channelBases(plan: Plan): Map<string, RateBasis> {
  const rows = new Map<string, Plan["results"]>();
  for (const r of plan.results) {
    const key = nameKey(r.channel);
    rows.set(key, [...(rows.get(key) ?? []), r]);
  }
  return new Map([...rows].map(([key, list]) => [key, rateBasis(list)]));
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * A close rate as the screen shows it beside the Leads and Closed it shows: the bare percentage
 * when the rate uses exactly those, else the counts it does use (rules.md §4: only rows reporting
 * both), so that "Leads 2, Closed 1, 0%" never appears without its reason.
 */
export function closeRateText(
  rate: number | null,
  shown: { leads: number | null; closed: number | null } | "always",
  basis: RateBasis
): string {
  if (rate === null) return "not reported";
  if (
    shown !== "always" &&
    basis.leadsWithClosed === shown.leads &&
    basis.closedWithLeads === shown.closed
  )
    return percent(rate);
  return `${percent(rate)}: ${count(basis.closedWithLeads, "closed", "closed")} of the ${count(basis.leadsWithClosed, "lead whose closes are", "leads whose closes are")} reported`;
}

/** A cost per closed deal, with the spend and deals it uses when those are not all the row shows. */
export function costPerClosedText(
  cost: number | null,
  shown: { spend: number | null; closed: number | null } | "always",
  basis: RateBasis,
  currency: string
): string {
  if (cost === null) return "not reported";
  if (
    shown !== "always" &&
    basis.closedWithSpend === shown.closed &&
    (shown.spend === null || basis.spendWithClosed === shown.spend)
  )
    return money(cost, currency);
  return `${money(cost, currency)}: ${money(basis.spendWithClosed, currency)} over the ${count(basis.closedWithSpend, "closed deal whose spend is", "closed deals whose spend is")} reported`;
}

/** One channel's line on the chart: a point per reported month, broken where a month is not reported. */
export interface ChannelLine {
  /** The plan-month index and figure of each reported month, in month order. */
  points: { month: number; value: number }[];
  /**
   * Where the line breaks: between points[startIndex] and points[endIndex] (the chart's own `gaps`),
   * so an unreported month is neither drawn as 0 nor bridged by a straight line.
   */
  gaps: { startIndex: number; endIndex: number }[];
  /** The plan-month indexes between the first and last reported month that do not report the figure. */
  notReported: number[];
}

/**
 * A channel's figure as a chart line. Months before its first or after its last report are simply
 * not drawn (the channel had not started or has no results yet); a month inside that stretch that
 * does not report breaks the line and is named in the chart's caption.
 */
export function channelLine(values: readonly (number | null)[]): ChannelLine {
  const points: ChannelLine["points"] = [];
  const gaps: ChannelLine["gaps"] = [];
  const notReported: number[] = [];
  values.forEach((value, month) => {
    if (value === null) return;
    const previous = points[points.length - 1];
    if (previous && previous.month < month - 1) {
      gaps.push({ startIndex: points.length - 1, endIndex: points.length });
      for (let m = previous.month + 1; m < month; m++) notReported.push(m);
    }
    points.push({ month, value });
  });
  return { points, gaps, notReported };
}

/** The chart caption's "not reported" sentence, or null when every line is unbroken. */
export function notReportedText(
  series: readonly ChannelSeries[],
  figure: "leads" | "closed",
  monthName: (index: number) => string
): string | null {
  const parts = series.flatMap((s) => {
    const missing = channelLine(s[figure]).notReported;
    return missing.length === 0 ? [] : [`${s.channel} ${missing.map(monthName).join(", ")}`];
  });
  return parts.length === 0 ? null : `Not reported, so the line breaks there: ${parts.join("; ")}.`;
}

/** The plan months to mark on the chart as channel shifts, in month order, each once. */
export function shiftMarks(months: readonly Month[], shifts: readonly Flag[]): Month[] {
  const flagged = new Set(shifts.map((f) => f.month));
  return months.filter((m) => flagged.has(m));
}
