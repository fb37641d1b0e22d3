/** @jest-environment jsdom */
/**
 * The Lanes editor in Settings, on useRowForm like the other forms, with the real hooks over the
 * simulated Excel host: add (required, unique, cleared after saving) and delete after confirmation.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useActions } from "../../src/taskpane/hooks/useActions";
import { usePlan } from "../../src/taskpane/hooks/usePlan";
import { SettingsView } from "../../src/taskpane/views/SettingsView";
import type { ExcelHost } from "../../src/workbook";
import { person } from "../workbook/sim";
import { samplePane } from "./pane";
import { validateLane } from "../../src/taskpane/model/validate";

function Settings({ host }: { host: ExcelHost }) {
  const reading = usePlan(host);
  const actions = useActions(host, reading.state);
  return reading.state ? <SettingsView state={reading.state} actions={actions} /> : null;
}

async function settings() {
  const pane = await samplePane();
  render(
    <FluentProvider theme={webLightTheme}>
      <Settings host={pane.host} />
    </FluentProvider>
  );
  const form = await screen.findByRole("form", { name: "Add a lane" });
  const lane = within(form).getByRole("textbox", { name: "Lane" });
  const add = within(form).getByRole("button", { name: "Add lane" });
  const lanes = async () => (await pane.state()).plan.lanes.map((l) => l.lane);
  return { pane, form, lane, add, lanes };
}

describe("the Lanes editor", () => {
  it("refuses a blank lane and one the plan has, next to the Lane field, writing nothing", async () => {
    const { form, lane, add, lanes } = await settings();
    const before = await lanes();
    fireEvent.click(add);
    await within(form).findByText("Lane is required.");
    fireEvent.change(lane, { target: { value: " media " } });
    expect(within(form).queryByText("Lane is required.")).toBeNull();
    fireEvent.click(add);
    await within(form).findByText("Lane 'media' already exists.");
    expect(await lanes()).toEqual(before);
  });

  it("adds a lane, lists it, and clears the name for the next one", async () => {
    const { lane, add, lanes } = await settings();
    fireEvent.change(lane, { target: { value: "Podcasts" } });
    fireEvent.click(add);
    await screen.findByText("Podcasts (Marketing side)");
    expect(lane).toHaveProperty("value", "");
    expect(await lanes()).toContain("Podcasts");
  });

  it("deletes a lane only after confirmation", async () => {
    const { lanes } = await settings();
    screen.getByText("Direct mail (Marketing side)");
    fireEvent.click(screen.getByRole("button", { name: "Delete lane Direct mail" }));
    expect(await lanes()).toContain("Direct mail");
    fireEvent.click(screen.getByRole("button", { name: "Confirm delete lane Direct mail" }));
    await waitFor(() => expect(screen.queryByText(/^Direct mail \(/)).toBeNull());
    expect(await lanes()).not.toContain("Direct mail");
  });
});

describe("a lane's capacity (rules.md §1 Lanes)", () => {
  /** The sheet address of a Lanes row's Capacity cell, as the pane reads the table. */
  async function capacityCell(pane: Awaited<ReturnType<typeof samplePane>>, lane: string) {
    const state = await pane.state();
    const t = state.workbook.tables.Lanes!;
    const row = state.workbook.input.lanes!.findIndex((r) => r.Lane === lane);
    const col = t.firstColumn + t.headers.indexOf("Capacity");
    const address = `${String.fromCharCode(65 + col)}${t.headerRow + row + 2}`;
    return { sheet: t.sheet, address, row };
  }

  it("shows each Sales-side lane's capacity and edits it, writing only that cell", async () => {
    const { pane } = await settings();
    await screen.findByText("Inside sales (Sales side), capacity 150 new leads a month");
    fireEvent.click(screen.getByRole("button", { name: "Edit capacity of lane Inside sales" }));
    const form = screen.getByRole("form", { name: "Capacity of lane Inside sales" });
    const input = within(form).getByRole("textbox", { name: /Capacity/ });
    expect(input).toHaveProperty("value", "150");
    fireEvent.change(input, { target: { value: "lots" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save capacity" }));
    await within(form).findByText(/Capacity must be a whole number of 0 or more/);
    fireEvent.change(input, { target: { value: "220" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save capacity" }));
    await screen.findByText("Inside sales (Sales side), capacity 220 new leads a month");
    const state = await pane.state();
    expect(state.plan.demand?.capacity["Inside sales"]).toBe(220);
    expect(state.workbook.input.lanes!.find((r) => r.Lane === "Inside sales")).toMatchObject({
      Lane: "Inside sales",
      Side: "Sales",
      Capacity: 220,
    });
  });

  it("refuses to overwrite a capacity a co-author changed meanwhile, showing theirs", async () => {
    const { pane } = await settings();
    await screen.findByText("Inside sales (Sales side), capacity 150 new leads a month");
    fireEvent.click(screen.getByRole("button", { name: "Edit capacity of lane Inside sales" }));
    const form = screen.getByRole("form", { name: "Capacity of lane Inside sales" });
    const cell = await capacityCell(pane, "Inside sales");
    person(pane.workbook).setCell(cell.sheet, cell.address, 175);
    fireEvent.change(within(form).getByRole("textbox", { name: /Capacity/ }), {
      target: { value: "300" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Save capacity" }));
    await within(form).findByText(/Someone else changed it to 175 meanwhile; nothing was saved/);
    expect((await pane.state()).plan.demand?.capacity["Inside sales"]).toBe(175);
    fireEvent.click(within(form).getByRole("button", { name: "Keep yours" }));
    fireEvent.click(within(form).getByRole("button", { name: "Save capacity" }));
    await waitFor(async () =>
      expect((await pane.state()).plan.demand?.capacity["Inside sales"]).toBe(300)
    );
  });

  it("adds a Sales-side lane with a capacity; a Marketing-side lane has none", async () => {
    const { form, lane, add, pane } = await settings();
    expect(within(form).queryByRole("textbox", { name: /Capacity/ })).toBeNull();
    fireEvent.change(lane, { target: { value: "Service desk" } });
    fireEvent.click(within(form).getByRole("combobox", { name: "Side" }));
    fireEvent.click(await screen.findByRole("option", { name: "Sales" }));
    const capacity = await within(form).findByRole("textbox", { name: /Capacity/ });
    fireEvent.change(capacity, { target: { value: "-3" } });
    fireEvent.click(add);
    await within(form).findByText(/Capacity must be a whole number of 0 or more/);
    fireEvent.change(capacity, { target: { value: "80" } });
    fireEvent.click(add);
    await waitFor(
      async () =>
        expect((await pane.state()).workbook.input.lanes!.map((r) => r.Lane)).toContain(
          "Service desk"
        ),
      { timeout: 5000 }
    );
    await screen.findByText("Service desk (Sales side), capacity 80 new leads a month");
    expect((await pane.state()).plan.demand?.capacity["Service desk"]).toBe(80);
  });
});

describe("validateLane's Capacity", () => {
  it("takes blank or a whole number within the limit, for a Sales-side lane, where the table has the column", async () => {
    const plan = (await (await samplePane()).state()).plan;
    const columns = ["Lane", "Side", "Capacity"];
    const v = (Side: "Sales" | "Marketing", Capacity: string, cols: string[] = columns) =>
      validateLane({ Lane: "Desk", Side, Capacity }, plan, { columns: cols });
    expect(v("Sales", " 1,200 ")).toEqual({
      ok: true,
      row: { Lane: "Desk", Side: "Sales", Capacity: 1200 },
    });
    expect(v("Sales", "")).toEqual({
      ok: true,
      row: { Lane: "Desk", Side: "Sales", Capacity: "" },
    });
    expect(v("Sales", "1.5")).toMatchObject({ ok: false, errors: { Capacity: /whole number/ } });
    expect(v("Sales", "2000000")).toMatchObject({
      ok: false,
      errors: {
        Capacity: "Capacity can be at most 1,000,000; 2,000,000 is more than a plan can mean.",
      },
    });
    expect(v("Marketing", "10")).toMatchObject({
      ok: false,
      errors: { Capacity: /Only a Sales-side lane has a Capacity/ },
    });
    // An older plan's Lanes table without the column: the lane is added without it, or the
    // form says how to get the column.
    expect(v("Sales", "", ["Lane", "Side"])).toEqual({
      ok: true,
      row: { Lane: "Desk", Side: "Sales" },
    });
    expect(v("Sales", "10", ["Lane", "Side"])).toMatchObject({
      ok: false,
      errors: { Capacity: /no Capacity column yet: Update plan layout/ },
    });
  });
});
