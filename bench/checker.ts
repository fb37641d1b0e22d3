/**
 * Benchmark of the plan checker against JSON.parse of the same rows: the
 * checker should cost at most ~3× reading the data at all (issues 10 and 11).
 */
import {
  checkPlan as checkOnly,
  type PlanCheck,
  type PlanInput,
  type PlanMetrics,
} from "../src/domain";
import { generatePlan, withBaseline, withDemand } from "./generate";

const GOAL = 3;

/**
 * A check with every figure read. A check works out its figures when first read (lazy.ts);
 * the benchmarks measure the whole of the checker's work, as they did before that.
 */
export function withEveryFigure(check: PlanCheck): PlanCheck {
  for (const key of Object.keys(check.metrics)) void check.metrics[key as keyof PlanMetrics];
  return check;
}

/** checkPlan, every figure included. */
export const checkPlan = (input: PlanInput): PlanCheck => withEveryFigure(checkOnly(input));

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

/**
 * The runs above check the same input object again and again. A memo keyed on that object
 * (the checker has none) would make them cheaper than a first call; a first call on an
 * equal copy, never seen before, would show it. One run: a warning, not a measure.
 */
export function warnIfRemembered(json: string, check: number): void {
  // Two fresh copies, each checked once: the faster of the two first calls.
  const copies = [JSON.parse(json) as PlanInput, JSON.parse(json) as PlanInput];
  const first = Math.min(...copies.map((copy) => once(() => checkPlan(copy))));
  if (check < first / 2)
    console.log(
      `    WARNING: a first call on an equal copy takes ${first.toFixed(1)} ms, over twice the ` +
        `repeated runs' ${check.toFixed(1)} ms: is something remembered between calls?`
    );
}

interface Case {
  name: string;
  rows: number;
  input: () => PlanInput;
}

const CASES: Case[] = [
  ...[1000, 10000, 100000].map((rows) => ({
    name: `${String(rows).padStart(6)} rows/table`,
    rows,
    input: () => generatePlan(rows, 42),
  })),
  {
    name: " 10000 rows/table, 50 doors, 12 targets",
    rows: 10000,
    input: () => withDemand(generatePlan(10000, 42), 50, 12, 42),
  },
  {
    name: " 10000 budget lines + a 10000-line baseline",
    rows: 10000,
    input: () => withBaseline(generatePlan(10000, 42), 42),
  },
];

export async function benchChecker(): Promise<void> {
  console.log("Plan checker: checkPlan vs JSON.parse of the same rows (median ms)");
  let worst = 0;
  for (const { name, rows, input: make } of CASES) {
    const input = make();
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
    const ratio = check / parse;
    worst = Math.max(worst, ratio);
    const result = checkPlan(input);
    console.log(
      `  ${name}: checkPlan ${check.toFixed(1)} ms, ` +
        `JSON.parse ${parse.toFixed(1)} ms, ratio ${ratio.toFixed(2)} ` +
        `(${result.flags.length} flags, ${result.problems.length} problems, ${(json.length / 1e6).toFixed(1)} MB)`
    );
    warnIfRemembered(json, check);
  }
  console.log(
    `  worst ratio ${worst.toFixed(2)} (goal ≤ ${GOAL}) ${worst <= GOAL ? "ok" : "OVER GOAL"}`
  );
}
