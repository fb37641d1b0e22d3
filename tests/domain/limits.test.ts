/**
 * What a plan can mean (src/domain/limits.ts): the forms and the CSV import refuse beyond it, the
 * checker does not — a person's cell is read and counted as typed.
 */
import {
  checkPlan,
  limitOf,
  MAX_EXPECTED_LEADS,
  MAX_FOLLOW_UP_HOURS,
  MAX_MONTH_AMOUNT,
  overLimit,
  parsePlan,
} from "../../src/domain";
import { activity, line, plan } from "./helpers";

describe("plan limits", () => {
  it("each numeric column a form or an import writes has one limit, matched as names are", () => {
    expect(limitOf("Budget", "Jan")).toBe(MAX_MONTH_AMOUNT);
    expect(limitOf("Budget", "dec")).toBe(MAX_MONTH_AMOUNT);
    expect(limitOf("Activities", "expected leads")).toBe(MAX_EXPECTED_LEADS);
    expect(limitOf("Activities", "Follow-up hours")).toBe(MAX_FOLLOW_UP_HOURS);
    expect(limitOf("Results", "Revenue")).toBeGreaterThan(limitOf("Results", "Spend")!);
    expect(limitOf("Activities", "Notes")).toBeNull();
  });

  it("a value beyond the limit is refused with the limit in the message; at the limit it is fine", () => {
    expect(overLimit("Budget", "Mar", MAX_MONTH_AMOUNT)).toBeNull();
    expect(overLimit("Budget", "Mar", 1e12)).toBe(
      "Mar can be at most 100,000,000; 1,000,000,000,000 is more than a plan can mean."
    );
    expect(overLimit("Activities", "Expected leads", Number("99999999999999999999"))).toBe(
      "Expected leads can be at most 1,000,000; 1e20 is more than a plan can mean."
    );
    expect(overLimit("Activities", "Follow-up hours", 1e308)).toMatch(
      /^Follow-up hours can be at most 10,000; 1e308 /
    );
    // Text is the column's own rule's to judge, not the limit's.
    expect(overLimit("Activities", "Expected leads", "lots")).toBeNull();
    expect(overLimit("Activities", "Notes", 1e30)).toBeNull();
  });

  it("the checker keeps reading what a person typed in the sheet, however large, and counts it", () => {
    const input = plan({
      activities: [
        activity("A-1", "Media", "2027-01", {
          "Expected leads": 1e20,
          "Follow-up hours": 1e308,
        }),
      ],
      budget: [line("Huge", "Marketing", { Jan: 1e12, Feb: 5 })],
    });
    const check = checkPlan(input);
    const read = parsePlan(input);
    expect(read.activities[0].expectedLeads).toBe(1e20);
    expect(read.activities[0].followUpHours).toBe(1e308);
    expect(check.problems).toEqual([]);
    expect(check.metrics.year.totalSpend).toBe(1e12 + 5);
    expect(check.metrics.months[0].totalSpend).toBe(1e12);
  });
});
