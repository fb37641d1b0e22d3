/** @jest-environment jsdom */
/**
 * A big plan's calendar draws its first screen first (issue 9, first render): the first
 * FIRST_SCREEN_BARS bars in display order, then the rest after paint, until every bar is in the
 * page; a line says so meanwhile, counts are whole from the start, an edit during the drawing
 * ends with exactly the new plan's bars, filters apply to every row, and a small plan is drawn
 * whole at once.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { generatePlan } from "../../bench/generate";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { problemActivities } from "../../src/taskpane/model/activityRows";
import {
  type CalendarLane,
  calendarModel,
  filterLanes,
  FIRST_SCREEN_BARS,
  NO_FILTER,
} from "../../src/taskpane/model/calendar";
import { CalendarView } from "../../src/taskpane/views/CalendarView";
import { loadPlan, type PlanState, setUpPlan } from "../../src/workbook";
import { emptyWorkbook, seat } from "../workbook/sim";
import { samplePane } from "./pane";

jest.setTimeout(60000);

async function planState(rows: ReturnType<typeof generatePlan>): Promise<PlanState> {
  const workbook = emptyWorkbook();
  await setUpPlan(seat(workbook, "author").host, { rows });
  return loadPlan(seat(workbook, "pane").host);
}

let big: PlanState;
let other: PlanState;
let small: PlanState;
beforeAll(async () => {
  big = await planState(generatePlan(1000, 1));
  other = await planState(generatePlan(700, 2));
  small = await (await samplePane()).state();
});

const actions = {
  busy: null,
  error: null,
  notice: null,
  rowRef: () => null,
  selectRows: async () => {},
} as unknown as Actions;

const view = (state: PlanState) => (
  <FluentProvider theme={webLightTheme}>
    <CalendarView state={state} actions={actions} />
  </FluentProvider>
);

/** Every bar the calendar shows, in display order: "row name". */
const shownBars = () =>
  [...document.querySelectorAll<HTMLButtonElement>('table[aria-label="Calendar"] button')].map(
    (b) => `${b.dataset.row} ${b.querySelector("span > span")?.textContent}`
  );
/** The model's bars, in display order, as shownBars names them. */
const modelBars = (lanes: CalendarLane[]) =>
  lanes.flatMap((l) => l.groups.flatMap((g) => g.bars.map((b) => `${b.row} ${b.name}`)));
const lanesOf = (state: PlanState) =>
  calendarModel(state.plan, state.check, problemActivities(state)).lanes;
const table = () => screen.getByRole("table", { name: "Calendar" });
const drawingLine = () => screen.queryByText(/^Drawing [\d,]+ activities…$/);

describe("the calendar draws a big plan's first screen first", () => {
  it("draws the first bars in display order, says it is drawing, then has every bar", async () => {
    const all = modelBars(lanesOf(big));
    expect(all).toHaveLength(1000);
    // The generated plan has rows with problems: they come where display order puts them.
    const problems = lanesOf(big).flatMap((l) =>
      l.groups.flatMap((g) => g.bars.filter((b) => b.problems.length > 0))
    );
    expect(problems.length).toBeGreaterThan(0);

    render(view(big));
    expect(shownBars()).toEqual(all.slice(0, FIRST_SCREEN_BARS));
    expect(drawingLine()?.textContent).toBe("Drawing 1,000 activities…");
    expect(drawingLine()?.getAttribute("role")).toBe("status");
    expect(table().getAttribute("aria-busy")).toBe("true");
    // Rows with problems among the first are marked from the first render.
    const firstProblems = problems.filter((b) =>
      all.slice(0, FIRST_SCREEN_BARS).includes(`${b.row} ${b.name}`)
    );
    expect(document.querySelectorAll('button[data-problem="true"]')).toHaveLength(
      firstProblems.length
    );

    await waitFor(() => expect(shownBars()).toHaveLength(1000), { timeout: 20000 });
    expect(shownBars()).toEqual(all);
    expect(document.querySelectorAll('button[data-problem="true"]')).toHaveLength(problems.length);
    expect(drawingLine()).toBeNull();
    expect(table().hasAttribute("aria-busy")).toBe(false);
  });

  it("ends with exactly the new plan's bars when the plan changes during the drawing", async () => {
    const { rerender } = render(view(big));
    expect(shownBars()).toHaveLength(FIRST_SCREEN_BARS);
    // Let one more step land, so the change comes in the middle of the drawing.
    await waitFor(() => expect(shownBars().length).toBeGreaterThan(FIRST_SCREEN_BARS), {
      timeout: 20000,
    });
    expect(shownBars().length).toBeLessThan(1000);

    const next = modelBars(lanesOf(other));
    expect(next).toHaveLength(700);
    rerender(view(other));
    // Never a bar of the old plan: what is drawn is the start of the new plan's bars.
    const now = shownBars();
    expect(now).toEqual(next.slice(0, now.length));
    expect(drawingLine()?.textContent).toBe("Drawing 700 activities…");

    await waitFor(() => expect(drawingLine()).toBeNull(), { timeout: 20000 });
    expect(shownBars()).toEqual(next);
  });

  it("applies a filter to every row, with whole counts from the start", async () => {
    render(view(big));
    fireEvent.change(await screen.findByRole("combobox", { name: "Team" }), {
      target: { value: "Sales" },
    });
    const sales = filterLanes(lanesOf(big), { ...NO_FILTER, team: "Sales" });
    const expected = modelBars(sales);
    expect(expected.length).toBeGreaterThan(FIRST_SCREEN_BARS);
    const statuses = screen.getAllByRole("status").map((s) => s.textContent);
    expect(statuses).toContainEqual(
      expect.stringContaining(`Showing ${expected.length} of 1000 activities.`)
    );
    await waitFor(() => expect(drawingLine()).toBeNull(), { timeout: 20000 });
    expect(shownBars()).toEqual(expected);
  });

  it("draws a small plan whole at once, with no drawing line", () => {
    const all = modelBars(lanesOf(small));
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(FIRST_SCREEN_BARS);
    render(view(small));
    expect(shownBars()).toEqual(all);
    expect(drawingLine()).toBeNull();
    expect(table().hasAttribute("aria-busy")).toBe(false);
  });
});
