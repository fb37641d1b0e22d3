/**
 * The preview builds its starting workbook directly on the simulated workbook (buildPlan); it must
 * be exactly what "Set up plan" makes through Office.js in an empty workbook.
 */
import { generatePlan } from "../../bench/generate";
import { type PlanRows, samplePlan } from "../../src/domain";
import {
  openPlan,
  openPlanDirectly,
  type PreviewPlan,
  planFromQuery,
} from "../../src/preview/plan";
import { Workbook } from "../../src/simulator/workbook";
import { seat } from "../workbook/sim";

/** Everything a person or the add-in can see in the workbook, in plain data. */
function snapshot(workbook: Workbook) {
  return {
    sheets: workbook.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      validations: s.validations,
      charts: s.charts,
      cells: [...s.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    })),
    tables: workbook.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
    activeSheetId: workbook.activeSheetId,
  };
}

async function both(plan: PreviewPlan) {
  const viaOfficeJs = new Workbook();
  const { client, host } = seat(viaOfficeJs, "setup");
  await openPlan(host, plan);
  client.disconnect();
  const direct = new Workbook();
  await openPlanDirectly(direct, plan);
  return { viaOfficeJs: snapshot(viaOfficeJs), direct: snapshot(direct) };
}

describe("the preview's starting workbook", () => {
  test.each([
    ["the sample plan", ""],
    ["a generated plan", "?activities=300"],
    ["an empty workbook", "?plan=empty"],
  ])("%s is built directly exactly as setUpPlan makes it", async (_, query) => {
    const { viaOfficeJs, direct } = await both(planFromQuery(query));
    expect(direct.sheets.length).toBeGreaterThan(0);
    expect(direct).toEqual(viaOfficeJs);
  });

  test("a plan starting mid-year in another currency is built the same way too", async () => {
    const rows: Partial<PlanRows> = samplePlan(2031);
    rows.settings = { ...rows.settings, "Plan starts": "2031-07", Currency: "EUR" };
    const input = generatePlan(20);
    rows.activities = input.activities;
    const viaOfficeJs = new Workbook();
    const { host } = seat(viaOfficeJs, "setup");
    const { setUpPlan } = await import("../../src/workbook");
    await setUpPlan(host, { rows });
    const direct = new Workbook();
    const { buildPlan } = await import("../../src/preview/plan");
    buildPlan(direct, rows);
    expect(snapshot(direct)).toEqual(snapshot(viaOfficeJs));
  });
});
