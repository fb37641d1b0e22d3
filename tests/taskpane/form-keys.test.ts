/**
 * A new row's default ID / Line, and the "already used" check, consider EVERY row of the table as
 * read (rows with problems too), case-insensitively, as the workbook layer's refusal does.
 */
import { checkPlan, type PlanInput, parsePlan, samplePlan } from "../../src/domain";
import { tableKeys } from "../../src/taskpane/model/ids";
import {
  activityToForm,
  budgetMonthHeaders,
  budgetToForm,
  emptyActivityForm,
  emptyBudgetForm,
} from "../../src/taskpane/model/rowForms";
import { validateActivity, validateBudgetLine } from "../../src/taskpane/model/validate";
import type { PlanState } from "../../src/workbook";

function stateOf(input: PlanInput): PlanState {
  return {
    workbook: { input, tables: {}, problems: [] },
    plan: parsePlan(input),
    check: checkPlan(input),
  };
}

const sample = () => {
  const rows = samplePlan(2027);
  return stateOf({ ...rows });
};

describe("default keys consider every row", () => {
  it("the sample's A-13 (lane 'Email' unknown, so not in the plan) is skipped", () => {
    const state = sample();
    expect(state.plan.activities.some((a) => a.id === "A-13")).toBe(false);
    expect(tableKeys(state, "Activities")).toContain("A-13");
    expect(emptyActivityForm(state).ID).toBe("A-14");
  });

  it("a budget line with a problem is skipped too", () => {
    const state = stateOf({
      settings: { "Plan starts": "2027-01" },
      activities: [],
      budget: [
        { Line: "B-01", Team: "Marketing", Jan: 10 },
        { Line: "b-02", Team: "Nobody", Jan: 10 }, // invalid team: a problem, not in plan.budget
      ],
    });
    expect(state.plan.budget.map((b) => b.line)).toEqual(["B-01"]);
    const headers = budgetMonthHeaders(state.plan);
    expect(emptyBudgetForm(state, headers).Line).toBe("B-03");
  });
});

describe("'already used' considers every row, case-insensitively", () => {
  it("refuses a new activity whose ID only an invalid row has", () => {
    const state = sample();
    const inUse = { keys: tableKeys(state, "Activities"), ownRow: null };
    const form = { ...emptyActivityForm(state), ID: "a-13", Activity: "Webinar" };
    const result = validateActivity(form, state.plan, null, inUse);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.ID).toMatch(/already used/);
    expect(validateActivity({ ...form, ID: "A-14" }, state.plan, null, inUse).ok).toBe(true);
  });

  it("lets an edited activity keep its ID, but not take an invalid row's ID", () => {
    const state = sample();
    const a = state.plan.activities[0];
    const inUse = { keys: tableKeys(state, "Activities"), ownRow: a.row };
    expect(validateActivity(activityToForm(a), state.plan, a.id, inUse).ok).toBe(true);
    const lower = { ...activityToForm(a), ID: a.id.toLowerCase() };
    expect(validateActivity(lower, state.plan, a.id, inUse).ok).toBe(true);
    const taken = validateActivity({ ...activityToForm(a), ID: "A-13" }, state.plan, a.id, inUse);
    expect(!taken.ok && taken.errors.ID).toMatch(/already used/);
  });

  it("refuses a budget Line that only an invalid row has", () => {
    const state = stateOf({
      settings: { "Plan starts": "2027-01" },
      activities: [],
      budget: [
        { Line: "B-01", Team: "Marketing", Jan: 10 },
        { Line: "b-02", Team: "Nobody", Jan: 10 },
      ],
    });
    const headers = budgetMonthHeaders(state.plan);
    const inUse = { keys: tableKeys(state, "Budget"), ownRow: null };
    const form = { ...emptyBudgetForm(state, headers), Line: "B-02", Jan: "5" };
    const added = validateBudgetLine(form, state.plan, headers, null, inUse);
    expect(!added.ok && added.errors.Line).toMatch(/already used/);
    const own = state.plan.budget[0];
    const edit = { keys: inUse.keys, ownRow: own.row };
    const kept = validateBudgetLine(
      budgetToForm(own, headers),
      state.plan,
      headers,
      own.line,
      edit
    );
    expect(kept.ok).toBe(true);
    const moved = { ...budgetToForm(own, headers), Line: "B-02" };
    expect(validateBudgetLine(moved, state.plan, headers, own.line, edit).ok).toBe(false);
  });
});
