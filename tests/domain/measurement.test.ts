/**
 * Measurement (docs/rules.md §5; the contract's Results *Followed up*, the
 * Follow-up target and Channel shift threshold settings, the follow-up rate,
 * channel leads, missed-follow-ups, channel-shift and the two-way scorecard):
 * one test per sentence, each building its PlanInput by hand.
 */
import fc from "fast-check";
import { checkPlan, parsePlan, rateBasis } from "../../src/domain";
import type { Cell, Flag, PlanCheck, PlanInput, Row } from "../../src/domain";
import { validPlanArb } from "./arbitraries";

const START = "2027-01";

function input(parts: Partial<PlanInput>): PlanInput {
  return {
    settings: { "Plan starts": START, ...(parts.settings ?? {}) },
    activities: parts.activities ?? [],
    budget: parts.budget ?? [],
    results: parts.results,
  };
}

const check = (parts: Partial<PlanInput>): PlanCheck => checkPlan(input(parts));
const codes = (r: PlanCheck, code: string): Flag[] => r.flags.filter((f) => f.code === code);
const refsByMonth = (r: PlanCheck, code: string): Record<string, string[]> =>
  Object.fromEntries(codes(r, code).map((f) => [String(f.month), f.refs]));

/** A Results row with Leads and Followed up (Closed 0, so closes-unreported stays quiet). */
const res = (
  month: string,
  channel: string,
  leads: Cell,
  followedUp: Cell = "",
  more: Row = {}
): Row => ({
  Month: month,
  Channel: channel,
  Leads: leads,
  Closed: 0,
  "Followed up": followedUp,
  ...more,
});

/** Two channels' Leads in two months, as Results rows: [month, first channel's, second's]. */
const twoMonths = (
  before: [string, Cell, Cell],
  after: [string, Cell, Cell],
  [first, second] = ["Print", "Web"]
): Row[] =>
  [before, after].flatMap(([month, a, b]) => [res(month, first, a), res(month, second, b)]);

const settingsOf = (settings: Record<string, Cell>) => parsePlan(input({ settings }));

describe("Results: Followed up", () => {
  test("'optional whole number ≥ 0 … blank means not reported'", () => {
    const read = parsePlan(
      input({
        results: [res("Mar", "Web", 10, ""), res("Mar", "Web", 10, 0), res("Mar", "Web", 10, "7")],
      })
    );
    expect(read.problems).toEqual([]);
    expect(read.results.map((r) => r.followedUp)).toEqual([null, 0, 7]);
    for (const bad of [2.5, -1, "some"]) {
      const r = check({ results: [res("Mar", "Web", 10, bad)] });
      expect(r.problems).toMatchObject([
        { table: "Results", row: 1, column: "Followed up", value: bad },
      ]);
    }
  });

  test("'Closed may not exceed Leads when both are reported, nor may Followed up'", () => {
    const r = check({
      results: [res("Mar", "Web", 10, 12), res("Mar", "Web", "", 12), res("Mar", "Web", 12, 12)],
    });
    expect(r.problems).toEqual([
      {
        table: "Results",
        row: 1,
        column: "Followed up",
        value: 12,
        message:
          "Followed up (12) is more than Leads (10); sales can only contact the leads that came in. Correct Followed up or Leads.",
      },
    ]);
  });

  test("a header typed in another case is the same column", () => {
    const read = parsePlan(
      input({ results: [{ Month: "Mar", Channel: "Web", Leads: 5, " followed UP ": 3 }] })
    );
    expect(read.results[0].followedUp).toBe(3);
  });
});

