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
import { offersExcelApi } from "../../src/workbook/host";
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
    // The Flags row names flags in words, as the registry titles them, never by code.
    expect(values[8][0]).toBe("Flags");
    expect(values[8][9]).toContain("No follow-up"); // August
    expect(values[8].join(" ")).not.toMatch(/no-follow-up|siloed-spend|no-air-cover/);
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

  test("prints a page per half year: landscape, two print areas fitted to a page, lanes and months on both (ExcelApi 1.9)", async () => {
    const { wb, me, plan, check } = await sampleWorkbook();
    await buildCalendarSheet(me.host, plan, check);
    const setup = wb.sheet("Plan calendar").pageSetup;
    const column = person(wb)
      .getValues("Plan calendar", "B1:B40")
      .map((r) => String(r[0]));
    const lastRow = column.findIndex((v) => /Sales-side lane/.test(v)) + 1;
    if (offersExcelApi(me.host, "1.9")) {
      expect(setup).toEqual({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
        printArea: `C1:H${lastRow},I1:N${lastRow}`,
        printTitleRows: "$4:$4",
        printTitleColumns: "$A:$B",
      });
      // The areas end at the legend's last line.
      expect(person(wb).getValues("Plan calendar", `B${lastRow}`)[0][0]).toMatch(/Sales-side lane/);
    } else {
      // Older Excel has no PageLayout: the sheet is built all the same, printed as Excel's default.
      expect(setup.orientation).toBe("Portrait");
      expect(setup.printArea).toBeNull();
      expect(person(wb).getValues("Plan calendar", "A4")[0][0]).toBe("Lane");
    }
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
  test("totals are formulas over the Budget table (SUMPRODUCT over trimmed names), with a native chart", async () => {
    const { wb, me, plan, read } = await sampleWorkbook();
    await buildSummarySheet(me.host, plan, read.tables.Budget!.headers.slice(5));
    const marketingJan = person(wb).getFormulas("Summary", `B${SUMMARY_ROWS.marketing}`)[0][0];
    expect(marketingJan).toBe('=SUMPRODUCT(--(TRIM(Budget[Team])="Marketing"),Budget[Jan])');
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
    // Spend by lane: the lane rows' Year column (and the "(no lane)" row's) against the checker's
    // totals by lane, and the row for what is in none of them at 0.
    const lanesAt = Summary.findIndex((r) => r[0] === "Spend by lane");
    const laneNames = [...plan.lanes.map((l) => l.lane), "(no lane)", "Not in the rows above"];
    const laneRows = Summary.slice(lanesAt + 1, lanesAt + 1 + laneNames.length);
    expect(laneRows.map((r) => r[0])).toEqual(laneNames);
    laneNames.forEach((lane, i) =>
      expect(Number(laneRows[i][13])).toBe(check.metrics.year.byLane[lane] ?? 0)
    );
    const cap = Summary.find((r) => r[0] === "Annual budget cap")!;
    expect(Number(cap[13])).toBe(400000);
  }, 180000);
});
