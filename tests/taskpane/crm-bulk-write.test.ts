/**
 * The CRM import's write on the simulated Excel: a re-import's updates go in one
 * bulk write, so changing many Results rows costs the same few syncs as changing
 * one; and a co-author's edit between the preview and the write refuses the
 * whole import, naming the row, with nothing written.
 */
import { samplePlan } from "../../src/domain";
import { crmWrites, parseCrmFile, previewCrm } from "../../src/taskpane/import/crm";
import { writeCrmImport } from "../../src/taskpane/import/crmWrite";
import {
  CRM_RECORD_SETTING,
  findName,
  loadPlan,
  type PlanState,
  RowsRefused,
  setUpPlan,
} from "../../src/workbook";
import { emptyWorkbook, person, seat } from "../workbook/sim";

const HEADER = '"Opportunity Name","Lead Source","Created Date","Stage","Close Date","Amount"';

/** A Salesforce export with `leads(channel, month)` open opportunities per channel and month. */
function exportOf(channels: string[], leads: (channel: number, month: number) => number): string {
  const lines = [HEADER];
  channels.forEach((channel, c) => {
    for (let m = 1; m <= 12; m++)
      for (let n = 0; n < leads(c, m); n++)
        lines.push(`"Opp ${c}-${m}-${n}","${channel}","${m}/${n + 1}/2027","Prospecting","",""`);
  });
  return lines.join("\r\n");
}

const CHANNELS = Array.from({ length: 20 }, (_, i) => `Partner ${i + 1}`);

async function setUp() {
  const workbook = emptyWorkbook();
  const pane = seat(workbook, "pane");
  const coauthor = seat(workbook, "coauthor");
  await setUpPlan(pane.host, { rows: samplePlan(2027) });
  return { workbook, pane, coauthor };
}

function writesFor(state: PlanState, text: string) {
  const preview = previewCrm(parseCrmFile(text), state);
  const writes = crmWrites(preview, state, { overwriteByHand: false, keepMapping: false });
  if (!writes) throw new Error(preview.errors.join(" "));
  return writes;
}

const record = (state: PlanState) =>
  state.workbook.input.settings[findName(state.workbook.input.settings, CRM_RECORD_SETTING)!];

describe("writing a CRM import", () => {
  it("re-imports many changed rows in the same few syncs as one", async () => {
    const { pane } = await setUp();
    const first = writesFor(
      await loadPlan(pane.host),
      exportOf(CHANNELS, () => 2)
    );
    expect(first.additions).toHaveLength(CHANNELS.length * 12);
    await writeCrmImport(pane.host, first, { currency: "USD" });

    // One channel's January gains a lead: one row changes.
    const one = writesFor(
      await loadPlan(pane.host),
      exportOf(CHANNELS, (c, m) => (c === 0 && m === 1 ? 3 : 2))
    );
    expect(one.updates).toHaveLength(1);
    pane.client.stats.reset();
    await writeCrmImport(pane.host, one, { currency: "USD" });
    const syncsForOne = pane.client.stats.syncs;

    // Every channel's every month gains leads: 240 rows change.
    const all = writesFor(
      await loadPlan(pane.host),
      exportOf(CHANNELS, () => 4)
    );
    expect(all.updates).toHaveLength(CHANNELS.length * 12);
    expect(all.additions).toEqual([]);
    pane.client.stats.reset();
    await writeCrmImport(pane.host, all, { currency: "USD" });
    // The updates' read and write, the import record's read and write.
    expect(pane.client.stats.syncs).toBe(syncsForOne);
    expect(pane.client.stats.syncs).toBeLessThanOrEqual(4);
    const state = await loadPlan(pane.host);
    const partners = state.plan.results.filter((r) => r.channel.startsWith("Partner "));
    expect(partners).toHaveLength(CHANNELS.length * 12);
    expect(partners.every((r) => r.leads === 4)).toBe(true);
  });

  it("refuses the whole import when a co-author changed a row since the preview", async () => {
    const { workbook, pane, coauthor } = await setUp();
    await writeCrmImport(
      pane.host,
      writesFor(
        await loadPlan(pane.host),
        exportOf(CHANNELS.slice(0, 2), () => 1)
      ),
      { currency: "USD" }
    );
    // The preview: Partner 1's March gains a lead (an update) and Partner 3 is new (additions).
    const state = await loadPlan(pane.host);
    const writes = writesFor(
      state,
      exportOf(CHANNELS.slice(0, 3), (c, m) => (c === 0 && m === 3 ? 2 : 1))
    );
    expect(writes.updates).toHaveLength(1);
    expect(writes.additions).toHaveLength(12);
    const row = writes.updates[0].row;
    // Meanwhile a co-author types another count into that row's Leads.
    await coauthor.host.run(async (context) => {
      const body = context.workbook.tables.getItem("Results").getDataBodyRange();
      body.getCell(row - 1, 5).values = [[40]];
      await context.sync();
    });
    const sheet = person(workbook).getValues("Results", "A1:J400");
    const error = await writeCrmImport(pane.host, writes, { currency: "USD" }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(RowsRefused);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Nothing was imported: a Results row changed since the preview\\. Results row ${row} \\(2027-03, Partner 1\\): Leads is now '40'\\..*Import the report again`
      )
    );
    // Nothing was written: no update, no new row, no import record.
    expect(person(workbook).getValues("Results", "A1:J400")).toEqual(sheet);
    const after = await loadPlan(pane.host);
    expect(record(after)).toEqual(record(state));
  });
});
