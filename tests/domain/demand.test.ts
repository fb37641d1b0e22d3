/**
 * Demand and lead handling, rule by rule, as docs/rules.md states it: the
 * funnel settings, the Lanes' Capacity, the Doors and Targets tables, the
 * Activities' Door column, expected / routed / required leads, the flags
 * unrouted-leads, over-capacity, lead-gap, funnel-unknown and the extended
 * slow-follow-up, and the demand metrics. Each test builds its PlanInput by hand.
 */
import { FLAG_KINDS, checkPlan } from "../../src/domain";
import type { Cell, Flag, FlagCode, PlanCheck, PlanInput, Problem, Row } from "../../src/domain";
import { activity, plan, refsByMonth } from "./helpers";

/** Plan year Jan 2027 – Dec 2027 (helpers' START). */
const check = (parts: Partial<PlanInput>): PlanCheck => checkPlan(plan(parts));

const LANES: Row[] = [
  { Lane: "Media", Side: "Marketing" },
  { Lane: "Field sales", Side: "Sales" },
  { Lane: "Inside sales", Side: "Sales", Capacity: 100 },
];

const mkt = (id: string, start: Cell, more: Row = {}): Row => activity(id, "Media", start, more);
const sales = (id: string, start: Cell, more: Row = {}): Row =>
  activity(id, "Field sales", start, more);

const WEB: Row = { Door: "Web form", Owner: "Inside sales", "Response hours": 48 };
const PHONE: Row = { Door: "Phone", Owner: "Field sales" };

const codes = (r: PlanCheck, code: FlagCode): Flag[] => r.flags.filter((f) => f.code === code);

const problemsIn = (r: PlanCheck, table: string): Problem[] =>
  r.problems.filter((p) => p.table === table);

const expectedOf = (r: PlanCheck) => r.metrics.demand.months.map((m) => m.expectedLeads);
const requiredOf = (r: PlanCheck) => r.metrics.demand.months.map((m) => m.requiredLeads);
const routedOf = (r: PlanCheck, lane: string) =>
  r.metrics.demand.months.map((m) => m.lanes.find((l) => l.lane === lane)?.routedLeads);

const FUNNEL = { "Average deal size": 1000, "Lead-to-close rate": 0.1 };

// ---- Settings -----------------------------------------------------------------

describe("settings: Average deal size, Lead-to-close rate, Sales cycle (months)", () => {
  test.each([0, -5, "lots"])(
    "'Average deal size: amount > 0': %p is a problem (row null) and its default applies",
    (value) => {
      const r = check({
        settings: { "Average deal size": value },
        results: [{ Month: "Jan", Channel: "Web", Leads: 10, Closed: 2, Revenue: 500 }],
      });
      expect(problemsIn(r, "Settings")).toEqual([
        expect.objectContaining({ row: null, column: "Average deal size", value }),
      ]);
      // The default: computed from Results.
      expect(r.metrics.demand.averageDealSize).toEqual({ value: 250, source: "results" });
    }
  );

  test.each([0, 1.5, -0.1, "often"])(
    "'Lead-to-close rate: 0 < r ≤ 1': %p is a problem and the default applies",
    (value) => {
      const r = check({ settings: { "Lead-to-close rate": value } });
      expect(problemsIn(r, "Settings").map((p) => [p.row, p.column])).toEqual([
        [null, "Lead-to-close rate"],
      ]);
      expect(r.metrics.demand.leadToCloseRate).toEqual({ value: null, source: null });
    }
  );

  test("'Lead-to-close rate': 1 is allowed, and a 12% cell (0.12) or the text 12% is a share", () => {
    for (const [value, rate] of [
      [1, 1],
      [0.12, 0.12],
      ["12%", 0.12],
    ] as const) {
      const r = check({ settings: { "Lead-to-close rate": value } });
      expect(r.problems).toEqual([]);
      expect(r.metrics.demand.leadToCloseRate).toEqual({ value: rate, source: "setting" });
    }
  });

  test.each([13, -1, 2.5, "soon"])(
    "'Sales cycle (months): integer 0..12': %p is a problem and the default 0 applies",
    (value) => {
      const r = check({
        settings: { ...FUNNEL, "Sales cycle (months)": value },
        targets: [{ Month: "Mar", "Revenue target": 10000 }],
      });
      expect(problemsIn(r, "Settings").map((p) => [p.row, p.column])).toEqual([
        [null, "Sales cycle (months)"],
      ]);
      // L = 0: March's target is required in March.
      expect(requiredOf(r)[2]).toBe(100);
    }
  );

  test("'Sales cycle' default is 0, and 12 is allowed", () => {
    const blank = check({ settings: FUNNEL, targets: [{ Month: "Mar", "Revenue target": 1000 }] });
    expect(requiredOf(blank)[2]).toBe(10);
    const twelve = check({ settings: { ...FUNNEL, "Sales cycle (months)": 12 } });
    expect(twelve.problems).toEqual([]);
  });
});

