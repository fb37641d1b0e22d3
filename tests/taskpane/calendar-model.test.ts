/** The calendar's model at the pane's width: rows with problems kept, filters, each bar's detail. */
import { person } from "../../src/simulator/person";
import { activityRowToForm, problemActivities } from "../../src/taskpane/model/activityRows";
import {
  barCount,
  barDetail,
  calendarModel,
  filterLanes,
  NO_FILTER,
  UNKNOWN_LANE,
} from "../../src/taskpane/model/calendar";
import type { PlanState } from "../../src/workbook";
import { samplePane } from "./pane";

let state: PlanState;
let withBadStart: PlanState;
beforeAll(async () => {
  const pane = await samplePane();
  state = await pane.state();
  // A co-author types a Start that is not a month in A-01's row.
  person(pane.workbook).setCell("Activities", "F2", "lots");
  withBadStart = await pane.state();
});

const bars = (s: PlanState) =>
  calendarModel(s.plan, s.check, problemActivities(s)).lanes.flatMap((l) =>
    l.groups.flatMap((g) => g.bars.map((b) => ({ ...b, laneName: l.lane })))
  );

describe("rows with problems stay in the calendar", () => {
  test("an unknown lane: the row is drawn in a lane of its own, with its months and its problem", () => {
    const a13 = bars(state).find((b) => b.id === "A-13")!;
    expect(a13.laneName).toBe(UNKNOWN_LANE);
    expect(a13.name).toBe("Partner newsletter");
    expect(a13.problems.join(" ")).toMatch(/Email/);
    expect(a13.first).toBe(4); // May: its months still read
    // Every row of the table is in the calendar: valid activities and rows with problems.
    expect(bars(state)).toHaveLength(state.workbook.input.activities.length);
  });

  test("a Start that is not a month: the activity stays in its lane, marked, without months", () => {
    const a01 = bars(withBadStart).find((b) => b.id === "A-01")!;
    expect(a01.laneName).toBe("Media");
    expect(a01.first).toBeNull();
    expect(a01.problems.join(" ")).toMatch(/Start 'lots'/);
    expect(barDetail(a01).join("\n")).toMatch(/Problem: Start 'lots'/);
  });

  test("a row with problems opens in the form as its cells read", () => {
    const cells = withBadStart.workbook.input.activities[0];
    const form = activityRowToForm(cells, withBadStart.plan.settings.planStarts);
    expect(form).toMatchObject({ ID: "A-01", Activity: "Spring launch TV spot", Start: "lots" });
    expect(form.End).toMatch(/^\d{4}-04$/);
  });
});

describe("filters", () => {
  const lanes = () => calendarModel(state.plan, state.check, problemActivities(state)).lanes;
  const ids = (l: ReturnType<typeof lanes>) =>
    l.flatMap((lane) => lane.groups.flatMap((g) => g.bars.map((b) => b.id))).sort();

  test("no filter shows everything", () => {
    expect(barCount(filterLanes(lanes(), NO_FILTER))).toBe(barCount(lanes()));
  });

  test("by team, lane and campaign, and together; lanes left empty are dropped", () => {
    expect(ids(filterLanes(lanes(), { ...NO_FILTER, team: "Sales" }))).toEqual([
      "A-03",
      "A-06",
      "A-10",
      "A-12",
    ]);
    const direct = filterLanes(lanes(), { ...NO_FILTER, lane: "direct mail" });
    expect(direct.map((l) => l.lane)).toEqual(["Direct mail"]);
    expect(ids(filterLanes(lanes(), { ...NO_FILTER, campaign: "Trade show" }))).toEqual([
      "A-08",
      "A-09",
    ]);
    const both = filterLanes(lanes(), { team: "Joint", lane: "", campaign: "Trade show" });
    expect(ids(both)).toEqual(["A-08", "A-09"]);
    expect(both.map((l) => l.lane)).toEqual(["Media", "Field sales"]);
    expect(filterLanes(lanes(), { ...NO_FILTER, team: "Sales", lane: "Media" })).toEqual([]);
  });

  test("the campaign list is in natural, case-insensitive order", () => {
    const m = calendarModel(state.plan, state.check, problemActivities(state));
    expect(m.campaigns).toEqual([...m.campaigns].sort((a, b) => a.localeCompare(b)));
    expect(m.campaigns).toContain("Trade show");
  });
});

test("a bar's detail names its ID, team, lane, campaign, months and the flags about it", () => {
  const a07 = bars(state).find((b) => b.id === "A-07")!;
  const detail = barDetail(a07).join("\n");
  expect(detail).toMatch(/^A-07 · Brand awareness radio/);
  expect(detail).toMatch(/Marketing · Media lane/);
  expect(detail).toMatch(/Campaign: Brand awareness/);
  expect(detail).toMatch(/Aug.*Sep 2027/);
  expect(detail).toMatch(/Flags: .*No follow-up/);
});
