/** @jest-environment jsdom */
/**
 * useRowForm's writes with a co-author at work (issue 9 §1–3), with the real actions over the
 * simulated Excel host: only the fields the user changed are written; a refused delete writes
 * nothing and keeps the user's edits; a conflict is shown per field and settled explicitly, and
 * the next Save goes against the row as it is now (no refusal loop).
 */
import "./dom";
import { act, renderHook } from "@testing-library/react";
import { person } from "../../src/simulator";
import { useActions } from "../../src/taskpane/hooks/useActions";
import { useRowForm } from "../../src/taskpane/hooks/useRowForm";
import {
  activityToForm,
  budgetMonthHeaders,
  budgetToForm,
  type BudgetFormValues,
} from "../../src/taskpane/model/rowForms";
import { validateBudgetLine } from "../../src/taskpane/model/validate";
import { useActivityForm } from "../../src/taskpane/views/ActivityFormDialog";
import type { PlanState } from "../../src/workbook";
import { samplePane, type SamplePane } from "./pane";

/** The edit form of activity `id`, as the user opens it. */
async function editActivity(id: string) {
  const pane = await samplePane();
  const state = await pane.state();
  const a = state.plan.activities.find((x) => x.id === id)!;
  const ref = {
    table: "Activities" as const,
    row: a.row,
    before: { ...state.workbook.input.activities[a.row - 1] },
  };
  const onClose = jest.fn();
  let actions!: ReturnType<typeof useActions>;
  const hook = renderHook(() => {
    actions = useActions(pane.host, state);
    return useActivityForm({
      state,
      actions,
      edit: { ref, id, values: activityToForm(a) },
      onClose,
    });
  });
  return { pane, state, form: hook.result, onClose, actions: () => actions };
}

async function activityRow(pane: SamplePane, id: string) {
  return (await pane.state()).workbook.input.activities.find((r) => r.ID === id);
}

describe("a row form's writes with a co-author at work", () => {
  it("a budget line's Status change writes only Status: the 0s stay 0 and a co-author's month stays", async () => {
    const pane = await samplePane();
    const state: PlanState = await pane.state();
    const headers = budgetMonthHeaders(state.plan);
    const line = state.plan.budget.find((b) => b.line === "Spring mailer print and postage")!;
    const ref = {
      table: "Budget" as const,
      row: line.row,
      before: { ...state.workbook.input.budget[line.row - 1] },
    };
    const onClose = jest.fn();
    const { result } = renderHook(() => {
      const actions = useActions(pane.host, state);
      return useRowForm<BudgetFormValues>({
        table: "Budget",
        noun: "budget line",
        initial: budgetToForm(line, headers, ref.before),
        edit: { ref },
        actions,
        validate: (v) => validateBudgetLine(v, state.plan, headers, line.line),
        onClose,
      });
    });
    expect(result.current.values.Jan).toBe("0");
    act(() => result.current.set("Status", "Proposed"));
    // A co-author types 2,500 in June (K3) meanwhile.
    person(pane.workbook).setCell("Budget", "K3", 2500);
    await act(() => result.current.save());
    expect(result.current.failure).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
    const row = (await pane.state()).workbook.input.budget[line.row - 1];
    expect(row.Status).toBe("Proposed");
    expect(row.Jun).toBe(2500);
    expect([row.Jan, row.Feb, row.Mar, row.Dec]).toEqual([0, 0, 18000, 0]);
  });

  it("a delete refused because a co-author changed the row writes nothing; the edits and the reason stay", async () => {
    const { pane, form, onClose } = await editActivity("A-04");
    act(() => form.current.set("Activity", "Spring mailer RENAMED"));
    act(() => form.current.setConfirmDelete(true));
    person(pane.workbook).setCell("Activities", "J5", "Reprint ordered");
    await act(() => form.current.remove());
    expect(onClose).not.toHaveBeenCalled();
    expect(form.current.failure).toMatch(/Someone else changed activity A-04.*It was not deleted/);
    expect(form.current.confirmDelete).toBe(false);
    expect(form.current.values.Activity).toBe("Spring mailer RENAMED");
    // Their change to a field the user left alone shows in the form.
    expect(form.current.values.Notes).toBe("Reprint ordered");
    const row = await activityRow(pane, "A-04");
    expect(row?.Activity).toBe("Spring mailer");
    expect(row?.Notes).toBe("Reprint ordered");
    // Deleting again, having seen their change, is not refused again.
    act(() => form.current.setConfirmDelete(true));
    await act(() => form.current.remove());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await activityRow(pane, "A-04")).toBeUndefined();
  });

  it("a conflict lists each field both changed, theirs and yours; Save waits for a choice, then saves against their row", async () => {
    const { pane, form, onClose, actions } = await editActivity("A-04");
    act(() => {
      form.current.set("Notes", "Mine");
      form.current.set("Expected leads", "180");
      form.current.set("Follow-up hours", "20");
    });
    const sheet = person(pane.workbook);
    sheet.setCell("Activities", "J5", "Theirs");
    sheet.setCell("Activities", "H5", 160);
    sheet.setCell("Activities", "I5", 20); // the same as the user's: no conflict
    sheet.setCell("Activities", "G5", "2027-04"); // End, which the user left alone
    await act(() => form.current.save());
    expect(onClose).not.toHaveBeenCalled();
    expect(form.current.conflicts).toEqual([
      { field: "Expected leads", theirs: "160", yours: "180" },
      { field: "Notes", theirs: "Theirs", yours: "Mine" },
    ]);
    expect(form.current.values.End).toBe("2027-04");
    // The form shows the conflict; the pane's error bar does not repeat it.
    expect(actions().error).toBeNull();
    // Save before choosing: refused with the reason, nothing written.
    await act(() => form.current.save());
    expect(form.current.failure).toMatch(/Choose theirs or yours for Expected leads, Notes/);
    expect((await activityRow(pane, "A-04"))?.Notes).toBe("Theirs");

    act(() => form.current.keepYours("Notes"));
    act(() => form.current.takeTheirs("Expected leads"));
    expect(form.current.conflicts).toEqual([]);
    expect(form.current.values["Expected leads"]).toBe("160");
    await act(() => form.current.save());
    expect(form.current.failure).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
    const row = await activityRow(pane, "A-04");
    expect(row?.Notes).toBe("Mine");
    expect(row?.["Expected leads"]).toBe(160);
    expect(row?.["Follow-up hours"]).toBe(20);
    expect(row?.End).toBe("2027-04"); // their End, as they typed it: not written over
  });

  it("taking theirs for every conflicting field leaves nothing to write", async () => {
    const { pane, form, onClose } = await editActivity("A-04");
    act(() => form.current.set("Notes", "Mine"));
    person(pane.workbook).setCell("Activities", "J5", "Theirs");
    await act(() => form.current.save());
    act(() => form.current.takeTheirs("Notes"));
    const before = await activityRow(pane, "A-04");
    await act(() => form.current.save());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await activityRow(pane, "A-04")).toEqual(before);
  });
});
