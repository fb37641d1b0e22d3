/** Every view renders the sample plan (server-side, no browser): no crash, the names the e2e tests look for. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { samplePlan } from "../../src/domain";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { BudgetView } from "../../src/taskpane/views/BudgetView";
import { CalendarView } from "../../src/taskpane/views/CalendarView";
import { FlagsView } from "../../src/taskpane/views/FlagsView";
import { MeetingView } from "../../src/taskpane/views/MeetingView";
import { ResultsView } from "../../src/taskpane/views/ResultsView";
import { SettingsView } from "../../src/taskpane/views/SettingsView";
import { loadPlan, type PlanState, setUpPlan } from "../../src/workbook";
import { emptyWorkbook, seat } from "../workbook/sim";

const ok = async () => ({ ok: true });
const actions: Actions = {
  busy: null,
  progress: null,
  error: null,
  dismissError: () => {},
  notice: null,
  dismissNotice: () => {},
  addRow: ok,
  updateRow: ok,
  deleteRow: ok,
  rowRef: () => null,
  selectRows: async () => {},
  setUpPlan: ok,
  rebuildSheets: ok,
  importRows: ok,
  saveSetting: ok,
};

let state: PlanState;
beforeAll(async () => {
  const { host } = seat(emptyWorkbook());
  await setUpPlan(host, { rows: samplePlan(2027) });
  state = await loadPlan(host);
});

const render = (node: JSX.Element) =>
  renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("views on the sample plan", () => {
  it("Calendar: a table named Calendar, a button per activity starting with its name", () => {
    const html = render(<CalendarView state={state} actions={actions} />);
    expect(html).toContain('aria-label="Calendar"');
    expect(html).toContain("Add activity");
    for (const a of state.plan.activities) expect(html).toContain(`aria-label="${a.activity} (`);
  });

  it("Flags: each flag's message in a list item", () => {
    const html = render(<FlagsView state={state} actions={actions} />);
    expect(state.check.flags.length).toBeGreaterThan(0);
    const text = html.replace(/<[^>]+>/g, "");
    for (const f of state.check.flags.slice(0, 5))
      expect(text).toContain(f.message.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").slice(0, 30));
  });

  it("Budget, Results, Meeting and Settings render", () => {
    expect(render(<BudgetView state={state} actions={actions} />)).toContain(
      "Budget by month and team"
    );
    const results = render(<ResultsView state={state} actions={actions} />);
    expect(results).toContain("Cost per closed deal");
    expect(render(<MeetingView state={state} actions={actions} />)).toContain(
      "The year at a glance"
    );
    expect(render(<SettingsView state={state} actions={actions} />)).toContain("Plan starts");
  });

  it("each sideways-scrolling table wrapper is a named region reachable by Tab", () => {
    const wrappers = [
      [render(<ResultsView state={state} actions={actions} />), "Results by channel"],
      [render(<BudgetView state={state} actions={actions} />), "Budget by month and team"],
    ];
    for (const [html, table] of wrappers) {
      const region = /<div [^>]*role="region"[^>]*>\s*<table[^>]*aria-label="([^"]+)"/.exec(html);
      expect(region?.[1]).toBe(table);
      expect(region?.[0]).toMatch(/tabindex="0"/);
      expect(region?.[0]).toMatch(new RegExp(`aria-label="${table}[^"]*"`));
    }
  });
});
