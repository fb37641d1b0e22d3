/**
 * The Meeting view's story of the year, worst first, in words (issue 9.6): what is broken or over
 * the limit, what is left out, the months out of sync and why, then the joint share. An empty or
 * broken plan says so and gets no score: 100% for nothing and 0% beside "in sync" both mislead.
 * The sync score itself counts months only (docs/rules.md §4); plan-level errors stand beside it,
 * first. Then every flag of a month, worst first (model/flagStakes.ts), with the year at a glance
 * counting exactly those; the leads (required against expected, over capacity); and the change
 * since the latest baseline. Pure.
 */
import {
  countsInSyncScore,
  flagKind,
  type Flag,
  type PlanState,
  type Severity,
  TABLE_NAMES,
} from "../../workbook";
import { capWithLeftOut } from "./budget";
import { leftOutRows } from "./leftOut";
import { money, monthLabel, percent } from "./format";
import { scoreStatus } from "./score";
import { flagStake, type Stake, worstFirst } from "./flagStakes";
import { lineChanges, type LineChangeView, savedLabel, signedMoney } from "./finance";
import { gapAdvice, laneDemand, overCapacityText, targetLeads } from "./demand";

export interface Reason {
  /** The kind's title: "No follow-up". */
  title: string;
  message: string;
}

export interface MonthOutOfSync {
  month: string;
  label: string;
  reasons: Reason[];
}

/** One flag of a month, in the worst-first list. */
export interface AttentionItem {
  flag: Flag;
  month: string;
  label: string;
  title: string;
  message: string;
  severity: Severity;
  /** What the flag puts at stake (leads or money), when it can be measured. */
  stake: Stake | null;
  /** False for lead-gap and approved-changed: serious, but left out of the sync score. */
  inScore: boolean;
  /** Position in the checker's order (by month), the last tie-break. */
  order: number;
}

/** A month of "The year at a glance": what it counts is exactly what the list names. */
export interface GlanceMonth {
  month: string;
  label: string;
  /** The worst severity among the month's flags, or null. */
  severity: Severity | null;
  count: number;
  /** "No flags", "1 warning", "2 warnings, 1 note", "1 error, 3 warnings". */
  text: string;
}

/** The change since the latest (approved) baseline, in words. */
export interface BaselineStory {
  /** "Compared with baseline 'FY2027 approved', saved 15 Jan 2027, 14:30." */
  heading: string;
  /** "Spend for the year is $10,000 above the baseline ($403,000 now, $393,000 then)." */
  variance: string;
  /** "Changed: TV and online media (Mar 2027 +$10,000)." one per line added, removed or changed. */
  lines: string[];
  /** The approved-changed flags, in words, in month order. */
  approved: string[];
}

/**
 * Leads: required against expected over the same months (those whose leads close a revenue target,
 * the short ones first), what the whole year expects, the months short of a target, over capacity.
 */
export interface DemandStory {
  /**
   * "1 of the 3 months whose leads close a revenue target is short: Jul 2027 needs 351 leads and the
   * plan expects 60 (291 short). Over those 3 months (…) the plan expects about 993 leads against 983
   * required; …" or null when no month's required leads are known (model/demand.ts, targetLeads).
   */
  targets: string | null;
  /** "The whole year expects about 1,800 leads; about 807 of them come in the other 9 months, …" or null. */
  year: string | null;
  /** What would close each month's gap, worst (most leads missing) first. */
  gaps: string[];
  overCapacity: string[];
}

export interface MeetingStory {
  /** "empty" and "broken" plans get no score; the headline says why. */
  status: "ready" | "empty" | "broken";
  /** For an empty or broken plan: what it lacks, in one sentence. */
  headline: string | null;
  /** Errors first: flags of error severity (over the cap) and whole-plan problems (settings, tables). */
  errors: Reason[];
  /** What the figures leave out: one sentence per table with rows left out for a problem. */
  leftOut: string[];
  /** 0..1, or null for an empty or broken plan. */
  score: number | null;
  /** "9 of 12 months in sync", or null without a score. */
  scoreText: string | null;
  /** Months with a warning or error flag that the score counts, in plan order, with their reasons. */
  outOfSync: MonthOutOfSync[];
  /** Whole-plan warnings and notes (separate budgets, funnel unknown). */
  planNotes: Reason[];
  jointShare: number | null;
  jointText: string;
  /** Every flag of a month, worst first (severity, then kind, then what is at stake). */
  attention: AttentionItem[];
  /** The twelve months with the count of the flags listed in `attention`. */
  glance: GlanceMonth[];
  /** null when no baseline has been saved. */
  baseline: BaselineStory | null;
  demand: DemandStory;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 warnings, 1 note": the counts by severity, worst first. */
export function glanceText(counts: Record<Severity, number>): string {
  const parts = [
    counts.error ? plural(counts.error, "error") : "",
    counts.warning ? plural(counts.warning, "warning") : "",
    counts.info ? plural(counts.info, "note") : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "No flags";
}

function attentionOf(state: PlanState): AttentionItem[] {
  const { plan, check } = state;
  const items: AttentionItem[] = [];
  check.flags.forEach((flag, order) => {
    if (flag.month === null || !plan.months.includes(flag.month)) return;
    items.push({
      flag,
      month: flag.month,
      label: monthLabel(flag.month),
      title: flagKind(flag.code).title,
      message: flag.message,
      severity: flag.severity,
      stake: flagStake(flag, plan, check),
      inScore: countsInSyncScore(flag.code),
      order,
    });
  });
  return worstFirst(items);
}

function glanceOf(state: PlanState, items: AttentionItem[]): GlanceMonth[] {
  return state.plan.months.map((month) => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const i of items) if (i.month === month) counts[i.severity]++;
    const count = counts.error + counts.warning + counts.info;
    return {
      month,
      label: monthLabel(month),
      severity: counts.error ? "error" : counts.warning ? "warning" : counts.info ? "info" : null,
      count,
      text: glanceText(counts),
    };
  });
}

