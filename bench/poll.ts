/**
 * What one poll of an unchanged plan costs besides the read itself: comparing the read with the
 * last one (sameRead, as watchPlan does now, against the JSON.stringify it used to do), and the
 * parse and check a poll no longer runs when nothing changed.
 */
import { checkReadPlan, parsePlan } from "../src/domain";
import type { WorkbookPlan } from "../src/workbook";
import { sameRead } from "../src/workbook/same-read";
import { median, once, withEveryFigure } from "./checker";
import { generatePlan } from "./generate";

export async function benchPoll(): Promise<void> {
  console.log("\nA poll of an unchanged plan, besides the read (CPU medians of 7 runs, ms)");
  console.log(
    "rows/table | JSON.stringify compare (before) | sameRead | parse + check (no longer run)"
  );
  for (const rows of [1000, 10000, 30000]) {
    const input = generatePlan(rows, 7);
    const read: WorkbookPlan = { input, tables: {}, problems: [] };
    // The next read: equal, but every object new, as readWorkbookPlan builds it.
    const next = structuredClone(read);
    const last = JSON.stringify(read);
    const runs = (run: () => unknown) => median(Array.from({ length: 7 }, () => once(run)));
    const json = runs(() => JSON.stringify(next) === last);
    const same = runs(() => sameRead(next, read));
    const check = runs(() => withEveryFigure(checkReadPlan(parsePlan(next.input))));
    console.log(
      `${String(rows).padStart(10)} | ${json.toFixed(1)} | ${same.toFixed(1)} | ${check.toFixed(1)}`
    );
  }
}

if (require.main === module) void benchPoll();
