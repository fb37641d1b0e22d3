import { DEFAULT_LANES, SETTINGS_ROWS, checkPlan, parsePlan } from "../../src/domain";
import { activity, line, plan } from "./helpers";

const settingsOf = (settings: Record<string, unknown>) =>
  parsePlan({ settings, activities: [], budget: [] } as never);

describe("Settings", () => {
  test("defaults apply to blank settings", () => {
    const { settings, problems } = settingsOf({ "Plan starts": "Jul 2026" });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      planStarts: "2026-07",
      currency: "USD",
      annualBudgetCap: null,
      followUpWindow: 1,
      airCoverWindow: 1,
      siloedSpendThreshold: 0.5,
      responseSlaHours: 24,
    });
    expect(SETTINGS_ROWS.map((s) => s.setting)).toEqual([
      "Plan starts",
      "Currency",
      "Annual budget cap",
      "Follow-up window (months)",
      "Air-cover window (months)",
      "Siloed spend threshold",
      "Response SLA (hours)",
    ]);
  });

  test("setting names match case-insensitively, ignoring surrounding spaces", () => {
    const { settings, problems } = settingsOf({
      "  plan STARTS ": 46204, // 2026-07-01 as an Excel date
      "FOLLOW-UP WINDOW (MONTHS)": 2,
      " response sla (hours)": 48,
      currency: "eur",
    });
    expect(problems).toEqual([]);
    expect(settings.planStarts).toBe("2026-07");
    expect(settings.followUpWindow).toBe(2);
    expect(settings.responseSlaHours).toBe(48);
    expect(settings.currency).toBe("EUR");
  });

  test("a missing Plan starts is a problem, not an exception: no months, sync score 0", () => {
    for (const settings of [
      {},
      { "Plan starts": "" },
      { "Plan starts": "soon" },
      { "Plan starts": "Mar" },
    ]) {
      const result = checkPlan({
        settings: settings as never,
        activities: [activity("A1", "Media", "2027-03")],
        budget: [line("L1", "Marketing", { Mar: 100 }, { Lane: "Media" })],
      });
      expect(result.problems).toEqual([
        expect.objectContaining({ table: "Settings", row: null, column: "Plan starts" }),
      ]);
      expect(result.metrics.months).toEqual([]);
      expect(result.metrics.syncScore).toBe(0);
      // The rows themselves are still read: the year's totals need no plan year.
      expect(result.metrics.year.totalSpend).toBe(100);
      expect(result.flags.every((f) => f.month === null)).toBe(true);
    }
    const noStart = checkPlan({ settings: {}, activities: [], budget: [] });
    expect(noStart.problems).toEqual([
      expect.objectContaining({ table: "Settings", row: null, column: "Plan starts", value: null }),
    ]);
  });

  test("a month name alone cannot be the Plan starts", () => {
    const { problems } = settingsOf({ "Plan starts": "Mar" });
    expect(problems[0].message).toMatch(/needs a year/);
  });

  test.each([
    ["Follow-up window (months)", 4, "followUpWindow", 1],
    ["Follow-up window (months)", 1.5, "followUpWindow", 1],
    ["Follow-up window (months)", -1, "followUpWindow", 1],
    ["Air-cover window (months)", "two", "airCoverWindow", 1],
    ["Siloed spend threshold", 1.2, "siloedSpendThreshold", 0.5],
    ["Siloed spend threshold", "half", "siloedSpendThreshold", 0.5],
    ["Response SLA (hours)", 0, "responseSlaHours", 24],
    ["Response SLA (hours)", -5, "responseSlaHours", 24],
    ["Annual budget cap", -1, "annualBudgetCap", null],
    ["Annual budget cap", "lots", "annualBudgetCap", null],
    ["Currency", "Dollars", "currency", "USD"],
  ])("an invalid %s (%p) is a problem and the default is used", (name, value, key, fallback) => {
    const { settings, problems } = settingsOf({ "Plan starts": "2027-01", [name]: value });
    expect(problems).toEqual([
      expect.objectContaining({ table: "Settings", row: null, column: name, value }),
    ]);
    expect(problems[0].message).toMatch(/default is used/);
    expect((settings as unknown as Record<string, unknown>)[key]).toBe(fallback);
  });

  test("an unreadable Annual budget cap's message says what the default is: no cap", () => {
    const { settings, problems } = settingsOf({
      "Plan starts": "2027-01",
      "Annual budget cap": "about 300k",
    });
    expect(settings.annualBudgetCap).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^Annual budget cap 'about 300k' is not a number/);
    expect(problems[0].message).toMatch(/ The default is used until it is fixed: no cap\.$/);
    // The other settings keep the sentence docs/rules.md gives.
    expect(
      settingsOf({ "Plan starts": "2027-01", "Follow-up window (months)": 4 }).problems[0].message
    ).toBe(
      "Follow-up window (months) 4 should be a whole number from 0 to 3. The default is used until it is fixed."
    );
  });

  test("valid values at the edges are accepted", () => {
    const { settings, problems } = settingsOf({
      "Plan starts": "2027-01-15",
      "Follow-up window (months)": 0,
      "Air-cover window (months)": 3,
      "Siloed spend threshold": 1,
      "Response SLA (hours)": 0.5,
      "Annual budget cap": 0,
    });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      planStarts: "2027-01",
      followUpWindow: 0,
      airCoverWindow: 3,
      siloedSpendThreshold: 1,
      responseSlaHours: 0.5,
      annualBudgetCap: 0,
    });
  });

  test("a threshold cell of 50% arrives as 0.5; the text '50%' is accepted too", () => {
    expect(
      settingsOf({ "Plan starts": "2027-01", "Siloed spend threshold": 0.5 }).settings
        .siloedSpendThreshold
    ).toBe(0.5);
    expect(
      settingsOf({ "Plan starts": "2027-01", "Siloed spend threshold": "50%" }).settings
        .siloedSpendThreshold
    ).toBe(0.5);
    expect(
      settingsOf({ "Plan starts": "2027-01", "Siloed spend threshold": " 35 % " }).settings
        .siloedSpendThreshold
    ).toBeCloseTo(0.35);
    expect(
      settingsOf({ "Plan starts": "2027-01", "Siloed spend threshold": "150%" }).problems
    ).toHaveLength(1);
  });

  test("settings that are not an object give problems, never an exception", () => {
    for (const settings of [null, undefined, 5, "x", []]) {
      const result = checkPlan({ settings, activities: [], budget: [] } as never);
      expect(result.problems.map((p) => p.column)).toEqual(["Plan starts"]);
    }
  });

  test("the cap is reported in the year's metrics", () => {
    const result = checkPlan(
      plan({ settings: { "Annual budget cap": 5000 }, budget: [line("L1", "Joint", { Jan: 10 })] })
    );
    expect(result.metrics.year.cap).toBe(5000);
    expect(checkPlan(plan({})).metrics.year.cap).toBeNull();
  });
});