describe("settings", () => {
  test("'Follow-up target: share 0..1 … default 0.9'; a 90% cell arrives as 0.9; the text 90% is read too", () => {
    expect(settingsOf({}).measurement.followUpTarget).toBe(0.9);
    expect(settingsOf({ "Follow-up target": 0.75 }).measurement.followUpTarget).toBe(0.75);
    expect(settingsOf({ "follow-up TARGET": "80%" }).measurement.followUpTarget).toBe(0.8);
    expect(settingsOf({ "Follow-up target": 0 }).measurement.followUpTarget).toBe(0);
    expect(settingsOf({ "Follow-up target": 1 }).measurement.followUpTarget).toBe(1);
  });

  test("'A setting whose value breaks its rule is a problem (row null) and its default applies': Follow-up target", () => {
    for (const bad of [1.5, -0.1, "most", "150%"]) {
      const read = settingsOf({ "Follow-up target": bad });
      expect(read.measurement.followUpTarget).toBe(0.9);
      expect(read.problems).toMatchObject([
        { table: "Settings", row: null, column: "Follow-up target", value: bad },
      ]);
    }
  });

  test("'Channel shift threshold: share, 0 < t ≤ 1, default 0.3'", () => {
    expect(settingsOf({}).measurement.channelShiftThreshold).toBe(0.3);
    expect(settingsOf({ "Channel shift threshold": 1 }).measurement.channelShiftThreshold).toBe(1);
    expect(settingsOf({ "Channel shift threshold": "25%" }).measurement.channelShiftThreshold).toBe(
      0.25
    );
    for (const bad of [0, "0%", 1.2, -0.3, "x"]) {
      const read = settingsOf({ "Channel shift threshold": bad });
      expect(read.measurement.channelShiftThreshold).toBe(0.3);
      expect(read.problems).toMatchObject([
        { table: "Settings", row: null, column: "Channel shift threshold" },
      ]);
    }
  });
});

describe("the follow-up rate", () => {
  test("'Σ Followed up ÷ Σ Leads over the rows that report both, when that Σ Leads > 0 (otherwise none)', per month", () => {
    const r = check({
      results: [
        res("Jan", "Web", 10, 9),
        res("Jan", "Print", 30, 18),
        res("Jan", "Phone", 50, ""), // Followed up not reported: left out
        res("Jan", "Fair", "", 4), // Leads not reported: left out
        res("Feb", "Web", 0, 0),
      ],
    });
    expect(r.metrics.months[0].followUpRate).toBeCloseTo(27 / 40, 12);
    expect(r.metrics.months[1].followUpRate).toBeNull(); // Σ Leads is 0
    expect(r.metrics.months[2].followUpRate).toBeNull(); // no rows
  });
});

describe("missed-follow-ups", () => {
  test("'the follow-up rate of the Results rows of m is below the Follow-up target' (warning); refs the rows below it", () => {
    const r = check({
      results: [
        res("Mar", "Web form", 40, 38),
        res("Mar", "Trade show", 20, 8),
        res("Mar", "Phone", 0, 0),
      ],
    });
    expect(codes(r, "missed-follow-ups")).toEqual([
      {
        code: "missed-follow-ups",
        month: "2027-03",
        severity: "warning",
        refs: ["Results row 2"],
        message:
          "In Mar 2027, sales contacted 77% of the reported leads within the 24-hour response promise; " +
          "the target is 90%. Below it: Trade show. Contact those leads sooner, or agree a target sales can keep.",
      },
    ]);
  });

  test("a rate equal to the target is not below it", () => {
    const r = check({ results: [res("Mar", "Web", 30, 27)] });
    expect(codes(r, "missed-follow-ups")).toEqual([]);
    expect(
      codes(check({ results: [res("Mar", "Web", 30, 26)] }), "missed-follow-ups")
    ).toHaveLength(1);
  });

  test("the target is the setting; without a reported rate there is no flag", () => {
    const rows = [res("Mar", "Web", 10, 6)];
    expect(
      codes(check({ results: rows, settings: { "Follow-up target": "60%" } }), "missed-follow-ups")
    ).toEqual([]);
    expect(codes(check({ results: [res("Mar", "Web", 10, "")] }), "missed-follow-ups")).toEqual([]);
  });

  test("refs: 'each row of m that reports both, with Leads > 0, whose own Followed up ÷ Leads is below the target'", () => {
    const r = check({
      results: [
        res("Mar", "A", 10, 2), // below
        res("Mar", "B", 100, 95), // above
        res("Mar", "C", 10, ""), // does not report both
        res("Apr", "D", 10, 1), // another month
        res("Mar", "E", 10, 5), // below
      ],
    });
    expect(refsByMonth(r, "missed-follow-ups")).toEqual({
      "2027-03": ["Results row 1", "Results row 5"],
      "2027-04": ["Results row 4"],
    });
  });

  test("it lowers the sync score like any warning", () => {
    const r = check({ results: [res("Mar", "Web", 10, 1)] });
    expect(r.flags.map((f) => f.code)).toEqual(["missed-follow-ups"]);
    expect(r.metrics.syncScore).toBeCloseTo(11 / 12, 12);
  });
});

