/** @jest-environment jsdom */
/**
 * The measurement view: channels side by side over the months (blank is not 0),
 * channel-shift months marked and explained, the two-way scorecard for the year
 * and by month with the gap to close, the Results form, and the Import CRM report dialog.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { CrmImportDialog } from "../../src/taskpane/components/CrmImportDialog";
import type { CrmWrites } from "../../src/taskpane/import/crm";
import {
  channelSeries,
  monthScorecards,
  reportingGaps,
} from "../../src/taskpane/model/measurement";
import { emptyResultForm, resultToForm } from "../../src/taskpane/model/rowForms";
import { validateResult } from "../../src/taskpane/model/validate";
import { MeetingView } from "../../src/taskpane/views/MeetingView";
import { ResultForm } from "../../src/taskpane/views/ResultForm";
import { ResultsView } from "../../src/taskpane/views/ResultsView";
import {
  FOLLOWED_UP,
  type PlanInput,
  type PlanState,
  planStateOf,
  RESULTS_COLUMNS,
  type Row,
} from "../../src/workbook";
import { fakeActions, planInput, readState } from "./fakes";
import { samplePane } from "./pane";

/** The Results table's headers in the workbook, Followed up included. */
const HEADERS = [...RESULTS_COLUMNS, FOLLOWED_UP];

/** A plan state as the pane reads it, from rows (the workbook's Results table has `headers`). */
const stateOf = (results: Row[], settings: Row = {}, headers = HEADERS): PlanState =>
  readState(planInput({ settings, results }), {
    Results: {
      table: "Results",
      sheet: "Results",
      headerRow: 0,
      firstColumn: 0,
      headers,
      rowCount: results.length,
    },
  });

/** Print fell and web rose in February while the total held: a channel shift. */
const SHIFT: Row[] = [
  { Month: "2027-01", Channel: "Print", Leads: 100, Closed: 5, Spend: 1000, "Followed up": 95 },
  { Month: "2027-01", Channel: "Web", Leads: 100, Closed: "", Spend: 500, "Followed up": "" },
  { Month: "2027-02", Channel: "Print", Leads: 50, Closed: 2, Spend: 1000, "Followed up": 40 },
  { Month: "2027-02", Channel: "Web", Leads: 150, Closed: 6, Spend: 500, "Followed up": 120 },
];

function recorder() {
  const writes: string[] = [];
  const rows: Row[] = [];
  const crm: CrmWrites[] = [];
  const done = async () => ({ ok: true });
  const actions = fakeActions({
    addRow: async (table, row) => (writes.push(`add ${table}`), rows.push(row), done()),
    updateRow: async (ref, after) => (
      writes.push(`update ${ref.table} row ${ref.row}`),
      rows.push(after),
      done()
    ),
    deleteRow: async (ref) => (writes.push(`delete ${ref.table} row ${ref.row}`), done()),
    rowRef: (table, row) => ({ table, row, before: {} }),
    importCrm: async (w) => (crm.push(w), done()),
  });
  return { writes, rows, crm, actions };
}

