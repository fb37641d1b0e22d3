/**
 * Saving a baseline of 1,000 budget lines on the simulated host, on the newest
 * Excel and on ExcelApi 1.7 with tables that never grow: syncs and bytes (goal:
 * one read of the plan, and every write request under 4 MB).
 */
import { MONTH_ABBREVIATIONS, type Row } from "../src/domain";
import { simHost } from "../src/simulator/excel-host";
import { connectClient } from "../src/simulator/host";
import { person } from "../src/simulator/person";
import type { HostProfile } from "../src/simulator/profile";
import { Workbook } from "../src/simulator/workbook";
import { saveBaseline, setUpPlan } from "../src/workbook";
import { generatePlan } from "./generate";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const HEADERS = ["Baseline", "Saved", "Line", "Team", "Lane", "Campaign", "Status"];

const PROFILES: Array<[string, HostProfile]> = [
  ["newest Excel", {}],
  ["ExcelApi 1.7, tables never grow", { requirementSet: "1.7", autoExpandTables: false }],
];

export async function benchBaseline(lines = 1000): Promise<void> {
  console.log(`\nSave baseline of ${lines} budget lines: syncs and bytes`);
  console.log(
    "profile | into a new table: syncs, request, response | below a baseline: syncs, request"
  );
  for (const [name, profile] of PROFILES) {
    const workbook = new Workbook();
    workbook.addSheet("Sheet1");
    const client = connectClient(workbook, { id: `bench-baseline-${name}`, ...profile });
    const host = simHost(client);
    const plan = generatePlan(lines, 7);
    await setUpPlan(host, {
      rows: {
        settings: plan.settings,
        lanes: plan.lanes ?? [],
        activities: plan.activities.slice(0, 100),
        budget: plan.budget.slice(0, lines) as Row[],
        results: [],
      },
    });
    if (!workbook.tables.some((t) => t.name === "Baselines")) {
      // Until Set up plan makes it: an empty Baselines table, as a person would add it.
      workbook.addSheet("Baselines");
      const headers = [...HEADERS, ...MONTH_ABBREVIATIONS];
      person(workbook).setValues("Baselines", "A1:S1", [headers]);
      person(workbook).addTable("Baselines", "A1:S2", "Baselines");
    }
    client.stats.reset();
    const first = await saveBaseline(host, "Bench 1");
    const into = { ...client.stats };
    client.stats.reset();
    await saveBaseline(host, "Bench 2");
    const below = { ...client.stats };
    console.log(
      `${name} | ${first.lines} lines: ${into.syncs}, ${kb(into.requestBytes)}, ${kb(into.responseBytes)} | ${below.syncs}, ${kb(below.requestBytes)}`
    );
  }
}
