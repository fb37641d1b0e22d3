import { checkPlan, parsePlan } from "../../src/domain";
import { generatePlan } from "../../bench/generate";

describe("robustness", () => {
  test("100,000 rows per table are checked, and broken rows are reported, without an exception", () => {
    const input = generatePlan(100000, 7);
    const result = checkPlan(input);
    expect(result.metrics.months).toHaveLength(12);
    // The generator breaks about 1% of activities and budget lines.
    expect(result.problems.length).toBeGreaterThan(1000);
    expect(result.problems.length).toBeLessThan(3000);
    expect(result.problems.every((p) => p.row !== null && p.row >= 1 && p.row <= 100000)).toBe(
      true
    );
    const read = parsePlan(input);
    expect(
      read.activities.length + read.budget.length + read.results.length + result.problems.length
    ).toBe(300000);
  });

  test("rows whose cells are not cell values are problems", () => {
    const result = checkPlan({
      settings: { "Plan starts": "2027-01" },
      activities: [
        {
          ID: { a: 1 } as never,
          Activity: [] as never,
          Lane: "Media",
          Team: "Marketing",
          Start: undefined as never,
        },
      ],
      budget: [{ Line: "L", Team: "Joint", Jan: { amount: 1 } as never }],
    });
    expect(result.problems.map((p) => [p.table, p.column, p.value])).toEqual([
      ["Activities", "ID", null],
      ["Activities", "Activity", null],
      ["Activities", "Start", null],
      ["Budget", "Jan", null],
    ]);
  });

  test("a row whose cells throw when read does not break the check", () => {
    const row = {};
    Object.defineProperty(row, "ID", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const result = checkPlan({
      settings: { "Plan starts": "2027-01" },
      activities: [row],
      budget: [],
    });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(/could not be read/);
  });

  test("the input is not changed", () => {
    const input = generatePlan(200, 3);
    const copy = JSON.parse(JSON.stringify(input));
    checkPlan(input);
    expect(input).toEqual(copy);
  });
});
