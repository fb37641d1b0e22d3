/**
 * Which workbook the preview opens, from the page's query string:
 * - (nothing)          the sample plan of next year, as "Set up with sample plan" makes it
 * - ?plan=empty        an empty workbook (the pane offers to set up a plan)
 * - ?activities=1000   a generated plan of that many rows per table (benchmarks)
 */
import { type PlanRows, samplePlan } from "../domain";
import { setUpPlan, type ExcelHost } from "../workbook";

export type PreviewPlan =
  { kind: "empty" } | { kind: "sample" } | { kind: "generated"; rows: number };

export function planFromQuery(search: string): PreviewPlan {
  const query = new URLSearchParams(search);
  if (query.get("plan") === "empty") return { kind: "empty" };
  const rows = Number(query.get("activities"));
  if (Number.isInteger(rows) && rows > 0) return { kind: "generated", rows: Math.min(rows, 20000) };
  return { kind: "sample" };
}

async function rowsOf(plan: PreviewPlan): Promise<Partial<PlanRows> | null> {
  if (plan.kind === "empty") return null;
  if (plan.kind === "sample") return samplePlan(new Date().getFullYear() + 1);
  // The generator is only needed here: a separate chunk.
  const { generatePlan } = await import(/* webpackChunkName: "generate" */ "../../bench/generate");
  const input = generatePlan(plan.rows);
  return { ...input, lanes: input.lanes ?? [], results: input.results ?? [] };
}

/** Fill the workbook through `host` (a client other than the pane's, so it is already there when the pane opens). */
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
