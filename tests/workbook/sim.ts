/** Test helpers: the workbook layer running on the simulated Excel host. */
import { connectClient } from "../../src/simulator/host";
import { Workbook } from "../../src/simulator/workbook";
import { simHost } from "../../src/simulator/excel-host";
import type { SimClient } from "../../src/simulator/client";
import type { HostProfile } from "../../src/simulator/profile";
import { samplePlan } from "../../src/domain";
import { type ExcelHost, setUpPlan } from "../../src/workbook";

export { person } from "../../src/simulator/person";

/** The Excel the suite plays: the newest, or the jest project's (jest.config.js: ExcelApi 1.7, tables that never grow). */
export const PROFILE: HostProfile = (globalThis as { SIM_PROFILE?: HostProfile }).SIM_PROFILE ?? {};

let clients = 0;

export interface Seat {
  client: SimClient;
  host: ExcelHost;
}

/** One co-author's add-in connected to the workbook, in the suite's Excel (PROFILE) or the given profile. */
export function seat(workbook: Workbook, name = "pane", profile: HostProfile = {}): Seat {
  const client = connectClient(workbook, { id: `${name}-${++clients}`, ...PROFILE, ...profile });
  return { client, host: simHost(client) };
}

export function emptyWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.addSheet("Sheet1");
  return workbook;
}

/** A workbook set up with the sample plan for 2027, and two seats: mine and a co-author's. */
export async function samplePlanWorkbook() {
  const wb = emptyWorkbook();
  const me = seat(wb, "me");
  const coauthor = seat(wb, "coauthor");
  await setUpPlan(me.host, { rows: samplePlan(2027) });
  return { wb, me, coauthor };
}
