/**
 * Import CRM report on a 50,000-line Salesforce-shaped export, on the simulated
 * host with the sample plan: the time from the file's text to the preview, and
 * the write's time, syncs, bytes and largest request; then a re-import where
 * one month moved (updates only, no copies).
 */
import { samplePlan } from "../src/domain";
import { simHost } from "../src/simulator/excel-host";
import { connectClient } from "../src/simulator/host";
import { Workbook } from "../src/simulator/workbook";
import { crmWrites, parseCrmFile, previewCrm } from "../src/taskpane/import/crm";
import { writeCrmImport } from "../src/taskpane/import/crmWrite";
import { type ExcelHost, loadPlan, setUpPlan } from "../src/workbook";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const CHANNELS = Array.from({ length: 30 }, (_, i) => `Channel ${i + 1}`);
const STAGES = ["Prospecting", "Qualification", "Negotiation/Review", "Closed Lost", "Closed Won"];

/** A Salesforce opportunities export: quoted fields, US dates, amounts with separators, the footer. */
export function salesforceExport(lines: number, bump = 0): string {
  const out = [
    '"Opportunity Name","Account Name","Lead Source","Created Date","Stage","Close Date","Amount","Opportunity Owner"',
  ];
  for (let i = 0; i < lines + bump; i++) {
    const month = (i % 12) + 1;
    const day = (Math.floor(i / 12) % 28) + 1;
    const stage = STAGES[i % STAGES.length];
    const close = Math.min(12, month + (i % 3));
    out.push(
      `"Opportunity ${i}","Account ${i % 977}","${CHANNELS[Math.floor(i / 12) % CHANNELS.length]}","${month}/${day}/2027","${stage}","${close}/${day}/2027","${(1000 + (i % 50) * 250).toLocaleString("en-US")}.00","Owner ${i % 40}"`
    );
  }
  out.push(
    "",
    '"Grand Totals (records)"',
    '"Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved."'
  );
  return out.join("\r\n");
}

export async function benchCrm(): Promise<void> {
  console.log(
    "\nImport CRM report: a 50,000-line Salesforce export into the sample plan (simulated host)"
  );
  const workbook = new Workbook();
  workbook.addSheet("Sheet1");
  const client = connectClient(workbook, { id: "bench-crm" });
  const host: ExcelHost = simHost(client);
  await setUpPlan(host, { rows: samplePlan(2027) });

  let largest = 0;
  const sized: ExcelHost = {
    ...host,
    run: (batch) =>
      host.run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T>(passThrough?: T) => {
          const before = client.stats.requestBytes;
          const result = await sync(passThrough);
          largest = Math.max(largest, client.stats.requestBytes - before);
          return result;
        };
        return batch(context);
      }),
  };

  console.log(
    "import | preview: ms | rows added, updated | write: ms, syncs, sent, largest request"
  );
  for (const [name, text] of [
    ["first import", salesforceExport(50_000)],
    ["re-import, one month moved", salesforceExport(50_000, 120)],
  ] as const) {
    const state = await loadPlan(host);
    const start = performance.now();
    const preview = previewCrm(parseCrmFile(text), state);
    const previewMs = performance.now() - start;
    const writes = crmWrites(preview, state, { overwriteByHand: false, keepMapping: false });
    if (!writes) throw new Error(preview.errors.join(" "));
    client.stats.reset();
    largest = 0;
    const began = performance.now();
    await writeCrmImport(sized, writes, { currency: "USD" });
    const writeMs = performance.now() - began;
    console.log(
      `${name} | ${previewMs.toFixed(0)} ms (${preview.report?.lines} lines, ${preview.report?.rejected.length} rejected) | ` +
        `${writes.additions.length}, ${writes.updates.length} | ${writeMs.toFixed(0)} ms, ${client.stats.syncs} syncs, ` +
        `${kb(client.stats.requestBytes)}, ${kb(largest)}`
    );
  }
  const after = await loadPlan(host);
  console.log(
    `Results rows after both imports: ${after.plan.results.length} (no copies: one per month and channel)`
  );
  console.log("Goals: preview under 2 s; the write in the fewest requests, each under 4 MB.");
}
