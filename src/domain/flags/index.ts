/**
 * The flag registry: every kind of flag, registered once, in the order of the
 * flag table in docs/rules.md §2. The checker, the Flags view and the Plan
 * calendar sheet read it. A new flag is one module beside this file, added
 * once to FLAG_KINDS, its tests, and its row in that table (registry.test.ts
 * holds the two together).
 */
import type { Flag, FlagCode, Plan, Severity } from "../types";
import { activityWithoutBudget } from "./activity-without-budget";
import { approvedChanged } from "./approved-changed";
import { channelShift } from "./channel-shift";
import { closesUnreported } from "./closes-unreported";
import { buildFlagContext, type FlagContext } from "./context";
import type { FlagKind } from "./kind";
import { missedFollowUps } from "./missed-follow-ups";
import { noAirCover } from "./no-air-cover";
import { noFollowUp } from "./no-follow-up";
import { overCap } from "./over-cap";
import { separateBudgets } from "./separate-budgets";
import { siloedSpend } from "./siloed-spend";
import { slowFollowUp } from "./slow-follow-up";
import { spendWithoutActivity } from "./spend-without-activity";
import { funnelUnknown } from "./funnel-unknown";
import { leadGap } from "./lead-gap";
import { overCapacity } from "./over-capacity";
import { unroutedLeads } from "./unrouted-leads";

export { buildFlagContext, type FlagContext } from "./context";
export type { FlagKind } from "./kind";

/** Flags of one month are listed in this order. */
export const FLAG_KINDS = [
  noFollowUp,
  noAirCover,
  siloedSpend,
  spendWithoutActivity,
  activityWithoutBudget,
  slowFollowUp,
  closesUnreported,
  unroutedLeads,
  overCapacity,
  leadGap,
  missedFollowUps,
  channelShift,
  approvedChanged,
  separateBudgets,
  overCap,
  funnelUnknown,
] as const;

const BY_CODE = new Map<string, FlagKind<FlagCode>>(FLAG_KINDS.map((kind) => [kind.code, kind]));

/** The registered kind of a flag code. */
export function flagKind(code: FlagCode): FlagKind<FlagCode> {
  return BY_CODE.get(code) as FlagKind<FlagCode>;
}

/** Whether flags of this code lower the sync score (docs/rules.md §3): every kind unless it says not. */
export function countsInSyncScore(code: FlagCode): boolean {
  return flagKind(code).countsInSyncScore !== false;
}

/** Severities from the worst down. */
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The worst severity among some flags, or null when there are none. */
export function worstSeverity(flags: ReadonlyArray<Pick<Flag, "severity">>): Severity | null {
  let worst: number = SEVERITIES.length;
  for (const flag of flags) worst = Math.min(worst, SEVERITIES.indexOf(flag.severity));
  return SEVERITIES[worst] ?? null;
}

/** Flags ordered by month (whole-plan flags first), then in registry order. */
export function findFlags(plan: Plan, ctx: FlagContext = buildFlagContext(plan)): Flag[] {
  const flags: Flag[] = [];
  const flag = (kind: FlagKind<FlagCode>) =>
    kind.find(ctx).map((found): Flag => ({
      code: kind.code,
      month: found.month,
      severity: kind.severity,
      refs: found.refs,
      message: found.message,
    }));
  for (const kind of FLAG_KINDS) if (kind.scope === "plan") flags.push(...flag(kind));
  // Month flags need a plan year to place the months in.
  if (plan.months.length === 12) {
    const byMonth: Flag[][] = Array.from({ length: 12 }, () => []);
    for (const kind of FLAG_KINDS) {
      if (kind.scope !== "month") continue;
      for (const f of flag(kind)) byMonth[plan.months.indexOf(f.month as string)].push(f);
    }
    for (const monthFlags of byMonth) flags.push(...monthFlags);
  }
  return flags;
}
