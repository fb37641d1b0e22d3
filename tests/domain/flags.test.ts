import { FLAG_KINDS, checkPlan } from "../../src/domain";
import type { Row } from "../../src/domain";
import { activity, byMonth, flagsOf, line, plan } from "./helpers";

describe("no-follow-up (warning)", () => {
  test("a Marketing-side activity with no Sales-side activity in [m, m+F]", () => {
    const input = plan({
      activities: [activity("A1", "Media", "2027-03", { Activity: "Spring TV spot" })],
    });
    const [flag] = flagsOf(input, "no-follow-up");
    expect(flag).toEqual({
      code: "no-follow-up",
      month: "2027-03",
      severity: "warning",
      refs: ["A1"],
      message: expect.stringContaining(
        "Leads from Spring TV spot in Mar 2027 have no sales follow-up in Mar–Apr 2027"
      ),
    });
    expect(flag.message).toMatch(/Add a Sales-side activity \(Field sales\)/);
  });

  test("a Sales-side activity in m or up to F months later follows it up", () => {
    const a = activity("A1", "Media", "2027-03");
    expect(
      byMonth(plan({ activities: [a, activity("S1", "Field sales", "2027-03")] }), "no-follow-up")
    ).toEqual({});
    expect(
      byMonth(plan({ activities: [a, activity("S1", "Field sales", "2027-04")] }), "no-follow-up")
    ).toEqual({});
    expect(
      byMonth(plan({ activities: [a, activity("S1", "Field sales", "2027-05")] }), "no-follow-up")
    ).toEqual({
      "2027-03": ["A1"],
    });
    const wider = plan({
      settings: { "Follow-up window (months)": 2 },
      activities: [a, activity("S1", "Field sales", "2027-05")],
    });
    expect(byMonth(wider, "no-follow-up")).toEqual({});
    // Sales activity before the marketing one does not follow it up.
    expect(
      byMonth(plan({ activities: [a, activity("S1", "Field sales", "2027-02")] }), "no-follow-up")
    ).toEqual({
      "2027-03": ["A1"],
    });
  });

  test("F = 0 means the same month", () => {
    const input = plan({
      settings: { "Follow-up window (months)": 0 },
      activities: [activity("A1", "Media", "2027-03"), activity("S1", "Field sales", "2027-04")],
    });
    expect(byMonth(input, "no-follow-up")).toEqual({ "2027-03": ["A1"] });
  });

  test("one flag per month the activity is active and unfollowed", () => {
    const input = plan({
      activities: [
        activity("A1", "Media", "2027-03", { End: "2027-05" }),
        activity("S1", "Field sales", "2027-04"),
      ],
    });
    expect(byMonth(input, "no-follow-up")).toEqual({ "2027-05": ["A1"] });
  });

  test("with a campaign, only sales activity of that campaign follows it up", () => {
    const a = activity("A1", "Media", "2027-03", { Campaign: "Spring" });
    const flagged = (s: ReturnType<typeof activity>) =>
      Object.keys(byMonth(plan({ activities: [a, s] }), "no-follow-up")).length > 0;
    expect(flagged(activity("S1", "Field sales", "2027-03", { Campaign: "Autumn" }))).toBe(true);
    expect(flagged(activity("S1", "Field sales", "2027-03"))).toBe(true);
    expect(flagged(activity("S1", "Field sales", "2027-03", { Campaign: " SPRING " }))).toBe(false);
    // An activity without a campaign is followed up by any sales activity.
    const b = activity("A2", "Media", "2027-03");
    const withCampaign = activity("S1", "Field sales", "2027-03", { Campaign: "Autumn" });
    expect(byMonth(plan({ activities: [b, withCampaign] }), "no-follow-up")).toEqual({});
    const [flag] = flagsOf(plan({ activities: [a] }), "no-follow-up");
    expect(flag.message).toMatch(/or link one in those months to campaign 'Spring'/);
  });

  test("the window is clipped at the end of the plan year, across calendar years", () => {
    const input = plan({
      settings: { "Plan starts": "2026-07" },
      activities: [activity("A1", "Media", "Jun"), activity("S1", "Field sales", "2027-07")],
    });
    const [flag] = flagsOf(input, "no-follow-up");
    expect(flag.month).toBe("2027-06");
    expect(flag.message).toMatch(/no sales follow-up in Jun 2027\./);
    // Within the plan year, Dec 2026 is followed up in Jan 2027.
    const crossing = plan({
      settings: { "Plan starts": "2026-07" },
      activities: [activity("A1", "Media", "Dec"), activity("S1", "Field sales", "Jan")],
    });
    expect(byMonth(crossing, "no-follow-up")).toEqual({});
  });

  test("activity side comes from the lane, not the team", () => {
    const input = plan({
      activities: [
        activity("A1", "Media", "2027-03", { Team: "Sales" }),
        activity("S1", "Field sales", "2027-03", { Team: "Marketing" }),
      ],
    });
    expect(byMonth(input, "no-follow-up")).toEqual({});
    expect(byMonth(input, "no-air-cover")).toEqual({});
  });
});

