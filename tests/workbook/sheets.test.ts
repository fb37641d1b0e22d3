import { checkPlan, parsePlan, samplePlan } from "../../src/domain";
import { saveXlsx } from "../../src/simulator/xlsx";
import {
  addRow,
  buildCalendarSheet,
  buildSummarySheet,
  readWorkbookPlan,
  setUpPlan,
  SUMMARY_ROWS,
} from "../../src/workbook";
import { recalculate } from "../helpers/libreoffice";
import { emptyWorkbook, person, seat } from "./sim";

async function sampleWorkbook() {
  const wb = emptyWorkbook();
  const me = seat(wb);
  await setUpPlan(me.host, { rows: samplePlan(2027) });
  const read = await readWorkbookPlan(me.host);
  return { wb, me, read, plan: parsePlan(read.input), check: checkPlan(read.input) };
}

describe("Plan calendar sheet", () => {
  test("shows lanes × months with activity names, flagged months marked, and a legend", async () => {
    const { wb, me, plan, check } = await sampleWorkbook();
    await buildCalendarSheet(me.host, plan, check);
    const values = person(wb).getValues("Plan calendar", "A1:N20");
    expect(values[3]).toEqual([
      "Lane",
      "Side",
      "Jan 2027",
      "Feb 2027",
      "Mar 2027",
      "Apr 2027",
      "May 2027",
      "Jun 2027",
      "Jul 2027",
      "Aug 2027",
      "Sep 2027",
      "Oct 2027",
      "Nov 2027",
      "Dec 2027",
    ]);
    expect(values.slice(4, 8).map((r) => r[0])).toEqual([
      "Media",
      "Direct mail",
      "Field sales",
      "Inside sales",
    ]);
    expect(values[4][4]).toContain("Spring launch TV spot [Spring launch]"); // Media, March
    expect(values[4][9]).toContain("Brand awareness radio"); // Media, August
    expect(values[8][9]).toContain("no-follow-up"); // the Flags row, August
    // Each month's header is highlighted exactly when the month has a warning (or an error).
    const sheet = wb.sheet("Plan calendar");
    const fill = (r: number, c: number) => sheet.cell(r, c)?.fill ?? null;
    expect(fill(3, 9)).toBe("#FFE08A"); // August
    plan.months.forEach((month, m) => {
      const worst = check.flags.filter((f) => f.month === month).map((f) => f.severity);
      const expected = worst.includes("error")
        ? "#F4B6B6"
        : worst.includes("warning")
          ? "#FFE08A"
          : null;
      expect(
        fill(3, 2 + m) === expected || (expected === null && fill(3, 2 + m) === "#E7E6E6")
      ).toBe(true);
    });
    expect(values.flat()).toContain("Legend");
  });

  test("writes activity names as text, and a rebuild replaces the previous content", async () => {
    const { wb, me } = await sampleWorkbook();
    await addRow(me.host, "Activities", {
      ID: "Z-1",
      Activity: '=HYPERLINK("http://x","y")',
      Lane: "Media",
      Team: "Marketing",
      Start: "2027-01",
    });
    const read = await readWorkbookPlan(me.host);
    await buildCalendarSheet(me.host, parsePlan(read.input), checkPlan(read.input));
    const text = person(wb).getFormulas("Plan calendar", "C5")[0][0];
    expect(text).toBe('=HYPERLINK("http://x","y")');
    expect(person(wb).getCell("Plan calendar", "C5")!.formula ?? null).toBeNull();
    person(wb).setCell("Plan calendar", "Z50", "stale");
    await buildCalendarSheet(me.host, parsePlan(read.input), checkPlan(read.input));
    expect(person(wb).getValues("Plan calendar", "Z50")[0][0]).toBe("");
  });
});

describe("Summary sheet", () => {
  test("totals are SUMIFS formulas over the Budget table, with a native chart", async () => {
    const { wb, me, plan, read } = await sampleWorkbook();
    await buildSummarySheet(me.host, plan, read.tables.Budget!.headers.slice(5));
    const marketingJan = person(wb).getFormulas("Summary", `B${SUMMARY_ROWS.marketing}`)[0][0];
    expect(marketingJan).toBe('=SUMIFS(Budget[Jan],Budget[Team],"=Marketing")');
    expect(wb.sheet("Summary").charts).toHaveLength(1);
    expect(wb.sheet("Summary").charts[0]).toMatchObject({ chartType: "ColumnStacked" });
    // A rebuild leaves one chart, not two.
    await buildSummarySheet(me.host, plan, read.tables.Budget!.headers.slice(5));
    expect(wb.sheet("Summary").charts).toHaveLength(1);
  });

  test("LibreOffice recalculates the saved workbook to the checker's own figures", async () => {
    const { wb, me, plan, read, check } = await sampleWorkbook();
    await buildSummarySheet(me.host, plan, read.tables.Budget!.headers.slice(5));
    const { Summary } = recalculate(await saveXlsx(wb), ["Summary"]);
    // LibreOffice writes cells as shown: percentages arrive as "52.6%".
    const num = (v: string) =>
      v === "" ? null : v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
    const row = (n: number) => Summary[n - 1].slice(1, 14).map(num);
    const months = check.metrics.months;
    expect(row(SUMMARY_ROWS.marketing)).toEqual([
      ...months.map((m) => m.spendByTeam.Marketing),
      check.metrics.year.byTeam.Marketing,
    ]);
    expect(row(SUMMARY_ROWS.sales)).toEqual([
      ...months.map((m) => m.spendByTeam.Sales),
      check.metrics.year.byTeam.Sales,
    ]);
    expect(row(SUMMARY_ROWS.joint)).toEqual([
      ...months.map((m) => m.spendByTeam.Joint),
      check.metrics.year.byTeam.Joint,
    ]);
    expect(row(SUMMARY_ROWS.total)).toEqual([
      ...months.map((m) => m.totalSpend),
      check.metrics.year.totalSpend,
    ]);
    const share = row(SUMMARY_ROWS.jointShare);
    months.forEach((m, i) => {
      if (m.jointShare === null) expect(share[i]).toBeNull();
      else expect(share[i]).toBeCloseTo(m.jointShare, 6);
    });
    expect(share[12]).toBeCloseTo(check.metrics.year.jointShare!, 6);
    // Spend by lane: the lane rows' Year column against the checker's totals by lane.
    const laneRows = Summary.filter((r) => plan.lanes.some((l) => l.lane === r[0]));
    for (const lane of plan.lanes) {
      const found = laneRows.find((r) => r[0] === lane.lane)!;
      expect(Number(found[13])).toBe(check.metrics.year.byLane[lane.lane] ?? 0);
    }
    const cap = Summary.find((r) => r[0] === "Annual budget cap")!;
    expect(Number(cap[13])).toBe(400000);
  }, 180000);
});
