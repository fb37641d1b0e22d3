/** @jest-environment jsdom */
/**
 * Two chiefs add an activity at the same moment; Excel keeps the later arrival. The pane whose row
 * was lost finds out on its next read and offers to put it back, writing only when the user asks.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { CoauthoringSession } from "../../src/simulator/coauthoring";
import { simHost } from "../../src/simulator/excel-host";
import { installExcelGlobals } from "../../src/simulator/host";
import { LostRows, savedRowName } from "../../src/taskpane/components/LostRows";
import { type ActionResult, useActions } from "../../src/taskpane/hooks/useActions";
import { usePlan } from "../../src/taskpane/hooks/usePlan";
import { useSavedRows } from "../../src/taskpane/hooks/useSavedRows";
import { addRow, type ExcelHost, loadPlan, type Row, setUpPlan } from "../../src/workbook";
import { emptyWorkbook, seat } from "../workbook/sim";

const api = installExcelGlobals();

const activity = (ID: string, Activity: string): Row => ({
  ID,
  Activity,
  Lane: "Media",
  Team: "Marketing",
  Start: "2027-02",
  End: "2027-03",
});

/** The pane's hooks as App wires them, with an "Add N-4" button standing for the activity form. */
function Pane({ host }: { host: ExcelHost }) {
  const plan = usePlan(host);
  const saved = useSavedRows(host, plan.state);
  const actions = useActions(host, plan.state, saved.recorder);
  const ids = plan.state?.workbook.input.activities.map((a) => a.ID).join(" ") ?? "";
  return (
    <FluentProvider theme={webLightTheme}>
      <div data-testid="ids">{plan.state ? `read: ${ids}` : ""}</div>
      <button onClick={() => void actions.addRow("Activities", activity("N-4", "Ours"))}>
        Add N-4
      </button>
      <LostRows saved={saved} />
    </FluentProvider>
  );
}

let session: CoauthoringSession;
let ours: ExcelHost;
let theirs: ExcelHost;
beforeEach(async () => {
  const workbook = emptyWorkbook();
  await setUpPlan(seat(workbook).host, { planStarts: "2027-01" });
  session = new CoauthoringSession(workbook);
  ours = simHost(session.connect(api, { id: "ours" }));
  theirs = simHost(session.connect(api, { id: "theirs" }));
});
afterEach(() => session.close());

const LOST = "Your activity N-4 was lost when a co-author's change arrived at the same moment.";

/** We add N-4 in the pane, they add N-5 at the same moment, theirs arrives later. */
async function collide(): Promise<void> {
  render(<Pane host={ours} />);
  await screen.findByText(/^read:/);
  fireEvent.click(screen.getByText("Add N-4"));
  await screen.findByText(/read: .*N-4/);
  expect(screen.queryByText(LOST)).toBeNull(); // our own copy shows it: nothing lost yet
  await addRow(theirs, "Activities", activity("N-5", "Theirs"));
  act(() => session.deliver());
  await screen.findByText(/read: .*N-5/);
}

test("the lost row is named after the next read, and nothing is written until the user asks", async () => {
  await collide();
  expect(screen.getByTestId("ids").textContent).not.toMatch(/N-4/);
  await screen.findByText(LOST);
  expect(session.pendingCount("ours")).toBe(0); // the change event led to a read only

  fireEvent.click(screen.getByRole("button", { name: "Put it back" }));
  await screen.findByText(/read: .*N-4/);
  await waitFor(() => expect(screen.queryByText(LOST)).toBeNull());
  act(() => session.deliver());
  await waitFor(() => expect(session.replica("theirs").table("Activities").rowCount).toBe(2));
});

test("putting it back is refused, with the reason, when a co-author has used the ID since", async () => {
  // The hook on its own, fed the plan as read at each point.
  const { result, rerender } = renderHook(({ state }) => useSavedRows(ours, state), {
    initialProps: { state: await loadPlan(ours) },
  });
  await addRow(ours, "Activities", activity("N-4", "Ours"));
  act(() => result.current.recorder.added("Activities", [activity("N-4", "Ours")]));
  // Not judged against the read from before it was saved.
  expect(result.current.lost).toEqual([]);
  rerender({ state: await loadPlan(ours) });
  expect(result.current.lost).toEqual([]);
  await addRow(theirs, "Activities", activity("N-5", "Theirs"));
  session.deliver();
  rerender({ state: await loadPlan(ours) });
  expect(result.current.lost.map((r) => r.values.ID)).toEqual(["N-4"]);

  // They take N-4 for another activity; it reaches us before we put ours back.
  await addRow(theirs, "Activities", activity("N-4", "Theirs too"));
  session.deliver();
  let answer: ActionResult = { ok: true };
  await act(async () => {
    answer = await result.current.putBack(result.current.lost[0]);
  });
  expect(answer).toEqual({
    ok: false,
    error: "ID 'N-4' is already used by row 2 of Activities. Choose another ID.",
  });
  expect(session.pendingCount("ours")).toBe(0);
});

test("dismissing stops offering it", async () => {
  await collide();
  await screen.findByText(LOST);
  fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
  await waitFor(() => expect(screen.queryByText(LOST)).toBeNull());
});

test("a Results row, which has no key, is named by its channel and month", () => {
  const row = { Month: "2027-02", Channel: "Web", Spend: 10 };
  expect(savedRowName({ table: "Results", key: null, values: row })).toBe(
    "Results row (Web, Feb 2027)"
  );
});
