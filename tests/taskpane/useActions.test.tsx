/** @jest-environment jsdom */
/** useActions over the simulated Excel host: one long task at a time, and a refused write's message. */
import "./dom";
import { act, renderHook } from "@testing-library/react";
import { type ActionResult, useActions } from "../../src/taskpane/hooks/useActions";
import { loadPlan } from "../../src/workbook";
import { emptyWorkbook, seat } from "../workbook/sim";
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
