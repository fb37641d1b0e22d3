/** Issue 9 in the domain: what a Plan starts change moves, the one joint-line rule, natural name order, months in words. */
import {
  changesAnything,
  checkPlan,
  compareNames,
  jointCampaigns,
  jointLines,
  parsePlan,
  planStartsChange,
  samplePlan,
} from "../../src/domain";
import { activity, line, plan } from "./helpers";

describe("planStartsChange", () => {
  const sample = parsePlan(samplePlan(2027));

  it("re-dates each Budget month column whose year changes, with its money and lines", () => {
    const change = planStartsChange(sample, "2027-07")!;
    expect(change.from).toBe("2027-01");
    expect(change.to).toBe("2027-07");
    // Jan..Jun now mean the next year's months; Jul..Dec keep their dates.
    expect(change.moves.map((m) => [m.from, m.to])).toEqual([
      ["2027-01", "2028-01"],
      ["2027-02", "2028-02"],
      ["2027-03", "2028-03"],
      ["2027-04", "2028-04"],
      ["2027-05", "2028-05"],
      ["2027-06", "2028-06"],
    ]);
    const march = change.moves[2];
    const marchSpend = sample.budget.reduce((sum, b) => sum + b.amounts[2], 0);
    expect(march.amount).toBe(marchSpend);
    expect(march.amount).toBe(84000);
    expect(march.lines).toBe(sample.budget.filter((b) => b.amounts[2] > 0).length);
  });

  it("lists activities that leave the year, wholly or partly, and Results rows outside it", () => {
    const change = planStartsChange(sample, "2027-07")!;
    const a01 = change.activities.find((a) => a.id === "A-01")!;
    expect(a01).toMatchObject({ start: "2027-03", end: "2027-04", whollyOutside: true });
    for (const a of change.activities) {
      const original = sample.activities.find((x) => x.id === a.id)!;
      expect(original.months.some((m) => m < "2027-07")).toBe(true);
      expect(a.whollyOutside).toBe(original.end < "2027-07");
    }
    expect(change.activities.every((a) => a.start < "2027-07")).toBe(true);
    expect(change.results.map((r) => r.month).every((m) => m < "2027-07")).toBe(true);
    expect(change.results.length).toBe(sample.results.filter((r) => r.month < "2027-07").length);
    expect(changesAnything(change)).toBe(true);
  });

  it("moves nothing when the year stays, and needs a plan year to compare with", () => {
    const same = planStartsChange(sample, "2027-01")!;
    expect(same.moves).toEqual([]);
    expect(changesAnything(same)).toBe(false);
    // A whole year later: every column moves by twelve months.
    const later = planStartsChange(sample, "2028-01")!;
    expect(later.moves.every((m) => Number(m.to.slice(0, 4)) === 2028)).toBe(true);
    const noYear = parsePlan(plan({ settings: { "Plan starts": "whenever" } }));
    expect(planStartsChange(noYear, "2027-07")).toBeNull();
    expect(planStartsChange(sample, "July")).toBeNull();
  });
});

describe("jointLines", () => {
  it("is the rule the joint share counts: Team Joint, or a joint campaign", () => {
    const input = plan({
      activities: [
        activity("M1", "Media", "2027-03", { Campaign: "Spring" }),
        activity("S1", "Field sales", "2027-03", { Campaign: "spring" }),
        activity("M2", "Media", "2027-03", { Campaign: "Solo" }),
      ],
      budget: [
        line("B1", "Marketing", { Mar: 100 }, { Campaign: "Spring" }),
        line("B2", "Marketing", { Mar: 300 }, { Campaign: "Solo" }),
        line("B3", "Joint", { Mar: 100 }),
      ],
    });
    const parsed = parsePlan(input);
    expect(jointCampaigns(parsed)).toEqual(["Spring"]);
    expect(jointLines(parsed)).toEqual([true, false, true]);
    const share = checkPlan(input).metrics.months[2].jointShare;
    expect(share).toBeCloseTo(200 / 500, 10);
  });
});

describe("compareNames", () => {
  it("orders numbers in names as numbers, ignoring case", () => {
    expect(["CAMPAIGN 10", "Campaign 1", "CAMPAIGN 2", "campaign 0"].sort(compareNames)).toEqual([
      "campaign 0",
      "Campaign 1",
      "CAMPAIGN 2",
      "CAMPAIGN 10",
    ]);
    expect(compareNames("b", "A")).toBeGreaterThan(0);
    // Names equal but for case still get a fixed order, so a sort is stable across machines.
    expect(compareNames("Spring", "spring")).not.toBe(0);
  });
});

describe("End before Start", () => {
  it("names the months in words, from the sheet (a date serial) and from a form (a month number)", () => {
    const fromSheet = checkPlan(
      plan({ activities: [activity("A1", "Media", 46508, { End: 46447 })] }) // 2027-05-01, 2027-03-01
    ).problems[0].message;
    expect(fromSheet).toBe("End Mar 2027 is before Start May 2027. Set End to May 2027 or later.");
    const fromText = checkPlan(
      plan({ activities: [activity("A1", "Media", "2027-05", { End: "Mar 2027" })] })
    ).problems[0].message;
    expect(fromText).toBe(fromSheet);
  });
});
