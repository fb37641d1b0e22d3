/**
 * The Demand view's figures in a chief's words: required against expected leads by month (and
 * what would close each gap), routed leads against capacity for each sales-side lane (and the
 * activities that feed an over-capacity month), and the funnel figures in use with their source.
 * Pure functions over the checker's answer; the numbers are the checker's, never recomputed.
 */
import {
  leadWords,
  round6,
  wholeLeads,
  type Activity,
  type FunnelFigure,
  type Plan,
  type PlanState,
} from "../../workbook";
import { money, monthLabel, monthShort, percent } from "./format";

const count = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);

/**
 * Expected leads may be fractions (E ÷ k per month): a table shows whole leads, rounded to the
 * nearest (the checker's 6-decimal figure stays in the metrics); sentences say "about".
 */
export function leadsText(n: number): string {
  return wholeLeads(n);
}

export interface DemandMonth {
  month: string;
  /** "Mar 2027". */
  label: string;
  expected: number;
  /** null when unknown (no target in month + L, or the funnel unknown). */
  required: number | null;
  /** Leads missing to the required leads (rounded up), or 0 when none are missing or unknown. */
  gap: number;
  /** The month whose revenue target these leads close (month + Sales cycle), when known. */
  targetMonth: string | null;
  targetAmount: number | null;
}

export function demandMonths(state: Pick<PlanState, "plan" | "check">): DemandMonth[] {
  const { plan, check } = state;
  const targetByMonth = new Map<string, number>();
  for (const t of plan.demand?.targets ?? []) targetByMonth.set(t.month, t.revenueTarget);
  const months = check.metrics.demand.months;
  const cycle = plan.demand?.settings.salesCycle ?? 0;
  return months.map((m, i) => {
    const targetMonth = months[i + cycle]?.month ?? null;
    const required = m.requiredLeads;
    return {
      month: m.month,
      label: monthLabel(m.month),
      expected: m.expectedLeads,
      required,
      gap:
        required !== null && m.expectedLeads < required ? Math.ceil(required - m.expectedLeads) : 0,
      targetMonth: required === null ? null : targetMonth,
      targetAmount:
        required === null || targetMonth === null ? null : (targetByMonth.get(targetMonth) ?? null),
    };
  });
}

/**
 * What would close a month's gap, in words: "Mar 2027 needs 500 leads to close May 2027's target of
 * $500,000; the plan expects 300 — add about 200 leads of activity in Mar 2027, or move the target."
 * An activity's leads count in the months it is active (rules.md §3), so the activity to add is one
 * active in that month.
 */
export function gapAdvice(month: DemandMonth, currency: string): string | null {
  if (month.gap <= 0 || month.required === null) return null;
  const target =
    month.targetMonth !== null && month.targetAmount !== null
      ? `to close ${monthLabel(month.targetMonth)}'s target of ${money(month.targetAmount, currency)}`
      : "for its revenue target";
  return (
    `${month.label} needs ${count(month.required)} leads ${target}; ` +
    `the plan expects ${leadWords(month.expected)} — add about ${count(month.gap)} leads of activity ` +
    `in ${month.label}, or move the target.`
  );
}

/** "a", "a and b", "a, b and c". */
function listWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const monthCount = (n: number) => `${n} ${n === 1 ? "month" : "months"}`;

/**
 * Required against expected leads, like with like: both added up over the same months, those whose
 * leads close a revenue target (their required leads are known, rules.md §3a). The checker's year
 * figure of required leads covers only those months while its expected leads cover all twelve, so
 * the two year figures are never set side by side.
 */
export interface TargetLeads {
  /** The months whose leads close a target (required leads known), in plan order. */
  months: DemandMonth[];
  /** Σ required over those months: the checker's year figure of required leads. */
  required: number;
  /** Σ expected over the same months, to 6 decimals as the checker adds leads. */
  expected: number;
  /** The months among them short of their required leads, worst (most leads missing) first. */
  short: DemandMonth[];
  /** Σ expected over every plan month: the checker's year figure of expected leads. */
  yearExpected: number;
  /** Σ expected over the months whose leads close no target. */
  otherExpected: number;
  /** Targets no plan month's leads can close: within the sales cycle of the year's start. */
  beforeTheYear: string[];
  /** Required against expected over the target months, the short ones named first, worst first. */
  sentence: string;
  /** What the whole year expects and how much of it falls outside the target months; null when every month has a target. */
  yearSentence: string | null;
}