describe("Lanes", () => {
  test("absent or empty Lanes table means Media, Direct mail (Marketing) and Field sales (Sales)", () => {
    expect(DEFAULT_LANES).toEqual([
      { lane: "Media", side: "Marketing" },
      { lane: "Direct mail", side: "Marketing" },
      { lane: "Field sales", side: "Sales" },
    ]);
    for (const lanes of [undefined, [], [{ Lane: "", Side: "" }], [null]]) {
      const read = parsePlan(plan({ lanes: lanes as never }));
      expect(read.lanes).toEqual(DEFAULT_LANES);
      expect(read.problems).toEqual([]);
    }
  });

  test("a lanes table replaces the defaults; side matches case-insensitively", () => {
    const read = parsePlan(
      plan({
        lanes: [
          { Lane: " Events ", Side: "marketing" },
          { lane: "Inside sales", SIDE: "SALES" },
        ],
        activities: [activity("A1", "events", "2027-02"), activity("A2", "Media", "2027-02")],
      })
    );
    expect(read.lanes).toEqual([
      { lane: "Events", side: "Marketing" },
      { lane: "Inside sales", side: "Sales" },
    ]);
    expect(read.activities.map((a) => [a.id, a.lane])).toEqual([["A1", "Events"]]);
    expect(read.problems).toEqual([
      expect.objectContaining({ table: "Activities", row: 2, column: "Lane", value: "Media" }),
    ]);
  });

  test("a bad side or a duplicate lane is a problem; the first lane is kept", () => {
    const read = parsePlan(
      plan({
        lanes: [
          { Lane: "Media", Side: "Marketing" },
          { Lane: "Radio", Side: "Both" },
          { Lane: "MEDIA", Side: "Sales" },
          { Lane: "", Side: "Sales" },
        ],
      })
    );
    expect(read.lanes).toEqual([{ lane: "Media", side: "Marketing" }]);
    expect(read.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Lanes", 2, "Side"],
      ["Lanes", 3, "Lane"],
      ["Lanes", 4, "Lane"],
    ]);
    expect(read.problems[1].message).toMatch(/already listed in row 1/);
  });

  test("an activity's side is its lane's side, whatever its team", () => {
    const read = parsePlan(
      plan({ activities: [activity("A1", "Field sales", "2027-01", { Team: "Marketing" })] })
    );
    expect(read.activities[0]).toMatchObject({ team: "Marketing", side: "Sales" });
  });
});

describe("without a plan year", () => {
  test("budget amounts stay in calendar order and whole-plan flags still work", () => {
    const read = parsePlan({
      settings: {},
      activities: [],
      budget: [line("L1", "Marketing", { Jan: 1, Dec: 12 })],
    });
    expect(read.months).toEqual([]);
    expect(read.budget[0].amounts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]);
    const result = checkPlan({
      settings: { "Annual budget cap": 5 },
      activities: [],
      budget: [line("L1", "Marketing", { Jan: 10 }), line("L2", "Sales", { Feb: 1 })],
    });
    expect(result.flags.map((f) => f.code)).toEqual(["separate-budgets", "over-cap"]);
  });
});

describe("lanes table with rows but no valid lane", () => {
  test("there are no lanes, rather than the defaults", () => {
    const read = parsePlan(
      plan({
        lanes: [{ Lane: "Media", Side: "Both" }],
        activities: [activity("A1", "Media", "Jan")],
      })
    );
    expect(read.lanes).toEqual([]);
    expect(read.problems.map((p) => [p.table, p.column])).toEqual([
      ["Lanes", "Side"],
      ["Activities", "Lane"],
    ]);
  });
});