// ---- Lanes' Capacity ---------------------------------------------------------------

describe("Lanes: the optional Capacity of a Sales-side lane", () => {
  const lanes = (capacity: Cell, side = "Sales"): Row[] => [
    { Lane: "Media", Side: "Marketing" },
    { Lane: "Inside sales", Side: side, Capacity: capacity },
  ];

  test.each(["lots", -1, 2.5])(
    "'A lane whose Capacity breaks the rule is a problem but stays a lane, without a capacity': %p",
    (capacity) => {
      const r = check({
        lanes: lanes(capacity),
        activities: [sales("S", "Mar", { Lane: "Inside sales" })],
      });
      expect(r.problems.map((p) => [p.table, p.row, p.column, p.value])).toEqual([
        ["Lanes", 2, "Capacity", capacity],
      ]);
      expect(r.problems[0].message).toMatch(/Capacity/);
      // The lane stays: the activity on it is valid, and it has no capacity.
      expect(r.metrics.demand.months[2].lanes).toEqual([
        { lane: "Inside sales", routedLeads: 0, capacity: null },
      ]);
    }
  );

  test("'A whole number ≥ 0': 0 and 40 are capacities", () => {
    for (const capacity of [0, 40]) {
      const r = check({ lanes: lanes(capacity) });
      expect(r.problems).toEqual([]);
      expect(r.metrics.demand.months[0].lanes).toEqual([
        { lane: "Inside sales", routedLeads: 0, capacity },
      ]);
    }
  });

  test("'A Capacity on a Marketing-side lane is ignored, whatever it holds'", () => {
    const r = check({ lanes: lanes("lots", "Marketing") });
    expect(r.problems).toEqual([]);
    expect(r.metrics.demand.months[0].lanes).toEqual([]);
  });

  test("'blank means no capacity is planned and the lane is not checked against one'", () => {
    const r = check({
      lanes: lanes(""),
      doors: [{ Door: "Web", Owner: "Inside sales" }],
      activities: [mkt("A", "Mar", { "Expected leads": 5000, Door: "Web" })],
    });
    expect(routedOf(r, "Inside sales")[2]).toBe(5000);
    expect(codes(r, "over-capacity")).toEqual([]);
  });
});

// ---- Doors ----------------------------------------------------------------------

describe("Doors: Door, Owner, Response hours", () => {
  test("'Door: required text': a row without a Door is a problem", () => {
    const r = check({ lanes: LANES, doors: [{ Door: "", Owner: "Field sales" }] });
    expect(problemsIn(r, "Doors").map((p) => [p.row, p.column])).toEqual([[1, "Door"]]);
  });

  test("'unique within the table (case-insensitive)': the first is valid, a later one a problem", () => {
    const r = check({
      lanes: LANES,
      doors: [
        { Door: "Web", Owner: "Inside sales" },
        { Door: " WEB ", Owner: "Field sales" },
      ],
      activities: [mkt("A", "Mar", { "Expected leads": 10, Door: "web" })],
    });
    expect(problemsIn(r, "Doors").map((p) => [p.row, p.column, p.value])).toEqual([
      [2, "Door", " WEB "],
    ]);
    // The first row's owner answers the door.
    expect(routedOf(r, "Inside sales")[2]).toBe(10);
    expect(routedOf(r, "Field sales")[2]).toBe(0);
  });

  test.each(["Media", "Nobody"])(
    "'An Owner that is not a Sales-side lane is a problem' (%p); 'A door row with a problem is left out'",
    (owner) => {
      const r = check({
        lanes: LANES,
        doors: [PHONE, { Door: "Web", Owner: owner }],
        activities: [mkt("A", "Mar", { "Expected leads": 10, Door: "Web" })],
      });
      expect(problemsIn(r, "Doors").map((p) => [p.row, p.column, p.value])).toEqual([
        [2, "Owner", owner],
      ]);
      expect(problemsIn(r, "Doors")[0].message).toMatch(/not a Sales-side lane/);
      // The door is left out: an activity naming it names no door.
      expect(problemsIn(r, "Activities").map((p) => [p.row, p.column])).toEqual([[1, "Door"]]);
    }
  );

  test("'Owner optional: blank means nobody owns the door': its leads are unrouted", () => {
    const r = check({
      lanes: LANES,
      doors: [{ Door: "Shop" }],
      activities: [mkt("A", "Mar", { "Expected leads": 10, Door: "Shop" })],
    });
    expect(r.problems).toEqual([]);
    expect(refsByMonth(r, "unrouted-leads")).toEqual({ "2027-03": ["A"] });
  });

  test.each([0, -3, "fast"])("'Response hours: optional number > 0': %p is a problem", (hours) => {
    const r = check({ lanes: LANES, doors: [{ Door: "Web", "Response hours": hours }] });
    expect(problemsIn(r, "Doors").map((p) => [p.row, p.column])).toEqual([[1, "Response hours"]]);
  });

  test("a Doors table without its Door column is a problem, not an exception", () => {
    const r = check({ lanes: LANES, doors: [{ Owner: "Field sales" }] });
    expect(problemsIn(r, "Doors")).toEqual([expect.objectContaining({ row: null })]);
  });
});

