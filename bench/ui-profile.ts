/**
 * `npm run bench:ui:profile`: where the first render of a 1,000-activity preview spends its time.
 * Records Chrome's CPU profile and timeline (through playwright-core's CDP session) from navigation
 * until every bar is drawn, maps each sample to its source through the build's source maps, and
 * prints the main thread's long tasks (each with its costliest functions), the time by kind of work
 * (script, style, layout, paint) and the self time by source file and function. For finding costs;
 * the figures to compare are bench:ui's. ACTIVITIES=… and TOP=… change the plan and list sizes.
 * RUNS=n prints only the figures (wall and main-thread CPU time), median of n loads; with
 * COMPARE_DIST=<another build's folder> too, runs alternate between the two builds and the
 * run-by-run differences are printed (a fair before/after on a busy machine).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { SourceMapConsumer } from "source-map";
import { launchChromium } from "../tests/e2e/support/browser";
import { DIST, ensureBuild } from "../tests/e2e/support/build";
import { serveStatic } from "../tests/e2e/support/server";
import { type Drawn, loadAndWaitForAllBars } from "./ui";

const ACTIVITIES = Number(process.env.ACTIVITIES ?? 1000);
const TOP = Number(process.env.TOP ?? 30);
/** RUNS=n: only the figures, median of n loads (no profile). */
const RUNS = Number(process.env.RUNS ?? 1);
const COMPARE_NAME = process.env.COMPARE_DIST ? path.basename(process.env.COMPARE_DIST) : "";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread time (µs): what the thread ran, not counting while the machine ran something else. */
  tdur?: number;
}
/** One CPU sample: when (trace clock, µs), how long, and the function it fell in. */
interface Sample {
  ts: number;
  ms: number;
  file: string;
  fn: string;
}

function add(m: Map<string, number>, key: string, ms: number): void {
  m.set(key, (m.get(key) ?? 0) + ms);
}

function top(m: Map<string, number>, n: number): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** Each sample named by its original source file and function (through the source maps). */
async function samplesOf(profile: Profile): Promise<Sample[]> {
  const consumers = new Map<string, SourceMapConsumer | null>();
  const consumer = async (url: string) => {
    if (!consumers.has(url)) {
      const file = path.join(DIST, new URL(url).pathname);
      try {
        const map = JSON.parse(readFileSync(`${file}.map`, "utf8"));
        consumers.set(url, await new SourceMapConsumer(map));
      } catch {
        consumers.set(url, null);
      }
    }
    return consumers.get(url) ?? null;
  };
  const names = new Map<number, { file: string; fn: string }>();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let file = url ? path.basename(new URL(url).pathname) : `(${functionName || "native"})`;
    let fn = functionName || "(anonymous)";
    const map = url.startsWith("http") ? await consumer(url) : null;
    if (map) {
      const original = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (original.source) {
        file = original.source.replace(/^webpack:\/\/[^/]+\//, "").replace(/^.*node_modules\//, "");
        fn = `${original.name ?? fn}:${original.line}`;
      }
    }
    names.set(node.id, { file, fn });
  }
  const out: Sample[] = [];
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i];
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    out.push({ ts, ms, ...names.get(id)! });
  });
  return out;
}

/** The renderer's main thread: the one that ran the most tasks. */
function mainThread(events: TraceEvent[]): TraceEvent[] {
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === "RunTask") add(busy, `${e.pid}:${e.tid}`, e.dur ?? 0);
  const main = top(busy, 1)[0]?.[0];
  return events
    .filter((e) => e.ph === "X" && e.dur !== undefined && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** Self time per event name (nested events subtracted from their parent). */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= until) {
      const done = stack.pop()!;
      add(out, done.e.name, ((done.e.dur ?? 0) - done.child) / 1000);
    }
  };
  for (const e of events) {
    close(e.ts);
    if (stack.length > 0) stack[stack.length - 1].child += e.dur ?? 0;
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Infinity);
  return out;
}

