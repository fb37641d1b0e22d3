import { checkPlan } from "../../src/domain";
import type { Row } from "../../src/domain";
import { activity, JULY_2026_YEAR, line, plan } from "./helpers";

describe("metrics per month and for the year", () => {
  const input = plan({
    settings: { "Plan starts": "2026-07", "Annual budget cap": 5000 },
    activities: [
      activity("A1", "Media", "Jul", { Campaign: "Spring" }),
      activity("S1", "Field sales", "Jul", { Campaign: "spring" }),
    ],
    budget: [
      line("TV", "Marketing", { Jul: 300, Jan: 100 }, { Lane: "Media", Campaign: "Spring" }),
      line("Reps", "Sales", { Jul: 100 }, { Lane: "Field sales" }),
      line("Shared", "Joint", { Aug: 50 }),
      line("Bad", "Joint", { Aug: -1 }),
    ],
  });
  const { metrics } = checkPlan(input);

  test("12 plan months in order, with total, spend by team and joint share", () => {
    expect(metrics.months.map((m) => m.month)).toEqual(JULY_2026_YEAR);
    expect(metrics.months[0]).toMatchObject({
      totalSpend: 400,
      spendByTeam: { Marketing: 300, Sales: 100, Joint: 0 },
      jointShare: 0.75, // TV is on the joint campaign Spring
    });
    expect(metrics.months[1]).toMatchObject({
      totalSpend: 50,
      spendByTeam: { Marketing: 0, Sales: 0, Joint: 50 },
      jointShare: 1,
    });
    expect(metrics.months[2]).toMatchObject({ totalSpend: 0, jointShare: null });
    expect(metrics.months[6]).toMatchObject({ month: "2027-01", totalSpend: 100, jointShare: 1 });
  });

  test("year totals by team, lane and campaign; joint share; cap", () => {
    expect(metrics.year).toEqual({
      totalSpend: 550,
      byTeam: { Marketing: 400, Sales: 100, Joint: 50 },
      byLane: { Media: 400, "Direct mail": 0, "Field sales": 100, "(no lane)": 50 },
      byCampaign: { Spring: 400, "(no campaign)": 150 },
      jointShare: 450 / 550,
      cap: 5000,
    });
  });

  test("flag count per month and sync score: months without a warning or error flag", () => {
    const result = checkPlan(input);
    for (const m of result.metrics.months) {
      expect(m.flagCount).toBe(result.flags.filter((f) => f.month === m.month).length);
    }
    const troubled = new Set(
      result.flags.filter((f) => f.month && f.severity !== "info").map((f) => f.month)
    );
    expect(result.metrics.syncScore).toBeCloseTo((12 - troubled.size) / 12);
  });

  test("info flags and whole-plan flags do not count against the sync score", () => {
    const onlyInfo = plan({
      settings: { "Annual budget cap": 1 },
      budget: [line("J", "Joint", { Jan: 10 })],
      results: [{ Month: "Jan", Channel: "TV", Leads: 5 }],
    });
    const result = checkPlan(onlyInfo);
    expect(result.flags.map((f) => f.code)).toEqual(["over-cap", "closes-unreported"]);
    expect(result.metrics.syncScore).toBe(1);
    const empty = checkPlan(plan({}));
    expect(empty.metrics.syncScore).toBe(1);
    expect(empty.metrics.year.jointShare).toBeNull();
  });

  test("a warning in 3 months gives a sync score of 9/12", () => {
    const result = checkPlan(
      plan({
        activities: [
          activity("A1", "Media", "Mar", { End: "May" }),
          activity("X", "Media", "Mar", { End: "Mar" }),
        ],
      })
    );
    // no-follow-up in Mar, Apr, May (May: nothing follows); info flags don't count.
    expect(result.metrics.syncScore).toBeCloseTo(9 / 12);
  });
});

describe("channel metrics from Results, only from reported figures", () => {
  const results: Row[] = [
    {
      Month: "Jan",
      Channel: "LinkedIn ads",
      Spend: 1000,
      Leads: 100,
      Qualified: 40,
      Closed: 10,
      Revenue: 20000,
    },
    { Month: "Feb", Channel: " linkedin  ADS ", Spend: 500, Leads: "", Closed: "" },
    { Month: "Mar", Channel: "LinkedIn ads", Spend: "", Leads: 50, Closed: 0 },
    { Month: "Jan", Channel: "Spring mailer", Spend: 300 },
    { Month: "Jan", Channel: "Google search", Leads: 0, Closed: 0, Spend: 0 },
  ];
  const channels = checkPlan(plan({ results })).metrics.channels;

  test("channels group ignoring case and spaces, first spelling shown, in order of appearance", () => {
    expect(channels.map((c) => c.channel)).toEqual([
      "LinkedIn ads",
      "Spring mailer",
      "Google search",
    ]);
  });

  test("sums of reported figures; null when never reported", () => {
    expect(channels[0]).toMatchObject({
      spend: 1500,
      leads: 150,
      qualified: 40,
      closed: 10,
      revenue: 20000,
    });
    expect(channels[1]).toMatchObject({
      spend: 300,
      leads: null,
      qualified: null,
      closed: null,
      revenue: null,
    });
  });

  test("ratios only over rows that report both figures; null when the denominator is 0", () => {
    // close rate: rows with closed and leads: Jan (10/100) and Mar (0/50).
    expect(channels[0].closeRate).toBeCloseTo(10 / 150);
    // cost per lead: rows with spend and leads: only Jan.
    expect(channels[0].costPerLead).toBeCloseTo(1000 / 100);
    // cost per closed deal: rows with spend and closed: only Jan.
    expect(channels[0].costPerClosed).toBeCloseTo(1000 / 10);
    expect(channels[1]).toMatchObject({ closeRate: null, costPerLead: null, costPerClosed: null });
    expect(channels[2]).toMatchObject({
      spend: 0,
      leads: 0,
      closed: 0,
      closeRate: null,
      costPerLead: null,
      costPerClosed: null,
    });
  });
});
