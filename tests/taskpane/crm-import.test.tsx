/** @jest-environment jsdom */
/**
 * Import CRM report through the pane's pure module and the importCrm action, on
 * the simulated Excel with the sample plan: a Salesforce-shaped export is
 * previewed, written, and imported again as updates (no copies); a row typed by
 * hand is changed only when asked; a mapping chosen by hand is kept in Settings.
 */
import "./dom";
import { act, renderHook } from "@testing-library/react";
import { useActions } from "../../src/taskpane/hooks/useActions";
import { crmWrites, parseCrmFile, previewCrm } from "../../src/taskpane/import/crm";
import {
  CRM_MAPPING_SETTING,
  CRM_RECORD_SETTING,
  type CrmMapping,
  findName,
  type PlanState,
} from "../../src/workbook";
import { samplePane, type SamplePane } from "./pane";

const SF_HEADER = '"Opportunity Name","Lead Source","Created Date","Stage","Close Date","Amount"';
/** A Salesforce opportunities export: quoted fields, US dates, the report's footer. */
function salesforceCsv(extraWebLead = false): string {
  return [
    SF_HEADER,
    '"Acme","Web","1/14/2027","Closed Won","3/2/2027","12,000.00"',
    '"Globex","Web","1/20/2027","Prospecting","4/30/2027","5,000.00"',
    '"Initech","Trade Show","2/3/2027","Closed Lost","2/28/2027","8,000.00"',
    '"Umbrella","=1+2","2/13/2027","Closed Won","3/30/2027","2,500.00"',
    ...(extraWebLead ? ['"Hooli","Web","1/22/2027","Prospecting","5/15/2027",""'] : []),
    '"Stark","Spring TV","3/10/2027","Prospecting","6/30/2027",""',
    "",
    '"Grand Totals (5 records)"',
    '"Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved."',
    "",
  ].join("\r\n");
}

function setting(state: PlanState, name: string) {
  const k = findName(state.workbook.input.settings, name);
  return k === undefined ? undefined : state.workbook.input.settings[k];
}

async function write(
  pane: SamplePane,
  csv: string,
  options = { overwriteByHand: false, keepMapping: false },
  mapping: CrmMapping | null = null
) {
  const state = await pane.state();
  const preview = previewCrm(parseCrmFile(csv), state, mapping);
  const writes = crmWrites(preview, state, options);
  if (!writes) throw new Error(preview.errors.join(" "));
  const { result } = renderHook(() => useActions(pane.host, state));
  await act(async () => {
    const outcome = await result.current.importCrm(writes);
    if (!outcome.ok) throw new Error(outcome.error);
  });
  return { preview, writes, notice: result.current.notice };
}

describe("parsing a CRM export", () => {
  it("reads a BOM, semicolons and quoted fields, and keeps the file's line numbers", () => {
    const f = parseCrmFile(
      '\uFEFFLead Source;Created Date\r\n"Web; EU";15.03.2027\r\n\r\nPrint;16.03.2027\r\n'
    );
    expect(f.errors).toEqual([]);
    expect(f.delimiter).toBe(";");
    expect(f.headers).toEqual(["Lead Source", "Created Date"]);
    expect(f.lines.slice(0, 3)).toEqual([["Web; EU", "15.03.2027"], [""], ["Print", "16.03.2027"]]);
  });

  it("says why a file cannot be read, and the preview offers nothing to write", async () => {
    const state = await (await samplePane()).state();
    expect(parseCrmFile("").errors).toEqual(["The file is empty."]);
    expect(parseCrmFile("PK\u0003\u0004\u0000\u0000").errors[0]).toMatch(/not a CSV text file/);
    const broken = parseCrmFile('Lead Source,Created Date\nWeb,"1/2/2027\nPrint,1/3/2027\n');
    expect(broken.errors[0]).toMatch(/a quoted field that starts on line \d+ never ends/);
    const preview = previewCrm(broken, state);
    expect(preview.report).toBeNull();
    expect(crmWrites(preview, state, { overwriteByHand: true, keepMapping: true })).toBeNull();
  });

  it("asks for a mapping when the file is neither Salesforce's nor HubSpot's", async () => {
    const state = await (await samplePane()).state();
    const preview = previewCrm(parseCrmFile("Source,Created on\nWeb,2027-01-02\n"), state);
    expect(preview.recognised).toBeNull();
    expect(preview.mapping).toBeNull();
    expect(crmWrites(preview, state, { overwriteByHand: false, keepMapping: false })).toBeNull();
  });
});