// ---- Activities' Door column ------------------------------------------------------

describe("Activities: the optional Door column", () => {
  test("'a non-blank Door must be one of the doors': else a problem, and the activity is left out", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB],
      activities: [
        mkt("A", "Mar", { "Expected leads": 10, Door: "Fax" }),
        mkt("B", "Mar", { "Expected leads": 5 }),
      ],
    });
    expect(problemsIn(r, "Activities").map((p) => [p.row, p.column, p.value])).toEqual([
      [1, "Door", "Fax"],
    ]);
    expect(problemsIn(r, "Activities")[0].message).toMatch(/not one of the doors/);
    // The message names the Door the person typed.
    expect(problemsIn(r, "Activities")[0].message).toMatch(/^Door 'Fax' is not one of the doors/);
    expect(expectedOf(r)[2]).toBe(5);
    expect(refsByMonth(r, "unrouted-leads")).toEqual({ "2027-03": ["B"] });
  });

  test("the Door is read with the activities, yet a row with only a Door is blank for the other rules", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB],
      // Doors and Targets problems come before the Activities' Door problems.
      targets: [{ Month: "Smarch", "Revenue target": 5 }],
      activities: [
        mkt("A", "Mar", { "Expected leads": 10, door: "", " DOOR ": "Fax" }),
        { Door: "Pager" }, // only a Door: no ID/Activity/Lane problems, only the Door's
        null as unknown as Row, // a row that is no row (an empty one)
        { Notes: "  " },
        mkt("B", "Mar", { "Expected leads": 5, Door: "web form" }),
      ],
    });
    expect(r.problems.map((p) => [p.table, p.row, p.column, p.value])).toEqual([
      ["Targets", 1, "Month", "Smarch"],
      ["Activities", 1, "Door", "Fax"],
      ["Activities", 2, "Door", "Pager"],
    ]);
    expect(routedOf(r, "Inside sales")[2]).toBe(5);
  });

  test("an Activities table missing a column is one problem, whatever its Door cells", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB],
      activities: [{ Door: "Fax" }, { Door: "Web form" }],
    });
    // Rows with only a Door do not make the table non-blank: no missing-column problem.
    expect(problemsIn(r, "Activities").map((p) => [p.row, p.column])).toEqual([[1, "Door"]]);
    const r2 = check({ lanes: LANES, doors: [WEB], activities: [{ ID: "A", Door: "Fax" }] });
    // With another cell the row counts: its missing columns are table problems, then the Door's.
    const rows2 = problemsIn(r2, "Activities").map((p) => p.row);
    expect(rows2.length).toBeGreaterThan(1);
    expect(rows2.slice(0, -1).every((row) => row === null)).toBe(true);
    expect(rows2[rows2.length - 1]).toBe(1);
  });

  test("'matched case-insensitively'", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB],
      activities: [mkt("A", "Mar", { "Expected leads": 10, Door: "  WEB FORM " })],
    });
    expect(r.problems).toEqual([]);
    expect(routedOf(r, "Inside sales")[2]).toBe(10);
  });

  test("'with no valid door the Door column is not checked and is ignored'", () => {
    for (const doors of [undefined, [], [{ Door: "Web", Owner: "Media" }]]) {
      const r = check({
        lanes: LANES,
        doors,
        activities: [mkt("A", "Mar", { "Expected leads": 10, Door: "Anything" })],
      });
      expect(problemsIn(r, "Activities")).toEqual([]);
      expect(expectedOf(r)[2]).toBe(10);
      expect(codes(r, "unrouted-leads")).toEqual([]);
    }
  });
});

