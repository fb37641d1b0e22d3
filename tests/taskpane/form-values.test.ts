/**
 * Form values as the sheet holds them (0 stays 0), a co-author's cells as form text, and the plan
 * limits in the forms' validation and the CSV import (issue 9 §2 and §8).
 */
import { parsePlan } from "../../src/domain";
import { previewCsv } from "../../src/taskpane/import/csv";
import {
  activityCellText,
  activityToForm,
  budgetMonthHeaders,
  budgetToForm,
  emptyActivityForm,
  emptyBudgetForm,
} from "../../src/taskpane/model/rowForms";
import {
  limitErrors,
  validateActivity,
  validateBudgetLine,
} from "../../src/taskpane/model/validate";

const plan = parsePlan({
  settings: { "Plan starts": "2027-01" },
  lanes: [{ Lane: "Media", Side: "Marketing" }],
  activities: [{ ID: "A-1", Activity: "TV", Lane: "Media", Team: "Marketing", Start: "2027-02" }],
  budget: [{ Line: "B-1", Team: "Marketing", Status: "Draft", Jan: 0, Feb: 250, Mar: "" }],
});
const headers = budgetMonthHeaders(plan);

describe("form values as the sheet holds them", () => {
  it("a budget line's 0 shows as 0; with the row's cells, a blank shows as blank", () => {
    const line = plan.budget[0];
    const form = budgetToForm(line, headers);
    expect(form.Jan).toBe("0");
    expect(form.Feb).toBe("250");
    const cells = { Line: "B-1", Team: "Marketing", Status: "Draft", Jan: 0, Feb: 250, Mar: "" };
    const held = budgetToForm(line, headers, cells);
    expect([held.Jan, held.Feb, held.Mar]).toEqual(["0", "250", ""]);
  });

  it("an activity's Start and End read from the sheet (a date serial or typed text) show as the form's month", () => {
    const text = activityCellText(plan);
    expect(text("Start", 46447)).toBe("2027-03"); // 1 Mar 2027
    expect(text("End", "Apr 2027")).toBe("2027-04");
    expect(text("End", "")).toBe("");
    expect(text("Expected leads", 0)).toBe("0");
    expect(text("Notes", null)).toBe("");
    expect(text("Start", 46447)).toBe(
      activityToForm({ ...plan.activities[0], start: "2027-03" }).Start
    );
  });
});

describe("limits in the forms and the import", () => {
  it("the activity form refuses expected leads and follow-up hours beyond the limit, naming it", () => {
    const form = {
      ...emptyActivityForm(plan),
      Activity: "Huge",
      "Expected leads": "99999999999999999999",
      "Follow-up hours": "1e308",
    };
    const result = validateActivity(form, plan, null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors["Expected leads"]).toBe(
        "Expected leads can be at most 1,000,000; 1e20 is more than a plan can mean."
      );
      expect(result.errors["Follow-up hours"]).toMatch(/^Follow-up hours can be at most 10,000;/);
    }
    const fine = validateActivity(
      { ...form, "Expected leads": "1,000,000", "Follow-up hours": "10000" },
      plan,
      null
    );
    expect(fine.ok).toBe(true);
  });

  it("the budget line form refuses a month amount beyond the limit; the rule's own message comes first", () => {
    const form = { ...emptyBudgetForm(plan, headers), Jan: "1,000,000,000,000", Feb: "-5" };
    const result = validateBudgetLine(form, plan, headers, null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.Jan).toMatch(/^Jan can be at most 100,000,000; 1,000,000,000,000 /);
      expect(result.errors.Feb).not.toMatch(/at most/);
    }
  });

  it("limitErrors serves other tables' forms (Results)", () => {
    expect(
      limitErrors("Results", { Spend: 5, Leads: 1e9, Revenue: 1e11 }, ["Spend", "Leads", "Revenue"])
    ).toEqual({
      Leads: "Leads can be at most 10,000,000; 1,000,000,000 is more than a plan can mean.",
      Revenue:
        "Revenue can be at most 10,000,000,000; 100,000,000,000 is more than a plan can mean.",
    });
  });

  it("the CSV import rejects a row with a number beyond its limit, saying the limit, and keeps the others", () => {
    const preview = previewCsv(
      "Month,Channel,Lane,Campaign,Spend,Leads,Qualified,Closed,Revenue\n" +
        "2027-05,Podcast,Media,,5000,1e20,10,2,9000\n" +
        "2027-05,Radio,Media,,5000,100,10,2,9000\n",
      plan
    );
    expect(preview.accepted.map((r) => r.label)).toEqual(["2027-05 Radio"]);
    expect(preview.rejected).toEqual([
      {
        line: 2,
        label: "2027-05 Podcast",
        reasons: ["Leads can be at most 10,000,000; 1e20 is more than a plan can mean."],
      },
    ]);
    const activities = previewCsv(
      "ID,Activity,Lane,Team,Start,Follow-up hours\nA-9,Huge,Media,Marketing,2027-03,20000\n",
      plan
    );
    expect(activities.rejected[0].reasons).toEqual([
      "Follow-up hours can be at most 10,000; 20,000 is more than a plan can mean.",
    ]);
  });
});