/** Null when no month's required leads are known (no target, or the funnel unknown). */
export function targetLeads(state: Pick<PlanState, "plan" | "check">): TargetLeads | null {
  const all = demandMonths(state);
  const known = all.filter((m) => m.required !== null);
  if (known.length === 0) return null;
  const { year } = state.check.metrics.demand;
  const required = year.requiredLeads ?? 0;
  const expected = round6(known.reduce((sum, m) => sum + m.expected, 0));
  const others = all.filter((m) => m.required === null);
  const otherExpected = round6(others.reduce((sum, m) => sum + m.expected, 0));
  const short = known
    .filter((m) => m.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.month.localeCompare(b.month));
  const cycle = state.plan.demand?.settings.salesCycle ?? 0;
  const beforeTheYear = (state.plan.demand?.targets ?? [])
    .filter((t) => t.monthIndex < cycle)
    .sort((a, b) => a.monthIndex - b.monthIndex)
    .map((t) => monthLabel(t.month));

  const n = known.length;
  const which = `${n === 1 ? "month" : "months"} whose leads close a revenue target`;
  const named = `(${listWords(known.map((m) => m.label))})`;
  const totals =
    `the plan expects ${leadWords(expected)} ${expected === 1 ? "lead" : "leads"} ` +
    `against ${count(required)} required`;
  let sentence: string;
  if (short.length > 0) {
    const each = short.map(
      (m) =>
        `${m.label} needs ${count(m.required ?? 0)} leads and the plan expects ` +
        `${leadWords(m.expected)} (${count(m.gap)} short)`
    );
    const lead =
      n === 1
        ? `The one ${which} is short: ${each[0]}.`
        : `${short.length} of the ${n} ${which} ${short.length === 1 ? "is" : "are"} short` +
          `${short.length > 1 ? ", worst first" : ""}: ${each.join("; ")}.`;
    // A surplus elsewhere does not help: each month's leads close only their own target.
    const surplus =
      expected >= required ? "; one month's extra leads do not close another month's target" : "";
    sentence = n === 1 ? lead : `${lead} Over those ${n} months ${named} ${totals}${surplus}.`;
  } else {
    sentence =
      n === 1
        ? `The one ${which} ${named} expects at least the leads it needs: ${totals}.`
        : `All ${n} ${which} ${named} expect at least the leads they need: ${totals}.`;
  }
  if (beforeTheYear.length > 0)
    sentence +=
      ` ${beforeTheYear.length === 1 ? "The target" : "The targets"} of ${listWords(beforeTheYear)} ` +
      `${beforeTheYear.length === 1 ? "is" : "are"} not counted: with a ${cycle}-month sales ` +
      `cycle, ${beforeTheYear.length === 1 ? "its" : "their"} leads would come before the plan year.`;
  const yearSentence =
    others.length === 0 || year.expectedLeads === 0
      ? null
      : otherExpected === 0
        ? `The whole year expects ${leadWords(year.expectedLeads)} leads, all in the ${which}.`
        : `The whole year expects ${leadWords(year.expectedLeads)} leads; ` +
          `${leadWords(otherExpected)} of them come in the other ${monthCount(others.length)}, ` +
          `whose leads close no revenue target of the plan year.`;
  return {
    months: known,
    required,
    expected,
    short,
    yearExpected: year.expectedLeads,
    otherExpected,
    beforeTheYear,
    sentence,
    yearSentence,
  };
}

/** Why no month's required leads are known, in words (for when targetLeads is null). */
export function noRequiredLeadsText(state: Pick<PlanState, "plan" | "check">): string {
  const targets = state.plan.demand?.targets ?? [];
  const d = state.check.metrics.demand;
  if (targets.length === 0)
    return "No revenue targets yet: add months to the Targets table to see the leads they need.";
  if (d.averageDealSize.value === null || d.leadToCloseRate.value === null)
    return "Required leads are unknown until the funnel is known (see Funnel in use below).";
  const cycle = state.plan.demand?.settings.salesCycle ?? 0;
  return (
    `No target can be closed by the plan year's leads: with a ${cycle}-month sales cycle, ` +
    `the leads for the ${targets.length === 1 ? "target" : "targets"} of ` +
    `${listWords(targets.map((t) => monthLabel(t.month)))} would come before the plan year.`
  );
}

export interface LaneMonth {
  month: string;
  label: string;
  routed: number;
  capacity: number | null;
  /** Routed leads above the capacity, or 0. */
  over: number;
  /** Activities routed to this lane, active in the month, with expected leads (when over capacity). */
  feeding: Activity[];
}

export interface LaneDemand {
  lane: string;
  /** The monthly Capacity, or null when none is planned. */
  capacity: number | null;
  months: LaneMonth[];
  overMonths: LaneMonth[];
  /** Every activity whose leads this lane answers (through a door it owns). */
  activities: Activity[];
}

