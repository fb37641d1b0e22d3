/**
 * The Meeting view's story of the year, worst first, in words (issue 9.6): what is broken or over
 * the limit, what is left out, the months out of sync and why, then the joint share. An empty or
 * broken plan says so and gets no score: 100% for nothing and 0% beside "in sync" both mislead.
 * The sync score itself counts months only (docs/rules.md §4); plan-level errors stand beside it,
 * first. Pure.
 */
import { countsInSyncScore, flagKind, type PlanState, TABLE_NAMES } from "../../workbook";
import { leftOutRows } from "./leftOut";
import { monthLabel, percent } from "./format";
import { scoreStatus } from "./score";

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

  const leftOut = TABLE_NAMES.filter((t) => t !== "Settings")
    .map((t) => leftOutRows(state, t).sentence)
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
  };
}
