/**
 * "checker with doors and targets": the plan checker at 10,000 rows per table with 50 doors and 12
 * revenue targets (issue 11's measure: within 3× JSON.parse of the same rows). Every activity names
 * a door, most doors have a sales-side owner and a response time, the sales lanes have capacities
 * and the funnel is computed from Results, so routing, capacity, the funnel and the lead gap all run.
 */
import { type PlanInput, type Row } from "../src/domain";
import { checkPlan, median, once, warnIfRemembered } from "./checker";
import { generatePlan } from "./generate";

/** The generated plan with Doors, Targets, lane capacities and each activity's Door. */
export function withDoorsAndTargets(input: PlanInput, doors = 50, targets = 12): PlanInput {
  const sales = (input.lanes ?? []).filter((l) => l.Side === "Sales").map((l) => String(l.Lane));
  const doorRows: Row[] = Array.from({ length: doors }, (_, i) => ({
    Door: `Door ${i + 1}`,
    // Every tenth door is answered by nobody: unrouted-leads has work to do.
    Owner: i % 10 === 9 ? "" : sales[i % sales.length],
    "Response hours": i % 3 === 0 ? "" : [4, 12, 24, 48][i % 4],
  }));
  const start = String(input.settings["Plan starts"]);
  const [year, month] = start.split("-").map(Number);
  const targetRows: Row[] = Array.from({ length: targets }, (_, i) => {
    const n = year * 12 + month - 1 + i;
    return {
      Month: `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`,
      "Revenue target": 250000 * ((i % 4) + 1),
    };
  });
  return {
    ...input,
    settings: { ...input.settings, "Sales cycle (months)": 1 },
    lanes: (input.lanes ?? []).map((l, i) =>
      l.Side === "Sales" ? { ...l, Capacity: 20000 + 5000 * i } : l
    ),
    // Activity i comes in by door i mod 50, spelled in varying case as people type it.
    activities: input.activities.map((a, i) => ({
      ...a,
      Door: i % 7 === 0 ? "" : i % 5 === 0 ? `door ${(i % doors) + 1}` : `Door ${(i % doors) + 1}`,
    })),
    doors: doorRows,
    targets: targetRows,
  };
}

export async function benchCheckerWithDoors(): Promise<void> {
  console.log(
    "checker with doors and targets: checkPlan vs JSON.parse of the same rows (median ms)"
  );
  const rows = 10000;
  const input = withDoorsAndTargets(generatePlan(rows, 42));
  const json = JSON.stringify(input);
  for (let i = 0; i < 5; i++) {
    checkPlan(input);
    JSON.parse(json);
  }
  const checkTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let i = 0; i < 11; i++) {
    checkTimes.push(once(() => checkPlan(input)));
    parseTimes.push(once(() => JSON.parse(json)));
  }
  const check = median(checkTimes);
  const parse = median(parseTimes);
  const result = checkPlan(input);
  const demandFlags = result.flags.filter((f) =>
    ["unrouted-leads", "over-capacity", "lead-gap", "funnel-unknown"].includes(f.code)
  ).length;
  console.log(
    `  ${rows} rows/table, ${input.doors?.length} doors, ${input.targets?.length} targets: ` +
      `checkPlan ${check.toFixed(1)} ms, JSON.parse ${parse.toFixed(1)} ms, ratio ${(check / parse).toFixed(2)} ` +
      `(${result.flags.length} flags of which ${demandFlags} on demand, ${result.problems.length} problems, ${(json.length / 1e6).toFixed(1)} MB)`
  );
  warnIfRemembered(json, check);
}
