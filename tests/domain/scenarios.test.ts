/** The situations the articles describe, as a chief would type them. */
import { checkPlan } from "../../src/domain";
import { activity, line, plan } from "./helpers";

describe("the articles' situations", () => {
  test("a media flight nobody follows up", () => {
    const result = checkPlan(
      plan({
        settings: { "Plan starts": "Jul 2026" },
        activities: [
          activity("M1", "Media", "Mar", {
            Activity: "Spring TV spot",
            Campaign: "Spring launch",
            End: "Apr",
          }),
          activity("F1", "Field sales", "Sep 2026", {
            Activity: "Autumn territory push",
            Campaign: "Autumn",
          }),
          activity("M2", "Direct mail", "Aug 2026", {
            Activity: "Autumn mailer",
            Campaign: "Autumn",
          }),
        ],
        budget: [
          line(
            "TV",
            "Marketing",
            { Mar: 40000, Apr: 20000 },
            { Lane: "Media", Campaign: "Spring launch" }
          ),
          line("Autumn", "Joint", { Aug: 5000, Sep: 5000 }, { Campaign: "Autumn" }),
        ],
      })
    );
    expect(result.problems).toEqual([]);
    const noFollowUp = result.flags.filter((f) => f.code === "no-follow-up");
    expect(noFollowUp.map((f) => [f.month, f.refs])).toEqual([
      ["2027-03", ["M1"]],
      ["2027-04", ["M1"]],
    ]);
    expect(noFollowUp[0].message).toBe(
      "Leads from Spring TV spot in Mar 2027 have no sales follow-up in Mar–Apr 2027. " +
        "Add a Sales-side activity (Field sales) in those months, or link one in those months to campaign 'Spring launch'."
    );
    // The autumn campaign is joint: mailer in Aug covers the field push in Sep, which follows it up.
    expect(result.flags.filter((f) => f.refs.includes("M2") || f.refs.includes("F1"))).toEqual([]);
    expect(result.metrics.syncScore).toBeCloseTo(10 / 12);
  });

  test("a field push with nothing behind it", () => {
    const result = checkPlan(
      plan({
        activities: [
          activity("F1", "Field sales", "2027-05", {
            Activity: "Summer field push",
            End: "2027-06",
          }),
          activity("M1", "Media", "2027-02", { Activity: "Brand radio" }),
        ],
        budget: [line("Reps", "Sales", { May: 8000, Jun: 8000 }, { Lane: "Field sales" })],
      })
    );
    const airCover = result.flags.filter((f) => f.code === "no-air-cover");
    expect(airCover.map((f) => [f.month, f.refs])).toEqual([
      ["2027-05", ["F1"]],
      ["2027-06", ["F1"]],
    ]);
    expect(airCover[0].message).toMatch(
      /^Summer field push in May 2027 has no marketing behind it in Apr–May 2027\./
    );
  });

  test("two separate budgets", () => {
    const result = checkPlan(
      plan({
        activities: [activity("M1", "Media", "Jan"), activity("F1", "Field sales", "Jan")],
        budget: [
          line("Media plan", "Marketing", { Jan: 50000 }, { Lane: "Media" }),
          line("Sales travel", "Sales", { Jan: 20000 }, { Lane: "Field sales" }),
        ],
      })
    );
    const separate = result.flags.find((f) => f.code === "separate-budgets");
    expect(separate).toMatchObject({
      month: null,
      severity: "warning",
      refs: ["Media plan", "Sales travel"],
    });
    expect(result.flags.find((f) => f.code === "siloed-spend")).toMatchObject({
      month: "2027-01",
      refs: ["Media plan", "Sales travel"],
    });
    expect(result.metrics.year.jointShare).toBe(0);

    // Planning one campaign together fixes both flags.
    const together = checkPlan(
      plan({
        activities: [
          activity("M1", "Media", "Jan", { Campaign: "Launch" }),
          activity("F1", "Field sales", "Jan", { Campaign: "launch" }),
        ],
        budget: [
          line("Media plan", "Marketing", { Jan: 50000 }, { Lane: "Media", Campaign: "Launch" }),
          line("Sales travel", "Sales", { Jan: 20000 }, { Lane: "Field sales" }),
        ],
      })
    );
    expect(together.flags.map((f) => f.code)).toEqual([]);
    expect(together.metrics.year.jointShare).toBeCloseTo(50000 / 70000);
  });

  test("a synchronized plan has no flags and a sync score of 1", () => {
    const result = checkPlan(
      plan({
        settings: { "Annual budget cap": 100000 },
        activities: [
          activity("M1", "Media", "Jan", { Campaign: "Year", End: "Dec", "Follow-up hours": 12 }),
          activity("F1", "Field sales", "Jan", { Campaign: "Year", End: "Dec" }),
        ],
        budget: [
          line("Year", "Joint", { Jan: 1000, Jun: 1000, Dec: 1000 }, { Campaign: "Year" }),
          line(
            "Rest",
            "Joint",
            { Feb: 1, Mar: 1, Apr: 1, May: 1, Jul: 1, Aug: 1, Sep: 1, Oct: 1, Nov: 1 },
            { Campaign: "Year" }
          ),
        ],
        results: [{ Month: "Jan", Channel: "TV", Leads: 10, Closed: 2, Spend: 1000 }],
      })
    );
    expect(result.problems).toEqual([]);
    expect(result.flags).toEqual([]);
    expect(result.metrics.syncScore).toBe(1);
  });

  test("Excel date serials and a plan year crossing calendar years", () => {
    // 46204 = 1 Jul 2026, 46388 = 1 Jan 2027, 46446 = 28 Feb 2027.
    const result = checkPlan(
      plan({
        settings: { "Plan starts": 46204 },
        activities: [
          activity("M1", "Media", 46388, { End: 46446 }),
          activity("F1", "Field sales", "Feb 2027"),
        ],
      })
    );
    expect(result.metrics.months[0].month).toBe("2026-07");
    expect(result.flags.filter((f) => f.code === "no-follow-up").map((f) => f.month)).toEqual([]);
    expect(result.flags.find((f) => f.code === "no-air-cover")).toBeUndefined();
  });
});
