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
import { samplePane } from "./pane";

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