describe("no-air-cover (warning)", () => {
  test("a Sales-side activity with no Marketing-side activity in [m−W, m]", () => {
    const input = plan({
      activities: [activity("S1", "Field sales", "2027-03", { Activity: "Field push" })],
    });
    const [flag] = flagsOf(input, "no-air-cover");
    expect(flag).toMatchObject({
      code: "no-air-cover",
      month: "2027-03",
      severity: "warning",
      refs: ["S1"],
    });
    expect(flag.message).toMatch(
      /Field push in Mar 2027 has no marketing behind it in Feb–Mar 2027/
    );
    expect(flag.message).toMatch(/Add a Marketing-side activity \(Media and Direct mail\)/);
  });

  test("marketing in m or up to W months before covers it; after does not", () => {
    const s = activity("S1", "Field sales", "2027-03");
    const flagged = (a: ReturnType<typeof activity>, W = 1) =>
      Object.keys(
        byMonth(
          plan({ settings: { "Air-cover window (months)": W }, activities: [a, s] }),
          "no-air-cover"
        )
      ).length > 0;
    expect(flagged(activity("A1", "Direct mail", "2027-03"))).toBe(false);
    expect(flagged(activity("A1", "Direct mail", "2027-02"))).toBe(false);
    expect(flagged(activity("A1", "Direct mail", "2027-01"))).toBe(true);
    expect(flagged(activity("A1", "Direct mail", "2027-01"), 2)).toBe(false);
    expect(flagged(activity("A1", "Direct mail", "2027-04"))).toBe(true);
    expect(flagged(activity("A1", "Direct mail", "2027-02"), 0)).toBe(true);
  });

  test("the window is clipped at the start of the plan year", () => {
    const input = plan({
      settings: { "Plan starts": "2026-07" },
      activities: [
        activity("A1", "Media", "2026-06"),
        activity("A2", "Media", "2026-07", { End: "2026-09" }),
        activity("S1", "Field sales", "Jul"),
      ],
    });
    // A2 is active in Jul (inside); remove it and only the out-of-year A1 remains.
    expect(byMonth(input, "no-air-cover")).toEqual({});
    const alone = plan({
      settings: { "Plan starts": "2026-07" },
      activities: [
        activity("A1", "Media", "2026-05", { End: "2026-06" }),
        activity("S1", "Field sales", "Jul"),
      ],
    });
    expect(checkPlan(alone).problems).toHaveLength(1); // A1 has no month in the plan year
    const [flag] = flagsOf(alone, "no-air-cover");
    expect(flag.month).toBe("2026-07");
    expect(flag.message).toMatch(/in Jul 2026\. Add/);
  });

  test("with a campaign, only marketing of that campaign covers it", () => {
    const s = activity("S1", "Field sales", "2027-03", { Campaign: "Spring" });
    expect(
      byMonth(plan({ activities: [s, activity("A1", "Media", "2027-03")] }), "no-air-cover")
    ).toEqual({ "2027-03": ["S1"] });
    expect(
      byMonth(
        plan({ activities: [s, activity("A1", "Media", "2027-03", { Campaign: "spring" })] }),
        "no-air-cover"
      )
    ).toEqual({});
    const noCampaign = activity("S2", "Field sales", "2027-03");
    expect(
      byMonth(
        plan({ activities: [noCampaign, activity("A1", "Media", "2027-03", { Campaign: "X" })] }),
        "no-air-cover"
      )
    ).toEqual({});
  });
});