/** The activities whose leads reach `lane` (their door's Owner), in table order. */
function routedActivities(plan: Plan, lane: string): Activity[] {
  const doorOf = plan.demand?.doorOfActivity;
  if (!doorOf || (plan.demand?.doors.length ?? 0) === 0) return [];
  return plan.activities.filter((a) => doorOf[a.row]?.owner === lane);
}

export function laneDemand(state: Pick<PlanState, "plan" | "check">): LaneDemand[] {
  const { plan, check } = state;
  const months = check.metrics.demand.months;
  const lanes = months[0]?.lanes.map((l) => l.lane) ?? [];
  return lanes.map((lane, index) => {
    const activities = routedActivities(plan, lane);
    const laneMonths: LaneMonth[] = months.map((m, i) => {
      const { routedLeads: routed, capacity } = m.lanes[index];
      const over = capacity !== null && routed > capacity ? routed - capacity : 0;
      return {
        month: m.month,
        label: monthLabel(m.month),
        routed,
        capacity,
        over,
        feeding:
          over > 0
            ? activities.filter((a) => (a.expectedLeads ?? 0) > 0 && a.monthIndexes.includes(i))
            : [],
      };
    });
    return {
      lane,
      capacity: laneMonths[0]?.capacity ?? null,
      months: laneMonths,
      overMonths: laneMonths.filter((m) => m.over > 0),
      activities,
    };
  });
}

/** "Mar 2027: 640 leads for a capacity of 400 (240 over), from Spring webinar and Web ads." */
export function overCapacityText(lane: LaneDemand, month: LaneMonth): string {
  const from = month.feeding.map((a) => `${a.activity} (${a.id})`);
  const list =
    from.length <= 1
      ? from.join("")
      : `${from.slice(0, -1).join(", ")} and ${from[from.length - 1]}`;
  return (
    `${month.label}: ${lane.lane} gets ${leadWords(month.routed)} leads and can follow up ` +
    `${count(month.capacity ?? 0)} (${leadWords(month.over)} over)` +
    (list ? `, from ${list}.` : ".")
  );
}

/** The reported Results the funnel figures come from: the sums behind the ratios of rules.md §3. */
function reportedBasis(plan: Plan): { leads: number; closedWithRevenue: number } {
  let leads = 0;
  let closedWithRevenue = 0;
  for (const r of plan.results) {
    if (r.closed !== null && r.leads !== null) leads += r.leads;
    if (r.closed !== null && r.revenue !== null) closedWithRevenue += r.closed;
  }
  return { leads, closedWithRevenue };
}

export interface FunnelLine {
  name: string;
  /** "$25,000", "12%" or "unknown". */
  value: string;
  /** Where it comes from, or what would make it known. */
  source: string;
}

/** The funnel figures in use and their source: typed in Settings, or computed from Results. */
export function funnelLines(state: Pick<PlanState, "plan" | "check">): FunnelLine[] {
  const { plan, check } = state;
  const d = check.metrics.demand;
  const currency = plan.settings.currency;
  const basis = reportedBasis(plan);
  const line = (
    name: string,
    figure: FunnelFigure,
    show: (v: number) => string,
    fromResults: (v: string) => string,
    unknown: string
  ): FunnelLine =>
    figure.value === null
      ? { name, value: "unknown", source: unknown }
      : figure.source === "setting"
        ? { name, value: show(figure.value), source: `typed in Settings (${name})` }
        : { name, value: show(figure.value), source: fromResults(show(figure.value)) };
  const cycle = plan.demand?.settings.salesCycle ?? 0;
  return [
    line(
      "Average deal size",
      d.averageDealSize,
      (v) => money(v, currency),
      (v) =>
        `computed from Results: average deal ${v} from ${count(basis.closedWithRevenue)} reported closed deals`,
      "Set Average deal size in Settings, or report Closed and Revenue in Results."
    ),
    line(
      "Lead-to-close rate",
      d.leadToCloseRate,
      (v) => closeRateText(v),
      (v) => `computed from Results: close rate ${v} from ${count(basis.leads)} reported leads`,
      "Set Lead-to-close rate in Settings, or report Leads and Closed in Results."
    ),
    {
      name: "Sales cycle",
      value: `${cycle} ${cycle === 1 ? "month" : "months"}`,
      source:
        cycle === 0
          ? "leads close in the month they come in (Sales cycle (months) in Settings, default 0)"
          : `typed in Settings: a lead of one month closes ${cycle} ${cycle === 1 ? "month" : "months"} later`,
    },
  ];
}

/** A close rate as "12%", or "12.5%" when it is not a whole percent. */
function closeRateText(rate: number): string {
  const p = Math.round(rate * 1000) / 10;
  return Number.isInteger(p) ? percent(rate) : `${p}%`;
}

/** "Mar" for the chart's axis. */
export const axisLabel = monthShort;
