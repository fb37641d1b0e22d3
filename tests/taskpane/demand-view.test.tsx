/** @jest-environment jsdom */
/**
 * The Demand view (in jsdom): the gaps and the over-capacity months in words, each chart with a
 * table of the same figures, the funnel's source, and the doors edited through their form.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { DemandView } from "../../src/taskpane/views/DemandView";
import type { PlanState, Row, RowRef, WritableTable } from "../../src/workbook";
import { demandInput, demandState } from "./demand-plan";

/** Actions that record the writes asked for, and succeed. */
function recorder(state: PlanState) {
  const writes: Array<{ kind: string; table: string; row?: number; values?: Row }> = [];
  const done = async () => ({ ok: true });
  const actions = {
    addRow: async (table: string, values: Row) => (
      writes.push({ kind: "add", table, values }),
      done()
    ),
    updateRow: async (ref: RowRef, values: Row) => (
      writes.push({ kind: "update", table: ref.table, row: ref.row, values }),
      done()
    ),
    deleteRow: async (ref: RowRef) => (
      writes.push({ kind: "delete", table: ref.table, row: ref.row }),
      done()
    ),
    rowRef: (table: WritableTable, row: number) => {
      const before = (state.workbook.input.doors ?? [])[row - 1];
      return before ? { table, row, before } : null;
    },
  } as unknown as Actions;
  return { writes, actions };
}

/** The state with a Doors table where the workbook has one (the pane offers Add door only then). */
function withDoorsTable(state: PlanState): PlanState {
  const location = {
    table: "Doors" as const,
    sheet: "Doors",
    headerRow: 0,
    firstColumn: 0,
    headers: ["Door", "Owner", "Response hours"],
    rowCount: 2,
  };
  return {
    ...state,
    workbook: { ...state.workbook, tables: { Doors: location } as PlanState["workbook"]["tables"] },
  };
}

const show = (state: PlanState, actions: Actions) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <DemandView state={state} actions={actions} />
    </FluentProvider>
  );

describe("the Demand view", () => {
  it("marks the month short of target and says what would close the gap", () => {
    const state = demandState();
    show(state, recorder(state).actions);
    // The same like-for-like sentence as the Meeting view's: the months with a target only.
    screen.getByText(
      "1 of the 2 months whose leads close a revenue target is short: Mar 2027 needs 500 leads and the plan expects 300 (200 short). Over those 2 months (Mar 2027 and Jun 2027) the plan expects 350 leads against 550 required."
    );
    screen.getByText(
      "The whole year expects 350 leads, all in the months whose leads close a revenue target."
    );
    const advice = screen.getByRole("list", { name: "What would close the gaps" });
    expect(
      within(advice)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Mar 2027 needs 500 leads to close May 2027's target of $500,000; the plan expects 300 — add about 200 leads of activity in Mar 2027, or move the target.",
    ]);
  });

  it("gives each chart a table with its figures", () => {
    const state = demandState();
    show(state, recorder(state).actions);
    const table = screen.getByRole("table", { name: "Leads by month" });
    const march = within(table).getByRole("row", { name: /^Mar 2027/ });
    expect(
      within(march)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Mar 2027", "300", "500", "200"]);
    const inside = screen.getByRole("table", { name: "Inside sales by month" });
    const insideMarch = within(inside).getByRole("row", { name: /^Mar 2027/ });
    expect(
      within(insideMarch)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Mar 2027", "300", "200", "100"]);
  });

  it("names the over-capacity lane's months and the activities that feed them", () => {
    const state = demandState();
    show(state, recorder(state).actions);
    const over = screen.getByRole("list", { name: "Inside sales: over-capacity months" });
    expect(over.textContent).toBe(
      "Mar 2027: Inside sales gets 300 leads and can follow up 200 (100 over), from Web ads (A-01)."
    );
    screen.getByText(
      "No Capacity planned: the lane is not checked against one (set it in the Lanes table)."
    );
  });

  it("shows the funnel in use and where it comes from", () => {
    const state = demandState();
    show(state, recorder(state).actions);
    screen.getByText("Lead-to-close rate: 10%");
    expect(screen.getAllByText("typed in Settings (Lead-to-close rate)")).toHaveLength(1);
  });

  it("says why required leads are unknown when the funnel is", () => {
    const input = demandInput();
    input.settings = { "Plan starts": "2027-01" };
    const state = demandState(input);
    show(state, recorder(state).actions);
    screen.getByText(
      "Required leads are unknown until the funnel is known (see Funnel in use below)."
    );
  });

  it("lists each door with its owner and response time, the unanswered one said so", () => {
    const state = demandState();
    show(state, recorder(state).actions);
    const doors = screen.getByRole("list", { name: "Doors" });
    expect(
      within(doors)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.replace(/Edit$/, ""))
    ).toEqual([
      "Web formInside sales answers, within 4 hours",
      "Trade-show boothNobody answers this door (no response time promised)",
    ]);
  });

  it("edits a door through its form: a bad response time is refused and nothing written, then the change is saved", async () => {
    const state = withDoorsTable(demandState());
    const { writes, actions } = recorder(state);
    show(state, actions);
    fireEvent.click(screen.getByRole("button", { name: "Edit door Trade-show booth" }));
    const dialog = screen.getByRole("dialog", { name: "Edit door Trade-show booth" });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Response hours" }), {
      target: { value: "-3" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await screen.findByText(/Response hours '?-3'? should be/);
    expect(writes).toEqual([]);
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Response hours" }), {
      target: { value: "24" },
    });
    fireEvent.click(within(dialog).getByRole("combobox", { name: "Owner" }));
    fireEvent.click(await screen.findByRole("option", { name: "Field sales" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      kind: "update",
      table: "Doors",
      row: 2,
      // Only the fields the user changed are written (issue 9 §2): the Door's name is left alone.
      values: { Owner: "Field sales", "Response hours": 24 },
    });
  });

  it("adds a door, and offers Add door only where the workbook has a Doors table", async () => {
    const without = demandState();
    show(without, recorder(without).actions);
    expect(screen.queryByRole("button", { name: "Add door" })).toBeNull();
    screen.getByText(/no Doors table yet/);

    const state = withDoorsTable(demandState());
    const { writes, actions } = recorder(state);
    show(state, actions);
    fireEvent.click(screen.getByRole("button", { name: "Add door" }));
    const dialog = screen.getByRole("dialog", { name: "Add door" });
    fireEvent.change(within(dialog).getByRole("textbox", { name: /^Door/ }), {
      target: { value: "Phone line" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      kind: "add",
      table: "Doors",
      values: { Door: "Phone line", Owner: "", "Response hours": "" },
    });
  });
});
