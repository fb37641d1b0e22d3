/** The figures of docs/rules.md §3: spend by month, team, lane and campaign; sync score; channels. */
import { nameKey } from "./names";
import { NO_CAMPAIGN, NO_LANE } from "./columns";
import { baselineMetrics } from "./baseline-metrics";
import { countsInSyncScore } from "./flags";
import type { FlagContext } from "./flags/context";
import { lazyFields } from "./lazy";
import { followUpRate, scorecard } from "./measurement";
import { demandMetrics } from "./demand-metrics";
import type {
  ChannelMetrics,
  Flag,
  MonthMetrics,
  Plan,
  PlanMetrics,
  Team,
  YearMetrics,
} from "./types";

const byTeam = (): Record<Team, number> => ({ Marketing: 0, Sales: 0, Joint: 0 });
const share = (part: number, total: number): number | null => (total > 0 ? part / total : null);

function yearMetrics(plan: Plan, ctx: FlagContext): YearMetrics {
  const year: YearMetrics = {
    totalSpend: 0,
    byTeam: byTeam(),
    byLane: {},
    byCampaign: {},
    jointShare: null,
    cap: plan.settings.annualBudgetCap,
  };
  // Every lane is listed, even at 0, so the view shows lanes with no money.
  for (const lane of plan.lanes) year.byLane[lane.lane] = 0;
  let joint = 0;
  plan.budget.forEach((line, i) => {
    year.totalSpend += line.total;
    year.byTeam[line.team] += line.total;
    const lane = line.lane ?? NO_LANE;
    year.byLane[lane] = (year.byLane[lane] ?? 0) + line.total;
    const campaign = line.campaign ?? NO_CAMPAIGN;
    year.byCampaign[campaign] = (year.byCampaign[campaign] ?? 0) + line.total;
    if (ctx.lineIsJoint[i]) joint += line.total;
  });
  year.jointShare = share(joint, year.totalSpend);
  return year;
}

function monthMetrics(plan: Plan, ctx: FlagContext, flags: Flag[]): MonthMetrics[] {
  const months: MonthMetrics[] = plan.months.map((month) => ({
    month,
    totalSpend: 0,
    spendByTeam: byTeam(),
    jointShare: null,
    flagCount: 0,
    followUpRate: null,
  }));
  if (months.length !== 12) return [];
  const joint = new Array<number>(12).fill(0);
  // Sums in plain arrays, the team's found once per line: a store through a team name per
  // amount is a keyed store V8 cannot specialise. Same additions in the same order.
  const total = new Array<number>(12).fill(0);
  const team: Record<Team, number[]> = {
    Marketing: new Array<number>(12).fill(0),
    Sales: new Array<number>(12).fill(0),
    Joint: new Array<number>(12).fill(0),
  };
  plan.budget.forEach((line, i) => {
    const teamSpend = team[line.team];
    const isJoint = ctx.lineIsJoint[i];
    for (let m = 0; m < 12; m++) {
      const spend = line.amounts[m];
      if (spend === 0) continue;
      total[m] += spend;
      teamSpend[m] += spend;
      if (isJoint) joint[m] += spend;
    }
  });
  months.forEach((metrics, m) => {
    metrics.totalSpend = total[m];
    metrics.spendByTeam = {
      Marketing: team.Marketing[m],
      Sales: team.Sales[m],
      Joint: team.Joint[m],
    };
  });
  const position = new Map(plan.months.map((month, m) => [month, m]));
  for (const flag of flags) {
    const m = flag.month === null ? undefined : position.get(flag.month);
    if (m !== undefined) months[m].flagCount++;
  }
  months.forEach((metrics, m) => (metrics.jointShare = share(joint[m], metrics.totalSpend)));
  ctx.resultsByMonth.forEach((rows, m) => (months[m].followUpRate = followUpRate(rows)));
  return months;
}

/** Share of the 12 months without a warning or error flag; whole-plan flags count against no month. */
function syncScore(plan: Plan, flags: Flag[]): number {
  if (plan.months.length !== 12) return 0;
  const troubled = new Set<string>();
  for (const flag of flags) {
    if (flag.month !== null && flag.severity !== "info" && countsInSyncScore(flag.code))
      troubled.add(flag.month);
  }
  return (12 - troubled.size) / 12;
}

interface ChannelSums {
  metrics: ChannelMetrics;
  // Sums over rows reporting both figures of each ratio.
  closedWithLeads: number;
  leadsWithClosed: number;
  spendWithLeads: number;
  leadsWithSpend: number;
  spendWithClosed: number;
  closedWithSpend: number;
}

const add = (sum: number | null, value: number | null) =>
  value === null ? sum : (sum ?? 0) + value;

/** Per channel (grouped ignoring case and extra spaces; first spelling shown), from reported figures only. */
function channelMetrics(plan: Plan): ChannelMetrics[] {
  const channels = new Map<string, ChannelSums>();
  const keyOf = new Map<string, string>(); // nameKey per spelling, computed once
  for (const r of plan.results) {
    let key = keyOf.get(r.channel);
    if (key === undefined) {
      key = nameKey(r.channel);
      keyOf.set(r.channel, key);
    }
    let c = channels.get(key);
    if (!c) {
      c = {
        metrics: {
          channel: r.channel,
          spend: null,
          leads: null,
          qualified: null,
          closed: null,
          revenue: null,
          closeRate: null,
          costPerLead: null,
          costPerClosed: null,
        },
        closedWithLeads: 0,
        leadsWithClosed: 0,
        spendWithLeads: 0,
        leadsWithSpend: 0,
        spendWithClosed: 0,
        closedWithSpend: 0,
      };
      channels.set(key, c);
    }
    const m = c.metrics;
    m.spend = add(m.spend, r.spend);
    m.leads = add(m.leads, r.leads);
    m.qualified = add(m.qualified, r.qualified);
    m.closed = add(m.closed, r.closed);
    m.revenue = add(m.revenue, r.revenue);
    if (r.closed !== null && r.leads !== null) {
      c.closedWithLeads += r.closed;
      c.leadsWithClosed += r.leads;
    }
    if (r.spend !== null && r.leads !== null) {
      c.spendWithLeads += r.spend;
      c.leadsWithSpend += r.leads;
    }
    if (r.spend !== null && r.closed !== null) {
      c.spendWithClosed += r.spend;
      c.closedWithSpend += r.closed;
    }
  }
  return [...channels.values()].map((c) => ({
    ...c.metrics,
    closeRate: share(c.closedWithLeads, c.leadsWithClosed),
    costPerLead: share(c.spendWithLeads, c.leadsWithSpend),
    costPerClosed: share(c.spendWithClosed, c.closedWithSpend),
  }));
}

/**
 * The plan's figures, each worked out when first read (lazy.ts): they read only the parsed plan,
 * its flags and their context, none of which changes after the check.
 */
export function computeMetrics(plan: Plan, ctx: FlagContext, flags: Flag[]): PlanMetrics {
  return lazyFields<PlanMetrics>({
    months: () => monthMetrics(plan, ctx, flags),
    year: () => yearMetrics(plan, ctx),
    syncScore: () => syncScore(plan, flags),
    channels: () => channelMetrics(plan),
    baseline: () => baselineMetrics(plan, plan.latestBaseline, ctx.baselineLines),
    scorecard: () => scorecard(plan.results, plan.measurement.followUpTarget),
    demand: () => demandMetrics(plan, ctx),
  });
}