// ---- Targets ------------------------------------------------------------------------

describe("Targets: Month, Revenue target", () => {
  test("'Month: required month in the plan year, unique within the table'", () => {
    const r = check({
      settings: FUNNEL,
      targets: [
        { Month: "Mar", "Revenue target": 1000 },
        { Month: "", "Revenue target": 1000 },
        { Month: "2028-02", "Revenue target": 1000 },
        { Month: "Marhc", "Revenue target": 1000 },
        { Month: "2027-03", "Revenue target": 5000 },
      ],
    });
    expect(problemsIn(r, "Targets").map((p) => [p.row, p.column])).toEqual([
      [2, "Month"],
      [3, "Month"],
      [4, "Month"],
      [5, "Month"],
    ]);
    expect(problemsIn(r, "Targets")[1].message).toMatch(/outside the plan year/);
    // The first March row is the target.
    expect(requiredOf(r)[2]).toBe(10);
  });

  test.each(["", -1, "much"])("'Revenue target: required amount ≥ 0': %p is a problem", (value) => {
    const r = check({ settings: FUNNEL, targets: [{ Month: "Mar", "Revenue target": value }] });
    expect(problemsIn(r, "Targets").map((p) => [p.row, p.column])).toEqual([[1, "Revenue target"]]);
    expect(requiredOf(r)[2]).toBeNull();
  });

  test("a target of 0 needs 0 leads", () => {
    const r = check({ settings: FUNNEL, targets: [{ Month: "Mar", "Revenue target": 0 }] });
    expect(requiredOf(r)[2]).toBe(0);
    expect(codes(r, "lead-gap")).toEqual([]);
  });
});

// ---- Expected leads and routing ---------------------------------------------------------

describe("expected leads", () => {
  test("'E ÷ k over k months counted in full (also those outside the plan year)'", () => {
    const r = check({
      activities: [mkt("A", "2026-11", { End: "2027-02", "Expected leads": 40 })],
    });
    expect(expectedOf(r)).toEqual([10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.metrics.demand.year.expectedLeads).toBe(20);
  });

  test("'the sum over all valid activities (either side), rounded to 6 decimal places'; blank means 0", () => {
    const r = check({
      activities: [
        mkt("A", "Jan", { End: "Mar", "Expected leads": 1 }),
        sales("S", "Jan", { "Expected leads": 2 }),
        mkt("B", "Jan"),
      ],
    });
    expect(expectedOf(r).slice(0, 3)).toEqual([2.333333, 0.333333, 0.333333]);
  });
});

describe("routing", () => {
  test("'the leads of a valid activity whose Door has an Owner are routed to that Sales-side lane'", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB, PHONE],
      activities: [
        mkt("A", "Mar", { End: "Apr", "Expected leads": 30, Door: "Web form" }),
        sales("S", "Mar", { "Expected leads": 7, Door: "Phone" }),
        mkt("B", "Mar", { "Expected leads": 100 }),
      ],
    });
    expect(routedOf(r, "Inside sales").slice(2, 5)).toEqual([15, 15, 0]);
    expect(routedOf(r, "Field sales").slice(2, 5)).toEqual([7, 0, 0]);
    expect(expectedOf(r)[2]).toBe(122);
  });

  test("without a valid door nothing is routed", () => {
    const r = check({
      lanes: LANES,
      activities: [mkt("A", "Mar", { "Expected leads": 30, Door: "Web form" })],
    });
    expect(routedOf(r, "Inside sales")[2]).toBe(0);
  });
});

