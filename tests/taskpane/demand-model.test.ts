/** The Demand view's figures and sentences (model/demand.ts) and the door form's validation (model/doorForm.ts). */
import { readFileSync } from "fs";
import * as path from "path";
import {
  demandMonths,
  funnelLines,
  gapAdvice,
  laneDemand,
  leadsText,
  noRequiredLeadsText,
  overCapacityText,
  targetLeads,
} from "../../src/taskpane/model/demand";
import { doorToForm, validateDoor } from "../../src/taskpane/model/doorForm";
import { samplePlan } from "../../src/domain";
import { demandInput, demandState } from "./demand-plan";

describe("leads by month", () => {
  const months = demandMonths(demandState());

  it("gives each month its expected leads and the required leads of its target month + L", () => {
    expect(months.map((m) => m.expected)).toEqual([0, 0, 300, 0, 0, 50, 0, 0, 0, 0, 0, 0]);
    // May's $500,000 ÷ ($10,000 × 10%) = 500 in March; Aug's $50,000 → 50 in June.
    expect(months.map((m) => m.required)).toEqual([
      null,
      null,
      500,
      null,
      null,
      50,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("marks only the months short of target, by how many leads", () => {
    expect(months.filter((m) => m.gap > 0).map((m) => [m.month, m.gap])).toEqual([
      ["2027-03", 200],
    ]);
  });

  it("says what would close a gap, naming the target month and its amount", () => {
    const march = months[2];
    expect(gapAdvice(march, "USD")).toBe(
      "Mar 2027 needs 500 leads to close May 2027's target of $500,000; the plan expects 300 — add about 200 leads of activity in Mar 2027, or move the target."
    );
    expect(gapAdvice(months[5], "USD")).toBeNull();
  });

  it("rounds the gap up when expected leads are fractions (E ÷ k)", () => {
    const input = demandInput();
    input.activities[0] = { ...input.activities[0], Start: "2027-01", End: "2027-03" }; // 100 a month
    input.activities.push({
      ...input.activities[1],
      ID: "A-09",
      Start: "2027-02",
      End: "2027-04",
      "Expected leads": 1,
    });
    const march = demandMonths(demandState(input))[2];
    expect(march.expected).toBeCloseTo(100.333333, 6);
    expect(march.gap).toBe(400);
    expect(leadsText(march.expected)).toBe("100");
    expect(gapAdvice(march, "USD")).toContain("the plan expects about 100 — add about 400 leads");
  });

  it("has no months without a plan year", () => {
    const input = demandInput();
    input.settings = { ...input.settings, "Plan starts": "" };
    expect(demandMonths(demandState(input))).toEqual([]);
  });
});

describe("routed leads against capacity", () => {
  const lanes = laneDemand(demandState());

  it("has every sales-side lane with its routed leads and capacity", () => {
    expect(lanes.map((l) => [l.lane, l.capacity])).toEqual([
      ["Field sales", null],
      ["Inside sales", 200],
    ]);
    expect(lanes[1].months.map((m) => m.routed)).toEqual([0, 0, 300, 0, 0, 50, 0, 0, 0, 0, 0, 0]);
    expect(lanes[0].overMonths).toEqual([]);
  });

  it("names the over-capacity months and the activities that feed them", () => {
    const inside = lanes[1];
    expect(inside.overMonths.map((m) => [m.month, m.over])).toEqual([["2027-03", 100]]);
    expect(inside.overMonths[0].feeding.map((a) => a.id)).toEqual(["A-01"]);
    expect(overCapacityText(inside, inside.overMonths[0])).toBe(
      "Mar 2027: Inside sales gets 300 leads and can follow up 200 (100 over), from Web ads (A-01)."
    );
  });

  it("says whole leads when the routed leads are fractions (the sample plan's Inside sales)", () => {
    const inside = laneDemand(demandState(samplePlan(2027))).find(
      (l) => l.lane === "Inside sales"
    )!;
    const march = inside.overMonths.find((m) => m.month === "2027-03")!;
    expect(march.routed).toBe(283.333333);
    expect(leadsText(march.routed)).toBe("283");
    expect(leadsText(march.over)).toBe("133");
    expect(overCapacityText(inside, march)).toMatch(
      /^Mar 2027: Inside sales gets about 283 leads and can follow up 150 \(about 133 over\)/
    );
  });

  it("agrees with the checker's over-capacity flag", () => {
    const state = demandState();
    const flagged = state.check.flags.filter((f) => f.code === "over-capacity");
    expect(flagged.map((f) => [f.month, f.refs])).toEqual([["2027-03", ["A-01"]]]);
  });
});

describe("the funnel in use and its source", () => {
  it("says a typed setting is typed in Settings", () => {
    const [deal, rate, cycle] = funnelLines(demandState());
    expect(deal).toEqual({
      name: "Average deal size",
      value: "$10,000",
      source: "typed in Settings (Average deal size)",
    });
    expect(rate.value).toBe("10%");
    expect(rate.source).toBe("typed in Settings (Lead-to-close rate)");
    expect(cycle.value).toBe("2 months");
  });

  it("says a figure computed from Results, from how many reported leads or deals", () => {
    const input = demandInput({
      results: [
        { Month: "2027-01", Channel: "Web", Leads: 400, Closed: 48, Revenue: 480000 },
        { Month: "2027-02", Channel: "Phone", Leads: 20, Closed: 2.4 },
        // Leads without Closed count in neither sum.
        { Month: "2027-02", Channel: "Fair", Leads: 999 },
      ],
    });
    input.settings = { "Plan starts": "2027-01" };
    const [deal, rate] = funnelLines(demandState(input));
    expect(rate).toEqual({
      name: "Lead-to-close rate",
      value: "12%",
      source: "computed from Results: close rate 12% from 420 reported leads",
    });
    expect(deal.value).toBe("$10,000");
    expect(deal.source).toBe(
      "computed from Results: average deal $10,000 from 48 reported closed deals"
    );
  });

  it("says what would make an unknown figure known", () => {
    const input = demandInput();
    input.settings = { "Plan starts": "2027-01" };
    const [deal, rate, cycle] = funnelLines(demandState(input));
    expect(deal.value).toBe("unknown");
    expect(deal.source).toMatch(/Set Average deal size in Settings, or report Closed and Revenue/);
    expect(rate.value).toBe("unknown");
    expect(cycle.value).toBe("0 months");
  });
});

describe("the door form", () => {
  const input = demandInput();

  it("accepts a door answered by a sales-side lane and writes Response hours as a number", () => {
    expect(
      validateDoor(
        { Door: " Phone line ", Owner: "Field sales", "Response hours": "2.5" },
        input,
        null
      )
    ).toEqual({
      ok: true,
      row: { Door: "Phone line", Owner: "Field sales", "Response hours": 2.5 },
    });
  });

  it("refuses, in the checker's words, an owner that is a marketing lane", () => {
    const r = validateDoor({ Door: "Phone", Owner: "Media", "Response hours": "" }, input, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.Owner).toMatch(/^Owner 'Media' is not a Sales-side lane/);
  });

  it("refuses a blank door and response hours that are not above 0", () => {
    const r = validateDoor({ Door: "", Owner: "", "Response hours": "0" }, input, null);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.Door).toMatch(/required/i);
      expect(r.errors["Response hours"]).toMatch(/Response hours/);
    }
    const text = validateDoor({ Door: "X", Owner: "", "Response hours": "soon" }, input, null);
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.errors["Response hours"]).toMatch(/'soon'/);
  });

  it("refuses a door another row already has (case ignored), but lets a row keep its own", () => {
    const r = validateDoor({ Door: "web FORM", Owner: "", "Response hours": "" }, input, null);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.Door).toBe(
        "Door 'web FORM' is already listed in row 1 of Doors. Keep one row per door."
      );
    const door = demandState().plan.demand!.doors[0];
    expect(validateDoor({ ...doorToForm(door), "Response hours": "8" }, input, 1).ok).toBe(true);
  });
});

