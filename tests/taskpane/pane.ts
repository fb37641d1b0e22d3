/** The pane's hooks and views over the real simulated Excel host, set up with the sample plan. */
import { samplePlan } from "../../src/domain";
import { type ExcelHost, loadPlan, type PlanState, setUpPlan } from "../../src/workbook";
import type { Workbook } from "../../src/simulator/workbook";
import { emptyWorkbook, seat } from "../workbook/sim";

export interface SamplePane {
  workbook: Workbook;
  /** The pane's own connection to the workbook. */
  host: ExcelHost;
  /** The plan as the pane reads it now. */
  state: () => Promise<PlanState>;
}

/** A workbook with the sample plan (set up by a co-author) and the pane connected to it. */
export async function samplePane(): Promise<SamplePane> {
  const workbook = emptyWorkbook();
  await setUpPlan(seat(workbook, "author").host, { rows: samplePlan(2027) });
  const { host } = seat(workbook, "pane");
  return { workbook, host, state: () => loadPlan(host) };
}
