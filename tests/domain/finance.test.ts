/**
 * Finance's figures beyond the checker: saving a baseline (its name and rows),
 * the budget by status, the plan against a chosen baseline, plan versus actual.
 */
import {
  baselineMetrics,
  checkPlan,
  baselineNameIssue,
  baselineRows,
  defaultBaselineName,
  overPlan,
  parsePlan,
  planVersusActual,
  readSaved,
  savedSerial,
  statusTotals,
} from "../../src/domain";
import type { PlanInput, Row } from "../../src/domain";

const START = "2027-01";

function plan(parts: Partial<PlanInput>) {
  return parsePlan({
    settings: parts.settings ?? { "Plan starts": START },
    activities: [],
    budget: parts.budget ?? [],
    results: parts.results,
    baselines: parts.baselines,
  });
}

describe("saving a baseline: the name", () => {
  const now = new Date(2027, 0, 15, 14, 30, 5); // local time, as the pane's clock

  test("the default name is 'Baseline <date>' in the local date", () => {
    expect(defaultBaselineName(now)).toBe("Baseline 2027-01-15");
  });

  test("the default name skips names already used that day", () => {
    const rows = [{ Baseline: "baseline 2027-01-15" }, { Baseline: "Baseline 2027-01-15 (2)" }];
    expect(defaultBaselineName(now, rows)).toBe("Baseline 2027-01-15 (3)");
  });

  test("a name already used is refused, ignoring case and spaces, with the name as saved", () => {
    const rows: Row[] = [{ Baseline: "Q1  Approved", Line: "TV" }];
    expect(baselineNameIssue(" q1 approved ", rows)).toBe(
      "A baseline named 'Q1  Approved' is already saved. Choose another name."
    );
    expect(baselineNameIssue("Q2 approved", rows)).toBeNull();
  });

  test("a name on a row the checker left out for a problem still counts as used", () => {
    const rows: Row[] = [{ Baseline: "Budget v1", Saved: "not a date", Line: "TV" }];
    expect(baselineNameIssue("budget v1", rows)).not.toBeNull();
  });

  test("a blank name is refused", () => {
    expect(baselineNameIssue("   ", [])).toBe("Give the baseline a name.");
  });

  test("Saved is the local date and time as an Excel serial, which the checker reads back", () => {
    const serial = savedSerial(now);
    expect(Math.floor(serial)).toBe(46402); // 15 Jan 2027
    expect(serial - Math.floor(serial)).toBeCloseTo((14 * 3600 + 30 * 60 + 5) / 86400, 9);
    expect(readSaved(serial)).toEqual({ ok: true, value: serial });
    expect(readSaved("2027-01-15")).toEqual({ ok: true, value: 46402 });
  });
});

describe("saving a baseline: the rows", () => {
  const budget: Row[] = [
    {
      Line: "TV",
      Team: "Marketing",
      Lane: "Media",
      Campaign: "Spring",
      Status: "Approved",
      Jan: 100,
      Mar: 50,
    },
    { Line: "Bad", Team: "Finance", Jan: 5 }, // not a team: left out, like every invalid line
    { Line: "Calls", Team: "sales", Status: "", Feb: "1,000" },
  ];

  test("every valid Budget line, nothing else, under the name (trimmed) and Saved", () => {
    const rows = baselineRows(plan({ budget }), "  Q1 plan ", 46402.5);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Baseline: "Q1 plan",
      Saved: 46402.5,
      Line: "TV",
      Team: "Marketing",
      Lane: "Media",
      Campaign: "Spring",
      Status: "Approved",
      Jan: 100,
      Feb: "",
      Mar: 50,
    });
    // A blank status is saved as what it means (Draft); a team as the checker spells it.
    expect(rows[1]).toMatchObject({ Line: "Calls", Team: "Sales", Status: "Draft", Lane: "" });
  });

  test("a name typed with '=' is kept as the text it is", () => {
    const rows = baselineRows(plan({ budget }), '=HYPERLINK("x")', 46402);
    expect(rows[0].Baseline).toBe('=HYPERLINK("x")');
  });

  test("amounts go under their month's header in a plan year that starts in July", () => {
    const p = plan({
      settings: { "Plan starts": "2027-07" },
      budget: [{ Line: "TV", Team: "Joint", Jul: 7, Jun: 6 }],
    });
    const [row] = baselineRows(p, "B", 46402);
    expect(row.Jul).toBe(7);
    expect(row.Jun).toBe(6);
    expect(row.Jan).toBe("");
  });

  test("the rows read back as a baseline equal to today's budget: no variance at all", () => {
    const p = plan({ budget });
    const baselines = baselineRows(p, "Q1", 46402);
    const again = plan({ budget, baselines });
    expect(again.problems.filter((x) => x.table === "Baselines")).toEqual([]);
    const metrics = baselineMetrics(again)!;
    expect(metrics.year.variance).toBe(0);
    expect(metrics.lines.map((l) => l.change)).toEqual(["unchanged", "unchanged"]);
  });
});