describe("siloed-spend (warning)", () => {
  test("more than threshold × total on siloed lines", () => {
    const input = plan({
      budget: [line("M", "Marketing", { Jan: 60 }), line("J", "Joint", { Jan: 40 })],
    });
    const [flag] = flagsOf(input, "siloed-spend");
    expect(flag).toMatchObject({
      code: "siloed-spend",
      month: "2027-01",
      severity: "warning",
      refs: ["M"],
    });
    expect(flag.message).toMatch(/In Jan 2027, 60% of spend \(60 USD of 100 USD\)/);
  });

  test("exactly at the threshold is not more than it; a higher threshold clears it", () => {
    expect(
      flagsOf(
        plan({ budget: [line("M", "Marketing", { Jan: 50 }), line("J", "Joint", { Jan: 50 })] }),
        "siloed-spend"
      )
    ).toEqual([]);
    const higher = plan({
      settings: { "Siloed spend threshold": 0.7 },
      budget: [line("M", "Marketing", { Jan: 60 }), line("J", "Joint", { Jan: 40 })],
    });
    expect(flagsOf(higher, "siloed-spend")).toEqual([]);
  });

  test("a line of a joint campaign is joint; refs list only siloed lines with spend that month", () => {
    const activities = [
      activity("A1", "Media", "Jan", { Campaign: "Spring" }),
      activity("S1", "Field sales", "Jan", { Campaign: "spring" }),
      activity("A2", "Media", "Jan", { Campaign: "Solo" }),
    ];
    const budget = [
      line("Spring TV", "Marketing", { Jan: 100 }, { Campaign: "SPRING" }),
      line("Solo mail", "Marketing", { Jan: 30, Feb: 10 }, { Campaign: "Solo" }),
      line("Reps", "Sales", { Feb: 10 }),
    ];
    const months = byMonth(plan({ activities, budget }), "siloed-spend");
    expect(months).toEqual({ "2027-02": ["Solo mail", "Reps"] });
  });

  test("no flag in a month without spend", () => {
    expect(flagsOf(plan({ budget: [line("M", "Marketing", { Jan: 0 })] }), "siloed-spend")).toEqual(
      []
    );
  });
});

describe("spend-without-activity (warning)", () => {
  test("a campaign line with spend in a month with no activity of that campaign", () => {
    const budget = [
      line("TV", "Marketing", { Mar: 100, Apr: 50 }, { Campaign: "Spring", Lane: "Media" }),
    ];
    const activities = [
      activity("S1", "Field sales", "Mar", { Campaign: "spring" }), // any lane counts; first spelling wins
      activity("A1", "Media", "Apr", { Campaign: "Other" }), // the lane does not matter when there is a campaign
    ];
    const [flag] = flagsOf(plan({ activities, budget }), "spend-without-activity");
    expect(flag).toMatchObject({ month: "2027-04", severity: "warning", refs: ["TV"] });
    expect(flag.message).toMatch(
      /TV spends money in Apr 2027 but no activity of campaign 'spring' runs that month/
    );
  });

  test("a line without campaign is checked against its lane; with neither it is not checked", () => {
    const budget = [
      line("Media buy", "Marketing", { Mar: 100, Apr: 100 }, { Lane: "Media" }),
      line("Misc", "Marketing", { Mar: 100 }),
    ];
    const activities = [activity("A1", "Media", "Mar", { Campaign: "Any" })];
    expect(byMonth(plan({ activities, budget }), "spend-without-activity")).toEqual({
      "2027-04": ["Media buy"],
    });
  });
});

