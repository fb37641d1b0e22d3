/**
 * Baselines (docs/rules.md §5, the contract's §1 Baselines, §3 approved-changed,
 * §4 baseline metrics): one test per sentence, each building its PlanInput by hand.
 */
import fc from "fast-check";
import { FLAG_KINDS, checkPlan, countsInSyncScore, parsePlan, readSaved } from "../../src/domain";
import type { Cell, Flag, PlanCheck, PlanInput, Row } from "../../src/domain";
import { anyInputArb, cellArb, validPlanArb } from "./arbitraries";
import { plan } from "./helpers";

/** A plan's rows (Plan starts Jan 2027 unless given): helpers' builder. */
const input = plan;

const check = (parts: Partial<PlanInput>): PlanCheck => checkPlan(input(parts));
const codes = (r: PlanCheck, code: string): Flag[] => r.flags.filter((f) => f.code === code);
const refsByMonth = (r: PlanCheck, code: string): Record<string, string[]> =>
  Object.fromEntries(codes(r, code).map((f) => [String(f.month), f.refs]));
const baselineProblems = (r: PlanCheck) => r.problems.filter((p) => p.table === "Baselines");

const line = (name: string, team: string, more: Row = {}): Row => ({
  Line: name,
  Team: team,
  ...more,
});
/** A Baselines row of baseline `name`, saved `saved`. */
const saved = (name: string, savedOn: Cell, lineName: string, more: Row = {}): Row => ({
  Baseline: name,
  Saved: savedOn,
  Line: lineName,
  Team: "Marketing",
  ...more,
});

const latestName = (parts: Partial<PlanInput>) => parsePlan(input(parts)).latestBaseline?.name;

