/** Leads as people read them (the metrics keep 6 decimals; messages say whole leads). */
import { checkPlan, leadWords, samplePlan, wholeLeads } from "../../src/domain";

describe("whole leads in words", () => {
  test("a fraction reads as about the nearest whole lead; a whole figure reads as it is", () => {
    expect(leadWords(283.333333)).toBe("about 283");
    expect(leadWords(433.666667)).toBe("about 434");
    expect(leadWords(150)).toBe("150");
    expect(leadWords(1000)).toBe("1,000");
    expect(leadWords(0.2)).toBe("less than 1");
    expect(wholeLeads(433.333333)).toBe("433");
    expect(wholeLeads(133.333333)).toBe("133");
    expect(wholeLeads(0.2)).toBe("<1");
    expect(wholeLeads(0)).toBe("0");
  });

  test("flag messages about leads name whole leads, while the metrics keep 6 decimals", () => {
    const check = checkPlan(samplePlan(2027));
    const over = check.flags.find((f) => f.code === "over-capacity" && f.month === "2027-03")!;
    expect(over.message).toContain("Inside sales gets about 283 leads but can follow up 150");
    const lanes = check.metrics.demand.months[2].lanes;
    expect(lanes.find((l) => l.lane === "Inside sales")!.routedLeads).toBe(283.333333);
    for (const f of check.flags) expect(f.message).not.toMatch(/\d\.\d{3}/);
  });
});
