/**
 * Save baseline through the workbook layer, on each host profile of the suite: a copy of every
 * valid Budget line appended to the Baselines table by the verified append path, in one read of
 * the plan and requests under 4 MB; the Budget never written; a used name refused, nothing written.
 */
import { type Row, samplePlan } from "../../src/domain";
import type { Workbook } from "../../src/simulator/workbook";
import {
  baselineMetrics,
  loadPlan,
  saveBaseline,
  setUpPlan,
  WriteRefused,
  type ExcelHost,
} from "../../src/workbook";
import { emptyWorkbook, person, PROFILE, seat } from "./sim";

const tablesGrow = PROFILE.autoExpandTables !== false;
/**
 * One read of the plan, then the append (write.ts): 2 syncs, or 4 where the table does not take
 * the rows (an Excel that never grows tables, or the first rows of a new table's one blank row).
 */
const SAVE_SYNCS = 1 + (tablesGrow ? 2 : 4);
const FIRST_SAVE_SYNCS = 1 + 4;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HEADERS = ["Baseline", "Saved", "Line", "Team", "Lane", "Campaign", "Status", ...MONTHS];
const FOUR_MB = 4 * 1024 * 1024;

/** An empty Baselines table, as Set up plan makes it, when the plan does not have one yet. */
function addBaselinesTable(wb: Workbook) {
  if (wb.tables.some((t) => t.name === "Baselines")) return;
  if (!wb.sheets.some((s) => s.name === "Baselines")) wb.addSheet("Baselines");
  person(wb).setValues("Baselines", "A1:S1", [HEADERS]);
  person(wb).addTable("Baselines", "A1:S2", "Baselines");
}

async function planWith(budget?: Row[]) {
  const wb = emptyWorkbook();
  const me = seat(wb, "me");
  const rows = samplePlan(2027);
  await setUpPlan(me.host, { rows: budget ? { ...rows, budget } : rows });
  addBaselinesTable(wb);
  return { wb, me };
}

const budgetCells = (wb: Workbook) => {
  const address = person(wb).tableAddress("Budget").split("!")[1];
  const p = person(wb);
  return { values: p.getValues("Budget", address), formulas: p.getFormulas("Budget", address) };
};

const savedNames = async (host: ExcelHost) =>
  (await loadPlan(host)).plan.baselines.map((b) => [b.name, b.lines.length]);