describe("follow-up hours of an activity: its own, or else its door's Response hours", () => {
  test("the door's Response hours above the Response SLA raise slow-follow-up", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB],
      activities: [mkt("A", "Mar", { Door: "Web form" })],
    });
    expect(refsByMonth(r, "slow-follow-up")).toEqual({ "2027-03": ["A"] });
    expect(codes(r, "slow-follow-up")[0].message).toMatch(/48 h/);
  });

  test("its own Follow-up hours win over the door's", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB],
      activities: [mkt("A", "Mar", { Door: "Web form", "Follow-up hours": 12 })],
    });
    expect(codes(r, "slow-follow-up")).toEqual([]);
  });
});

// ---- Funnel and required leads -------------------------------------------------------------

describe("the funnel: average deal size D and lead-to-close rate R", () => {
  const RESULTS: Row[] = [
    { Month: "Jan", Channel: "Web", Leads: 100, Closed: 10, Revenue: 20000 },
    { Month: "Feb", Channel: "Web", Leads: 100, Closed: 5 }, // no Revenue: counts for R only
    { Month: "Feb", Channel: "Print", Closed: 5, Revenue: 10000 }, // no Leads: counts for D only
  ];

  test("'the setting' when set", () => {
    const r = check({ settings: FUNNEL, results: RESULTS });
    expect(r.metrics.demand.averageDealSize).toEqual({ value: 1000, source: "setting" });
    expect(r.metrics.demand.leadToCloseRate).toEqual({ value: 0.1, source: "setting" });
  });

  test("'or else Σ Revenue ÷ Σ Closed' and 'Σ Closed ÷ Σ Leads' over the rows that report both", () => {
    const r = check({ results: RESULTS });
    expect(r.metrics.demand.averageDealSize).toEqual({ value: 2000, source: "results" });
    expect(r.metrics.demand.leadToCloseRate).toEqual({ value: 0.075, source: "results" });
  });

  test("'unknown when either sum is 0'", () => {
    const r = check({
      results: [{ Month: "Jan", Channel: "Web", Leads: 100, Closed: 0, Revenue: 0 }],
    });
    expect(r.metrics.demand.averageDealSize).toEqual({ value: null, source: null });
    expect(r.metrics.demand.leadToCloseRate).toEqual({ value: null, source: null });
  });
});

