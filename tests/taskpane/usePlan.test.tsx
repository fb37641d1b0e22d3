/** @jest-environment jsdom */
/** usePlan over the simulated Excel host: the first read, a co-author's change, Refresh, errors. */
import "./dom";
import { act, renderHook, waitFor } from "@testing-library/react";
import { usePlan } from "../../src/taskpane/hooks/usePlan";
import { person } from "../../src/simulator";
import type { ExcelHost } from "../../src/workbook";
import { samplePane } from "./pane";

const activity = (state: ReturnType<typeof usePlan>["state"], id: string) =>
  state?.plan.activities.find((a) => a.id === id);

describe("usePlan", () => {
  it("reads and checks the plan on mount", async () => {
    const { host } = await samplePane();
    const { result, unmount } = renderHook(() => usePlan(host));
    await waitFor(() => expect(result.current.state).not.toBeNull());
    expect(result.current.loading).toBe(false);
    expect(result.current.error).toBeNull();
    expect(activity(result.current.state, "A-07")?.activity).toBe("Brand awareness radio");
    expect(result.current.state!.check.flags.length).toBeGreaterThan(0);
    unmount();
  });

  it("re-reads and re-checks the plan after a co-author's change, with no action in the pane", async () => {
    const { host, workbook } = await samplePane();
    const { result, unmount } = renderHook(() => usePlan(host));
    await waitFor(() => expect(activity(result.current.state, "A-07")).toBeDefined());
    const problemsBefore = result.current.state!.check.problems.length;
    // The co-author types a lane the plan does not have into A-07's row (row 7 of the table).
    act(() => person(workbook).setCell("Activities", "C8", "Nowhere"));
    await waitFor(() => expect(activity(result.current.state, "A-07")).toBeUndefined());
    const problems = result.current.state!.check.problems;
    expect(problems.length).toBe(problemsBefore + 1);
    expect(problems).toContainEqual(
      expect.objectContaining({ table: "Activities", row: 7, column: "Lane" })
    );
    unmount();
  });

  it("Refresh re-reads, e.g. when Excel's change event was missed", async () => {
    const pane = await samplePane();
    // The real host, deaf to changes: only Refresh can see the co-author's edit.
    const deaf: ExcelHost = { run: pane.host.run, subscribe: async () => async () => {} };
    const { result, unmount } = renderHook(() => usePlan(deaf));
    await waitFor(() => expect(result.current.state).not.toBeNull());
    person(pane.workbook).setCell("Activities", "B8", "Brand awareness podcast");
    expect(activity(result.current.state, "A-07")?.activity).toBe("Brand awareness radio");
    await act(() => result.current.refresh());
    expect(activity(result.current.state, "A-07")?.activity).toBe("Brand awareness podcast");
    expect(result.current.loading).toBe(false);
    unmount();
  });

  it("reports a read error as a sentence, and keeps the last plan when a re-read fails", async () => {
    const pane = await samplePane();
    let failing = false;
    const host: ExcelHost = {
      run: (batch) =>
        failing ? Promise.reject(new Error("Excel is busy. Try again.")) : pane.host.run(batch),
      subscribe: pane.host.subscribe,
    };
    const { result, unmount } = renderHook(() => usePlan(host));
    await waitFor(() => expect(result.current.state).not.toBeNull());
    const read = result.current.state;
    failing = true;
    await act(() => result.current.refresh());
    expect(result.current.error).toBe("Excel is busy. Try again.");
    expect(result.current.state).toBe(read);
    failing = false;
    await act(() => result.current.refresh());
    expect(result.current.error).toBeNull();
    unmount();
  });

  it("reports a first read that fails, with no plan", async () => {
    const host: ExcelHost = {
      run: () => Promise.reject(new Error("The workbook is not available.")),
      subscribe: async () => async () => {},
    };
    const { result, unmount } = renderHook(() => usePlan(host));
    await waitFor(() => expect(result.current.error).toBe("The workbook is not available."));
    expect(result.current.state).toBeNull();
    expect(result.current.loading).toBe(false);
    unmount();
  });
});