describe("channel-shift", () => {
  test("the contract's example: one channel fell, another rose, total leads steady (info)", () => {
    const r = check({
      results: [
        res("Mar", "Print", 20),
        res("Mar", "Web", 20),
        res("Apr", "Print", 11),
        res("Apr", "web", 32),
      ],
    });
    expect(codes(r, "channel-shift")).toEqual([
      {
        code: "channel-shift",
        month: "2027-04",
        severity: "info",
        refs: ["Results row 1", "Results row 2", "Results row 3", "Results row 4"],
        message:
          "Print leads fell 45% in Apr 2027 while Web leads rose 60%; total leads moved 8%: prospects changed channel. " +
          "Judge these channels together before cutting the one that fell.",
      },
    ]);
    expect(r.metrics.syncScore).toBe(1);
  });

  test("'m is not the plan's first month'", () => {
    // Jan 2027 has no month before it in the plan year: the plan's last month is not "m − 1" of it.
    const r = check({
      results: twoMonths(["Dec", 20, 20], ["Jan", 11, 32]),
    });
    expect(codes(r, "channel-shift")).toEqual([]);
    // The same figures a month apart inside the plan year are a shift.
    const later = check({
      results: twoMonths(["Jan", 20, 20], ["Feb", 11, 32]),
    });
    expect(codes(later, "channel-shift").map((f) => f.month)).toEqual(["2027-02"]);
  });

  test("'|C − P| ÷ P < t': when the total moves by t or more, it is not a shift", () => {
    const moved = check({
      results: twoMonths(["Mar", 20, 20], ["Apr", 10, 42]),
    });
    expect(codes(moved, "channel-shift")).toEqual([]); // 52 vs 40: 30%
  });

  test("'at least one fell and at least one rose', each by t or more against its own leads", () => {
    const onlyFell = check({
      results: twoMonths(["Mar", 20, 80], ["Apr", 10, 85]),
    });
    expect(codes(onlyFell, "channel-shift")).toEqual([]);
    // Exactly t counts: 10 → 7 fell 30%, 10 → 13 rose 30%.
    const exactly = check({
      results: twoMonths(["Mar", 10, 10], ["Apr", 7, 13]),
    });
    expect(refsByMonth(exactly, "channel-shift")).toEqual({
      "2027-04": ["Results row 1", "Results row 2", "Results row 3", "Results row 4"],
    });
  });

  test("'the channels that report leads in both months' make P and C; refs only the rows of channels that fell or rose", () => {
    const r = check({
      results: [
        res("Mar", "Print", 20),
        res("Mar", "Web", 20),
        res("Mar", "Radio", 100), // only in March: not in P
        res("Mar", "Phone", 10),
        res("Apr", "Print", 10),
        res("Apr", "Web", 30),
        res("Apr", "Phone", 10), // steady: in P and C, not in refs
        res("Apr", "Fair", 500), // only in April: not in C
        res("Apr", "Web", ""), // reports no leads: not a ref
      ],
    });
    expect(refsByMonth(r, "channel-shift")).toEqual({
      "2027-04": ["Results row 1", "Results row 2", "Results row 5", "Results row 6"],
    });
  });

  test("'its leads in m are the sum of those rows' Leads'; channels match case-insensitively", () => {
    const r = check({
      results: [
        res("Mar", "Print", 10),
        res("Mar", " PRINT ", 10),
        res("Mar", "Web", 20),
        res("Apr", "print", 10),
        res("Apr", "Web", 30),
      ],
    });
    expect(codes(r, "channel-shift")[0].message).toMatch(
      /^Print leads fell 50% in Apr 2027 while Web leads rose 50%; total leads moved 0%/
    );
  });

  test("the threshold is the setting t", () => {
    // Print 20 → 16 and Web 20 → 24: each moved 20%, the total 0%.
    const rows = twoMonths(["Mar", 20, 20], ["Apr", 16, 24]);
    const shifts = (t: Cell) =>
      codes(check({ results: rows, settings: { "Channel shift threshold": t } }), "channel-shift");
    expect(shifts("")).toEqual([]); // default 30%
    expect(shifts(0.25)).toEqual([]);
    expect(shifts(0.2)).toHaveLength(1);
    expect(shifts("15%")).toHaveLength(1);
  });

  test("'rose ((c − p) ÷ p ≥ t, p > 0)': a channel with no leads the month before did not rise", () => {
    // Print fell 45%; Radio went 0 → 9, but with p = 0 it did not rise; the total held at 20.
    const r = check({
      results: twoMonths(["Mar", 20, 0], ["Apr", 11, 9], ["Print", "Radio"]),
    });
    expect(codes(r, "channel-shift")).toEqual([]);
  });
});

