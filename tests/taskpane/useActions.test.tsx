/** @jest-environment jsdom */
/** useActions over the simulated Excel host: one long task at a time, and a refused write's message. */
import "./dom";
import { act, renderHook } from "@testing-library/react";
import { type ActionResult, useActions } from "../../src/taskpane/hooks/useActions";
import { loadPlan } from "../../src/workbook";
import { emptyWorkbook, seat } from "../workbook/sim";
import { person } from "../../src/simulator";
import { samplePane } from "./pane";

describe("useActions", () => {
  it("reports a long task as busy, refuses a second one meanwhile, then tells what it did", async () => {
    const { host } = seat(emptyWorkbook());
    const { result } = renderHook(() => useActions(host, null));
    expect(result.current.busy).toBeNull();
    let setUp!: Promise<ActionResult>;
    let second!: Promise<ActionResult>;
    act(() => {
      setUp = result.current.setUpPlan(false);
      second = result.current.rebuildSheets();
    });
    expect(result.current.busy).toBe("setup");
    expect(await second).toEqual({ ok: false, error: "Another operation is still running." });
    await act(async () => {
      expect(await setUp).toEqual({ ok: true });
    });
    expect(result.current.busy).toBeNull();
    expect(result.current.progress).toBeNull();
    expect(result.current.notice).toBe("The plan is set up.");
    expect(Object.keys((await loadPlan(host)).workbook.tables)).toEqual(
      expect.arrayContaining(["Settings", "Activities", "Budget"])
    );
  });

  it("says what the last action did only until the next one runs", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result } = renderHook(() => useActions(pane.host, state));
    await act(async () => {
      expect(await result.current.rebuildSheets()).toEqual({ ok: true });
    });
    expect(result.current.notice).not.toBeNull();
    const cap = state.workbook.input.settings["Annual budget cap"];
    await act(async () => {
      expect(await result.current.saveSetting("Annual budget cap", cap, 500000)).toEqual({
        ok: true,
      });
    });
    expect(result.current.notice).toBeNull();
    expect((await pane.state()).plan.settings.annualBudgetCap).toBe(500000);
  });

  it("a refused write returns the workbook layer's message and keeps it for the pane until dismissed", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result } = renderHook(() => useActions(pane.host, state));
    const row = { ...state.workbook.input.activities[1], ID: "a-01" };
    let outcome!: ActionResult;
    await act(async () => {
      outcome = await result.current.addRow("Activities", row);
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/ID 'a-01' is already used by row 1 of Activities/);
    expect(result.current.error).toBe(outcome.error);
    expect((await pane.state()).workbook.input.activities).toHaveLength(
      state.workbook.input.activities.length
    );
    act(() => result.current.dismissError());
    expect(result.current.error).toBeNull();
  });

  it("a write that succeeds clears the last error", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result } = renderHook(() => useActions(pane.host, state));
    const row = { ...state.workbook.input.activities[1] };
    await act(async () => {
      await result.current.addRow("Activities", { ...row, ID: "A-01" });
    });
    expect(result.current.error).not.toBeNull();
    let outcome!: ActionResult;
    await act(async () => {
      outcome = await result.current.addRow("Activities", { ...row, ID: "A-99" });
    });
    expect(outcome).toEqual({ ok: true });
    expect(result.current.error).toBeNull();
    expect((await pane.state()).plan.activities.map((a) => a.id)).toContain("A-99");
  });
});

describe("useActions: putting a deleted row back", () => {
  it("offers the deleted row; Put it back appends every cell of it again, through addRows", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result } = renderHook(() => useActions(pane.host, state));
    const a = state.plan.activities.find((x) => x.id === "A-04")!;
    const before = { ...state.workbook.input.activities[a.row - 1] };
    expect(result.current.deleted).toBeNull();
    await act(async () => {
      await result.current.deleteRow({ table: "Activities", row: a.row, before });
    });
    expect(result.current.deleted).toEqual({ table: "Activities", values: before, seq: 1 });
    expect((await pane.state()).plan.activities.map((x) => x.id)).not.toContain("A-04");
    let outcome!: ActionResult;
    await act(async () => {
      outcome = await result.current.putBackDeleted!();
    });
    expect(outcome).toEqual({ ok: true });
    expect(result.current.deleted).toBeNull();
    const rows = (await pane.state()).workbook.input.activities;
    // Appended as a new row at the end of the table, with the same cells.
    expect(rows[rows.length - 1]).toEqual(before);
  });

  it("refuses to put it back, saying why, when a co-author has given its ID to another row", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result } = renderHook(() => useActions(pane.host, state));
    const a = state.plan.activities.find((x) => x.id === "A-04")!;
    const before = { ...state.workbook.input.activities[a.row - 1] };
    await act(async () => {
      await result.current.deleteRow({ table: "Activities", row: a.row, before });
    });
    // A-05 moved up to row 5 of the sheet; a co-author renames it A-04.
    person(pane.workbook).setCell("Activities", "A5", "A-04");
    let outcome!: ActionResult;
    await act(async () => {
      outcome = await result.current.putBackDeleted!();
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/ID 'A-04' is already used by row 4 of Activities/);
    // Still offered (the user may change the other row and try again), and nothing was added.
    expect(result.current.deleted?.values).toEqual(before);
    expect((await pane.state()).workbook.input.activities).toHaveLength(
      state.workbook.input.activities.length - 1
    );
    act(() => result.current.dismissDeleted!());
    expect(result.current.deleted).toBeNull();
  });
});
