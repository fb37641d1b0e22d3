/** @jest-environment jsdom */
/** Every view renders the sample plan (in jsdom): no crash, and the roles and names the e2e tests look for. */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { BudgetView } from "../../src/taskpane/views/BudgetView";
import { CalendarView } from "../../src/taskpane/views/CalendarView";
import { FlagsView } from "../../src/taskpane/views/FlagsView";
import { MeetingView } from "../../src/taskpane/views/MeetingView";
import { ResultsView } from "../../src/taskpane/views/ResultsView";
import { SettingsView } from "../../src/taskpane/views/SettingsView";
import type { PlanState } from "../../src/workbook";
import { fakeActions } from "./fakes";
import { samplePane } from "./pane";

const actions = fakeActions();

let state: PlanState;
beforeAll(async () => {
  state = await (await samplePane()).state();
});

const show = (node: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** Matches a name that starts with `text`, taken literally. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

describe("views on the sample plan", () => {
  it("Calendar: a table named Calendar, a button per activity starting with its name", () => {
    show(<CalendarView state={state} actions={actions} />);
    screen.getByRole("table", { name: "Calendar" });
    screen.getByRole("button", { name: "Add activity" });
    for (const a of state.plan.activities)
      expect(screen.getAllByRole("button", { name: startsWith(`${a.activity} (`) })).not.toEqual(
        []
      );
  });

  it("Flags: each flag's message in a list item", () => {
    show(<FlagsView state={state} actions={actions} />);
    expect(state.check.flags.length).toBeGreaterThan(0);
    const items = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    for (const f of state.check.flags.slice(0, 5))
      expect(items.some((text) => text.includes(f.message.slice(0, 30)))).toBe(true);
  });

  it("Budget, Results, Meeting and Settings render", () => {
    show(<BudgetView state={state} actions={actions} />);
    screen.getByRole("table", { name: "Budget by month and team" });
    show(<ResultsView state={state} actions={actions} />);
    screen.getByRole("columnheader", { name: "Cost per closed deal" });
    show(<MeetingView state={state} actions={actions} />);
    screen.getByRole("heading", { name: "The year at a glance" });
    show(<SettingsView state={state} actions={actions} />);
    screen.getByRole("textbox", { name: "Plan starts" });
  });

  it("each sideways-scrolling table wrapper is a named region reachable by Tab", () => {
    const wrappers: Array<[JSX.Element, string]> = [
      [<ResultsView key="results" state={state} actions={actions} />, "Results by channel"],
      [<BudgetView key="budget" state={state} actions={actions} />, "Budget by month and team"],
    ];
    for (const [view, table] of wrappers) {
      const { unmount } = show(view);
      const region = screen.getByRole("region", { name: startsWith(table) });
      // The region holds the table itself, as its first element.
      expect(region.firstElementChild).toBe(within(region).getByRole("table", { name: table }));
      expect(region.getAttribute("tabindex")).toBe("0");
      unmount();
    }
  });
});