describe("the Baselines table", () => {
  test("'a plan without Baselines is checked exactly as before they existed'", () => {
    const parts = {
      budget: [line("TV", "Marketing", { Status: "Approved", Mar: 100 })],
      results: [{ Month: "Mar", Channel: "Web", Leads: 10 }],
    };
    const without = check(parts);
    expect(check({ ...parts, baselines: [] })).toEqual(without);
    expect(without.metrics.baseline).toBeNull();
    expect(codes(without, "approved-changed")).toEqual([]);
  });

  test("'Baseline: required text'", () => {
    const r = check({ baselines: [saved("", "2027-01-15", "TV")] });
    expect(baselineProblems(r)).toMatchObject([
      { row: 1, column: "Baseline", message: "Baseline is required." },
    ]);
  });

  test("'rows with the same name (case-insensitive) form one baseline'", () => {
    const read = parsePlan(
      input({
        baselines: [
          saved("Q1 approved", "2027-01-15", "TV"),
          saved("q1 APPROVED", "2027-01-15", "Print"),
        ],
      })
    );
    expect(read.baselines).toHaveLength(1);
    expect(read.baselines[0].name).toBe("Q1 approved");
    expect(read.baselines[0].lines.map((l) => l.line)).toEqual(["TV", "Print"]);
  });

  test("'Saved: required date'", () => {
    const r = check({ baselines: [saved("B", "", "TV")] });
    expect(baselineProblems(r)).toMatchObject([{ row: 1, column: "Saved" }]);
    expect(baselineProblems(r)[0].message).toMatch(/Saved is required/);
  });

  test("'Saved: a number (an Excel date serial, its fraction the time of day) or text YYYY-MM-DD'", () => {
    expect(readSaved(46402.75)).toEqual({ ok: true, value: 46402.75 });
    // 15 Jan 2027 is Excel serial 46402.
    expect(readSaved("2027-01-15")).toEqual({ ok: true, value: 46402 });
    for (const bad of ["yesterday", "2027-02-30", "15/01/2027", "46402", true, 0, -3]) {
      const read = readSaved(bad);
      expect(read.ok).toBe(false);
    }
    const r = check({ baselines: [saved("B", "2027-02-30", "TV")] });
    expect(baselineProblems(r)).toMatchObject([
      {
        row: 1,
        column: "Saved",
        value: "2027-02-30",
        message: expect.stringMatching(/is not a date/),
      },
    ]);
  });

  test("'Line: required'", () => {
    const r = check({ baselines: [saved("B", "2027-01-15", "")] });
    expect(baselineProblems(r)).toMatchObject([
      { row: 1, column: "Line", message: "Line is required." },
    ]);
  });

  test("'Line: unique within its baseline (case-insensitive)': the first is valid, each later one a problem", () => {
    const r = check({
      baselines: [
        saved("B", "2027-01-15", "TV"),
        saved("C", "2027-01-16", "TV"), // another baseline may have the same Line
        saved("b", "2027-01-15", " tv "),
      ],
    });
    expect(baselineProblems(r)).toMatchObject([
      {
        row: 3,
        column: "Line",
        value: " tv ",
        message: expect.stringMatching(/already used in row 1/),
      },
    ]);
    expect(
      parsePlan(input({ baselines: [saved("B", 46402, "TV"), saved("B", 46402, "tv")] }))
        .baselines[0].lines
    ).toHaveLength(1);
  });

  test("'Team: Marketing, Sales or Joint'", () => {
    const r = check({ baselines: [saved("B", "2027-01-15", "TV", { Team: "Finance" })] });
    expect(baselineProblems(r)).toMatchObject([{ row: 1, column: "Team" }]);
    const blank = check({ baselines: [saved("B", "2027-01-15", "TV", { Team: "" })] });
    expect(baselineProblems(blank)).toMatchObject([{ row: 1, column: "Team" }]);
  });

  test("'Lane, Campaign: optional text (not checked against today's lanes: a baseline is history)'", () => {
    const r = check({
      baselines: [saved("B", "2027-01-15", "TV", { Lane: "Radio", Campaign: "Old campaign" })],
    });
    expect(r.problems).toEqual([]);
    const [kept] = parsePlan(input({ baselines: [saved("B", 46402, "TV", { Lane: " Radio " })] }))
      .baselines[0].lines;
    expect(kept.lane).toBe("Radio");
  });

  test("'Status: as in Budget': Draft, Proposed or Approved, blank means Draft", () => {
    const read = parsePlan(
      input({
        baselines: [
          saved("B", 46402, "A", { Status: "" }),
          saved("B", 46402, "B", { Status: "approved" }),
          saved("B", 46402, "C", { Status: "Signed" }),
        ],
      })
    );
    expect(read.baselines[0].lines.map((l) => l.status)).toEqual(["Draft", "Approved"]);
    expect(read.problems).toMatchObject([{ table: "Baselines", row: 3, column: "Status" }]);
  });

  test("'12 month columns: as in Budget': amount ≥ 0, blank means 0, in plan order", () => {
    const read = parsePlan(
      input({
        settings: { "Plan starts": "2026-07" },
        baselines: [
          saved("B", 46402, "A", { Jul: 10, Aug: "", June: "1,200" }),
          saved("B", 46402, "Bad", { Mar: -5 }),
        ],
      })
    );
    const [a] = read.baselines[0].lines;
    expect(a.amounts).toEqual([10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1200]);
    expect(a.total).toBe(1210);
    expect(read.problems).toMatchObject([{ table: "Baselines", row: 2, column: "Mar", value: -5 }]);
  });

  test("Baselines problems are listed after those of Results", () => {
    const r = check({
      baselines: [saved("B", "soon", "TV")],
      results: [{ Month: "Marhc", Channel: "Web" }],
    });
    expect(r.problems.map((p) => p.table)).toEqual(["Results", "Baselines"]);
  });

  test("a missing required column is one problem and no row of the table is used", () => {
    const r = check({ baselines: [{ Baseline: "B", Line: "TV", Team: "Sales" }] });
    expect(baselineProblems(r)).toMatchObject([{ row: null, column: "Saved" }]);
    expect(r.metrics.baseline).toBeNull();
  });

  test("'The latest baseline is the one with the greatest Saved value among its valid rows'", () => {
    expect(
      latestName({
        baselines: [
          saved("Old", "2027-01-15", "TV"),
          saved("New", 46403.5, "TV"),
          saved("Old", "2027-01-10", "X"),
        ],
      })
    ).toBe("New");
    // A later Saved on a row left out for a problem does not count.
    expect(
      latestName({
        baselines: [
          saved("Old", "2027-01-15", "TV", { Team: "??" }),
          saved("Old", "2027-01-01", "X"),
          saved("New", "2027-01-10", "TV"),
        ],
      })
    ).toBe("New");
  });

  test("'when two baselines tie, the one whose first valid row is lower in the table'", () => {
    expect(
      latestName({
        baselines: [saved("A", 46402, "TV"), saved("B", 46402, "TV"), saved("A", 46402, "X")],
      })
    ).toBe("B");
    // B's first row is broken, so its first valid row (3) is below A's (2).
    expect(
      latestName({
        baselines: [saved("B", 46402, ""), saved("A", 46402, "TV"), saved("B", 46402, "TV")],
      })
    ).toBe("B");
    expect(latestName({ baselines: [saved("B", 46402, "TV"), saved("A", 46402, "TV")] })).toBe("A");
  });

  test("'A Baselines row a person broke … never stops the comparison of the other lines'", () => {
    const r = check({
      budget: [line("TV", "Marketing", { Status: "Approved", Mar: 120 })],
      baselines: [
        saved("B", 46402, "Print", { Mar: "lots" }),
        saved("B", 46402, "TV", { Mar: 100, Status: "Approved" }),
      ],
    });
    expect(baselineProblems(r)).toHaveLength(1);
    expect(refsByMonth(r, "approved-changed")).toEqual({ "2027-03": ["TV"] });
  });
});

