/**
 * The Summary sheet's baseline, leads and scorecard sections (issues 10–12), proven by LibreOffice
 * recalculating the saved workbook to the checker's own figures.
 */
import { checkPlan, parsePlan, samplePlan } from "../../src/domain";
import { saveXlsx } from "../../src/simulator/xlsx";
import { buildSummarySheet, readWorkbookPlan, setUpPlan } from "../../src/workbook";
import { recalculate } from "../helpers/libreoffice";
import { emptyWorkbook, person, seat } from "./sim";

async function summary() {
  const wb = emptyWorkbook();
  const me = seat(wb);
  await setUpPlan(me.host, { rows: samplePlan(2027) });
  const read = await readWorkbookPlan(me.host);
  const plan = parsePlan(read.input);
  const check = checkPlan(read.input);
  await buildSummarySheet(me.host, plan, read.tables.Budget!.headers.slice(5), {
    check,
    tables: read.tables,
  });
  return { wb, me, read, plan, check };
}

/** The sheet's row whose first cell is `label` (1-based), from a grid of values. */
const rowOf = (grid: unknown[][], label: string) => grid.findIndex((r) => r[0] === label) + 1;

describe("Summary sheet: baseline, leads and scorecard", () => {
  test("the baseline and scorecard are formulas over the Baselines, Budget and Results tables; the leads are values, and say so", async () => {
    const { wb } = await summary();
    const grid = person(wb).getValues("Summary", "A1:N80");
    const formulas = person(wb).getFormulas("Summary", "A1:N80");
    const base = rowOf(grid, "Baseline spend");
    expect(grid[base - 2].slice(0, 2)).toEqual([
      "Latest baseline (as of the last rebuild)",
      "FY2027 approved",
    ]);
    expect(formulas[base - 1][3]).toBe(
      `=SUMIFS(Baselines[Mar],Baselines[Baseline],$B$${base - 1})`
    );
    const variance = rowOf(grid, "Variance (now − baseline)");
    expect(formulas[variance - 1][3]).toBe(`=D7-D${base}`);
    expect(rowOf(grid, "Leads (values at the last rebuild)")).toBeGreaterThan(0);
    const expected = rowOf(grid, "Expected leads");
    expect(typeof formulas[expected - 1][3]).toBe("number");
    // The value keeps the checker's decimals; the sheet shows whole leads.
    const marchLeads = formulas[expected - 1].slice(1, 13).find((v) => !Number.isInteger(v));
    expect(marchLeads).toBeDefined();
    for (const row of [expected, rowOf(grid, "Required leads")])
      for (let c = 1; c <= 13; c++)
        expect(wb.numberFormatAt(wb.sheet("Summary"), row - 1, c)).toBe("#,##0");
    expect(formulas[rowOf(grid, "Marketing: close rate") - 1][1]).toBe(
      '=IFERROR(SUMIFS(Results[Closed],Results[Leads],"<>",Results[Closed],"<>")/SUMIFS(Results[Leads],Results[Leads],"<>",Results[Closed],"<>"),"")'
    );
  });

  test("a plan without a baseline or the Followed up column gets no formula over what it lacks", async () => {
    const wb = emptyWorkbook();
    const me = seat(wb);
    const sample = samplePlan(2027);
    await setUpPlan(me.host, { rows: { ...sample, baselines: [] } });
    const read = await readWorkbookPlan(me.host);
    const tables = {
      ...read.tables,
      Results: {
        ...read.tables.Results!,
        headers: read.tables.Results!.headers.filter((h) => h !== "Followed up"),
      },
    };
    await buildSummarySheet(me.host, parsePlan(read.input), read.tables.Budget!.headers.slice(5), {
      check: checkPlan(read.input),
      tables,
    });
    const grid = person(wb).getValues("Summary", "A1:N80");
    expect(rowOf(grid, "Baseline spend")).toBe(0);
    expect(rowOf(grid, "Sales: follow-up rate")).toBe(0);
    expect(rowOf(grid, "Marketing: close rate")).toBeGreaterThan(0);
  });

  test("LibreOffice recalculates the baseline, variance and scorecard to the checker's figures", async () => {
    const { wb, check } = await summary();
    const { Summary } = recalculate(await saveXlsx(wb), ["Summary"]);
    const num = (v: string) =>
      v === "" ? null : v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
    const row = (label: string) => {
      const found = Summary.find((r) => r[0] === label);
      expect(found).toBeDefined();
      return found!.slice(1, 14).map(num);
    };
    const baseline = check.metrics.baseline!;
    expect(row("Baseline spend")).toEqual([
      ...baseline.months.map((m) => m.baselineSpend),
      baseline.year.baselineSpend,
    ]);
    expect(row("Variance (now − baseline)")).toEqual([
      ...baseline.months.map((m) => m.variance),
      baseline.year.variance,
    ]);
    const demand = check.metrics.demand;
    expect(row("Expected leads")).toEqual([
      ...demand.months.map((m) => m.expectedLeads),
      demand.year.expectedLeads,
    ]);
    expect(row("Required leads")).toEqual([
      ...demand.months.map((m) => m.requiredLeads),
      demand.year.requiredLeads,
    ]);
    const { marketing, sales } = check.metrics.scorecard;
    expect(row("Marketing: leads reported")[0]).toBe(marketing.leads);
    expect(row("Marketing: closed deals")[0]).toBe(marketing.closed);
    expect(row("Marketing: close rate")[0]).toBeCloseTo(marketing.closeRate!, 3);
    expect(row("Marketing: cost per closed deal")[0]).toBeCloseTo(marketing.costPerClosed!, 0);
    expect(row("Sales: follow-up rate")[0]).toBeCloseTo(sales.followUpRate!, 3);
    expect(row("Sales: follow-up target")[0]).toBe(0.9);
    expect(row("Sales: deals closed from reported leads")[0]).toBe(sales.closedFromReportedLeads);
  }, 180000);
});

test("the Summary's leads compare like with like: beside Required, the expected leads of the months with a target and their Year", async () => {
  const { wb, check } = await summary();
  const grid = person(wb).getValues("Summary", "A1:N80");
  const months = check.metrics.demand.months;
  const targeted = months.filter((m) => m.requiredLeads !== null);
  // The sample plan has targets in some months only, so the two Years differ.
  expect(targeted.length).toBeGreaterThan(0);
  expect(targeted.length).toBeLessThan(12);
  const required = rowOf(grid, "Required leads");
  const beside = rowOf(grid, "Expected leads, months with a target");
  expect(beside).toBe(required + 1);
  const row = grid[beside - 1];
  months.forEach((m, i) =>
    expect(row[1 + i]).toBe(m.requiredLeads === null ? "" : m.expectedLeads)
  );
  const sum = targeted.reduce((s, m) => s + m.expectedLeads, 0);
  expect(row[13]).toBeCloseTo(sum, 6);
  expect(row[13]).toBeLessThan(check.metrics.demand.year.expectedLeads);
  // The sections below still follow, a blank row apart.
  expect(grid[beside][0]).toBe("");
  expect(rowOf(grid, "Marketing: close rate")).toBeGreaterThan(beside);
});