const KINDS = ["Layout", "UpdateLayoutTree", "Paint", "EvaluateScript", "MinorGC", "MajorGC"];

interface Recording {
  events: TraceEvent[];
  profile: Profile | null;
  drawn: Drawn;
}

/** One load of the preview, traced (and profiled when `profile`), until every bar is drawn. */
async function record(
  chromium: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  profile: boolean
): Promise<Recording> {
  const page = await chromium.context.newPage();
  const cdp = await chromium.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (data) =>
    events.push(...(data.value as unknown as TraceEvent[]))
  );
  const traced = new Promise<void>((resolve) =>
    cdp.once("Tracing.tracingComplete", () => resolve())
  );
  await cdp.send("Tracing.start", {
    categories:
      "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing",
    transferMode: "ReportEvents",
  });
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  const drawn = await loadAndWaitForAllBars(page, url, ACTIVITIES);
  const result = profile
    ? ((await cdp.send("Profiler.stop")) as { profile: Profile }).profile
    : null;
  await cdp.send("Tracing.end");
  await traced;
  await page.close();
  return { events, profile: result, drawn };
}

/**
 * The main thread's CPU time (thread time, which a busy machine does not inflate as it does wall
 * time) before the preview's workbook is ready, and from then until every bar is drawn.
 */