describe("approved-changed", () => {
  const approvedTV = saved("Q1 approved", "2027-01-15", "Spring TV", {
    Status: "Approved",
    Mar: 40000,
  });

  test("'there is a latest baseline': without one, no flag", () => {
    const r = check({
      budget: [line("Spring TV", "Marketing", { Status: "Approved", Mar: 45000 })],
    });
    expect(codes(r, "approved-changed")).toEqual([]);
  });

  test("a line Approved now whose amount in m differs from the latest baseline is flagged in m (warning)", () => {
    const r = check({
      budget: [line("Spring TV", "Marketing", { Status: "Approved", Mar: 45000 })],
      baselines: [approvedTV],
    });
    expect(codes(r, "approved-changed")).toEqual([
      {
        code: "approved-changed",
        month: "2027-03",
        severity: "warning",
        refs: ["Spring TV"],
        message:
          "In Mar 2027, approved line Spring TV differs from baseline 'Q1 approved' by +5,000 USD in total. " +
          "Put the approved amounts back, or have the change approved and save a new baseline.",
      },
    ]);
  });

  test("a line that 'was Approved in the latest baseline' is flagged even when it is Draft now", () => {
    const r = check({
      budget: [line("Spring TV", "Marketing", { Status: "Draft", Mar: 40000, Apr: 1 })],
      baselines: [approvedTV],
    });
    expect(refsByMonth(r, "approved-changed")).toEqual({ "2027-04": ["Spring TV"] });
  });

  test("a line approved on neither side may change freely; an unchanged approved line is not flagged", () => {
    const r = check({
      budget: [
        line("Draft line", "Marketing", { Status: "Proposed", Mar: 9 }),
        line("Spring TV", "Marketing", { Status: "Approved", Mar: 40000 }),
      ],
      baselines: [approvedTV, saved("Q1 approved", "2027-01-15", "Draft line", { Mar: 1 })],
    });
    expect(codes(r, "approved-changed")).toEqual([]);
  });

  test("'Lines match by Line (case-insensitive)'; refs as written in Budget", () => {
    const r = check({
      budget: [line(" SPRING tv", "Marketing", { Status: "Approved", Mar: 40000, May: 5 })],
      baselines: [approvedTV],
    });
    expect(refsByMonth(r, "approved-changed")).toEqual({ "2027-05": ["SPRING tv"] });
  });

  test("'a line missing on either side … counts as 0'; a removed line's ref is as written in the baseline", () => {
    const r = check({
      budget: [line("New push", "Sales", { Status: "Approved", Mar: 10 })],
      baselines: [approvedTV],
    });
    expect(refsByMonth(r, "approved-changed")).toEqual({ "2027-03": ["New push", "Spring TV"] });
  });

  test("'or left out for a problem, counts as 0'", () => {
    const r = check({
      budget: [line("spring tv", "Finance", { Status: "Approved", Mar: 40000 })],
      baselines: [approvedTV],
    });
    // The Budget row is a problem, so no valid Budget line has that Line: the baseline's spelling.
    expect(refsByMonth(r, "approved-changed")).toEqual({ "2027-03": ["Spring TV"] });
  });

  test("only the latest baseline counts", () => {
    const r = check({
      budget: [line("Spring TV", "Marketing", { Status: "Approved", Mar: 45000 })],
      baselines: [
        approvedTV,
        saved("Q2 approved", "2027-04-01", "Spring TV", { Status: "Approved", Mar: 45000 }),
      ],
    });
    expect(codes(r, "approved-changed")).toEqual([]);
  });

  test("'The sync score counts every warning and error flag except … approved-changed'", () => {
    const r = check({
      budget: [line("Spring TV", "Joint", { Status: "Approved", Mar: 45000 })],
      baselines: [approvedTV],
    });
    expect(r.flags.map((f) => f.code)).toEqual(["approved-changed"]);
    expect(r.metrics.syncScore).toBe(1);
    expect(r.metrics.months[2].flagCount).toBe(1);
    expect(
      FLAG_KINDS.filter((kind) => !countsInSyncScore(kind.code)).map((kind) => kind.code)
    ).toContain("approved-changed");
    expect(countsInSyncScore("no-follow-up")).toBe(true);
  });
});