describe("activity-without-budget (info)", () => {
  test("a Marketing-side activity whose campaign has no spend that month (any line of the campaign)", () => {
    const activities = [activity("A1", "Media", "Mar", { Campaign: "Spring", End: "Apr" })];
    const budget = [
      line("Mail", "Joint", { Mar: 10 }, { Campaign: "spring", Lane: "Direct mail" }),
    ];
    const [flag] = flagsOf(plan({ activities, budget }), "activity-without-budget");
    expect(flag).toMatchObject({ month: "2027-04", severity: "info", refs: ["A1"] });
    expect(flag.message).toMatch(
      /Activity A1 runs in Apr 2027 with no money in the budget for campaign 'Spring'/
    );
  });

  test("without a campaign, any line of its lane counts; sales activities are not flagged", () => {
    const activities = [activity("A1", "Media", "Mar"), activity("S1", "Field sales", "Mar")];
    const budget = [line("TV", "Marketing", { Mar: 10 }, { Lane: "Media", Campaign: "Other" })];
    expect(flagsOf(plan({ activities, budget }), "activity-without-budget")).toEqual([]);
    expect(byMonth(plan({ activities }), "activity-without-budget")).toEqual({ "2027-03": ["A1"] });
  });
});

describe("slow-follow-up (warning)", () => {
  test("a Marketing-side activity with Follow-up hours above the Response SLA", () => {
    const activities = [
      activity("A1", "Media", "Mar", { "Follow-up hours": 48, End: "Apr" }),
      activity("A2", "Media", "Mar", { "Follow-up hours": 24 }),
      activity("S1", "Field sales", "Mar", { "Follow-up hours": 96 }),
    ];
    expect(byMonth(plan({ activities }), "slow-follow-up")).toEqual({
      "2027-03": ["A1"],
      "2027-04": ["A1"],
    });
    const [flag] = flagsOf(plan({ activities }), "slow-follow-up");
    expect(flag.message).toMatch(/Activity A1 \(48 h\).*24-hour/);
    expect(
      flagsOf(plan({ settings: { "Response SLA (hours)": 72 }, activities }), "slow-follow-up")
    ).toEqual([]);
  });
});

describe("closes-unreported (info)", () => {
  test("a Results row with Leads > 0 and Closed blank", () => {
    const results: Row[] = [
      { Month: "Mar", Channel: "LinkedIn ads", Leads: 10, Closed: "" },
      { Month: "Mar", Channel: "Google search", Leads: 10, Closed: 0 },
      { Month: "Mar", Channel: "Mailer", Leads: 0 },
      { Month: "Mar", Channel: "Mailer", Leads: "" },
      { Month: "Apr", Channel: "Mailer", Leads: 3 },
    ];
    const flags = flagsOf(plan({ results }), "closes-unreported");
    expect(flags.map((f) => [f.month, f.severity, f.refs])).toEqual([
      ["2027-03", "info", ["Results row 1"]],
      ["2027-04", "info", ["Results row 5"]],
    ]);
    expect(flags[0].message).toMatch(/LinkedIn ads reported leads in Mar 2027 but no closed deals/);
  });
});

describe("separate-budgets (warning, whole plan)", () => {
  const siloed = [line("TV", "Marketing", { Jan: 100 }), line("Reps", "Sales", { Feb: 50 })];
  test("Marketing and Sales lines both spend and no joint line has any", () => {
    const [flag] = flagsOf(
      plan({ budget: [...siloed, line("J", "Joint", { Jan: 0 })] }),
      "separate-budgets"
    );
    expect(flag).toMatchObject({
      code: "separate-budgets",
      month: null,
      severity: "warning",
      refs: ["TV", "Reps"],
    });
    expect(flag.message).toMatch(/two separate budgets/);
  });

  test("a joint line with spend, or one side without spend, clears it", () => {
    expect(
      flagsOf(plan({ budget: [...siloed, line("J", "Joint", { Mar: 1 })] }), "separate-budgets")
    ).toEqual([]);
    expect(flagsOf(plan({ budget: [siloed[0]] }), "separate-budgets")).toEqual([]);
    const jointCampaign = plan({
      activities: [
        activity("A1", "Media", "Jan", { Campaign: "C" }),
        activity("S1", "Field sales", "Jan", { Campaign: "C" }),
      ],
      budget: [...siloed, line("C line", "Marketing", { Jan: 5 }, { Campaign: "C" })],
    });
    expect(flagsOf(jointCampaign, "separate-budgets")).toEqual([]);
  });
});

