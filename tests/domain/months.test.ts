import {
  MONTH_ABBREVIATIONS,
  budgetColumns,
  checkPlan,
  parseMonth,
  planMonths,
  serialToMonthNumber,
  formatMonth,
} from "../../src/domain";
import { activity, JULY_2026_YEAR, plan } from "./helpers";

const month = (value: unknown, start: string | null = null) => {
  const r = parseMonth(value, start);
  return r.ok ? r.month : `error: ${r.error}`;
};

describe("month cells", () => {
  test("Excel 1900-system date serials", () => {
    expect(month(1)).toBe("1900-01");
    expect(month(59)).toBe("1900-02"); // 28 Feb 1900
    expect(month(60)).toBe("1900-02"); // Excel's fictitious 29 Feb 1900
    expect(month(61)).toBe("1900-03"); // 1 Mar 1900
    expect(month(45658)).toBe("2025-01"); // 1 Jan 2025
    expect(month(45688)).toBe("2025-01"); // 31 Jan 2025
    expect(month(45689)).toBe("2025-02"); // 1 Feb 2025
    expect(month(45658.75)).toBe("2025-01"); // a time of day is ignored
    expect(month(2958465)).toBe("9999-12");
  });

  test("numbers that are not plausible serials are not months", () => {
    for (const n of [0, -1, 0.5, 2958466, 1e12, NaN, Infinity, -Infinity]) {
      expect(month(n)).toMatch(/^error: .*is not a month/);
    }
    expect(serialToMonthNumber(0)).toBeNull();
  });

  test("YYYY-MM and YYYY-MM-DD", () => {
    expect(month("2027-03")).toBe("2027-03");
    expect(month(" 2027-3 ")).toBe("2027-03");
    expect(month("2027-03-31")).toBe("2027-03");
    expect(month("2028-02-29")).toBe("2028-02");
    expect(month("2027-02-29")).toMatch(/^error/);
    expect(month("2027-13")).toMatch(/^error/);
    expect(month("2027-00")).toMatch(/^error/);
  });

  test("month name or abbreviation with a year", () => {
    expect(month("Mar 2027")).toBe("2027-03");
    expect(month("March 2027")).toBe("2027-03");
    expect(month("march 2027")).toBe("2027-03");
    expect(month("SEPT 2026")).toBe("2026-09");
    expect(month("Dec-2026")).toBe("2026-12");
  });

  test("a month name alone means the one plan month with that name, across calendar years", () => {
    expect(month("Mar", "2026-07")).toBe("2027-03");
    expect(month("Jul", "2026-07")).toBe("2026-07");
    expect(month("december", "2026-07")).toBe("2026-12");
    expect(month("Jun", "2026-07")).toBe("2027-06");
    expect(month("Jan", "2027-01")).toBe("2027-01");
  });

  test("a month name alone without a plan year, and text that is no month, are errors", () => {
    expect(month("Mar")).toMatch(/^error: Month 'Mar' has no year/);
    expect(month("Marhc 2027")).toMatch(/^error: Month 'Marhc 2027' is not a month/);
    expect(month(true)).toMatch(/^error/);
    expect(month(null)).toMatch(/^error/);
    expect(month("")).toMatch(/^error/);
  });

  test("the checker's message names the column and the value", () => {
    const result = checkPlan(plan({ activities: [activity("A1", "Media", "Marhc")] }));
    expect(result.problems).toEqual([
      expect.objectContaining({
        table: "Activities",
        row: 1,
        column: "Start",
        value: "Marhc",
        message: expect.stringContaining("Start 'Marhc' is not a month"),
      }),
    ]);
  });
});

describe("plan year helpers", () => {
  test("planMonths runs 12 months, crossing the calendar year", () => {
    expect(planMonths("2026-07")).toEqual(JULY_2026_YEAR);
    expect(planMonths("nonsense")).toEqual([]);
  });

  test("budget month headers follow plan order", () => {
    expect(MONTH_ABBREVIATIONS).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ]);
    expect(budgetColumns(6)).toEqual([
      "Line",
      "Team",
      "Lane",
      "Campaign",
      "Status",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
    ]);
    expect(budgetColumns(0).slice(5)).toEqual([...MONTH_ABBREVIATIONS]);
  });

  test("formatMonth writes YYYY-MM", () => {
    expect(formatMonth(2027 * 12 + 2)).toBe("2027-03");
  });
});
