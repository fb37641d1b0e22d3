/** checkPlan: the plan checker, a pure function from the workbook's rows to flags, problems and metrics. */
import { findFlags } from "./flags";
import { buildFlagContext } from "./flags/context";
import { scorecard } from "./measurement";
import { computeMetrics } from "./metrics";
import { parsePlan } from "./plan";
import { DEFAULT_MEASUREMENT } from "./settings";
import type { Plan, PlanCheck, PlanInput } from "./types";

export function checkPlan(input: PlanInput): PlanCheck {
  let plan: Plan;
  try {
    plan = parsePlan(input);
  } catch (error) {
    return unreadable(error);
  }
  return checkReadPlan(plan);
}

/**
 * The checker on a plan already parsed with parsePlan (so a caller that needs both the plan and its
 * check parses the rows once): checkPlan(input) is checkReadPlan(parsePlan(input)).
 */
export function checkReadPlan(plan: Plan): PlanCheck {
  try {
    const ctx = buildFlagContext(plan);
    const flags = findFlags(plan, ctx);
    return { flags, problems: plan.problems, metrics: computeMetrics(plan, ctx, flags) };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Last line of defence (e.g. a row object whose properties throw when read):
 * the checker reports instead of failing.
 */
function unreadable(error: unknown): PlanCheck {
  return {
    flags: [],
    problems: [
      {
        table: "Settings",
        row: null,
        column: null,
        value: null,
        message: `The plan could not be read (${error instanceof Error ? error.message : "unknown reason"}). Check the tables for unusual content.`,
      },
    ],
    metrics: {
      months: [],
      year: {
        totalSpend: 0,
        byTeam: { Marketing: 0, Sales: 0, Joint: 0 },
        byLane: {},
        byCampaign: {},
        jointShare: null,
        cap: null,
      },
      syncScore: 0,
      channels: [],
      baseline: null,
      scorecard: scorecard([], DEFAULT_MEASUREMENT.followUpTarget),
      demand: {
        months: [],
        year: { expectedLeads: 0, requiredLeads: null, lanes: [] },
        averageDealSize: { value: null, source: null },
        leadToCloseRate: { value: null, source: null },
      },
    },
  };
}
