/** @jest-environment jsdom */
/**
 * An Approved budget line's form says that changing its amounts breaks the approved baseline,
 * and offers "Save as Proposed" beside "Save"; other lines' forms do not.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { budgetMonthHeaders, budgetToForm } from "../../src/taskpane/model/rowForms";
import { BudgetLineForm } from "../../src/taskpane/views/BudgetLineForm";
import type { PlanState, Row, RowRef } from "../../src/workbook";
import { samplePane } from "./pane";

let state: PlanState;
beforeAll(async () => {
  state = await (await samplePane()).state();
});

function recorder() {
  const updates: Row[] = [];
  const actions = {
    updateRow: async (_: RowRef, after: Row) => (updates.push(after), { ok: true }),
  } as unknown as Actions;
  return { updates, actions };
}

function open(status: "Approved" | "Draft" | "Proposed", actions: Actions) {
  const line = state.plan.budget.find((b) => b.status === status)!;
  const headers = budgetMonthHeaders(state.plan);
  render(
    <FluentProvider theme={webLightTheme}>
      <BudgetLineForm
        state={state}
        actions={actions}
        initial={budgetToForm(line, headers)}
        monthHeaders={headers}
        edit={{ ref: { table: "Budget", row: line.row, before: {} }, line: line.line }}
        onClose={() => {}}
      />
    </FluentProvider>
  );
  return { line, headers };
}

describe("an Approved line's form", () => {
  test("warns that changing its amounts breaks the approved baseline", () => {
    open("Approved", recorder().actions);
    screen.getByText("This line is Approved");
    screen.getByText(/Changing its amounts breaks the approved baseline/);
    screen.getByRole("button", { name: "Save as Proposed" });
  });

  test("Save as Proposed saves the changed amounts with Status Proposed", async () => {
    const { updates, actions } = recorder();
    const { headers } = open("Approved", actions);
    const month = screen.getByRole("textbox", { name: headers[5] });
    fireEvent.change(month, { target: { value: "777" } });
    fireEvent.click(screen.getByRole("button", { name: "Save as Proposed" }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toMatchObject({ Status: "Proposed", [headers[5]]: 777 });
  });

  test("Save keeps it Approved", async () => {
    const { updates, actions } = recorder();
    open("Approved", actions);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toMatchObject({ Status: "Approved" });
  });

  test("a line that is not Approved has neither the warning nor Save as Proposed", () => {
    open("Draft", recorder().actions);
    expect(screen.queryByText("This line is Approved")).toBeNull();
    expect(screen.queryByRole("button", { name: "Save as Proposed" })).toBeNull();
  });
});
