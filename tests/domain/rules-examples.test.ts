/**
 * The worked examples of docs/rules.md that the other domain tests do not run, through the
 * checker with exactly their numbers: the sales chief's (funnel, doors, capacity) and the rest of
 * finance's (the approved-changed example, a new baseline clearing the flags, plan versus actual).
 * (Finance's Q1 approved example: tests/domain/finance.test.ts; §3a's first example:
 * tests/domain/demand.test.ts.)
 */
import { checkPlan, parsePlan, planVersusActual, type PlanInput, type Row } from "../../src/domain";
import { salesChiefExample } from "./demand-plan";

describe("For the sales chief: the funnel, the doors and your teams' capacity", () => {
  // Plan year Jan–Dec 2027. Deal $10,000, close rate 10%, cycle 2. Target: May $500,000.
  const input = salesChiefExample();
  const check = checkPlan(input);
  const d = check.metrics.demand;
  const flags = (code: string) => check.flags.filter((f) => f.code === code);

  test("the example has no problem", () => {
    expect(check.problems).toEqual([]);
  });

  test("March needs 500 leads (500,000 ÷ (10,000 × 10%)) and expects 300: a lead gap of 200", () => {
    expect(d.months[2].requiredLeads).toBe(500);
    expect(d.months[2].expectedLeads).toBe(300);
    expect(flags("lead-gap").map((f) => [f.month, f.refs])).toEqual([
      ["2027-03", ["Targets row 1"]],
    ]);
    expect(flags("lead-gap")[0].message).toBe(
      "Mar 2027 needs 500 leads to close May 2027's target of 500,000 USD; the plan expects 300. Add about 200 leads of activity in Mar 2027, or move the target."
    );
  });

  test("Inside sales gets the web ads' 300 leads in March and can follow up 200: over capacity", () => {
    const inside = d.months[2].lanes.find((l) => l.lane === "Inside sales")!;
    expect(inside).toEqual({ lane: "Inside sales", routedLeads: 300, capacity: 200 });
    const field = d.months[2].lanes.find((l) => l.lane === "Field sales")!;
    expect(field).toEqual({ lane: "Field sales", routedLeads: 0, capacity: null });
    expect(flags("over-capacity").map((f) => [f.month, f.refs])).toEqual([["2027-03", ["A-01"]]]);
  });

  test("the booth nobody answers raises no flag until an activity names it, then Unrouted leads", () => {
    expect(flags("unrouted-leads")).toEqual([]);
    const named = checkPlan({
      ...input,
      activities: [
        ...input.activities,
        {
          ID: "A-02",
          Activity: "Trade show",
          Lane: "Media",
          Team: "Marketing",
          Start: "2027-03",
          "Expected leads": 50,
          Door: "Trade-show booth",
        },
      ],
    });
    expect(
      named.flags.filter((f) => f.code === "unrouted-leads").map((f) => [f.month, f.refs])
    ).toEqual([["2027-03", ["A-02"]]]);
  });

  test("the web form's 4 hours keep within the 24-hour SLA: no slow follow-up", () => {
    expect(flags("slow-follow-up")).toEqual([]);
  });

  test("funnel in use: both figures typed in Settings", () => {
    expect(d.averageDealSize).toEqual({ value: 10000, source: "setting" });
    expect(d.leadToCloseRate).toEqual({ value: 0.1, source: "setting" });
  });
});

describe("For finance: the rest of the worked examples", () => {
  const START = "2027-01";
  const tv = (status: string, mar: number): Row => ({
    Line: "Spring TV",
    Team: "Marketing",
    Lane: "Media",
    Status: status,
    Mar: mar,
    Apr: 20000,
  });
  const saved = (name: string, when: string, line: Row): Row => ({
    Baseline: name,
    Saved: when,
    ...line,
  });

  test("Approved changed: Spring TV approved with 40,000 in March, someone types 45,000", () => {
    const check = checkPlan({
      settings: { "Plan starts": START },
      activities: [],
      budget: [tv("Approved", 45000)],
      baselines: [saved("Q1 approved", "2027-01-20", tv("Approved", 40000))],
    });
    const flags = check.flags.filter((f) => f.code === "approved-changed");
    expect(flags.map((f) => [f.month, f.refs])).toEqual([["2027-03", ["Spring TV"]]]);
    expect(flags[0].message).toBe(
      "In Mar 2027, approved line Spring TV differs from baseline 'Q1 approved' by +5,000 USD in total. Put the approved amounts back, or have the change approved and save a new baseline."
    );
    // A Draft line that was never approved may change freely.
    const draft = checkPlan({
      settings: { "Plan starts": START },
      activities: [],
      budget: [tv("Draft", 45000)],
      baselines: [saved("Q1 approved", "2027-01-20", tv("Draft", 40000))],
    });
    expect(draft.flags.filter((f) => f.code === "approved-changed")).toEqual([]);
  });

  test("Save as Proposed, approved again, saved as Q1 revised: the latest, and the flag clears", () => {
    const baselines = [
      saved("Q1 approved", "2027-01-20", tv("Approved", 40000)),
      saved("Q1 revised", "2027-02-10", tv("Approved", 45000)),
    ];
    const input: PlanInput = {
      settings: { "Plan starts": START },
      activities: [],
      budget: [tv("Approved", 45000)],
      baselines,
    };
    expect(parsePlan(input).latestBaseline?.name).toBe("Q1 revised");
    const check = checkPlan(input);
    expect(check.flags.filter((f) => f.code === "approved-changed")).toEqual([]);
    expect(check.metrics.baseline?.year.variance).toBe(0);
    // Old baselines stay and can still be compared with.
    expect(parsePlan(input).baselines.map((b) => b.name)).toEqual(["Q1 approved", "Q1 revised"]);
  });

  test("Plan versus actual: March's TV reported at 50,000 against 45,000 is +5,000, 11% over plan", () => {
    const plan = parsePlan({
      settings: { "Plan starts": START },
      activities: [],
      budget: [tv("Approved", 45000)],
      results: [{ Month: "2027-03", Channel: "TV", Lane: "Media", Spend: 50000 }],
    });
    const march = planVersusActual(plan).months[2];
    expect(march).toMatchObject({ planned: 45000, actual: 50000, variance: 5000, over: true });
    expect(Math.round((march.variance! / march.planned) * 100)).toBe(11);
    // Exactly 10% over is not marked; a month with no Spend reported is not reported, never 0.
    const tenPercent = parsePlan({
      settings: { "Plan starts": START },
      activities: [],
      budget: [tv("Approved", 45000)],
      results: [{ Month: "2027-03", Channel: "TV", Lane: "Media", Spend: 49500 }],
    });
    expect(planVersusActual(tenPercent).months[2].over).toBe(false);
    expect(planVersusActual(plan).months[3]).toMatchObject({ actual: null, variance: null });
    // The year adds what is reported; the pane shows its variance only once every month is
    // reported ("1 of 12 months reported": tests/taskpane/plan-actual.test.tsx).
    expect(planVersusActual(plan).year).toMatchObject({ planned: 65000, actual: 50000 });
  });
});