describe("Save baseline", () => {
  test("copies every valid Budget line under the name; read back, the plan equals it", async () => {
    const budget = [...samplePlan(2027).budget, { Line: "Bad", Team: "Finance", Jan: 5 }];
    const { wb, me } = await planWith(budget);
    const before = await loadPlan(me.host);
    const valid = before.plan.budget.length;
    expect(valid).toBe(budget.length - 1); // the line whose Team is not a team is left out
    const result = await saveBaseline(me.host, "FY27 approved", {
      now: new Date(2027, 0, 15, 9, 30),
    });
    expect(result).toEqual({ name: "FY27 approved", saved: 46402 + 9.5 / 24, lines: valid });
    const after = await loadPlan(me.host);
    expect(after.check.problems.filter((p) => p.table === "Baselines")).toEqual([]);
    expect(after.plan.baselines.map((b) => [b.name, b.lines.length])).toEqual([
      ["FY27 approved", valid],
    ]);
    expect(after.plan.latestBaseline?.saved).toBeCloseTo(46402 + 9.5 / 24, 9);
    const metrics = baselineMetrics(after.plan)!;
    expect(metrics.year.variance).toBe(0);
    expect(metrics.lines.every((l) => l.change === "unchanged")).toBe(true);
    // Saved is a date and time a person can read.
    const saved = person(wb).getCell("Baselines", "B2")!;
    expect(saved.numberFormat).toMatch(/yyyy-mm-dd/);
  });

  test("the Budget is never written", async () => {
    const { wb, me } = await planWith();
    const before = budgetCells(wb);
    const budgetAddress = person(wb).tableAddress("Budget");
    await saveBaseline(me.host, "Q1");
    expect(budgetCells(wb)).toEqual(before);
    expect(person(wb).tableAddress("Budget")).toBe(budgetAddress);
  });

  test("1,000 lines: one read of the plan, every line saved, requests under 4 MB", async () => {
    const budget: Row[] = Array.from({ length: 1000 }, (_, i) => {
      const row: Row = {
        Line: `Line ${i + 1} — ${"x".repeat(i % 40)}`,
        Team: ["Marketing", "Sales", "Joint"][i % 3],
        Lane: ["Media", "Direct mail", "Field sales"][i % 3],
        Campaign: `Campaign ${i % 25}`,
        Status: ["Draft", "Proposed", "Approved"][i % 3],
      };
      MONTHS.forEach((m, k) => (row[m] = (i * 37 + k * 1000) % 25000));
      return row;
    });
    const { me } = await planWith(budget);
    me.client.stats.reset();
    const result = await saveBaseline(me.host, "Big");
    expect(result.lines).toBe(1000);
    expect(me.client.stats.syncs).toBeLessThanOrEqual(FIRST_SAVE_SYNCS);
    // Every request together is under 4 MB, so each one is.
    expect(me.client.stats.requestBytes).toBeLessThan(FOUR_MB);
    // A second baseline, below the first.
    me.client.stats.reset();
    await saveBaseline(me.host, "Big again");
    expect(me.client.stats.syncs).toBeLessThanOrEqual(SAVE_SYNCS);
    expect(me.client.stats.requestBytes).toBeLessThan(FOUR_MB);
    expect(await savedNames(me.host)).toEqual([
      ["Big", 1000],
      ["Big again", 1000],
    ]);
  });

  test("a name already used is refused (case and spaces ignored) and nothing is written", async () => {
    const { wb, me } = await planWith();
    await saveBaseline(me.host, "FY27 Approved");
    const address = person(wb).tableAddress("Baselines");
    const rows = person(wb).getValues("Baselines", address.split("!")[1]);
    me.client.stats.reset();
    const attempt = saveBaseline(me.host, "  fy27   approved ");
    await expect(attempt).rejects.toThrow(WriteRefused);
    await expect(saveBaseline(me.host, "fy27 approved")).rejects.toThrow(
      "A baseline named 'FY27 Approved' is already saved. Choose another name."
    );
    expect(person(wb).tableAddress("Baselines")).toBe(address);
    expect(person(wb).getValues("Baselines", address.split("!")[1])).toEqual(rows);
    // Only reads were sent: the refusals read the plan once each and wrote nothing.
    expect(me.client.stats.syncs).toBe(2);
  });

  test("a name typed with '=' stays text", async () => {
    const { wb, me } = await planWith();
    await saveBaseline(me.host, '=HYPERLINK("http://x","y")');
    const cell = person(wb).getCell("Baselines", "A2")!;
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
    expect(cell.formula).toBeNull();
    expect(await savedNames(me.host)).toEqual([['=HYPERLINK("http://x","y")', expect.any(Number)]]);
  });

  test("a second baseline goes below the first; the later one is the latest", async () => {
    const { me } = await planWith();
    await saveBaseline(me.host, "First", { now: new Date(2027, 0, 15, 9, 0) });
    await saveBaseline(me.host, "Second", { now: new Date(2027, 1, 1, 9, 0) });
    const after = await loadPlan(me.host);
    expect(after.plan.baselines.map((b) => b.name)).toEqual(["First", "Second"]);
    expect(after.plan.latestBaseline?.name).toBe("Second");
  });

  test("a blank name, or a workbook without a Baselines table, is refused with a message", async () => {
    const { me } = await planWith();
    await expect(saveBaseline(me.host, "  ")).rejects.toThrow("Give the baseline a name.");
    const wb = emptyWorkbook();
    const other = seat(wb, "other");
    await setUpPlan(other.host, { rows: samplePlan(2027) });
    if (wb.tables.some((t) => t.name === "Baselines")) wb.deleteTable(wb.table("Baselines"), true);
    await expect(saveBaseline(other.host, "Q1")).rejects.toThrow(
      "This workbook has no Baselines table."
    );
  });
});