describe("required leads ⌈round₆(T ÷ (D × R))⌉", () => {
  test("rounded up to whole leads", () => {
    const r = check({
      settings: { "Average deal size": 300, "Lead-to-close rate": 0.1 },
      targets: [{ Month: "Mar", "Revenue target": 1000 }],
    });
    expect(requiredOf(r)[2]).toBe(34);
  });

  test("round₆ before rounding up: 21 ÷ (1 × 0.7) is 30, not 31", () => {
    const r = check({
      settings: { "Average deal size": 1, "Lead-to-close rate": 0.7 },
      targets: [{ Month: "Mar", "Revenue target": 21 }],
    });
    expect(requiredOf(r)[2]).toBe(30);
  });

  test("'T is the Revenue target of month m + L'; unknown when m + L is outside the plan year or has no target", () => {
    const r = check({
      settings: { ...FUNNEL, "Sales cycle (months)": 2 },
      targets: [
        { Month: "May", "Revenue target": 5000 },
        { Month: "Jan", "Revenue target": 5000 },
      ],
    });
    expect(requiredOf(r)).toEqual([
      null,
      null,
      50,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(r.metrics.demand.year.requiredLeads).toBe(50);
  });

  test("unknown when D or R is unknown", () => {
    const r = check({
      settings: { "Average deal size": 1000 },
      targets: [{ Month: "Mar", "Revenue target": 5000 }],
    });
    expect(requiredOf(r).every((x) => x === null)).toBe(true);
    expect(r.metrics.demand.year.requiredLeads).toBeNull();
  });
});

// ---- Flags --------------------------------------------------------------------------------

describe("unrouted-leads", () => {
  test("a Marketing-side activity with Expected leads > 0 whose Door is blank or has no Owner", () => {
    const r = check({
      lanes: LANES,
      doors: [WEB, { Door: "Booth" }],
      activities: [
        mkt("A", "Mar", { "Expected leads": 10 }),
        mkt("B", "Mar", { End: "Apr", "Expected leads": 10, Door: "Booth" }),
        mkt("C", "Mar", { "Expected leads": 10, Door: "Web form" }),
        mkt("Z", "Mar", { "Expected leads": 0 }),
        sales("S", "Mar", { "Expected leads": 10 }),
      ],
    });
    expect(refsByMonth(r, "unrouted-leads")).toEqual({ "2027-03": ["A", "B"], "2027-04": ["B"] });
    expect(codes(r, "unrouted-leads")[0]).toMatchObject({ severity: "warning" });
    expect(codes(r, "unrouted-leads")[0].message).toMatch(/no door that a sales team answers/);
  });

  test("'there is at least one valid door': no doors, no flag", () => {
    const r = check({ activities: [mkt("A", "Mar", { "Expected leads": 10 })] });
    expect(codes(r, "unrouted-leads")).toEqual([]);
  });
});

describe("over-capacity", () => {
  const plan = (leads: number) =>
    check({
      lanes: LANES,
      doors: [WEB, PHONE],
      activities: [
        mkt("A", "Mar", { "Expected leads": leads - 10, Door: "Web form" }),
        sales("S", "Mar", { "Expected leads": 10, Door: "Web form" }),
        mkt("Z", "Mar", { "Expected leads": 0, Door: "Web form" }),
        mkt("P", "Mar", { "Expected leads": 500, Door: "Phone" }),
      ],
    });

  test("'more than C routed leads in m'; refs the activities with leads routed to that lane", () => {
    const r = plan(101);
    expect(refsByMonth(r, "over-capacity")).toEqual({ "2027-03": ["A", "S"] });
    expect(codes(r, "over-capacity")[0].message).toMatch(
      /Inside sales gets 101 leads but can follow up 100/
    );
  });

  test("exactly C is not flagged; a lane without Capacity is never flagged", () => {
    expect(codes(plan(100), "over-capacity")).toEqual([]);
  });
});

describe("lead-gap", () => {
  const plan = (leads: number) =>
    check({
      settings: { ...FUNNEL, "Sales cycle (months)": 2 },
      activities: [mkt("A", "Mar", { "Expected leads": leads }), sales("S", "Mar")],
      budget: [{ Line: "L", Team: "Joint", Lane: "Media", Mar: 5 }],
      targets: [
        { Month: "Jan", "Revenue target": 0 },
        { Month: "May", "Revenue target": 50000 },
      ],
    });

  test("'the required leads of m are known and the expected leads of m are fewer'; refs the Targets row of m + L", () => {
    const r = plan(300);
    expect(refsByMonth(r, "lead-gap")).toEqual({ "2027-03": ["Targets row 2"] });
    expect(codes(r, "lead-gap")[0].message).toMatch(
      /Mar 2027 needs 500 leads to close May 2027's target of 50,000 USD; the plan expects 300\. Add about 200 leads/
    );
  });

  test("enough expected leads: no flag", () => {
    expect(codes(plan(500), "lead-gap")).toEqual([]);
  });

  test("'The sync score counts every warning and error flag except lead-gap' (and approved-changed, §5)", () => {
    const r = plan(300);
    expect(r.flags.map((f) => f.code)).toEqual(["lead-gap"]);
    expect(r.metrics.syncScore).toBe(1);
    expect(FLAG_KINDS.filter((k) => k.countsInSyncScore === false).map((k) => k.code)).toEqual([
      "lead-gap",
      "approved-changed",
    ]);
  });
});

describe("funnel-unknown", () => {
  test("'the Targets table has a valid row, but D or R is unknown': month null, info", () => {
    const r = check({
      settings: { "Lead-to-close rate": 0.1 },
      targets: [{ Month: "Mar", "Revenue target": 1000 }],
    });
    expect(codes(r, "funnel-unknown")).toEqual([
      expect.objectContaining({ month: null, severity: "info", refs: ["Targets row 1"] }),
    ]);
    expect(codes(r, "funnel-unknown")[0].message).toMatch(/average deal size is unknown/);
  });

  test("no valid Targets row, or a known funnel: no flag", () => {
    expect(
      codes(check({ targets: [{ Month: "2030-01", "Revenue target": 1 }] }), "funnel-unknown")
    ).toEqual([]);
    expect(
      codes(
        check({ settings: FUNNEL, targets: [{ Month: "Mar", "Revenue target": 1 }] }),
        "funnel-unknown"
      )
    ).toEqual([]);
  });
});

test("'Flags are ordered by month (plan-level first), then by the order of the table'", () => {
  const r = check({
    settings: { ...FUNNEL, "Follow-up window (months)": 0, "Annual budget cap": 1 },
    lanes: [...LANES, { Lane: "Print", Side: "Marketing" }],
    doors: [WEB],
    activities: [
      mkt("A", "Mar", { "Expected leads": 150, Door: "Web form" }),
      mkt("B", "Mar", { "Expected leads": 10 }),
      sales("S", "Mar"),
    ],
    budget: [{ Line: "L", Team: "Joint", Lane: "Media", Mar: 5 }],
    targets: [{ Month: "Mar", "Revenue target": 1000000 }],
  });
  expect(r.flags.map((f) => [f.month, f.code])).toEqual([
    [null, "over-cap"],
    ["2027-03", "slow-follow-up"],
    ["2027-03", "unrouted-leads"],
    ["2027-03", "over-capacity"],
    ["2027-03", "lead-gap"],
  ]);
  const unknown = check({
    settings: { "Annual budget cap": 1 },
    budget: [{ Line: "L", Team: "Joint", Mar: 5 }],
    targets: [{ Month: "Mar", "Revenue target": 1 }],
  });
  expect(unknown.flags.map((f) => f.code)).toEqual(["over-cap", "funnel-unknown"]);
});

// ---- Metrics -------------------------------------------------------------------------

test("metrics: per month expected and required leads and each Sales-side lane's routed leads and Capacity; the year's totals; the funnel in use", () => {
  const r = check({
    settings: { "Average deal size": 500 },
    lanes: LANES,
    doors: [WEB],
    activities: [mkt("A", "Mar", { End: "Apr", "Expected leads": 60, Door: "Web form" })],
    results: [{ Month: "Jan", Channel: "Web", Leads: 50, Closed: 5 }],
    targets: [{ Month: "Apr", "Revenue target": 10000 }],
  });
  const d = r.metrics.demand;
  expect(d.months.map((m) => m.month)).toEqual(r.metrics.months.map((m) => m.month));
  expect(d.months[3]).toEqual({
    month: "2027-04",
    expectedLeads: 30,
    requiredLeads: 200,
    lanes: [
      { lane: "Field sales", routedLeads: 0, capacity: null },
      { lane: "Inside sales", routedLeads: 30, capacity: 100 },
    ],
  });
  expect(d.year).toEqual({
    expectedLeads: 60,
    requiredLeads: 200,
    lanes: [
      { lane: "Field sales", routedLeads: 0, capacity: null },
      { lane: "Inside sales", routedLeads: 60, capacity: 1200 },
    ],
  });
  expect(d.averageDealSize).toEqual({ value: 500, source: "setting" });
  expect(d.leadToCloseRate).toEqual({ value: 0.1, source: "results" });
});

test("the worked example of docs/rules.md (Demand and lead handling) holds", () => {
  const r = checkPlan({
    settings: {
      "Plan starts": "Jul 2026",
      "Average deal size": 5000,
      "Lead-to-close rate": 0.1,
      "Sales cycle (months)": 2,
    },
    lanes: [
      { Lane: "Media", Side: "Marketing" },
      { Lane: "Inside sales", Side: "Sales", Capacity: 250 },
    ],
    doors: [
      { Door: "Web form", Owner: "Inside sales", "Response hours": 48 },
      { Door: "Booth", Owner: "" },
    ],
    activities: [
      mkt("TV", "Mar", { End: "Apr", "Expected leads": 600, Door: "Web form" }),
      mkt("SHOW", "Mar", { "Expected leads": 200, Door: "Booth" }),
    ],
    budget: [],
    targets: [{ Month: "May", "Revenue target": 500000 }],
  });
  expect(r.problems).toEqual([]);
  const march = r.flags.filter((f) => f.month === "2027-03");
  expect(march.map((f) => [f.code, f.refs])).toEqual([
    ["no-follow-up", ["TV", "SHOW"]],
    ["activity-without-budget", ["TV", "SHOW"]],
    ["slow-follow-up", ["TV"]],
    ["unrouted-leads", ["SHOW"]],
    ["over-capacity", ["TV"]],
    ["lead-gap", ["Targets row 1"]],
  ]);
  expect(march.find((f) => f.code === "lead-gap")?.message).toBe(
    "Mar 2027 needs 1,000 leads to close May 2027's target of 500,000 USD; the plan expects 500. Add about 500 leads of activity in Mar 2027, or move the target."
  );
});
