/** @jest-environment jsdom */
/**
 * Settings says what a plan set up before the newer layout lacks and offers "Update plan layout"
 * (real hooks over the simulated host); it also says when Excel is too old for dropdowns.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
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

const show = (host: ExcelHost) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Settings host={host} />
    </FluentProvider>
  );

describe("Update plan layout in Settings", () => {
  it("a plan that lacks the newer tables says so, and the button adds them", async () => {
    const pane = await samplePane();
    // The plan as set up before the Doors, Targets and Baselines tables existed.
    for (const name of ["Doors", "Targets", "Baselines"]) {
      pane.workbook.deleteTable(pane.workbook.table(name), true);
      pane.workbook.deleteSheet(pane.workbook.sheet(name));
    }
    show(pane.host);
    await screen.findByText("This plan lacks newer parts");
    screen.getByText(/It lacks the Doors, Targets and Baselines tables\./);
    fireEvent.click(screen.getByRole("button", { name: "Update plan layout" }));
    await waitFor(() => expect(pane.workbook.findTable("Doors")).toBeDefined());
    await waitFor(() => expect(screen.queryByText("This plan lacks newer parts")).toBeNull());
    expect(pane.workbook.findTable("Targets")).toBeDefined();
    expect(pane.workbook.findTable("Baselines")).toBeDefined();
  });

  it("a plan set up today lacks nothing: no bar", async () => {
    const pane = await samplePane();
    show(pane.host);
    await screen.findByRole("textbox", { name: "Plan starts" });
    expect(screen.queryByText("This plan lacks newer parts")).toBeNull();
    expect(screen.queryByText(/cannot add dropdowns/)).toBeNull();
  });

  it("below Excel API 1.8, Settings says the tables have no dropdowns", async () => {
    const pane = await samplePane();
    const old: ExcelHost = {
      ...pane.host,
      isSetSupported: (_, version) => Number(version.split(".")[1]) <= 7,
    };
    show(old);
    await screen.findByText(/before Excel API 1\.8\) cannot add dropdowns/);
  });
});