describe("over-cap (error, whole plan)", () => {
  test("the year's total spend above the Annual budget cap", () => {
    const budget = [
      line("TV", "Joint", { Jan: 600 }),
      line("Reps", "Joint", { Dec: 500 }),
      line("Zero", "Joint", {}),
    ];
    const [flag] = flagsOf(plan({ settings: { "Annual budget cap": 1000 }, budget }), "over-cap");
    expect(flag).toMatchObject({
      code: "over-cap",
      month: null,
      severity: "error",
      refs: ["TV", "Reps"],
    });
    expect(flag.message).toMatch(
      /1,100 USD, is above the annual budget cap of 1,000 USD by 100 USD/
    );
    expect(flagsOf(plan({ settings: { "Annual budget cap": 1100 }, budget }), "over-cap")).toEqual(
      []
    );
    expect(flagsOf(plan({ budget }), "over-cap")).toEqual([]);
  });
});

describe("flags overall", () => {
  const input = plan({
    settings: { "Annual budget cap": 10 },
    activities: [
      activity("A1", "Media", "Mar", { End: "Apr", "Follow-up hours": 48 }),
      activity("S1", "Field sales", "Jan"),
    ],
    budget: [line("TV", "Marketing", { Mar: 100 }), line("Reps", "Sales", { Jan: 10 })],
    results: [{ Month: "Jan", Channel: "TV", Leads: 1 }],
  });

  test("ordered by month (plan-level first), then by the order of the flag table", () => {
    const flags = checkPlan(input).flags;
    expect(flags.map((f) => [f.month, f.code])).toEqual([
      [null, "separate-budgets"],
      [null, "over-cap"],
      ["2027-01", "no-air-cover"],
      ["2027-01", "siloed-spend"],
      ["2027-01", "closes-unreported"],
      ["2027-03", "no-follow-up"],
      ["2027-03", "siloed-spend"],
      ["2027-03", "activity-without-budget"],
      ["2027-03", "slow-follow-up"],
      ["2027-04", "no-follow-up"],
      ["2027-04", "activity-without-budget"],
      ["2027-04", "slow-follow-up"],
    ]);
    expect(FLAG_KINDS.map((kind) => kind.code)).toEqual([
      "no-follow-up",
      "no-air-cover",
      "siloed-spend",
      "spend-without-activity",
      "activity-without-budget",
      "slow-follow-up",
      "closes-unreported",
      "unrouted-leads",
      "over-capacity",
      "lead-gap",
      "missed-follow-ups",
      "channel-shift",
      "approved-changed",
      "separate-budgets",
      "over-cap",
      "funnel-unknown",
    ]);
  });

  test("one flag per code and month; refs each once, in table order", () => {
    const many = plan({
      activities: [
        activity("A2", "Media", "Mar"),
        activity("A1", "Direct mail", "Mar", { End: "May" }),
        activity("A3", "Media", "Mar"),
      ],
    });
    const flags = flagsOf(many, "no-follow-up");
    expect(flags.map((f) => [f.month, f.refs])).toEqual([
      ["2027-03", ["A2", "A1", "A3"]],
      ["2027-04", ["A1"]],
      ["2027-05", ["A1"]],
    ]);
    for (const f of checkPlan(input).flags) expect(new Set(f.refs).size).toBe(f.refs.length);
    expect(flags[0].message).toMatch(
      /Leads from Activity A2, Activity A1 and Activity A3 in Mar 2027/
    );
  });

  test("rows with problems are left out of the flags", () => {
    const result = checkPlan(
      plan({ activities: [activity("A1", "Media", "Mar", { "Expected leads": -1 })] })
    );
    expect(result.flags).toEqual([]);
    expect(result.problems).toHaveLength(1);
  });
});

describe("hints", () => {
  test("without lanes on a side, the hint does not name any", () => {
    const input = plan({
      lanes: [{ Lane: "Media", Side: "Marketing" }],
      activities: [activity("A1", "Media", "Mar")],
    });
    const [flag] = flagsOf(input, "no-follow-up");
    expect(flag.message).toMatch(/Add a Sales-side activity in those months\.$/);
  });
});
