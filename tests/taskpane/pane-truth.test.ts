/**
 * Issue 9 in the pane's pure models, over the sample plan in the simulated workbook: rows left out
 * and what totals leave out, sheet rows, the Meeting story, the Plan starts confirmation, the
 * lanes in force.
 */
import { setUpPlan, type PlanState, loadPlan } from "../../src/workbook";
import { Person } from "../../src/simulator/person";
import { leftOutRows } from "../../src/taskpane/model/leftOut";
import { laneRowsToAdd, lanesInForce } from "../../src/taskpane/model/lanes";
import { meetingStory } from "../../src/taskpane/model/meeting";
import { rowPlace, sheetRow, withSheetRows } from "../../src/taskpane/model/places";
import { planStartsStory } from "../../src/taskpane/model/settings";
import { campaignNames } from "../../src/taskpane/model/campaigns";
import { scoreOf } from "../../src/taskpane/model/score";
import { emptyWorkbook, seat } from "../workbook/sim";
import { samplePane } from "./pane";

async function sampleWith(edit: (person: Person) => void): Promise<PlanState> {
  const pane = await samplePane();
  edit(new Person(pane.workbook));
  return pane.state();
}

describe("leftOutRows", () => {
  it("keeps a budget line with a bad cell, with its readable money and the cell's problem", async () => {
    const state = await sampleWith((p) => p.setCell("Budget", "H2", "lots"));
    const left = leftOutRows(state, "Budget");
    expect(left.rows).toEqual([
      {
        row: 1,
        sheetRow: 2,
        place: "Budget row 2",
        name: "TV and online media",
        amount: 50000, // Apr 40,000 + May 10,000: the readable months
        problems: [expect.objectContaining({ column: "Mar", value: "lots" })],
      },
    ]);
    expect(left.sentence).toBe("$50,000 on 1 line is not counted: Budget row 2, Mar 'lots'.");
  });

  it("counts the line's other months when the bad cell replaced a blank one", async () => {
    // The case: "lots" in a month of a $110,000 line, the line's other months readable.
    const state = await sampleWith((p) => {
      p.setCell("Budget", "H2", 60000);
      p.setCell("Budget", "F2", "lots");
    });
    expect(leftOutRows(state, "Budget").sentence).toBe(
      "$110,000 on 1 line is not counted: Budget row 2, Jan 'lots'."
    );
  });

  it("says nothing when nothing is left out, and names several rows", async () => {
    const clean = await sampleWith(() => {});
    expect(leftOutRows(clean, "Budget")).toEqual({ rows: [], amount: 0, sentence: null });
    const state = await sampleWith((p) => {
      p.setCell("Budget", "B3", "Finance");
      p.setCell("Budget", "H4", -5);
    });
    const left = leftOutRows(state, "Budget");
    expect(left.rows.map((r) => r.place)).toEqual(["Budget row 3", "Budget row 4"]);
    expect(left.sentence).toMatch(
      /^\$[\d,]+ on 2 lines are not counted: Budget row 3, Team 'Finance'; Budget row 4, Mar -5\.$/
    );
    const activities = leftOutRows(clean, "Activities");
    expect(activities.sentence).toBe("1 activity is not counted: Activities row 14, Lane 'Email'.");
  });
});

describe("places", () => {
  const tables = {
    Budget: {
      table: "Budget",
      sheet: "Money",
      headerRow: 4,
      firstColumn: 1,
      headers: [],
      rowCount: 3,
    },
  } as PlanState["workbook"]["tables"];

  it("turns a data row into the row Excel's header shows", () => {
    expect(sheetRow(tables, "Budget", 1)).toBe(6);
    expect(rowPlace(tables, "Budget", 2)).toBe("Money row 7");
    // A table not located: its header taken to be on row 1.
    expect(rowPlace(tables, "Results", 2)).toBe("Results row 3");
    expect(withSheetRows("Line 'X' is already used in row 1. Give…", tables, "Budget")).toBe(
      "Line 'X' is already used in row 6. Give…"
    );
  });
});