describe("docs/rules.md's worked example for the sales chief", () => {
  it("quotes the pane's own sentences for its plan", () => {
    const docs = readFileSync(path.join(__dirname, "../../docs/rules.md"), "utf8").replace(
      /\s+/g,
      " "
    );
    const state = demandState();
    const march = demandMonths(state)[2];
    const inside = laneDemand(state)[1];
    expect(docs).toContain(`"${gapAdvice(march, "USD")}"`);
    expect(docs).toContain(`"${overCapacityText(inside, inside.overMonths[0])}"`);
  });
});

describe("required against expected leads, like with like (targetLeads)", () => {
  // The sample plan: Mar, Jul and Oct 2027 close the targets of May, Sep and Dec (2-month cycle).
  const sample = demandState(samplePlan(2027));
  const leads = targetLeads(sample)!;

  it("adds both up over the same months, those whose leads close a target", () => {
    expect(leads.months.map((m) => m.month)).toEqual(["2027-03", "2027-07", "2027-10"]);
    // The checker's year figure of required leads is exactly these months' (211 + 351 + 421).
    expect(leads.required).toBe(983);
    expect(leads.required).toBe(sample.check.metrics.demand.year.requiredLeads);
    // Expected over the same months: 433.333333 + 60 + 500, not the year's 1,800.
    expect(leads.expected).toBeCloseTo(993.333333, 6);
    expect(leads.yearExpected).toBe(sample.check.metrics.demand.year.expectedLeads);
    expect(leads.otherExpected + leads.expected).toBeCloseTo(leads.yearExpected, 5);
  });

  it("names the short month first, then the totals over those months, never the year's expected beside them", () => {
    expect(leads.sentence).toBe(
      "1 of the 3 months whose leads close a revenue target is short: Jul 2027 needs 351 leads and the plan expects 60 (291 short). " +
        "Over those 3 months (Mar 2027, Jul 2027 and Oct 2027) the plan expects about 993 leads against 983 required; " +
        "one month's extra leads do not close another month's target."
    );
    expect(leads.sentence).not.toMatch(/1,800/);
    expect(leads.yearSentence).toBe(
      "The whole year expects about 1,800 leads; about 807 of them come in the other 9 months, whose leads close no revenue target of the plan year."
    );
  });

  it("lists several short months worst (most leads missing) first", () => {
    const input = demandInput();
    // June now needs 150 leads (a $150,000 August target) and expects 50: 100 short; March 200 short.
    input.targets = [input.targets![0], { Month: "2027-08", "Revenue target": 150000 }];
    input.targets.push({ Month: "2027-12", "Revenue target": 10000 }); // Oct: 10 needed, 0 expected
    const t = targetLeads(demandState(input))!;
    expect(t.short.map((m) => [m.label, m.gap])).toEqual([
      ["Mar 2027", 200],
      ["Jun 2027", 100],
      ["Oct 2027", 10],
    ]);
    expect(t.sentence).toMatch(
      /^3 of the 3 months whose leads close a revenue target are short, worst first: Mar 2027 needs 500 leads and the plan expects 300 \(200 short\); Jun 2027 needs 150 leads and the plan expects 50 \(100 short\); Oct 2027 /
    );
    // Short overall too: no word about extra leads elsewhere.
    expect(t.sentence).toMatch(/the plan expects 350 leads against 660 required\.$/);
  });

  it("says so when no month is short, and which months it covers", () => {
    const input = demandInput();
    input.activities[0] = { ...input.activities[0], "Expected leads": 600 };
    const t = targetLeads(demandState(input))!;
    expect(t.short).toEqual([]);
    expect(t.sentence).toBe(
      "All 2 months whose leads close a revenue target (Mar 2027 and Jun 2027) expect at least the leads they need: the plan expects 650 leads against 550 required."
    );
  });

  it("says which targets no month of the plan year can close (within the sales cycle of its start)", () => {
    const input = demandInput();
    input.targets = [...input.targets!, { Month: "2027-02", "Revenue target": 10000 }];
    const t = targetLeads(demandState(input))!;
    expect(t.beforeTheYear).toEqual(["Feb 2027"]);
    expect(t.sentence).toMatch(
      / The target of Feb 2027 is not counted: with a 2-month sales cycle, its leads would come before the plan year\.$/
    );
    input.targets = [{ Month: "2027-02", "Revenue target": 10000 }];
    expect(targetLeads(demandState(input))).toBeNull();
    expect(noRequiredLeadsText(demandState(input))).toBe(
      "No target can be closed by the plan year's leads: with a 2-month sales cycle, the leads for the target of Feb 2027 would come before the plan year."
    );
  });

  it("has nothing to compare without a target or with the funnel unknown", () => {
    expect(targetLeads(demandState(demandInput({ targets: [] })))).toBeNull();
    expect(noRequiredLeadsText(demandState(demandInput({ targets: [] })))).toMatch(
      /^No revenue targets yet/
    );
    const unknown = demandInput();
    unknown.settings = { "Plan starts": "2027-01" };
    expect(targetLeads(demandState(unknown))).toBeNull();
    expect(noRequiredLeadsText(demandState(unknown))).toMatch(/until the funnel is known/);
  });
});
