/** @jest-environment jsdom */
/**
 * The activity and budget line dialogs share one shell (RowFormDialog): the title, Save / Delete /
 * Cancel, the delete question in place of the fields, and Save that writes nothing when invalid.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import {
  activityToForm,
  budgetMonthHeaders,
  budgetToForm,
} from "../../src/taskpane/model/rowForms";
import { ActivityFormDialog } from "../../src/taskpane/views/ActivityFormDialog";
import { BudgetLineForm } from "../../src/taskpane/views/BudgetLineForm";
import type { PlanState, Row, RowRef } from "../../src/workbook";
import { samplePane } from "./pane";

let state: PlanState;
beforeAll(async () => {
  state = await (await samplePane()).state();
});

/** Actions that record the writes asked for, and succeed. */
function recorder() {
  const writes: string[] = [];
  const changes: Row[] = [];
  const done = async () => ({ ok: true });
  const actions = {
    addRow: async (table: string) => (writes.push(`add ${table}`), done()),
    updateRow: async (ref: RowRef, after: Row) => (
      writes.push(`update ${ref.table}`),
      changes.push(after),
      done()
    ),
    deleteRow: async (ref: RowRef) => (writes.push(`delete ${ref.table} row ${ref.row}`), done()),
  } as unknown as Actions;
  return { writes, changes, actions };
}

const show = (node: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const refOf = (table: RowRef["table"], row: number): RowRef => ({ table, row, before: {} });

describe("the add/edit dialogs", () => {
  it("Add activity: Save with a missing field writes nothing and names the field; Cancel closes", async () => {
    const { writes, actions } = recorder();
    const onClose = jest.fn();
    show(<ActivityFormDialog state={state} actions={actions} edit={null} onClose={onClose} />);
    screen.getByRole("dialog", { name: "Add activity" });
    expect(screen.getByRole("textbox", { name: "ID" })).toHaveProperty("value", "A-14");
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Activity is required.");
    expect(writes).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("Edit activity: Delete asks first, in place of the fields, then deletes the row", async () => {
    const { writes, actions } = recorder();
    const onClose = jest.fn();
    const a = state.plan.activities[0];
    const values = activityToForm(a);
    const edit = { ref: refOf("Activities", a.row), id: a.id, values };
    show(<ActivityFormDialog state={state} actions={actions} edit={edit} onClose={onClose} />);
    screen.getByRole("dialog", { name: `Edit activity ${a.id}` });
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    screen.getByText(`Delete activity ${a.id} “${a.activity}”?`, { exact: false });
    expect(screen.queryByRole("textbox", { name: "ID" })).toBeNull();
    expect(writes).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(writes).toEqual([`delete Activities row ${a.row}`]);
  });

  it("Edit budget line: the same shell; Save writes the changed field only, Delete can be cancelled", async () => {
    const { writes, changes, actions } = recorder();
    const onClose = jest.fn();
    const line = state.plan.budget[0];
    const headers = budgetMonthHeaders(state.plan);
    show(
      <BudgetLineForm
        state={state}
        actions={actions}
        initial={budgetToForm(line, headers, state.workbook.input.budget[line.row - 1])}
        monthHeaders={headers}
        edit={{ ref: refOf("Budget", line.row), line: line.line }}
        onClose={onClose}
      />
    );
    screen.getByRole("dialog", { name: `Edit budget line ${line.line}` });
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    screen.getByText(`Delete budget line ${line.line}?`, { exact: false });
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onClose).not.toHaveBeenCalled();
    screen.getByRole("textbox", { name: "Line" });
    expect(screen.getByRole("textbox", { name: "Jan" })).toHaveProperty("value", "0");
    fireEvent.change(screen.getByRole("textbox", { name: "Feb" }), { target: { value: "750" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(writes).toEqual(["update Budget"]);
    expect(changes).toEqual([{ Feb: 750 }]);
  });

  it("Save with nothing changed writes nothing and closes", async () => {
    const { writes, actions } = recorder();
    const onClose = jest.fn();
    const a = state.plan.activities[0];
    const edit = { ref: refOf("Activities", a.row), id: a.id, values: activityToForm(a) };
    show(<ActivityFormDialog state={state} actions={actions} edit={edit} onClose={onClose} />);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(writes).toEqual([]);
  });

  it("a refused delete: the confirming Delete is never turned into Save in place; nothing is written, the reason stays", async () => {
    const { writes, actions } = recorder();
    actions.deleteRow = async () => ({ ok: false, error: "Someone else changed activity A-01." });
    const onClose = jest.fn();
    const a = state.plan.activities[0];
    const edit = { ref: refOf("Activities", a.row), id: a.id, values: activityToForm(a) };
    show(<ActivityFormDialog state={state} actions={actions} edit={edit} onClose={onClose} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Activity" }), {
      target: { value: "Renamed, not saved" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    const confirm = screen.getByRole("button", { name: "Delete" });
    expect(confirm.getAttribute("type")).toBe("button");
    fireEvent.click(confirm);
    await screen.findByText("Someone else changed activity A-01.");
    const save = screen.getByRole("button", { name: "Save" });
    // A new element: a click on the old one can never submit the form.
    expect(save).not.toBe(confirm);
    expect(confirm.isConnected).toBe(false);
    expect(writes).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "Activity" })).toHaveProperty(
      "value",
      "Renamed, not saved"
    );
  });
});
