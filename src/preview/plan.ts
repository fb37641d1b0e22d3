/**
 * Which workbook the preview opens, from the page's query string:
 * - (nothing)          the sample plan of next year, as "Set up with sample plan" makes it
 * - ?plan=empty        an empty workbook (the pane offers to set up a plan)
 * - ?activities=1000   a generated plan of that many rows per table (benchmarks)
 */
import { type PlanRows, type Row, SETTING, samplePlan } from "../domain";
import type { Rect, Workbook } from "../simulator";
import { setUpPlan, type ExcelHost } from "../workbook";
import {
  columnFormat,
  currencyFormat,
  listSource,
  PLAN_TABLES,
  tableSpecs,
  TEXT_FORMAT,
} from "../workbook/layout";
import { OWNER_ALERT, salesLanesOfRows } from "../workbook/owner-list";
import {
  bodyWrites,
  defaultPlanStart,
  FORMATTED_ROWS_BELOW,
  settingsRows,
  TABLE_STYLE,
} from "../workbook/setup";

export type PreviewPlan =
  { kind: "empty" } | { kind: "sample" } | { kind: "generated"; rows: number };

export function planFromQuery(search: string): PreviewPlan {
  const query = new URLSearchParams(search);
  if (query.get("plan") === "empty") return { kind: "empty" };
  const rows = Number(query.get("activities"));
  if (Number.isInteger(rows) && rows > 0) return { kind: "generated", rows: Math.min(rows, 20000) };
  return { kind: "sample" };
}

export async function rowsOf(plan: PreviewPlan): Promise<Partial<PlanRows> | null> {
  if (plan.kind === "empty") return null;
  // Dated by today's clock, so a baseline saved in the preview today is the latest.
  if (plan.kind === "sample") return samplePlan(new Date().getFullYear() + 1, new Date());
  // The generator is only needed here: a separate chunk.
  const { generatePlan } = await import(/* webpackChunkName: "generate" */ "../../bench/generate");
  const input = generatePlan(plan.rows);
  return { ...input, lanes: input.lanes ?? [], results: input.results ?? [] };
}

/**
 * Fill the workbook through `host` (a client other than the pane's, so it is already there when the
 * pane opens), as setUpPlan does. The preview itself uses openPlanDirectly; this is its reference.
 */
export async function openPlan(host: ExcelHost, plan: PreviewPlan): Promise<void> {
  if (plan.kind === "empty") {
    // What Excel's "Blank workbook" has.
    await host.run(async (context) => {
      context.workbook.worksheets.add("Sheet1");
    });
    return;
  }
  const rows = await rowsOf(plan);
  if (rows) await setUpPlan(host, { rows });
}

/** The same workbook as openPlan, built directly on the simulated workbook (see buildPlan). */
export async function openPlanDirectly(workbook: Workbook, plan: PreviewPlan): Promise<void> {
  const rows = await rowsOf(plan);
  if (rows) buildPlan(workbook, rows);
  // What Excel's "Blank workbook" has.
  else workbook.addSheet("Sheet1");
}

/**
 * The workbook a person opens: the plan's sheets and tables built directly on the simulated
 * workbook, cell for cell what setUpPlan makes in an empty workbook (same layout, writes, formats,
 * dropdowns, widths and frozen headers; tests/preview/plan.test.ts compares the two). A file opened
 * in Excel is simply there: the preview does not send it through Office.js first, which took most
 * of a second for a large plan.
 */
export function buildPlan(workbook: Workbook, rows: Partial<PlanRows>): void {
  const planStarts =
    typeof rows.settings?.[SETTING.planStarts] === "string"
      ? String(rows.settings[SETTING.planStarts])
      : defaultPlanStart();
  const m = /^\d{4}-(\d{2})/.exec(planStarts);
  const specs = tableSpecs(m ? Number(m[1]) - 1 : 0);
  const currency = String(rows.settings?.Currency ?? "USD");
  const salesLanes = salesLanesOfRows(rows.lanes ?? []);
  for (const name of PLAN_TABLES) {
    const spec = specs[name];
    const given: Row[] =
      name === "Settings"
        ? settingsRows(rows, planStarts)
        : ((rows as Record<string, Row[] | undefined>)[name.toLowerCase()] ?? []);
    const writes = bodyWrites(spec, given, currency);
    const sheet = workbook.addSheet(spec.sheet);
    const width = spec.columns.length;
    const rect = (r0: number, c0: number, rowCount: number, colCount: number): Rect => ({
      r0,
      c0,
      r1: r0 + rowCount - 1,
      c1: c0 + colCount - 1,
    });
    if (writes.length > 0) {
      const body = rect(1, 0, writes.length, width);
      workbook.setNumberFormat(
        sheet,
        body,
        writes.map((r) => r.map((w) => w.format))
      );
      workbook.writeInput(
        sheet,
        body,
        writes.map((r) => r.map((w) => w.value)),
        "values"
      );
    }
    const header = rect(0, 0, 1, width);
    workbook.setNumberFormat(sheet, header, [spec.columns.map(() => TEXT_FORMAT)]);
    workbook.writeInput(sheet, header, [spec.columns.map((c) => c.header)], "values");
    const bodyRows = Math.max(1, writes.length);
    const table = workbook.addTable(sheet, rect(0, 0, 1 + bodyRows, width), true);
    workbook.renameTable(table, spec.table);
    table.style = TABLE_STYLE;
    const amount = currencyFormat(currency);
    spec.columns.forEach((column, c) => {
      const first = 1 + writes.length;
      const count = bodyRows - writes.length + FORMATTED_ROWS_BELOW;
      const format = columnFormat(column.kind, amount);
      if (format)
        workbook.setNumberFormat(
          sheet,
          rect(first, c, count, 1),
          Array.from({ length: count }, () => [format])
        );
      if (column.list) {
        workbook.setValidation(sheet, rect(1, c, writes.length + count, 1), {
          list: { inCellDropDown: true, source: listSource(column.list, salesLanes) },
          ...(column.list === "salesLanes" ? { errorAlert: { ...OWNER_ALERT } } : {}),
        });
      }
      sheet.columnWidths.set(c, column.width);
    });
    sheet.frozenRows = 1;
    sheet.frozenColumns = 0;
  }
}
