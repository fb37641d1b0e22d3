/** checkReadPlan: the checker on a plan already read, for callers that need both (watchPlan). */
import { generatePlan } from "../../bench/generate";
import { checkPlan, checkReadPlan, parsePlan, samplePlan } from "../../src/domain";

describe("checkReadPlan", () => {
  test.each([
    ["the sample plan", () => samplePlan(2027)],
    ["a generated plan", () => generatePlan(500)],
    ["an empty plan", () => ({ settings: {}, activities: [], budget: [] })],
  ])("on %s gives what checkPlan gives on its rows", (_, rows) => {
    const input = rows();
    expect(checkReadPlan(parsePlan(input))).toEqual(checkPlan(input));
  });

  test("reports instead of throwing when a row cannot be read", () => {
    const input = samplePlan(2027);
    Object.defineProperty(input.activities[0], "Activity", {
      get() {
        throw new Error("unreadable");
      },
    });
    const check = checkPlan(input);
    expect(check.flags).toEqual([]);
    expect(check.problems[0].message).toMatch(/could not be read \(unreadable\)/);
  });
});