describe("baseline metrics", () => {
  const parts: Partial<PlanInput> = {
    budget: [
      line("TV", "Marketing", { Jan: 100, Feb: 50 }),
      line("Reps", "Sales", { Jan: 30 }),
      line("New", "Joint", { Feb: 20 }),
    ],
    baselines: [
      saved("B", 46402, "TV", { Jan: 100, Feb: 80 }),
      saved("B", 46402, "reps", { Team: "Sales", Jan: 30 }),
      saved("B", 46402, "Gone", { Team: "Joint", Mar: 7 }),
    ],
  };

  test("'for each plan month … the baseline's spend and the variance (spend now − baseline spend), in total and by team'", () => {
    const { baseline } = check(parts).metrics;
    expect(baseline?.name).toBe("B");
    expect(baseline?.months).toHaveLength(12);
    expect(baseline?.months[0]).toEqual({
      month: "2027-01",
      baselineSpend: 130,
      baselineByTeam: { Marketing: 100, Sales: 30, Joint: 0 },
      variance: 0,
      varianceByTeam: { Marketing: 0, Sales: 0, Joint: 0 },
    });
    expect(baseline?.months[1]).toMatchObject({
      baselineSpend: 80,
      variance: -10,
      varianceByTeam: { Marketing: -30, Sales: 0, Joint: 20 },
    });
    expect(baseline?.months[2]).toMatchObject({
      baselineSpend: 7,
      variance: -7,
      varianceByTeam: { Joint: -7 },
    });
  });

  test("'For the year: the same totals'", () => {
    expect(check(parts).metrics.baseline?.year).toEqual({
      baselineSpend: 217,
      baselineByTeam: { Marketing: 180, Sales: 30, Joint: 7 },
      variance: -17,
      varianceByTeam: { Marketing: -30, Sales: 0, Joint: 13 },
    });
  });

  test("'per budget line, its variance against the latest baseline by month, and whether it was added, removed or changed'", () => {
    const lines = check(parts).metrics.baseline?.lines ?? [];
    expect(lines.map((l) => [l.line, l.change, l.changedMonths])).toEqual([
      ["TV", "changed", ["2027-02"]],
      ["Reps", "unchanged", []],
      ["New", "added", ["2027-02"]],
      ["Gone", "removed", ["2027-03"]],
    ]);
    expect(lines[0].variance).toEqual([0, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(lines[3].variance[2]).toBe(-7);
  });

  test("without a latest baseline there are no baseline figures", () => {
    expect(check({ budget: parts.budget }).metrics.baseline).toBeNull();
  });
});

describe("properties", () => {
  const baselineRowArb: fc.Arbitrary<Row> = fc.record(
    {
      Baseline: fc.oneof(cellArb, fc.constantFrom("Q1", "q1 ", "Q2")),
      Saved: fc.oneof(cellArb, fc.constantFrom("2027-01-15", 46402.5, 46000)),
      Line: fc.oneof(cellArb, fc.constantFrom("TV", "tv", "Reps")),
      Team: fc.oneof(cellArb, fc.constantFrom("Marketing", "Sales", "Joint")),
      Lane: cellArb,
      Campaign: cellArb,
      Status: fc.oneof(cellArb, fc.constantFrom("Approved", "Draft")),
      Jan: cellArb,
      Mar: fc.oneof(cellArb, fc.nat(1000)),
      March: cellArb,
    },
    { requiredKeys: [] }
  );

  test("any input with baselines never throws, and its problems are well formed", () => {
    fc.assert(
      fc.property(
        anyInputArb,
        fc.oneof(fc.array(baselineRowArb, { maxLength: 8 }), fc.anything()),
        (any, baselines) => {
          const base = any !== null && typeof any === "object" ? any : {};
          const result = checkPlan({ ...base, baselines } as PlanInput);
          for (const p of result.problems) expect(typeof p.message).toBe("string");
          expect(() => JSON.stringify(result)).not.toThrow();
        }
      ),
      { numRuns: 300 }
    );
  });

  test("a plan with baselines: [] checks as one without", () => {
    fc.assert(
      fc.property(validPlanArb(), (plan) => {
        expect(checkPlan({ ...plan, baselines: [] })).toEqual(
          checkPlan({ ...plan, baselines: undefined })
        );
      }),
      { numRuns: 100 }
    );
  });

  test("a baseline saved from the budget itself raises no approved-changed and has no variance", () => {
    fc.assert(
      fc.property(validPlanArb(), (plan) => {
        const baselines = plan.budget.map((row) => ({ ...row, Baseline: "Copy", Saved: 46402.25 }));
        const result = checkPlan({ ...plan, baselines });
        expect(codes(result, "approved-changed")).toEqual([]);
        if (result.metrics.baseline)
          for (const l of result.metrics.baseline.lines) expect(l.change).toBe("unchanged");
      }),
      { numRuns: 100 }
    );
  });
});