describe("importing a Salesforce export into the workbook", () => {
  it("previews additions and updates, writes them, and imports again as updates, not copies", async () => {
    const pane = await samplePane();
    const before = await pane.state();
    const rowsBefore = before.plan.results.length;
    const first = await write(pane, salesforceCsv());
    expect(first.preview.recognised?.kind).toBe("Salesforce");
    expect(first.preview.report?.dates.format).toBe("M/D/YYYY");
    expect(first.preview.report?.footerLines).toBe(2);
    // Spring TV in March is a sample row typed by hand: its Leads would change, so it is left alone.
    expect(first.preview.merge?.updates).toEqual([
      expect.objectContaining({ channel: "Spring TV", month: "2027-03", byHand: true }),
    ]);
    expect(first.writes.keptByHand).toBe(1);
    expect(first.notice).toMatch(/added, 1 typed by hand left as they were/);

    let state = await pane.state();
    const added = state.plan.results.length - rowsBefore;
    expect(added).toBe(first.writes.additions.length);
    const web = state.plan.results.filter((r) => r.channel === "Web");
    expect(web.map((r) => [r.month, r.leads, r.closed, r.revenue])).toEqual([
      ["2027-01", 2, 0, 0],
      ["2027-03", null, 1, 12000],
    ]);
    // A source that looks like a formula is written as text, not calculated.
    expect(state.plan.results.some((r) => r.channel === "=1+2")).toBe(true);
    expect(typeof setting(state, CRM_RECORD_SETTING)).toBe("string");
    const springTv = state.plan.results.find(
      (r) => r.channel === "Spring TV" && r.month === "2027-03"
    );
    expect(springTv?.leads).toBe(380);

    // The same file again: nothing to add or change.
    const again = previewCrm(parseCrmFile(salesforceCsv()), state);
    expect(again.merge?.additions).toEqual([]);
    expect(again.merge?.updates.filter((u) => !u.byHand)).toEqual([]);

    // One more Web lead in January: one cell changes, no row is added.
    const second = await write(pane, salesforceCsv(true));
    expect(second.writes.additions).toEqual([]);
    expect(second.writes.updates).toEqual([expect.objectContaining({ after: { Leads: 3 } })]);
    state = await pane.state();
    expect(state.plan.results.length - rowsBefore).toBe(added);
    expect(
      state.plan.results.find((r) => r.channel === "Web" && r.month === "2027-01")?.leads
    ).toBe(3);
  });

  it("changes a row typed by hand only when the person ticks the box", async () => {
    const pane = await samplePane();
    const { writes } = await write(pane, salesforceCsv(), {
      overwriteByHand: true,
      keepMapping: false,
    });
    expect(writes.keptByHand).toBe(0);
    const state = await pane.state();
    // The row as the sheet holds it: the sample's March Spring TV row (the one with Spend 60,000).
    const springTv = state.workbook.input.results!.find(
      (r) => r.Channel === "Spring TV" && r.Spend === 60000
    );
    // Leads, Closed and Revenue come from the report; Spend, Qualified and Followed up, typed by
    // hand, stay.
    expect(springTv).toMatchObject({
      Leads: 1,
      Closed: 0,
      Revenue: 0,
      Spend: 60000,
      Qualified: 150,
      "Followed up": 300,
    });
    // Its hand-typed Followed up (300) now exceeds the imported Leads (1): the row stays in the
    // sheet and the checker names it as a problem, rather than the import changing a typed cell.
    expect(
      state.plan.problems.some((p) => p.table === "Results" && /Followed up/.test(p.message))
    ).toBe(true);
  });

  it("keeps a mapping chosen by hand in Settings, as text, and uses it next time", async () => {
    const pane = await samplePane();
    const csv = [
      "Source;Created on;Phase;Won on;Value",
      "Partners;02.01.2027;Signed;20.02.2027;1.500,50",
      "Partners;03.01.2027;Prospecting;;",
      "Partners;04.01.2027;Paused;;",
    ].join("\n");
    const mapping: CrmMapping = {
      channel: "Source",
      created: "Created on",
      stage: "Phase",
      won: null,
      closeDate: "Won on",
      amount: "Value",
      wonStages: ["Signed"],
      dateFormat: null,
    };
    const preview = previewCrm(parseCrmFile(csv), await pane.state(), mapping);
    // An unknown stage loses the deal, not the lead the line reports.
    expect(preview.report?.rejected).toEqual([]);
    expect(preview.report?.partial).toEqual([
      {
        line: 4,
        message: expect.stringMatching(
          /Phase 'Paused' is not a stage this import knows .* — its lead is counted, its deal is not\.$/
        ),
      },
    ]);
    // February closes a deal but creates no lead: its row reports the close and leaves Leads blank.
    expect(preview.report?.notes).toEqual([
      expect.stringMatching(/^Feb 2027 Partners: 1 closed deal but 0 leads/),
    ]);
    await write(pane, csv, { overwriteByHand: false, keepMapping: true }, mapping);
    const state = await pane.state();
    const kept = setting(state, CRM_MAPPING_SETTING);
    expect(typeof kept).toBe("string");
    expect(JSON.parse(String(kept))).toMatchObject({
      Channel: "Source",
      "Won stages": ["Signed"],
    });
    const next = previewCrm(parseCrmFile(csv), state);
    expect(next.recognised?.kind).toBe("saved mapping");
    expect(next.report?.dates.format).toBe("D.M.YYYY");
    expect(
      state.plan.results
        .filter((r) => r.channel === "Partners")
        .map((r) => [r.month, r.leads, r.closed, r.revenue])
    ).toEqual([
      ["2027-01", 3, 0, 0],
      ["2027-02", null, 1, 1500.5],
    ]);
  });
});
