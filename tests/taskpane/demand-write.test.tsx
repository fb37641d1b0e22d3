/** @jest-environment jsdom */
/**
 * A door edited in the Demand view goes the same write path as every row form: useActions over the
 * simulated Excel host writes only the changed cells of the door's row in the Doors table.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useActions } from "../../src/taskpane/hooks/useActions";
import { DemandView } from "../../src/taskpane/views/DemandView";
import { loadPlan, type PlanState, setUpPlan } from "../../src/workbook";
import type { ExcelHost } from "../../src/workbook";
import { emptyWorkbook, person, seat } from "../workbook/sim";

function Pane({ host, state }: { host: ExcelHost; state: PlanState }) {
  const actions = useActions(host, state);
  return <DemandView state={state} actions={actions} />;
}

it("Save in the door form writes the door's row in the workbook's Doors table", async () => {
  const wb = emptyWorkbook();
  const { host } = seat(wb, "pane");
  await setUpPlan(seat(wb, "author").host, { planStarts: "2027-01" });
  const p = person(wb);
  // A Doors table as a person would have it, whether or not set-up made one.
  if (wb.tables.some((t) => t.name === "Doors")) wb.deleteTable(wb.table("Doors"), true);
  if (wb.sheets.some((s) => s.name === "Doors")) wb.deleteSheet(wb.sheet("Doors"));
  wb.addSheet("Doors");
  p.setValues("Doors", "A1:C3", [
    ["Door", "Owner", "Response hours"],
    ["Web form", "Field sales", 4],
    ["Phone line", "", 1],
  ]);
  p.addTable("Doors", "A1:C3", "Doors");
  const state = await loadPlan(host);
  expect(state.plan.demand?.doors.map((d) => d.door)).toEqual(["Web form", "Phone line"]);

  render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} state={state} />
    </FluentProvider>
  );
  fireEvent.click(screen.getByRole("button", { name: "Edit door Phone line" }));
  const dialog = screen.getByRole("dialog", { name: "Edit door Phone line" });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Response hours" }), {
    target: { value: "8" },
  });
  fireEvent.click(within(dialog).getByRole("combobox", { name: "Owner" }));
  fireEvent.click(await screen.findByRole("option", { name: "Field sales" }));
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull(), { timeout: 15000 });

  expect(p.getValues("Doors", "A1:C3")).toEqual([
    ["Door", "Owner", "Response hours"],
    ["Web form", "Field sales", 4],
    ["Phone line", "Field sales", 8],
  ]);
  const reread = await loadPlan(host);
  expect(reread.plan.demand?.doors[1]).toMatchObject({ owner: "Field sales", responseHours: 8 });
}, 180000); // rendering Fluent in jsdom is slow on a shared machine; nothing here is timed
