/** The Meeting view's story (model/meeting.ts): worst first, nothing left out, counts that agree. */
import { samplePlan } from "../../src/domain";
import { meetingStory } from "../../src/taskpane/model/meeting";
import { demandState } from "./demand-plan";

const story = meetingStory(demandState(samplePlan(2027)));

describe("the Meeting view's story of the sample year", () => {
  it("tells the change since the latest baseline: name, date, the year's variance, the lines, the approved-changed flags", () => {
    const b = story.baseline!;
    expect(b.heading).toMatch(/^Compared with baseline 'FY2027 approved', saved \d+ \w{3} \d{4}/);
    expect(b.variance).toMatch(/^Spend for the year is \$10,000 above the baseline \(/);
    expect(b.lines).toEqual([
      "Changed: TV and online media, +$10,000 for the year (Mar 2027 +$10,000).",
    ]);
    expect(b.approved).toEqual([
      expect.stringMatching(
        /^In Mar 2027, approved line TV and online media differs from baseline/
      ),
    ]);
  });

  it("tells the leads: the lead gap of Jul 2027 and the over-capacity months, in whole leads", () => {
    expect(story.demand.gaps).toEqual([
      expect.stringMatching(/^Jul 2027 needs 351 leads .* the plan expects 60 — add about 291/),
    ]);
    expect(story.demand.overCapacity).toEqual([
      expect.stringMatching(
        /^Mar 2027: Inside sales gets about 283 leads and can follow up 150 \(about 133 over\)/
      ),
      expect.stringMatching(/^Apr 2027: Inside sales gets about 283 leads/),
    ]);
    // The lead gap is in the worst-first list too, marked as left out of the score.
    const gap = story.attention.find((i) => i.flag.code === "lead-gap")!;
    expect(gap).toMatchObject({ month: "2027-07", inScore: false });
  });

  it("compares required with expected leads over the same months, the short month first; the year's leads apart", () => {
    // 983 required covers Mar, Jul and Oct only (their leads close May, Sep and Dec's targets):
    // set against those months' 993 expected, not the whole year's 1,800.
    expect(story.demand.targets).toMatch(
      /^1 of the 3 months whose leads close a revenue target is short: Jul 2027 needs 351 leads and the plan expects 60 \(291 short\)\. Over those 3 months \(Mar 2027, Jul 2027 and Oct 2027\) the plan expects about 993 leads against 983 required;/
    );
    expect(story.demand.targets).not.toMatch(/1,800/);
    expect(story.demand.year).toMatch(
      /^The whole year expects about 1,800 leads; about 807 of them come in the other 9 months/
    );
  });

  it("counts in the year at a glance exactly the flags it lists, named by severity", () => {
    for (const g of story.glance)
      expect(g.count).toBe(story.attention.filter((i) => i.month === g.month).length);
    const mar = story.glance.find((g) => g.month === "2027-03")!;
    expect(mar.text).toBe("5 warnings");
    expect(story.attention.filter((i) => i.month === "2027-03").map((i) => i.flag.code)).toContain(
      "approved-changed"
    );
    expect(story.glance.find((g) => g.month === "2027-07")!.text).toBe("3 warnings");
    expect(story.glance.find((g) => g.month === "2027-04")!.text).toBe("1 warning, 1 note");
    expect(story.glance.find((g) => g.month === "2027-05")!.text).toBe("No flags");
  });

  it("orders worst first: by severity, then kind (leads before money), then what is at stake", () => {
    const codes = story.attention.map((i) => `${i.flag.code} ${i.month}`);
    // March's overloaded Inside sales and the unanswered Spring mailer come before Jan's travel.
    expect(codes[0]).toBe("over-capacity 2027-03");
    expect(codes.indexOf("unrouted-leads 2027-03")).toBeLessThan(
      codes.indexOf("siloed-spend 2027-01")
    );
    // Within a kind, the bigger stake first: Aug's $48,000 siloed before Jan's $6,000.
    const siloed = story.attention.filter((i) => i.flag.code === "siloed-spend");
    expect(siloed[0]).toMatchObject({ month: "2027-08", stake: { unit: "money", amount: 48000 } });
    expect(siloed[siloed.length - 1].stake!.amount).toBe(6000);
    // Notes (info) last.
    const severities = story.attention.map((i) => i.severity);
    expect(severities.indexOf("info")).toBe(severities.length - 2);
  });
});