describe("comparing with a chosen baseline", () => {
  const budget: Row[] = [{ Line: "TV", Team: "Marketing", Mar: 150 }];
  const baselines: Row[] = [
    { Baseline: "Old", Saved: "2027-01-01", Line: "TV", Team: "Marketing", Mar: 100 },
    { Baseline: "New", Saved: "2027-02-01", Line: "TV", Team: "Marketing", Mar: 140 },
  ];

  test("by default the latest baseline; any saved one when chosen", () => {
    const p = plan({ budget, baselines });
    expect(baselineMetrics(p)!.name).toBe("New");
    expect(baselineMetrics(p)!.year.variance).toBe(10);
    const old = p.baselines.find((b) => b.name === "Old")!;
    const chosen = baselineMetrics(p, old)!;
    expect(chosen.name).toBe("Old");
    expect(chosen.year.variance).toBe(50);
    expect(chosen.months[2]).toMatchObject({ month: "2027-03", baselineSpend: 100, variance: 50 });
    expect(chosen.lines).toEqual([
      {
        line: "TV",
        change: "changed",
        variance: [0, 0, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        changedMonths: ["2027-03"],
        statusChange: null,
      },
    ]);
  });

  test("no baseline: nothing to compare", () => {
    expect(baselineMetrics(plan({ budget }))).toBeNull();
  });
});

describe("the budget by status", () => {
  test("totals by status by month and for the year; a blank status counts as Draft", () => {
    const totals = statusTotals(
      plan({
        budget: [
          { Line: "A", Team: "Marketing", Status: "Approved", Jan: 100, Feb: 10 },
          { Line: "B", Team: "Sales", Status: "proposed", Jan: 20 },
          { Line: "C", Team: "Joint", Jan: 3 },
          { Line: "D", Team: "Nobody", Status: "Approved", Jan: 1000 }, // invalid: left out
        ],
      })
    );
    expect(totals.months).toHaveLength(12);
    expect(totals.months[0]).toEqual({
      month: "2027-01",
      byStatus: { Draft: 3, Proposed: 20, Approved: 100 },
      total: 123,
    });
    expect(totals.months[1].byStatus.Approved).toBe(10);
    expect(totals.year).toEqual({
      byStatus: { Draft: 3, Proposed: 20, Approved: 110 },
      total: 133,
    });
  });

  test("without a plan year there are no months, but the year still adds up", () => {
    const totals = statusTotals(
      plan({ settings: {}, budget: [{ Line: "A", Team: "Marketing", Jan: 5 }] })
    );
    expect(totals.months).toEqual([]);
    expect(totals.year.total).toBe(5);
  });
});

describe("plan versus actual", () => {
  const budget: Row[] = [
    {
      Line: "TV",
      Team: "Marketing",
      Lane: "Media",
      Campaign: "Spring",
      Jan: 100,
      Feb: 100,
      Mar: 100,
    },
    { Line: "Calls", Team: "Sales", Lane: "Field sales", Jan: 50 },
  ];
  const results: Row[] = [
    { Month: "2027-01", Channel: "TV", Lane: "Media", Campaign: "spring", Spend: 111 },
    { Month: "2027-02", Channel: "TV", Lane: "Media", Campaign: "Spring", Spend: 110 },
    { Month: "2027-02", Channel: "Web", Leads: 4 }, // reports no Spend: not 0
    { Month: "2027-04", Channel: "Mailer", Lane: "Direct mail", Spend: 0 },
  ];
  const pva = planVersusActual(plan({ budget, results }));

  test("by month: planned, reported actual, variance; unreported spend is null, never 0", () => {
    expect(pva.months[0]).toEqual({
      month: "2027-01",
      planned: 150,
      actual: 111,
      variance: -39,
      over: false,
    });
    expect(pva.months[2]).toEqual({
      month: "2027-03",
      planned: 100,
      actual: null,
      variance: null,
      over: false,
    });
    expect(pva.months[3]).toMatchObject({ planned: 0, actual: 0, variance: 0, over: false });
    expect(pva.year).toEqual({ planned: 350, actual: 221, variance: -129, over: false });
  });

  test("the reported months' actuals against the plan of those same months, not the full year", () => {
    // Jan, Feb and Apr report Spend: their plan is 150 + 100 + 0; Mar's 100 is not reported.
    expect(pva.reported).toEqual({
      planned: 250,
      actual: 221,
      variance: -29,
      over: false,
      months: 3,
    });
    const media = pva.byLane.find((g) => g.name === "Media")!;
    expect(media.reported).toEqual({
      planned: 200,
      actual: 221,
      variance: 21,
      over: true,
      months: 2,
    });
    const field = pva.byLane.find((g) => g.name === "Field sales")!;
    expect(field.reported).toEqual({
      planned: 0,
      actual: null,
      variance: null,
      over: false,
      months: 0,
    });
  });

  test("by lane: more than 10% over plan is marked; exactly 10% over is not", () => {
    const media = pva.byLane.find((g) => g.name === "Media")!;
    expect(media.months[0]).toMatchObject({ planned: 100, actual: 111, over: true });
    expect(media.months[1]).toMatchObject({ planned: 100, actual: 110, over: false });
    expect(media.months[2]).toMatchObject({ actual: null, over: false });
    const field = pva.byLane.find((g) => g.name === "Field sales")!;
    expect(field.months[0]).toMatchObject({ planned: 50, actual: null });
    expect(field.year.actual).toBeNull();
    // Lanes in Lanes order; the Web row (no lane, no Spend) makes no "no lane" group.
    expect(pva.byLane.map((g) => g.name)).toEqual(["Media", "Direct mail", "Field sales"]);
  });

  test("by campaign, matched by name whatever its case; spend with no campaign apart", () => {
    expect(pva.byCampaign.map((g) => g.name)).toEqual(["Spring", null]);
    const spring = pva.byCampaign[0];
    expect(spring.months[0]).toMatchObject({ planned: 100, actual: 111, over: true });
    const none = pva.byCampaign[1];
    expect(none.months[0]).toMatchObject({ planned: 50, actual: null });
    expect(none.months[3]).toMatchObject({ planned: 0, actual: 0 });
  });

  test("any reported spend over a plan of 0 is over plan; none reported is not", () => {
    expect(overPlan(0, 1)).toBe(true);
    expect(overPlan(0, 0)).toBe(false);
    expect(overPlan(0, null)).toBe(false);
    expect(overPlan(1000, 1100)).toBe(false);
    expect(overPlan(1000, 1100.01)).toBe(true);
  });
});

describe("docs/rules.md, the worked example for finance", () => {
  const baselines: Row[] = [
    {
      Baseline: "Q1 approved",
      Saved: "2027-01-20",
      Line: "Spring TV",
      Team: "Marketing",
      Status: "Approved",
      Mar: 40000,
      Apr: 20000,
    },
    {
      Baseline: "Q1 approved",
      Saved: "2027-01-20",
      Line: "Field calls",
      Team: "Sales",
      Status: "Approved",
      Mar: 10000,
      Apr: 10000,
    },
    {
      Baseline: "Q1 approved",
      Saved: "2027-01-20",
      Line: "Trade show",
      Team: "Joint",
      Status: "Proposed",
      Apr: 15000,
    },
  ];
  const budget: Row[] = [
    { Line: "Spring TV", Team: "Marketing", Status: "Approved", Mar: 45000, Apr: 20000 },
    { Line: "Trade show", Team: "Joint", Status: "Proposed", Apr: 15000 },
    { Line: "Webinar", Team: "Marketing", Status: "Draft", Apr: 3000 },
  ];
  const p = plan({ budget, baselines });
  const m = baselineMetrics(p)!;

  test("by month, for the year and by team", () => {
    expect([m.months[2].baselineSpend, m.months[2].variance]).toEqual([50000, -5000]);
    expect([m.months[3].baselineSpend, m.months[3].variance]).toEqual([45000, -7000]);
    expect([m.year.baselineSpend, m.year.variance]).toEqual([95000, -12000]);
    expect(m.year.varianceByTeam).toEqual({ Marketing: 8000, Sales: -20000, Joint: 0 });
  });

  test("line by line, and the approved-changed flags of March and April", () => {
    expect(m.lines.map((l) => [l.line, l.change, l.changedMonths])).toEqual([
      ["Spring TV", "changed", ["2027-03"]],
      ["Trade show", "unchanged", []],
      ["Webinar", "added", ["2027-04"]],
      ["Field calls", "removed", ["2027-03", "2027-04"]],
    ]);
    const flags = checkPlan({
      settings: { "Plan starts": START },
      activities: [],
      budget,
      baselines,
    }).flags.filter((f) => f.code === "approved-changed");
    expect(flags.map((f) => [f.month, f.refs])).toEqual([
      ["2027-03", ["Spring TV", "Field calls"]],
      ["2027-04", ["Field calls"]],
    ]);
    expect(flags[0].message).toMatch(
      /^In Mar 2027, approved lines Spring TV and Field calls differ from baseline 'Q1 approved' by −5,000 USD in total/
    );
  });
});
