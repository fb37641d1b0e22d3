import { checkPlan, parsePlan } from "../../src/domain";
import { EXCEL_ERRORS, isExcelError } from "../../src/domain/errors";
import { activity, line, plan } from "./helpers";

describe("Excel error values in plan cells", () => {
  test("every error value Excel shows is known; text that only starts with # is not one", () => {
    for (const e of [
      "#REF!",
      "#DIV/0!",
      "#NAME?",
      "#N/A",
      "#VALUE!",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
    ])
      expect(EXCEL_ERRORS).toContain(e);
    expect(isExcelError("#REF!")).toBe(true);
    expect(isExcelError("#hashtag campaign")).toBe(false);
    expect(isExcelError(" #REF!")).toBe(false);
    expect(isExcelError(0)).toBe(false);
  });

  test("a budget amount holding #REF! is a problem that names the month and the broken formula, and is not spent", () => {
    const result = checkPlan(
      plan({
        activities: [activity("A-1", "Media", "2027-03")],
        budget: [
          line("Radio", "Marketing", { Mar: 100 }),
          line("TV", "Marketing", { Mar: "#REF!" } as never),
        ],
      })
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        table: "Budget",
        row: 2,
        column: "Mar",
        value: "#REF!",
        message: expect.stringContaining("Mar is #REF! — the formula in this cell is broken"),
      })
    );
    expect(result.metrics.months.find((m) => m.month === "2027-03")!.totalSpend).toBe(100);
  });

  test("an error in a text column or a month column is a problem too, not a name or a month", () => {
    const result = checkPlan(
      plan({
        activities: [
          activity("A-1", "Media", "#N/A"),
          activity("A-2", "Media", "2027-03", { Activity: "#NAME?" }),
          activity("A-3", "Media", "2027-03", { Notes: "#DIV/0!" }),
        ],
      })
    );
    const messages = result.problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Start is #N\/A — the formula in this cell is broken/),
        expect.stringMatching(/^Activity is #NAME\? — the formula/),
        expect.stringMatching(/^Notes is #DIV\/0! — the formula/),
      ])
    );
  });

  test("a setting holding an error value is reported as broken and its default is kept", () => {
    const read = parsePlan({
      settings: { "Plan starts": "Jan 2027", "Annual budget cap": "#VALUE!" },
      activities: [],
      budget: [],
    } as never);
    expect(read.settings.annualBudgetCap).toBeNull();
    expect(read.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^Annual budget cap is #VALUE! — the formula in this cell is broken/)
    );
  });
});
