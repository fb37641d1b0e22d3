/** @jest-environment jsdom */
/**
 * The Budget view's year against the Annual budget cap (model/budget.ts yearAgainstCap, and the view
 * in jsdom): a cap that cannot be read is said where the year's total is, in the checker's words,
 * with what is used meanwhile (no cap) and a button selecting the cell.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { budgetGrid, capWithLeftOut, yearAgainstCap } from "../../src/taskpane/model/budget";
import { meetingStory } from "../../src/taskpane/model/meeting";
import { BudgetView } from "../../src/taskpane/views/BudgetView";
import type { Cell, PlanState, Row } from "../../src/workbook";
import { fakeActions, planInput, readState } from "./fakes";

const budget: Row[] = [
  { Line: "TV", Team: "Marketing", Jan: 250000 },
  { Line: "Fair", Team: "Joint", Mar: 153000 },
];
const withCap = (cap: Cell) =>
  readState(planInput({ budget, settings: { "Annual budget cap": cap } }));
const yearOf = (state: PlanState) =>
  yearAgainstCap(budgetGrid(state.check, state.plan), state.check, "USD");

describe("the year against the cap (yearAgainstCap)", () => {
  test("a readable cap: the year's total of the cap, nothing to warn of", () => {
    expect(yearOf(withCap(450000))).toEqual({
      heading: "Year: $403,000 of $450,000 cap",
      unreadable: null,
    });
    expect(yearOf(withCap(""))).toEqual({ heading: "Year: $403,000", unreadable: null });
  });

  test("an unreadable cap: said in the heading, with the checker's message and the default (no cap)", () => {
    const year = yearOf(withCap("about 300k"));
    expect(year.heading).toBe("Year: $403,000 (no cap: the cap cannot be read)");
    expect(year.unreadable).toEqual({
      setting: "Annual budget cap",
      value: "about 300k",
      message: expect.stringMatching(
        /^Annual budget cap 'about 300k' is not a number; .* The default is used until it is fixed: no cap\.$/
      ),
    });
  });
});

describe("the Budget view", () => {
  // Finance's part loads on demand: wait for it, so that nothing changes after the test.
  const show = async (state: PlanState, actions = fakeActions()) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <BudgetView state={state} actions={actions} />
      </FluentProvider>
    );
    // (A generous wait: the chunk's first import is slow on a loaded machine; this is no timing check.)
    await waitFor(() => expect(screen.queryByText("Loading baselines…")).toBeNull(), {
      timeout: 20000,
    });
  };

  test("says the cap cannot be read under the year's total, and selects its cell on request", async () => {
    const selected: Array<[string, Cell | undefined]> = [];
    const actions = fakeActions({
      selectSetting: async (setting, value) => void selected.push([setting, value]),
    });
    await show(withCap("about 300k"), actions);
    screen.getByRole("heading", {
      name: "Year: $403,000 (no cap: the cap cannot be read)",
    });
    screen.getByText("Annual budget cap cannot be read");
    screen.getByText(/^Annual budget cap 'about 300k' is not a number;.*: no cap\.$/);
    fireEvent.click(
      screen.getByRole("button", { name: "Select Annual budget cap cell in Settings" })
    );
    expect(selected).toEqual([["Annual budget cap", "about 300k"]]);
  });

  test("a readable cap gets no such warning", async () => {
    await show(withCap(450000));
    screen.getByRole("heading", { name: "Year: $403,000 of $450,000 cap" });
    expect(screen.queryByText(/cannot be read/)).toBeNull();
    expect(screen.queryByRole("button", { name: /in Settings$/ })).toBeNull();
  });
});

describe("money left out for a problem, against the cap (capWithLeftOut)", () => {
  // $403,000 counted; the Trade show line holds $100,000 that can be read and a month that cannot.
  const withTypo = (cap: Cell, may = 100000) =>
    readState(
      planInput({
        budget: [...budget, { Line: "Trade show", Team: "Sales", Apr: "lots", May: may }],
        settings: { "Annual budget cap": cap },
      })
    );
  const stakeOf = (state: PlanState) =>
    capWithLeftOut(budgetGrid(state.check, state.plan), 100000, "USD");

  test("says when counting it would put a year within the cap over it, and by how much", () => {
    const state = withTypo(450000);
    expect(state.check.flags.some((f) => f.code === "over-cap")).toBe(false);
    expect(stakeOf(state)).toBe(
      "Counted, that money would put the year $53,000 over the Annual budget cap."
    );
  });

  test("says how far over a year already over the cap would be", () => {
    expect(stakeOf(withTypo(400000))).toBe(
      "Counted, that money would put the year $103,000 over the Annual budget cap, not $3,000."
    );
  });

  test("says nothing when the year stays within the cap, there is no cap or nothing is left out", () => {
    expect(stakeOf(withTypo(503000))).toBeNull();
    expect(stakeOf(withTypo(""))).toBeNull();
    const state = withTypo(450000);
    expect(capWithLeftOut(budgetGrid(state.check, state.plan), 0, "USD")).toBeNull();
  });

  test("the Budget view and the Meeting view say it after what is not counted", async () => {
    const state = withTypo(450000);
    const sentence =
      "$100,000 on 1 line is not counted: Budget row 4, Apr 'lots'. Counted, that money would put the year $53,000 over the Annual budget cap.";
    expect(meetingStory(state).leftOut).toEqual([sentence]);
    render(
      <FluentProvider theme={webLightTheme}>
        <BudgetView state={state} actions={fakeActions()} />
      </FluentProvider>
    );
    await waitFor(() => expect(screen.queryByText("Loading baselines…")).toBeNull(), {
      timeout: 20000,
    });
    screen.getByText(sentence);
    screen.getByRole("heading", { name: "Year: $403,000 of $450,000 cap" });
  });
});
