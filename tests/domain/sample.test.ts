/** The sample plan shows every demand, finance and measurement gap the views explain (issues 10–12). */
import { baselineRows, checkPlan, parsePlan, samplePlan, savedSerial } from "../../src/domain";

const year = 2027;
const sample = samplePlan(year);
const check = checkPlan(sample);
const flag = (code: string, month: string | null) =>
  check.flags.find((f) => f.code === code && f.month === month);

describe("the sample plan", () => {
  test("has rows in every table, the optional ones included", () => {
    expect(sample.doors?.length).toBeGreaterThan(0);
    expect(sample.targets?.length).toBeGreaterThan(0);
    expect(sample.baselines?.length).toBe(sample.budget.length);
    expect(sample.lanes.some((l) => l.Capacity !== undefined)).toBe(true);
    expect(sample.activities.some((a) => a.Door)).toBe(true);
    for (const row of sample.results) {
      expect(row["Followed up"]).toEqual(expect.any(Number));
      expect(row.Lane).toEqual(expect.any(String));
      expect(row).toHaveProperty("Campaign");
    }
  });

  test("keeps its one deliberate bad row, and only that one", () => {
    expect(check.problems).toEqual([
      expect.objectContaining({ table: "Activities", row: 13, column: "Lane", value: "Email" }),
    ]);
  });

  test("a flooded inside-sales team: over capacity in March and April", () => {
    const march = flag("over-capacity", `${year}-03`);
    expect(march?.refs).toEqual(["A-01", "A-02"]);
    expect(flag("over-capacity", `${year}-04`)).toBeDefined();
    const inside = check.metrics.demand.months[2].lanes.find((l) => l.lane === "Inside sales")!;
    expect(inside.routedLeads).toBeGreaterThan(inside.capacity!);
  });

  test("a door nobody answers: the mailers' leads are unrouted", () => {
    expect(flag("unrouted-leads", `${year}-03`)?.refs).toEqual(["A-04"]);
    expect(flag("unrouted-leads", `${year}-12`)?.refs).toEqual(["A-11"]);
  });

  test("a month short of its revenue target: July cannot close September's", () => {
    expect(flag("lead-gap", `${year}-07`)?.refs).toEqual(["Targets row 2"]);
    expect(check.flags.filter((f) => f.code === "lead-gap")).toHaveLength(1);
    // The funnel comes from Results (the settings are blank), so it is known.
    expect(check.metrics.demand.averageDealSize.source).toBe("results");
    expect(check.metrics.demand.leadToCloseRate.source).toBe("results");
    expect(flag("funnel-unknown", null)).toBeUndefined();
  });

  test("a saved baseline from which one Approved line has since changed", () => {
    const plan = parsePlan(sample);
    expect(plan.latestBaseline?.name).toBe(`FY${year} approved`);
    expect(flag("approved-changed", `${year}-03`)?.refs).toEqual(["TV and online media"]);
    expect(check.flags.filter((f) => f.code === "approved-changed")).toHaveLength(1);
    expect(check.metrics.baseline?.months[2].variance).toBe(10000);
  });

  test("the scorecard, missed follow-ups in March and a channel shift in June", () => {
    expect(flag("missed-follow-ups", `${year}-03`)?.refs).toEqual(["Results row 1"]);
    expect(flag("channel-shift", `${year}-06`)?.refs).toEqual([
      "Results row 6",
      "Results row 7",
      "Results row 8",
      "Results row 9",
    ]);
    const { marketing, sales } = check.metrics.scorecard;
    expect(marketing.closeRate).toBeGreaterThan(0);
    expect(marketing.costPerClosed).toBeGreaterThan(0);
    expect(sales.followUpRate).toBeGreaterThan(0);
    expect(sales.followUpTarget).toBe(0.9);
  });
});

describe("the sample baseline's date", () => {
  /** The sample set up at `now`, then a baseline saved at `now` as Save baseline writes it. */
  function savedNow(now: Date) {
    const rows = samplePlan(now.getFullYear() + 1, now);
    const mine = baselineRows(parsePlan(rows), "Mine", savedSerial(now));
    return parsePlan({ ...rows, baselines: [...(rows.baselines ?? []), ...mine] });
  }

  test.each([
    ["2 December, the day this was found", new Date(2026, 11, 2, 9, 30)],
    ["the morning of 1 January", new Date(2026, 0, 1, 0, 5)],
    ["a planning round in March", new Date(2026, 2, 1, 12, 0)],
    ["New Year's Eve", new Date(2026, 11, 31, 23, 59)],
  ])("a baseline saved on %s is the latest, not the sample's", (_, now) => {
    expect(savedNow(now).latestBaseline?.name).toBe("Mine");
  });

  test("is the day before today at 17:00 while the plan is prepared, and never after 15 December", () => {
    const saved = (rows: ReturnType<typeof samplePlan>) => rows.baselines![0].Saved;
    // 2 December 2026, preparing 2027: 1 December 2026 17:00.
    expect(saved(samplePlan(2027, new Date(2026, 11, 2, 9)))).toBeCloseTo(
      savedSerial(new Date(2026, 11, 1, 17)),
      8
    );
    // Late December: the approval of 15 December stays.
    expect(saved(samplePlan(2027, new Date(2026, 11, 28, 9)))).toBeCloseTo(
      savedSerial(new Date(2026, 11, 15, 17)),
      8
    );
    // Without a clock (tests, docs): 15 December before the plan year.
    expect(saved(samplePlan(2027))).toBeCloseTo(savedSerial(new Date(2026, 11, 15, 17)), 8);
  });
});
