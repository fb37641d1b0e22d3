/**
 * Benchmark of the workbook layer on the simulated host: how many syncs and
 * how many request/response bytes a full read and a one-row write cost. Syncs
 * are what a user waits for in Excel on the web (each one is a round trip).
 */
import type { Row } from "../src/domain";
import { simHost } from "../src/simulator/excel-host";
import { connectClient } from "../src/simulator/host";
import type { HostProfile } from "../src/simulator/profile";
import { Workbook } from "../src/simulator/workbook";
import {
  addRow,
  addRows,
  type ExcelHost,
  readWorkbookPlan,
  setUpPlan,
  updateRow,
} from "../src/workbook";
import { generatePlan } from "./generate";
import { kb, requestMeter } from "./requests";

export async function benchWorkbook(): Promise<void> {
  console.log("\nWorkbook layer on the simulated host: syncs and bytes per operation");
  console.log(
    "rows/table | full read: syncs, request, response | add one row: syncs, request | change one cell: syncs"
  );
  for (const rows of [100, 1000, 10000, 30000]) {
    const workbook = new Workbook();
    workbook.addSheet("Sheet1");
    const client = connectClient(workbook, { id: `bench-${rows}` });
    const host: ExcelHost = simHost(client);
    const plan = generatePlan(rows, 7);
    await setUpPlan(host, {
      rows: {
        settings: plan.settings,
        lanes: plan.lanes ?? [],
        activities: plan.activities,
        budget: plan.budget,
        results: plan.results ?? [],
      },
    });
    client.stats.reset();
    const start = performance.now();
    const read = await readWorkbookPlan(host);
    const readMs = performance.now() - start;
    const full = { ...client.stats };
    client.stats.reset();
    const row: Row = { ...read.input.activities[0], ID: `NEW-${rows}` };
    await addRow(host, "Activities", row);
    const add = { ...client.stats };
    client.stats.reset();
    await updateRow(
      host,
      { table: "Activities", row: 2, before: read.input.activities[1] },
      { ...read.input.activities[1], Notes: "changed" }
    );
    const change = { ...client.stats };
    console.log(
      `${String(rows).padStart(10)} | ${full.syncs}, ${kb(full.requestBytes)}, ${kb(full.responseBytes)} (${readMs.toFixed(0)} ms in the simulator)` +
        ` | ${add.syncs}, ${kb(add.requestBytes)} | ${change.syncs}`
    );
  }
  console.log(
    "Goals: 1 sync per read up to the 5 MB limit, the fewest chunks beyond it; at most 2 syncs per write."
  );
  await benchAppends();
}

/** The two Excels the workbook tests run on (jest.config.js). */
const PROFILES: [string, HostProfile][] = [
  ["newest Excel, tables grow", {}],
  ["ExcelApi 1.7, tables never grow", { requirementSet: "1.7", autoExpandTables: false }],
];

/**
 * Appends on each host profile: a row added to an empty plan (where Excel does not grow the
 * table, the write path moves the rows in: the repair path), and 20,000 rows of non-ASCII text
 * imported at once, in requests under Excel's 5 MB limit (counted in UTF-8 bytes).
 */
export async function benchAppends(): Promise<void> {
  console.log("\nAppends on each host profile (syncs, bytes sent, largest request)");
  console.log(
    "profile | add 1 row: syncs, request | import 20,000 Japanese rows: syncs, sent, largest request, ms"
  );
  for (const [name, profile] of PROFILES) {
    const workbook = new Workbook();
    workbook.addSheet("Sheet1");
    const client = connectClient(workbook, { id: `append-${name}`, ...profile });
    const host = simHost(client);
    await setUpPlan(host, {});
    // The first row takes a new table's one blank row; the second is appended below the table.
    await addRow(host, "Results", { Month: "2027-01", Channel: "ウェブ広告", Leads: 1 });
    client.stats.reset();
    await addRow(host, "Results", { Month: "2027-01", Channel: "展示会", Leads: 2 });
    const add = { ...client.stats };
    const rows: Row[] = Array.from({ length: 20000 }, (_, i) => ({
      Month: "2027-02",
      Channel: `展示会のお問い合わせ ${i} 東京・大阪・名古屋の販売店からの紹介`,
      Lane: "Media",
      Campaign: `春のキャンペーン ${i % 50}`,
      Spend: i,
      Leads: i % 40,
    }));
    const meter = requestMeter(host, client);
    meter.reset();
    const start = performance.now();
    await addRows(meter.host, "Results", rows);
    const ms = performance.now() - start;
    const bulk = meter.read();
    const read = await readWorkbookPlan(host);
    const present = read.input.results?.length ?? 0;
    console.log(
      `${name} | ${add.syncs}, ${kb(add.requestBytes)} | ${bulk.syncs}, ${kb(bulk.sentBytes)}, ${kb(bulk.largestBytes)}, ${ms.toFixed(0)} ms; ${present} of 20,002 rows present`
    );
  }
  console.log(
    "Goals: 2 syncs per add where the table grows; every row present; each request under 5,120 KB."
  );
}
