/** @jest-environment jsdom */
/**
 * A door's Owner is a Sales-side lane (rules.md): the pane's door form offers those lanes only,
 * and the pane's own lane edits and "Rebuild sheets" bring the Doors sheet's dropdown up to date.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, renderHook, screen, within } from "@testing-library/react";
import { useActions } from "../../src/taskpane/hooks/useActions";
import { DemandView } from "../../src/taskpane/views/DemandView";
import type { ExcelHost, PlanState } from "../../src/workbook";
import { person } from "../workbook/sim";
import { samplePane } from "./pane";

function Demand({ host, state }: { host: ExcelHost; state: PlanState }) {
  const actions = useActions(host, state);
  return <DemandView state={state} actions={actions} />;
}

/** The Doors sheet's Owner dropdown, as Excel's API tells an add-in. */
async function ownerList(host: ExcelHost): Promise<string | null> {
  return host.run(async (context) => {
    const v = context.workbook.worksheets.getItem("Doors").getRange("B2").dataValidation;
    v.load("rule");
    await context.sync();
    const source = v.rule.list?.source;
    return typeof source === "string" ? source : null;
  });
}

it("the door form offers nobody and the sales lanes, not the marketing lanes", async () => {
  const pane = await samplePane();
  const state = await pane.state();
  render(
    <FluentProvider theme={webLightTheme}>
      <Demand host={pane.host} state={state} />
    </FluentProvider>
  );
  fireEvent.click(screen.getByRole("button", { name: "Add door" }));
  const dialog = screen.getByRole("dialog", { name: "Add door" });
  const owner = within(dialog).getByRole("combobox", { name: "Owner" });
  fireEvent.click(owner);
  await screen.findByRole("option", { name: "(nobody)" });
  const listbox = document.getElementById(owner.getAttribute("aria-controls") ?? "")!;
  const options = within(listbox)
    .getAllByRole("option")
    .map((o) => o.textContent);
  expect(options).toEqual(["(nobody)", "Field sales", "Inside sales"]);
  // The same sales lanes as the Doors sheet's dropdown.
  expect(await ownerList(pane.host)).toBe(options.slice(1).join(","));
}, 120000);

it("a sales lane added in the pane is offered by the Doors sheet's dropdown at once", async () => {
  const pane = await samplePane();
  const state = await pane.state();
  const { result } = renderHook(() => useActions(pane.host, state));
  await act(async () => {
    expect(await result.current.addRow("Lanes", { Lane: "Partners", Side: "Sales" })).toEqual({
      ok: true,
    });
  });
  expect(await ownerList(pane.host)).toBe("Field sales,Inside sales,Partners");
}, 120000);

it("Rebuild sheets writes the dropdown again after a person moved a lane in the sheet", async () => {
  const pane = await samplePane();
  // Direct mail (Lanes row 3) moved to the sales side by hand: the typed list is stale.
  person(pane.workbook).setValues("Lanes", "B3", [["Sales"]]);
  expect(await ownerList(pane.host)).toBe("Field sales,Inside sales");
  const state = await pane.state();
  const { result } = renderHook(() => useActions(pane.host, state));
  await act(async () => {
    expect((await result.current.rebuildSheets()).ok).toBe(true);
  });
  expect(await ownerList(pane.host)).toBe("Direct mail,Field sales,Inside sales");
}, 120000);
