/**
 * Benchmark of the plan checker against JSON.parse of the same rows: the
 * checker should cost at most ~3× reading the data at all.
 */
import { checkPlan } from "../src/domain";
import { generatePlan } from "./generate";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds of one run, after a garbage collection when `--expose-gc` allows it. */
export function once(run: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function benchChecker(): Promise<void> {
  console.log("Plan checker: checkPlan vs JSON.parse of the same rows (median ms)");
  for (const rows of [1000, 10000, 100000]) {
    const input = generatePlan(rows, 42);
    const json = JSON.stringify(input);
    // Small plans run in milliseconds: more warm-up and more runs steady them.
    const runs = rows >= 100000 ? 5 : rows >= 10000 ? 11 : 21;
    const warmUps = rows >= 100000 ? 2 : rows >= 10000 ? 5 : 20;
    // Warm-up, so both sides are measured with optimised code.
    for (let i = 0; i < warmUps; i++) {
      checkPlan(input);
      JSON.parse(json);
    }
    // Interleaved, so a busy machine slows both sides alike.
    const checkTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      checkTimes.push(once(() => checkPlan(input)));
      parseTimes.push(once(() => JSON.parse(json)));
    }
    const check = median(checkTimes);
    const parse = median(parseTimes);
    const result = checkPlan(input);
    console.log(
      `  ${String(rows).padStart(6)} rows/table: checkPlan ${check.toFixed(1)} ms, ` +
        `JSON.parse ${parse.toFixed(1)} ms, ratio ${(check / parse).toFixed(2)} ` +
        `(${result.flags.length} flags, ${result.problems.length} problems, ${(json.length / 1e6).toFixed(1)} MB)`
    );
  }
}