describe("the two-way scorecard", () => {
  test("'for marketing, leads, closed deals, close rate and cost per closed deal; for sales, the follow-up rate and the closed deals from reported leads'", () => {
    const r = check({
      settings: { "Follow-up target": 0.8 },
      results: [
        { Month: "Jan", Channel: "Web", Spend: 1000, Leads: 100, Closed: 10, "Followed up": 90 },
        { Month: "Feb", Channel: "Web", Spend: 500, Leads: 50, "Followed up": 25 }, // Closed not reported
        { Month: "Feb", Channel: "Fair", Spend: 300, Closed: 2 }, // Leads not reported
      ],
    });
    expect(r.metrics.scorecard).toEqual({
      marketing: { leads: 150, closed: 12, closeRate: 10 / 100, costPerClosed: 1300 / 12 },
      sales: { followUpRate: 115 / 150, followUpTarget: 0.8, closedFromReportedLeads: 10 },
    });
  });

  test("says what its rates are computed from: the Leads and Closed, the Spend and Closed, of rows reporting both", () => {
    const plan = parsePlan({
      settings: { "Plan starts": "2027-01" },
      activities: [],
      budget: [],
      results: [
        { Month: "Jan", Channel: "Web", Spend: 1000, Leads: 100, Closed: 10 },
        { Month: "Feb", Channel: "Web", Spend: 500, Leads: 50 }, // Closed not reported
        { Month: "Feb", Channel: "Fair", Spend: 300, Closed: 2 }, // Leads not reported
        { Month: "Mar", Channel: "Fair", Leads: 20, Closed: 1 }, // Spend not reported
      ],
    });
    expect(rateBasis(plan.results)).toEqual({
      leadsWithClosed: 120,
      closedWithLeads: 11,
      reportBoth: true,
      spendWithClosed: 1300,
      closedWithSpend: 12,
    });
    const card = checkPlan({
      settings: { "Plan starts": "2027-01" },
      activities: [],
      budget: [],
      results: plan.results.map((r) => ({
        Month: r.month,
        Channel: r.channel,
        Spend: r.spend ?? "",
        Leads: r.leads ?? "",
        Closed: r.closed ?? "",
      })),
    }).metrics.scorecard.marketing;
    // The scorecard's rates are exactly these quotients.
    expect(card.closeRate).toBe(11 / 120);
    expect(card.costPerClosed).toBe(1300 / 12);
  });

  test("nothing reported is none, not 0", () => {
    expect(
      check({ results: [{ Month: "Jan", Channel: "Web", Spend: 10 }] }).metrics.scorecard
    ).toEqual({
      marketing: { leads: null, closed: null, closeRate: null, costPerClosed: null },
      sales: { followUpRate: null, followUpTarget: 0.9, closedFromReportedLeads: null },
    });
  });
});

describe("properties", () => {
  test("Results without Followed up never raise missed-follow-ups", () => {
    fc.assert(
      fc.property(validPlanArb(), (plan) => {
        const flags = checkPlan(plan).flags.map((f) => f.code);
        expect(flags).not.toContain("missed-follow-ups");
      }),
      { numRuns: 100 }
    );
  });

  test("adding a Followed up equal to Leads to every row never raises missed-follow-ups and gives rate 1", () => {
    fc.assert(
      fc.property(validPlanArb(), (plan) => {
        const results = (plan.results ?? []).map((row) => ({
          ...row,
          "Followed up": row.Leads ?? "",
        }));
        const r = checkPlan({ ...plan, results });
        expect(codes(r, "missed-follow-ups")).toEqual([]);
        for (const m of r.metrics.months) expect([null, 1]).toContain(m.followUpRate);
      }),
      { numRuns: 100 }
    );
  });
});