function baselineOf(state: PlanState, items: AttentionItem[]): BaselineStory | null {
  const metrics = state.check.metrics.baseline;
  if (!metrics) return null;
  const currency = state.plan.settings.currency;
  const { variance, baselineSpend } = metrics.year;
  const now = baselineSpend + variance;
  const figures = `(${money(now, currency)} now, ${money(baselineSpend, currency)} in the baseline)`;
  const words: Record<LineChangeView["change"], string> = {
    added: "Added",
    removed: "Removed",
    "left out": "Left out for a problem",
    changed: "Changed",
    unchanged: "Amounts unchanged",
  };
  const leftOut = leftOutRows(state, "Budget");
  return {
    heading: `Compared with baseline '${metrics.name}', saved ${savedLabel(metrics.saved)}.`,
    variance:
      (variance === 0
        ? `Spend for the year is the same as in the baseline ${figures}.`
        : `Spend for the year is ${money(Math.abs(variance), currency)} ${variance > 0 ? "above" : "below"} the baseline ${figures}.`) +
      (leftOut.sentence ? ` ${leftOut.sentence}` : ""),
    lines: lineChanges(metrics, currency, leftOut.rows).map(
      (l) =>
        `${words[l.change]}: ${l.line}` +
        (l.leftOut ? ` (${l.leftOut}), counted as ${money(0, currency)}` : "") +
        `, ${signedMoney(l.total, currency)} for the year` +
        (l.months.length ? ` (${l.months.join(", ")})` : "") +
        (l.status ? `; ${l.status}.` : ".")
    ),
    approved: items
      .filter((i) => i.flag.code === "approved-changed")
      .sort((a, b) => a.order - b.order)
      .map((i) => i.message),
  };
}

function demandOf(state: PlanState): DemandStory {
  const currency = state.plan.settings.currency;
  const leads = targetLeads(state);
  const gaps = (leads?.short ?? [])
    .map((m) => gapAdvice(m, currency))
    .filter((s): s is string => s !== null);
  const overCapacity = laneDemand(state).flatMap((lane) =>
    lane.overMonths.map((m) => overCapacityText(lane, m))
  );
  return {
    targets: leads?.sentence ?? null,
    year: leads?.yearSentence ?? null,
    gaps,
    overCapacity,
  };
}

export function meetingStory(state: PlanState): MeetingStory {
  const { plan, check } = state;
  const errors: Reason[] = [];
  for (const f of check.flags)
    if (f.severity === "error") errors.push({ title: flagKind(f.code).title, message: f.message });
  for (const p of check.problems)
    if (p.row === null)
      errors.push({
        title: p.table === "Settings" && p.column ? `Setting ${p.column}` : `${p.table} table`,
        message: p.message,
      });

  // The Budget's sentence also says when the money it leaves out would put the year over the cap.
  const leftOut = TABLE_NAMES.filter((t) => t !== "Settings")
    .map((t) => {
      const { sentence, amount } = leftOutRows(state, t);
      const stake =
        t === "Budget"
          ? capWithLeftOut(
              { total: check.metrics.year.totalSpend, cap: check.metrics.year.cap },
              amount,
              plan.settings.currency
            )
          : null;
      return sentence && stake ? `${sentence} ${stake}` : sentence;
    })
    .filter((s): s is string => s !== null);

  const missingTable = state.workbook.problems.length > 0;
  const status = scoreStatus(state);
  const headline =
    status === "broken"
      ? missingTable
        ? "The plan cannot be scored: a table it needs is missing (see below)."
        : "The plan cannot be scored: Plan starts is missing or not a month, so the plan has no year. Set it in Settings."
      : status === "empty"
        ? leftOut.length > 0
          ? "The plan cannot be scored yet: no activity or budget line can be counted (see what is left out below)."
          : "The plan is empty: no activities and no budget lines yet, so there is nothing to score. Add them in the Calendar and Budget views."
        : null;

  const byMonth = new Map<string, Reason[]>();
  const planNotes: Reason[] = [];
  for (const f of check.flags) {
    const reason = { title: flagKind(f.code).title, message: f.message };
    if (f.month === null) {
      if (f.severity !== "error") planNotes.push(reason);
      continue;
    }
    if (f.severity === "info" || !countsInSyncScore(f.code)) continue;
    const list = byMonth.get(f.month) ?? [];
    list.push(reason);
    byMonth.set(f.month, list);
  }
  const outOfSync = plan.months
    .filter((m) => byMonth.has(m))
    .map((month) => ({ month, label: monthLabel(month), reasons: byMonth.get(month)! }));

  const score = status === "ready" ? check.metrics.syncScore : null;
  const attention = status === "ready" ? attentionOf(state) : [];
  const jointShare = check.metrics.year.jointShare;
  return {
    status,
    headline,
    errors,
    leftOut,
    score,
    scoreText: score === null ? null : `${12 - outOfSync.length} of 12 months in sync`,
    outOfSync: status === "ready" ? outOfSync : [],
    planNotes,
    jointShare,
    jointText:
      jointShare === null
        ? "No spend yet, so no joint share."
        : `${percent(jointShare)} of the year's spend is joint: lines of the Joint team, or of a campaign that both marketing and sales work on.`,
    attention,
    glance: status === "ready" ? glanceOf(state, attention) : [],
    baseline: status === "ready" ? baselineOf(state, attention) : null,
    demand:
      status === "ready"
        ? demandOf(state)
        : { targets: null, year: null, gaps: [], overCapacity: [] },
  };
}
