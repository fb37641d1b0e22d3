/**
 * How much a flag puts at stake, so the Meeting view can tell the year worst first: the leads a
 * month loses (over capacity, unanswered, not followed up, missing to a target) or the money in
 * question (siloed, without activity, changed since approval, over the cap). The kinds are ranked
 * worst first (docs/decisions.md, "Meeting view: worst first"); within a kind, the bigger stake
 * first. Pure; the figures are the checker's, never recomputed from cells.
 */
import type { Flag, FlagCode, Plan, PlanCheck } from "../../workbook";

export interface Stake {
  unit: "leads" | "money";
  amount: number;
}

/**
 * Kinds worst first: leads that no one will answer lose revenue outright, then leads answered
 * late or missing to a target, then money out of agreement, then coordination; notes last.
 */
export const KIND_RANK: readonly FlagCode[] = [
  "over-cap",
  "over-capacity",
  "unrouted-leads",
  "no-follow-up",
  "lead-gap",
  "slow-follow-up",
  "missed-follow-ups",
  "approved-changed",
  "siloed-spend",
  "spend-without-activity",
  "no-air-cover",
  "separate-budgets",
  "channel-shift",
  "closes-unreported",
  "activity-without-budget",
  "funnel-unknown",
];

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Months from start to end, inclusive, counted in full (rules.md §3: E ÷ k). */
function spanMonths(start: string, end: string): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return n(end) - n(start) + 1;
}

export function flagStake(flag: Flag, plan: Plan, check: PlanCheck): Stake | null {
  const m = flag.month === null ? -1 : plan.months.indexOf(flag.month);
  const refs = new Set(flag.refs.map((r) => r.toLowerCase()));
  const leadsOf = () => {
    let sum = 0;
    for (const a of plan.activities)
      if (refs.has(a.id.toLowerCase()) && a.monthIndexes.includes(m) && a.expectedLeads)
        sum += a.expectedLeads / spanMonths(a.start, a.end);
    return { unit: "leads" as const, amount: sum };
  };
  const spendOf = () => {
    let sum = 0;
    for (const l of plan.budget) if (refs.has(l.line.toLowerCase())) sum += l.amounts[m] ?? 0;
    return { unit: "money" as const, amount: sum };
  };
  const demand = check.metrics.demand.months[m];
  switch (flag.code) {
    case "over-cap": {
      const cap = check.metrics.year.cap;
      return cap === null ? null : { unit: "money", amount: check.metrics.year.totalSpend - cap };
    }
    case "over-capacity": {
      if (!demand) return null;
      let over = 0;
      for (const l of demand.lanes)
        if (l.capacity !== null && l.routedLeads > l.capacity) over += l.routedLeads - l.capacity;
      return { unit: "leads", amount: over };
    }
    case "lead-gap":
      return demand && demand.requiredLeads !== null
        ? { unit: "leads", amount: demand.requiredLeads - demand.expectedLeads }
        : null;
    case "unrouted-leads":
    case "no-follow-up":
    case "slow-follow-up":
      return m < 0 ? null : leadsOf();
    case "missed-follow-ups": {
      let missed = 0;
      for (const r of plan.results)
        if (refs.has(`results row ${r.row}`) && r.leads !== null && r.followedUp !== null)
          missed += Math.max(0, r.leads - r.followedUp);
      return { unit: "leads", amount: missed };
    }
    case "approved-changed": {
      let changed = 0;
      for (const l of check.metrics.baseline?.lines ?? [])
        if (refs.has(l.line.toLowerCase())) changed += Math.abs(l.variance[m] ?? 0);
      return { unit: "money", amount: changed };
    }
    case "siloed-spend":
    case "spend-without-activity":
      return m < 0 ? null : spendOf();
    default:
      return null;
  }
}

/** Worst first: severity, then kind (KIND_RANK), then the bigger stake, then plan order. */
export function worstFirst<T extends { flag: Flag; stake: Stake | null; order: number }>(
  items: T[]
): T[] {
  const rank = (code: FlagCode) => {
    const i = KIND_RANK.indexOf(code);
    return i < 0 ? KIND_RANK.length : i;
  };
  return [...items].sort(
    (a, b) =>
      SEVERITY_RANK[a.flag.severity] - SEVERITY_RANK[b.flag.severity] ||
      rank(a.flag.code) - rank(b.flag.code) ||
      (b.stake?.amount ?? 0) - (a.stake?.amount ?? 0) ||
      a.order - b.order
  );
}