function cpuTimes(r: Recording): { setup: number; pane: number } {
  const start = r.events.find((e) => e.name === "navigationStart")?.ts ?? 0;
  const ready = start + r.drawn.setup * 1000;
  const drawn = start + r.drawn.total * 1000;
  let setup = 0;
  let pane = 0;
  for (const e of mainThread(r.events)) {
    if (e.name !== "RunTask" || e.ts < start || e.ts > drawn) continue;
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.ts + (e.dur ?? 0) <= ready || e.ts < ready) setup += ms;
    else pane += ms;
  }
  return { setup, pane };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  ensureBuild((line) => console.log(line));
  const server = await serveStatic(DIST);
  const chromium = await launchChromium();
  const url = `${server.url}preview.html?activities=${ACTIVITIES}`;
  try {
    // One warm-up load, as bench:ui's later runs have (HTTP and code caches).
    const warm = await chromium.context.newPage();
    await loadAndWaitForAllBars(warm, url, ACTIVITIES);
    await warm.close();

    if (RUNS > 1) {
      // Only the figures, traced without the profiler (which slows scripts down). With
      // COMPARE_DIST (another build), its runs alternate with this build's, so that both see the
      // same load on a shared machine, and the differences are paired run by run.
      const other = process.env.COMPARE_DIST ? await serveStatic(process.env.COMPARE_DIST) : null;
      try {
        const builds = other
          ? [
              { name: "this build", url },
              { name: COMPARE_NAME, url: `${other.url}preview.html?activities=${ACTIVITIES}` },
            ]
          : [{ name: "this build", url }];
        const runs = builds.map(() => [] as Recording[]);
        for (let i = 0; i < RUNS; i++)
          for (let b = 0; b < builds.length; b++) {
            const k = (b + i) % builds.length;
            runs[k].push(await record(chromium, builds[k].url, false));
          }
        const fig = (xs: number[]) =>
          `${median(xs).toFixed(0).padStart(5)} ms (${xs.map((x) => x.toFixed(0)).join(", ")})`;
        const figures = (rs: Recording[]) => {
          const cpu = rs.map(cpuTimes);
          return {
            "wall, first screen": rs.map((r) => r.drawn.firstScreen),
            "wall, pane to first screen": rs.map((r) => r.drawn.firstScreen - r.drawn.setup),
            "wall, total": rs.map((r) => r.drawn.total),
            "wall, inPage": rs.map((r) => r.drawn.inPage),
            "wall, pane": rs.map((r) => r.drawn.total - r.drawn.setup),
            "wall, setup": rs.map((r) => r.drawn.setup),
            "CPU, pane": cpu.map((c) => c.pane),
            "CPU, setup": cpu.map((c) => c.setup),
          };
        };
        const all = runs.map(figures);
        builds.forEach((build, b) => {
          console.log(`${build.name}: median of ${RUNS} (each run)`);
          for (const [k, xs] of Object.entries(all[b])) console.log(`  ${k.padEnd(26)} ${fig(xs)}`);
        });
        if (all.length === 2) {
          console.log(`this build minus ${COMPARE_NAME}, run by run: median`);
          for (const k of Object.keys(all[0]) as (keyof (typeof all)[0])[])
            console.log(`  ${k.padEnd(26)} ${fig(all[0][k].map((x, i) => x - all[1][k][i]))}`);
        }
      } finally {
        await other?.close();
      }
      return;
    }

    const recording = await record(chromium, url, true);
    const { events, drawn } = recording;
    const samples = await samplesOf(recording.profile!);
    const cpu = cpuTimes(recording);
    console.log(
      `main thread CPU time: setup ${cpu.setup.toFixed(0)} ms, pane ${cpu.pane.toFixed(0)} ms`
    );
    const start = events.find((e) => e.name === "navigationStart")?.ts ?? 0;
    const at = (ts: number) => `${((ts - start) / 1000).toFixed(0).padStart(6)} ms`;
    console.log(
      `first screen painted at ${drawn.firstScreen.toFixed(0)} ms; calendar painted (all ${drawn.bars} bars) at ${drawn.total.toFixed(0)} ms (all in the page at ${drawn.inPage.toFixed(0)} ms); the preview's workbook ready at ${drawn.setup.toFixed(0)} ms`
    );
    const main = mainThread(events);
    console.log("Main thread tasks of 20 ms or more: start, duration, what ran inside");
    for (const task of main.filter((e) => e.name === "RunTask" && e.ts >= start)) {
      if ((task.dur ?? 0) < 20000) continue;
      const end = task.ts + (task.dur ?? 0);
      const kinds = new Map<string, number>();
      for (const e of main)
        if (e.ts >= task.ts && e.ts < end && KINDS.includes(e.name))
          add(kinds, e.name, (e.dur ?? 0) / 1000);
      const fns = new Map<string, number>();
      const files = new Map<string, number>();
      for (const s of samples)
        if (s.ts >= task.ts && s.ts < end) {
          add(fns, `${s.file} ${s.fn}`, s.ms);
          add(files, s.file, s.ms);
        }
      const kindWords = top(kinds, 6).map(([k, ms]) => `${k} ${ms.toFixed(0)}`);
      console.log(
        `${at(task.ts)} ${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms  ${kindWords.join(", ")}`
      );
      // A long task gets its costliest files and functions; a short one its few costliest.
      const long = (task.dur ?? 0) >= 100000;
      const list = (title: string, m: Map<string, number>, n: number) => {
        if (long) console.log(`    ${title}:`);
        for (const [k, ms] of top(m, n)) console.log(`      ${ms.toFixed(1).padStart(7)} ms  ${k}`);
      };
      if (long) list("by file", files, 12);
      list("by function", fns, long ? 12 : 4);
    }
    for (const e of events.filter((e) => e.name.startsWith("joint-plan:")))
      console.log(`mark ${e.name} at ${at(e.ts)}`);

    console.log("Main thread, self time by kind of work");
    for (const [k, ms] of top(selfTimes(main), 12))
      console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
    const byFile = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const s of samples) {
      add(byFile, s.file, s.ms);
      add(byFunction, `${s.file} ${s.fn}`, s.ms);
    }
    console.log("JS self time by source file");
    for (const [k, ms] of top(byFile, TOP)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
    console.log("JS self time by function");
    for (const [k, ms] of top(byFunction, TOP))
      console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