describe("meetingStory", () => {
  it("puts over the cap first, counts months only, and tells each month's reasons by kind", async () => {
    const state = await sampleWith((p) => {
      const rows = p.getValues("Settings", "A1:A12").map((r) => r[0]);
      p.setCell("Settings", `B${rows.indexOf("Annual budget cap") + 1}`, 1000);
    });
    const story = meetingStory(state);
    expect(story.status).toBe("ready");
    expect(story.errors[0]).toEqual({
      title: "Over cap",
      message: expect.stringMatching(/Annual budget cap/),
    });
    expect(story.score).toBe(state.check.metrics.syncScore);
    expect(scoreOf(state)).toBe(story.score);
    expect(story.scoreText).toBe(`${Math.round(story.score! * 12)} of 12 months in sync`);
    expect(story.outOfSync.length).toBe(12 - Math.round(story.score! * 12));
    const jan = story.outOfSync.find((m) => m.month === "2027-01")!;
    expect(jan.reasons.map((r) => r.title)).toEqual(["Siloed spend", "Spend without activity"]);
    expect(story.leftOut).toEqual(["1 activity is not counted: Activities row 14, Lane 'Email'."]);
  });

  it("gives no score to a plan without a year, and names the broken setting", async () => {
    const state = await sampleWith((p) => {
      const rows = p.getValues("Settings", "A1:A12").map((r) => r[0]);
      p.setCell("Settings", `B${rows.indexOf("Plan starts") + 1}`, "whenever");
    });
    const story = meetingStory(state);
    expect(story.status).toBe("broken");
    expect(story.score).toBeNull();
    expect(story.scoreText).toBeNull();
    expect(scoreOf(state)).toBeNull();
    expect(story.outOfSync).toEqual([]);
    expect(story.headline).toMatch(/Plan starts is missing or not a month/);
    expect(story.errors.map((e) => e.title)).toContain("Setting Plan starts");
  });

  it("says an empty plan is empty instead of scoring it 100%", async () => {
    const workbook = emptyWorkbook();
    await setUpPlan(seat(workbook, "author").host, {});
    const state = await loadPlan(seat(workbook, "pane").host);
    const story = meetingStory(state);
    expect(state.check.metrics.syncScore).toBe(1); // what the pane used to show
    expect(story.status).toBe("empty");
    expect(story.score).toBeNull();
    expect(story.headline).toMatch(/The plan is empty/);
    expect(story.jointText).toBe("No spend yet, so no joint share.");
    expect(scoreOf(state)).toBeNull(); // the header shows no score either
  });
});

describe("planStartsStory", () => {
  it("tells what moves to the new year and what falls outside it", async () => {
    const state = await sampleWith(() => {});
    const story = planStartsStory("Plan starts", "2027-07", state.plan, "USD")!;
    expect(story.money[2]).toBe("$84,000 of Mar 2027 becomes Mar 2028 (3 lines).");
    expect(story.outside).toContain(
      "A-01 'Spring launch TV spot' (Mar–Apr 2027) falls outside the new year (Jul 2027–Jun 2028) and will be left out."
    );
    expect(story.outside.some((s) => /runs partly outside/.test(s))).toBe(true);
    expect(story.outside.some((s) => /Results rows? falls? outside/.test(s))).toBe(true);
  });

  it("asks nothing when nothing moves, or for another setting", async () => {
    const state = await sampleWith(() => {});
    expect(planStartsStory("Plan starts", "2027-01", state.plan, "USD")).toBeNull();
    expect(planStartsStory("Currency", "EUR", state.plan, "USD")).toBeNull();
    expect(planStartsStory("Plan starts", "soon", state.plan, "USD")).toBeNull();
  });
});

describe("lanesInForce", () => {
  it("in a new plan: the default lanes, no blank row, and adding writes them with the new one", async () => {
    const workbook = emptyWorkbook();
    await setUpPlan(seat(workbook, "author").host, {});
    const state = await loadPlan(seat(workbook, "pane").host);
    expect(state.workbook.input.lanes?.length).toBeGreaterThan(0); // the new table's blank row
    const inForce = lanesInForce(state);
    expect(inForce.fromTable).toBe(false);
    expect(inForce.rows).toEqual([]);
    expect(inForce.lanes).toEqual([
      { lane: "Media", side: "Marketing" },
      { lane: "Direct mail", side: "Marketing" },
      { lane: "Field sales", side: "Sales" },
    ]);
    expect(laneRowsToAdd(state, { Lane: "Events", Side: "Marketing" })).toEqual([
      { Lane: "Media", Side: "Marketing" },
      { Lane: "Direct mail", Side: "Marketing" },
      { Lane: "Field sales", Side: "Sales" },
      { Lane: "Events", Side: "Marketing" },
    ]);
  });

  it("with lanes in the table: those rows only, and adding writes just the new one", async () => {
    const state = await sampleWith(() => {});
    const inForce = lanesInForce(state);
    expect(inForce.fromTable).toBe(true);
    expect(inForce.rows.map((r) => r.lane)).toEqual(state.plan.lanes.map((l) => l.lane));
    expect(laneRowsToAdd(state, { Lane: "Events", Side: "Marketing" })).toEqual([
      { Lane: "Events", Side: "Marketing" },
    ]);
  });
});

describe("campaignNames", () => {
  it("sorts campaigns naturally, whatever their case", async () => {
    const state = await sampleWith((p) => {
      p.setCell("Budget", "D2", "CAMPAIGN 10");
      p.setCell("Budget", "D3", "Campaign 1");
      p.setCell("Budget", "D4", "CAMPAIGN 2");
    });
    const names = campaignNames(state.plan).filter((n) => /campaign \d/i.test(n));
    expect(names).toEqual(["Campaign 1", "CAMPAIGN 2", "CAMPAIGN 10"]);
  });
});
