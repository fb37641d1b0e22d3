/** Small builders for test plans: readable rows in the workbook's own headers. */
import type { Cell, Flag, FlagCode, PlanCheck, PlanInput, Row } from "../../src/domain";
import { checkPlan } from "../../src/domain";

export const START = "2027-01";

/** The plan year that Plan starts July 2026 makes, month by month, written out. */
export const JULY_2026_YEAR = [
  "2026-07",
  "2026-08",
  "2026-09",
  "2026-10",
  "2026-11",
  "2026-12",
  "2027-01",
  "2027-02",
  "2027-03",
  "2027-04",
  "2027-05",
  "2027-06",
];

export function activity(
  id: string,
  lane: string,
  start: Cell,
  more: Partial<Record<string, Cell>> = {}
): Row {
  const team = /field|sales/i.test(lane) ? "Sales" : "Marketing";
  return {
    ID: id,
    Activity: `Activity ${id}`,
    Lane: lane,
    Team: team,
    Start: start,
    ...more,
  } as Row;
}

/** A budget line; `amounts` by three-letter month header. */
export function line(
  name: string,
  team: string,
  amounts: Record<string, number>,
  more: Partial<Record<string, Cell>> = {}
): Row {
  return { Line: name, Team: team, ...amounts, ...more } as Row;
}

/** A plan's rows: Plan starts January 2027 unless `parts` says otherwise, every table `parts` has. */
export function plan(parts: Partial<PlanInput> & { settings?: Record<string, Cell> }): PlanInput {
  return {
    ...parts,
    settings: { "Plan starts": START, ...(parts.settings ?? {}) },
    activities: parts.activities ?? [],
    budget: parts.budget ?? [],
  };
}

export function flagsOf(input: PlanInput, code?: FlagCode): Flag[] {
  const flags = checkPlan(input).flags;
  return code ? flags.filter((f) => f.code === code) : flags;
}

/** month -> refs, for one flag code. */
export function byMonth(input: PlanInput, code: FlagCode): Record<string, string[]> {
  return refsByMonth(checkPlan(input), code);
}

/** month -> refs, for one flag code of a check already made. */
export function refsByMonth(check: PlanCheck, code: FlagCode): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const f of check.flags) if (f.code === code) result[String(f.month)] = f.refs;
  return result;
}