const show = (node: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("the measurement model", () => {
  it("puts each channel's leads and closes side by side by month, null where not reported", () => {
    const state = stateOf(SHIFT);
    const series = channelSeries(state.plan);
    expect(series.map((s) => [s.channel, s.leads.slice(0, 3), s.closed.slice(0, 3)])).toEqual([
      ["Print", [100, 50, null], [5, 2, null]],
      ["Web", [100, 150, null], [null, 6, null]],
    ]);
  });

  it("lists what is not reported as the gap to close, and scores each month", () => {
    const state = stateOf(SHIFT);
    expect(reportingGaps(state.plan)).toEqual([
      { month: "2027-01", closes: ["Web"], followUps: ["Web"] },
    ]);
    const [jan, feb, mar] = monthScorecards(state.plan);
    expect(jan.card.marketing).toEqual({
      leads: 200,
      closed: 5,
      closeRate: 0.05,
      costPerClosed: 200,
    });
    expect(jan.card.sales).toEqual({
      followUpRate: 0.95,
      followUpTarget: 0.9,
      closedFromReportedLeads: 5,
    });
    expect(feb.card.sales.followUpRate).toBe(0.8);
    expect(mar).toMatchObject({ month: "2027-03", reported: false });
  });
});

describe("the Results view", () => {
  it("shows the channels side by side, marks the channel-shift month and explains it", () => {
    const state = stateOf(SHIFT);
    expect(state.check.flags.map((f) => f.code)).toContain("channel-shift");
    show(<ResultsView state={state} actions={recorder().actions} />);
    const table = screen.getByRole("table", { name: "Leads by channel and month" });
    expect(within(table).getByRole("columnheader", { name: "Feb (shift)" })).toBeTruthy();
    const web = within(table).getByRole("row", { name: /^Web/ });
    expect(
      within(web)
        .getAllByRole("cell")
        .map((c) => c.textContent)
        .slice(0, 4)
    ).toEqual(["Web", "100", "150", "—"]);
    const shifts = screen.getByRole("list", { name: "Channel shifts" });
    expect(shifts.textContent).toMatch(/Feb 2027:.*Print leads fell 50%.*Web leads rose 50%/);
    // The closed deals, side by side too.
    fireEvent.click(screen.getByRole("tab", { name: "Closed deals" }));
    const closed = screen.getByRole("table", { name: "Closed deals by channel and month" });
    expect(
      within(within(closed).getByRole("row", { name: /^Web/ })).getAllByRole("cell")[1].textContent
    ).toBe("—");
  });

  it("shows the two-way scorecard for the year and the chosen month, never a blank as 0", () => {
    const state = stateOf(SHIFT);
    show(<ResultsView state={state} actions={recorder().actions} />);
    const card = screen.getByRole("table", { name: "Scorecard" });
    const row = (name: RegExp) => within(card).getByRole("row", { name }).textContent;
    expect(row(/Follow-up rate/)).toBe(
      "Sales: Follow-up rate85% (target 90%, below)80% (target 90%, below)"
    );
    // Each rate says what it is computed from: January's Web leads report no closes.
    expect(row(/Close rate/)).toBe(
      "Close rate4%: 13 closed of the 300 leads whose closes are reported" +
        "4%: 8 closed of the 200 leads whose closes are reported"
    );
    expect(row(/Cost per closed deal/)).toBe(
      "Cost per closed deal$192: $2,500 over the 13 closed deals whose spend is reported" +
        "$188: $1,500 over the 8 closed deals whose spend is reported"
    );
    const gaps = screen.getByRole("list", { name: "Not reported" });
    expect(gaps.textContent).toBe(
      "Jan 2027: closed deals not reported for Web; follow-ups not reported for Web."
    );
  });

  it("shows beside a channel's close rate and cost per closed deal the counts they use, when not the row's own", () => {
    const state = stateOf([
      ...SHIFT,
      { Month: "2027-01", Channel: "Paid Social", Leads: 1, Closed: 0, Spend: 100 },
      { Month: "2027-02", Channel: "Paid Social", Leads: 1, Closed: "", Spend: 100 },
      { Month: "2027-03", Channel: "Paid Social", Leads: "", Closed: 1, Spend: 200 },
    ]);
    show(<ResultsView state={state} actions={recorder().actions} />);
    const table = screen.getByRole("table", { name: "Results by channel" });
    const cells = (name: RegExp) =>
      within(within(table).getByRole("row", { name }))
        .getAllByRole("cell")
        .map((c) => c.textContent);
    // Leads 2, Closed 1: the rate uses the one lead whose close is reported, and says so.
    expect(cells(/^Paid Social/)).toEqual([
      "Paid Social",
      "$400",
      "2",
      "not reported",
      "1",
      "0%: 0 closed of the 1 lead whose closes are reported",
      "$100",
      "$300: $300 over the 1 closed deal whose spend is reported",
    ]);
    // Print reports every figure in every row: its rates stand alone.
    expect(cells(/^Print/)).toEqual([
      "Print",
      "$2,000",
      "150",
      "not reported",
      "7",
      "5%",
      "$13",
      "$286",
    ]);
  });

  it("says not reported for a month without results, and the Meeting view shows the scorecard too", async () => {
    const sample = (await (await samplePane()).state()) as PlanState;
    // The sample as it was before its Results carried Followed up: no follow-ups reported.
    const noFollowUps = sample.workbook.input.results!.map((r) => ({ ...r, "Followed up": null }));
    const input: PlanInput = { ...sample.workbook.input, results: noFollowUps };
    const state = planStateOf({ ...sample.workbook, input });
    show(<MeetingView state={state} actions={recorder().actions} />);
    const card = screen.getByRole("table", { name: "Scorecard" });
    // No follow-ups reported: not reported, not 0%.
    expect(within(card).getByRole("row", { name: /Follow-up rate/ }).textContent).toMatch(
      /not reported/
    );
    expect(within(card).getByRole("row", { name: /Follow-up rate/ }).textContent).not.toMatch(/0%/);
  });
});

describe("the Results form", () => {
  it("validates with the checker's rules and writes the month as a plan month", () => {
    const state = stateOf(SHIFT);
    const form = {
      ...emptyResultForm(state.plan, new Date(2027, 2, 10)),
      Channel: "Web",
      Leads: "10",
      Closed: "12",
    };
    expect(form.Month).toBe("2027-03");
    const bad = validateResult(form, state.plan, HEADERS);
    expect(bad).toEqual({
      ok: false,
      errors: { Closed: expect.stringMatching(/Closed \(12\) is more than Leads \(10\)/) },
    });
    const good = validateResult({ ...form, Closed: "2", "Followed up": "9" }, state.plan, HEADERS);
    expect(good).toEqual({
      ok: true,
      row: expect.objectContaining({
        Month: "2027-03",
        Channel: "Web",
        Leads: 10,
        Closed: 2,
        "Followed up": 9,
        Spend: "",
      }),
    });
    // A table without Followed up gets no such cell.
    const older = validateResult({ ...form, Closed: "2" }, state.plan, HEADERS.slice(0, 9));
    expect(older.ok && "Followed up" in older.row).toBe(false);
    expect(resultToForm(state.plan.results[1])).toMatchObject({
      Closed: "",
      Leads: "100",
      "Followed up": "",
    });
  });

  it("edits a Results row through its Edit button in the view, validated, then updated", async () => {
    const state = stateOf(SHIFT);
    const { writes, rows, actions } = recorder();
    show(<ResultsView state={state} actions={actions} />);
    fireEvent.click(screen.getByRole("button", { name: "Edit results Feb 2027 Web" }));
    const dialog = await screen.findByRole(
      "dialog",
      { name: "Edit results: Feb 2027 Web" },
      { timeout: 30000 }
    );
    fireEvent.change(within(dialog).getByRole("textbox", { name: /^Closed/ }), {
      target: { value: "7" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(writes).toEqual(["update Results row 4"]));
    // Only the field the person changed is written.
    expect(rows[0]).toEqual({ Closed: 7 });
  });

  it("offers no Followed up field when the Results table has no such column", async () => {
    const state = stateOf(SHIFT, {}, HEADERS.slice(0, 9));
    const { actions } = recorder();
    show(
      <ResultForm
        state={state}
        actions={actions}
        initial={emptyResultForm(state.plan)}
        edit={null}
        onClose={() => {}}
      />
    );
    await screen.findByRole("dialog", { name: "Add results" });
    expect(screen.queryByRole("textbox", { name: /^Followed up/ })).toBeNull();
    expect(screen.getByRole("textbox", { name: /^Leads/ })).toBeTruthy();
  });
});

describe("the Import CRM report dialog", () => {
  const choose = (text: string) => {
    const input = screen.getByLabelText("CRM report file") as HTMLInputElement;
    const file = new File([text], "report.csv", { type: "text/csv" });
    Object.defineProperty(file, "text", { value: async () => text });
    fireEvent.change(input, { target: { files: [file] } });
  };

  it("lists a line counted in part with what was not counted and why", async () => {
    const state = stateOf(SHIFT);
    const { actions } = recorder();
    show(<CrmImportDialog state={state} actions={actions} onClose={jest.fn()} />);
    choose(
      [
        "Lead Source,Created Date,Stage,Close Date,Amount",
        "Web,2/14/2027,Closed Won,2/20/2027,100",
        "Web,2/15/2027,Closed Won,2/21/2027,abc",
        "Web,someday,Closed Won,2/22/2027,50",
      ].join("\n")
    );
    await screen.findByText(/Columns: a Salesforce export/);
    expect(screen.getByRole("note", { name: "Import summary" }).textContent).toMatch(
      /3 lines: .*; 0 lines rejected, 2 lines counted in part\./
    );
    const partly = screen.getByRole("list", { name: "Lines counted in part" });
    expect(partly.textContent).toMatch(
      /Line 3: Amount 'abc' is not an amount of 0 or more — its lead is counted, its deal is not\./
    );
    expect(partly.textContent).toMatch(
      /Line 4: Created Date 'someday' is not a date .* — its won deal is counted \(closed Feb 2027\), its lead is not\./
    );
  });

  it("a won deal without an Amount: counted in part, and the row's revenue says it leaves it out", async () => {
    const state = stateOf(SHIFT);
    const { actions } = recorder();
    show(<CrmImportDialog state={state} actions={actions} onClose={jest.fn()} />);
    choose(
      [
        "Lead Source,Created Date,Stage,Close Date,Amount",
        "Events,3/1/2027,Closed Won,3/20/2027,100",
        "Events,3/2/2027,Closed Won,3/21/2027,",
        "Fairs,3/3/2027,Closed Won,3/22/2027,",
      ].join("\n")
    );
    await screen.findByText(/Columns: a Salesforce export/);
    expect(screen.getByRole("note", { name: "Import summary" }).textContent).toMatch(
      /3 lines: .*; 0 lines rejected, 2 lines counted in part\./
    );
    expect(screen.getByRole("list", { name: "Lines counted in part" }).textContent).toMatch(
      /Line 3: Amount is blank for a won deal — its lead and its deal are counted \(closed Mar 2027\), its revenue is not\./
    );
    expect(screen.queryByRole("list", { name: "Lines to check" })).toBeNull();
    const rows = [...screen.getByRole("list", { name: "Rows to add" }).querySelectorAll("li")];
    expect(rows.map((li) => li.textContent)).toEqual([
      "Mar 2027 Events: 2 leads, 2 closed deals, revenue 100 (leaves out 1 won deal without an Amount)",
      "Mar 2027 Fairs: 1 lead, 1 closed deal, revenue not reported (1 won deal without an Amount)",
    ]);
  });

  it("shows the date format, the rows to add and every rejected line before writing", async () => {
    const state = stateOf(SHIFT);
    const { crm, actions } = recorder();
    const onClose = jest.fn();
    show(<CrmImportDialog state={state} actions={actions} onClose={onClose} />);
    expect((screen.getByRole("button", { name: "Write" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    choose(
      [
        "Lead Source,Created Date,Stage,Close Date,Amount",
        "Web,2/14/2027,Closed Won,2/20/2027,100",
        "Events,3/1/2027,Prospecting,,",
        "Events,2027-03-02,Prospecting,,",
        ",3/3/2027,Prospecting,,",
      ].join("\n")
    );
    await screen.findByText(/Columns: a Salesforce export/);
    expect(screen.getByRole("note", { name: "Date format" }).textContent).toMatch(
      /^Dates read as M\/D\/YYYY \(for example 3\/15\/2027\): 4 of 5 dates\./
    );
    expect(screen.getByRole("note", { name: "Import summary" }).textContent).toMatch(
      /4 lines: 1 Results row to add, 1 to update, 0 unchanged; 2 lines rejected\./
    );
    expect(screen.getByRole("list", { name: "Rows to add" }).textContent).toBe(
      "Mar 2027 Events: 1 lead, 0 closed deals, revenue 0"
    );
    expect(screen.getByRole("list", { name: "Rows to update" }).textContent).toMatch(
      /^Results row 4, Feb 2027 Web: Leads 150 → 1, Closed 6 → 1, Revenue \(blank\) → 100 \(typed by hand\)$/
    );
    const rejected = screen.getByRole("list", { name: "Lines rejected" }).textContent;
    expect(rejected).toMatch(
      /Line 4: Created Date '2027-03-02' is not a date written as M\/D\/YYYY/
    );
    expect(rejected).toMatch(/Line 5: Lead Source is blank/);
    // The row typed by hand stays unless ticked.
    fireEvent.click(screen.getByRole("button", { name: "Write 1 row" }));
    await waitFor(() => expect(crm).toHaveLength(1));
    expect(crm[0]).toMatchObject({
      updates: [],
      keptByHand: 1,
      additions: [{ Month: "2027-03", Channel: "Events", Leads: 1 }],
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("writes nothing for a file that cannot be read, and says why", async () => {
    const state = stateOf(SHIFT);
    const { crm, actions } = recorder();
    show(<CrmImportDialog state={state} actions={actions} onClose={() => {}} />);
    choose('Lead Source,Created Date\nWeb,"3/1/2027\n');
    await screen.findByText(/never ends\. Nothing will be written\./);
    expect((screen.getByRole("button", { name: "Write" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    expect(crm).toEqual([]);
  });
});
