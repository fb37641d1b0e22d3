/**
 * Benchmark of the workbook layer on the simulated host: how many syncs and
 * how many request/response bytes a full read and a one-row write cost. Syncs
 * are what a user waits for in Excel on the web (each one is a round trip).
 */
import type { Row } from "../src/domain";
import { connectClient } from "../src/simulator/host";
import { Workbook } from "../src/simulator/workbook";
import { addRow, type ExcelHost, readWorkbookPlan, setUpPlan, updateRow } from "../src/workbook";
import { generatePlan } from "./generate";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchWorkbook(): Promise<void> {
  console.log("\nWorkbook layer on the simulated host: syncs and bytes per operation");
  console.log(
    "rows/table | full read: syncs, request, response | add one row: syncs, request | change one cell: syncs"
  );
  for (const rows of [100, 1000, 10000, 30000]) {
    const workbook = new Workbook();
    workbook.addSheet("Sheet1");
    const client = connectClient(workbook, { id: `bench-${rows}` });
    const host: ExcelHost = {
      run: (batch) => client.run(batch),
      subscribe: async () => async () => undefined,
    };
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
}
