/**
 * Measurement from Results (docs/rules.md §5): the follow-up rate, channel
 * leads and the two-way scorecard. Only reported figures count; blank is not 0.
 */
import { nameKey } from "./names";
import type { Plan, ResultsRow, Scorecard } from "./types";

/** Ratios are compared with their settings at 9 decimal places, so 27 ÷ 30 is exactly 90%. */
export function round9(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Σ Followed up ÷ Σ Leads over the rows that report both, when that Σ Leads > 0; else null. */
export function followUpRate(rows: Iterable<ResultsRow>): number | null {
  let followedUp = 0;
  let leads = 0;
  for (const r of rows) {
    if (r.followedUp === null || r.leads === null) continue;
    followedUp += r.followedUp;
    leads += r.leads;
  }
  return leads > 0 ? followedUp / leads : null;
}

/** The valid Results rows of each plan month (12 lists; empty without a plan year). */
export function resultsByMonth(plan: Plan): ResultsRow[][] {
  const months: ResultsRow[][] = Array.from({ length: 12 }, () => []);
  for (const r of plan.results) if (r.monthIndex !== null) months[r.monthIndex].push(r);
  return months;
}

export interface ChannelLeads {
  /** The channel as first written in the month's rows. */
  channel: string;
  leads: number;
  /** The month's rows of the channel that report Leads, in table order. */
  rows: ResultsRow[];
}

/** The channels that report leads in one month's rows, keyed by channel name key. */
export function channelLeads(rows: readonly ResultsRow[]): Map<string, ChannelLeads> {
  const channels = new Map<string, ChannelLeads>();
  // A month has a few channels spelled a few ways: each spelling's key is made once.
  const keyOf = new Map<string, string>();
  for (const r of rows) {
    if (r.leads === null) continue;
    let key = keyOf.get(r.channel);
    if (key === undefined) keyOf.set(r.channel, (key = nameKey(r.channel)));
    const channel = channels.get(key);
    if (channel) {
      channel.leads += r.leads;
      channel.rows.push(r);
    } else channels.set(key, { channel: r.channel, leads: r.leads, rows: [r] });
  }
  return channels;
}

/**
 * What the rates are computed from (rules.md §4: only reported figures): the Leads and Closed of
 * the rows that report both (the close rate), and the Spend and Closed of the rows that report both
 * (the cost per closed deal). A screen shows these when they are not the totals beside the rate.
 */
export interface RateBasis {
  leadsWithClosed: number;
  closedWithLeads: number;
  /** Whether any row reports both Leads and Closed. */
  reportBoth: boolean;
  spendWithClosed: number;
  closedWithSpend: number;
}

export function rateBasis(rows: Iterable<ResultsRow>): RateBasis {
  const b: RateBasis = {
    leadsWithClosed: 0,
    closedWithLeads: 0,
    reportBoth: false,
    spendWithClosed: 0,
    closedWithSpend: 0,
  };
  for (const r of rows) {
    if (r.leads !== null && r.closed !== null) {
      b.reportBoth = true;
      b.leadsWithClosed += r.leads;
      b.closedWithLeads += r.closed;
    }
    if (r.spend !== null && r.closed !== null) {
      b.spendWithClosed += r.spend;
      b.closedWithSpend += r.closed;
    }
  }
  return b;
}

/** Marketing on leads and closes, sales on following up, over the given rows. */
export function scorecard(rows: readonly ResultsRow[], followUpTarget: number): Scorecard {
  let leads: number | null = null;
  let closed: number | null = null;
  for (const r of rows) {
    if (r.leads !== null) leads = (leads ?? 0) + r.leads;
    if (r.closed !== null) closed = (closed ?? 0) + r.closed;
  }
  const b = rateBasis(rows);
  return {
    marketing: {
      leads,
      closed,
      closeRate: b.leadsWithClosed > 0 ? b.closedWithLeads / b.leadsWithClosed : null,
      costPerClosed: b.closedWithSpend > 0 ? b.spendWithClosed / b.closedWithSpend : null,
    },
    sales: {
      followUpRate: followUpRate(rows),
      followUpTarget,
      closedFromReportedLeads: b.reportBoth ? b.closedWithLeads : null,
    },
  };
}
