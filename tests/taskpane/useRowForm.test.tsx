/** @jest-environment jsdom */
/**
 * useRowForm with the real actions over the simulated Excel host: values, field errors next to
 * their fields, Save (nothing written unless valid; what was typed kept when a write fails), and
 * Delete after confirmation.
 */
import "./dom";
import { act, renderHook } from "@testing-library/react";
import { useActions } from "../../src/taskpane/hooks/useActions";
import { activityToForm } from "../../src/taskpane/model/rowForms";
import type { EditTarget } from "../../src/taskpane/views/ActivityForm";
import { useActivityForm } from "../../src/taskpane/views/ActivityFormDialog";
import type { ExcelHost, PlanState } from "../../src/workbook";
import { person } from "../../src/simulator";
import { samplePane } from "./pane";

/** The activity form's hook as the dialog uses it (useRowForm), with the real actions. */
function activityForm(host: ExcelHost, state: PlanState, edit: EditTarget | null) {
  const onClose = jest.fn();
  const hook = renderHook(() => {
    const actions = useActions(host, state);
    return { actions, form: useActivityForm({ state, actions, edit, onClose }) };
  });
  return { ...hook, onClose };
}

/** The edit form of activity `id` as the user opens it, asked to delete the activity. */
async function deleting(id: string) {
  const pane = await samplePane();
  const state = await pane.state();
  const a = state.plan.activities.find((x) => x.id === id)!;
  const values = activityToForm(a);
  const ref = {
    table: "Activities" as const,
    row: a.row,
    before: { ...state.workbook.input.activities[a.row - 1] },
  };
  const form = activityForm(pane.host, state, { ref, id, values });
  expect(form.result.current.form.confirmDelete).toBe(false);
  act(() => form.result.current.form.setConfirmDelete(true));
  return { pane, ...form };
}

describe("useRowForm", () => {
  it("holds the values; Save with a broken rule puts the checker's words by the field and writes nothing", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result, onClose } = activityForm(pane.host, state, null);
    expect(result.current.form.values.ID).toBe("A-14");
    await act(() => result.current.form.save());
    expect(result.current.form.errors.Activity).toBe("Activity is required.");
    expect(result.current.form.field("Activity")).toEqual({
      label: "Activity",
      validationMessage: "Activity is required.",
      validationState: "error",
    });
    expect(result.current.form.field("Lane").validationState).toBe("none");
    expect(onClose).not.toHaveBeenCalled();
    expect((await pane.state()).workbook.input.activities).toHaveLength(
      state.workbook.input.activities.length
    );
    // Typing in the field clears its error.
    act(() => result.current.form.set("Activity", "Webinar"));
    expect(result.current.form.values.Activity).toBe("Webinar");
    expect(result.current.form.field("Activity").validationState).toBe("none");
  });

  it("Save writes a valid row and closes the form", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result, onClose } = activityForm(pane.host, state, null);
    act(() => result.current.form.set("Activity", "Webinar"));
    await act(() => result.current.form.save());
    expect(result.current.form.errors).toEqual({});
    expect(result.current.form.failure).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
    const added = (await pane.state()).plan.activities.find((a) => a.id === "A-14");
    expect(added?.activity).toBe("Webinar");
  });

  it("a refused write keeps the form open with what was typed and the reason", async () => {
    const pane = await samplePane();
    const state = await pane.state();
    const { result, onClose } = activityForm(pane.host, state, null);
    act(() => result.current.form.set("Activity", "Webinar"));
    // Meanwhile a co-author gives an existing row the ID the form proposes.
    person(pane.workbook).setCell("Activities", "A2", "A-14");
    await act(() => result.current.form.save());
    expect(onClose).not.toHaveBeenCalled();
    expect(result.current.form.failure).toMatch(/ID 'A-14' is already used/);
    expect(result.current.form.values.Activity).toBe("Webinar");
    expect(result.current.form.saving).toBe(false);
    act(() => result.current.form.dismissFailure());
    expect(result.current.form.failure).toBeNull();
    // Saving again with another ID: the old reason goes, the row is written, the form closes.
    await act(() => result.current.form.save());
    expect(result.current.form.failure).toMatch(/ID 'A-14' is already used/);
    act(() => result.current.form.set("ID", "A-15"));
    await act(() => result.current.form.save());
    expect(result.current.form.failure).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("Delete asks first; confirmed, it removes the row and closes", async () => {
    const { pane, result, onClose } = await deleting("A-07");
    expect(result.current.form.confirmDelete).toBe(true);
    expect((await pane.state()).plan.activities.map((x) => x.id)).toContain("A-07");
    await act(() => result.current.form.remove());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect((await pane.state()).plan.activities.map((x) => x.id)).not.toContain("A-07");
  });

  it("a refused delete leaves the confirmation and says why", async () => {
    const { pane, result, onClose } = await deleting("A-07");
    // A co-author renames the activity's ID before the delete reaches Excel.
    person(pane.workbook).setCell("Activities", "A8", "A-77");
    await act(() => result.current.form.remove());
    expect(onClose).not.toHaveBeenCalled();
    expect(result.current.form.confirmDelete).toBe(false);
    expect(result.current.form.failure).toMatch(/deleted activity A-07 or changed its ID/);
    expect((await pane.state()).plan.activities.map((x) => x.id)).toContain("A-77");
  });
});
