import { checkPlan, samplePlan } from "../../src/domain";
import { PLAN_TABLES, readWorkbookPlan, setUpPlan } from "../../src/workbook";
import type { ExcelHost } from "../../src/workbook";
import { emptyWorkbook, person, seat } from "./sim";

/**
 * Makes request number `failing` fail part-way, as a request Excel refuses does: the actions
 * before the failing one have run. It fails where the request first reaches sheet `at`, or at
 * its end.
 */
function failingOnce(host: ExcelHost, failing: number, at?: string): ExcelHost {
  let runs = 0;
  return {
    ...host,
    run: (batch) =>
      host.run(async (context) => {
        if (++runs !== failing) return batch(context);
        const fail = () => context.workbook.tables.getItem("No such table").load("name");
        const sheets = context.workbook.worksheets;
        const getItem = sheets.getItem.bind(sheets);
        let failed = false;
        sheets.getItem = (name: string) => {
          if (name === at && !failed) {
            failed = true;
            fail();
          }
          return getItem(name);
        };
        const sync = context.sync.bind(context);
        context.sync = (<T>(passThrough?: T) => {
          if (at === undefined) fail();
          return sync(passThrough);
        }) as typeof context.sync;
        return batch(context);
      }),
  };
}

/** An Excel that offers ExcelApi up to 1.`minor`. */
function upTo(host: ExcelHost, minor: number): ExcelHost {
  return { ...host, isSetSupported: (name, version) => Number(version.split(".")[1]) <= minor };
}

describe("Set up plan", () => {
  test("creates the eight tables with the exact headers of rules.md, each on its own sheet", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    const result = await setUpPlan(host, { planStarts: "2027-07" });
    expect(result.created).toEqual([
      "Settings",
      "Lanes",
      "Activities",
      "Budget",
      "Results",
      "Doors",
      "Targets",
      "Baselines",
    ]);
    expect(person(wb).getValues("Activities", "A1:K1")[0]).toEqual([
      "ID",
      "Activity",
      "Lane",
      "Team",
      "Campaign",
      "Start",
      "End",
      "Expected leads",
      "Follow-up hours",
      "Notes",
      "Door",
    ]);
    // A plan starting in July has its Budget months in plan order.
    expect(person(wb).getValues("Budget", "A1:Q1")[0]).toEqual([
      "Line",
      "Team",
      "Lane",
      "Campaign",
      "Status",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
    ]);
    expect(person(wb).getValues("Results", "A1:J1")[0]).toEqual([
      "Month",
      "Channel",
      "Lane",
      "Campaign",
      "Spend",
      "Leads",
      "Qualified",
      "Closed",
      "Revenue",
      "Followed up",
    ]);
    expect(person(wb).getValues("Lanes", "A1:C1")[0]).toEqual(["Lane", "Side", "Capacity"]);
    expect(person(wb).getValues("Settings", "A1:B1")[0]).toEqual(["Setting", "Value"]);
    expect(person(wb).getValues("Doors", "A1:C1")[0]).toEqual(["Door", "Owner", "Response hours"]);
    expect(person(wb).getValues("Targets", "A1:B1")[0]).toEqual(["Month", "Revenue target"]);
    // Baselines: the Budget's columns in plan order, after the baseline's name and when it was saved.
    expect(person(wb).getValues("Baselines", "A1:S1")[0]).toEqual([
      "Baseline",
      "Saved",
      ...(person(wb).getValues("Budget", "A1:Q1")[0] as string[]),
    ]);
    for (const name of PLAN_TABLES) {
      expect(wb.findTable(name)).toBeDefined();
      expect(person(wb).tableAddress(name).startsWith(`${name}!A1:`)).toBe(true);
    }
    // The plan reads back as a valid, empty plan starting in July 2027.
    const read = await readWorkbookPlan(host);
    const check = checkPlan(read.input);
    expect(check.problems).toEqual([]);
    expect(check.metrics.months[0].month).toBe("2027-07");
  });

  test("writes Plan starts as a real date formatted mmm yyyy, and amounts in the currency format", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { rows: samplePlan(2027) });
    const planStarts = person(wb).getCell("Settings", "B2")!;
    expect(person(wb).getValues("Settings", "A2")[0][0]).toBe("Plan starts");
    expect(planStarts.value).toBe(46388); // 2027-01-01
    expect(wb.numberFormatAt(wb.sheet("Settings"), 1, 1)).toBe("mmm yyyy");
    expect(wb.numberFormatAt(wb.sheet("Activities"), 1, 5)).toBe("mmm yyyy");
    expect(wb.numberFormatAt(wb.sheet("Budget"), 1, 7)).toBe("$#,##0");
    expect(wb.numberFormatAt(wb.sheet("Activities"), 1, 1)).toBe("@");
  });

  test("adds dropdowns for Lane, Team, Status and Side (ExcelApi 1.8), freezes the headers and sizes the columns", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    const result = await setUpPlan(host, { rows: samplePlan(2027) });
    expect(wb.sheet("Activities").frozenRows).toBe(1);
    expect(wb.sheet("Activities").columnWidths.get(1)).toBe(180);
    const rule = (sheet: string, address: string) =>
      wb.validationAt(wb.sheet(sheet), wb.resolveAddress(address, wb.sheet(sheet)).rect);
    expect(result.dropdowns).toBe(client.supports("1.8"));
    if (!client.supports("1.8")) {
      // The lowest profile: the same set-up, without dropdowns, and it says so.
      expect(rule("Activities", "A1:J20")).toBeNull();
      return;
    }
    expect(rule("Activities", "C2")).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Lanes[Lane]")' },
    });
    expect(rule("Activities", "D2")).toEqual({
      list: { inCellDropDown: true, source: "Marketing,Sales,Joint" },
    });
    expect(rule("Budget", "E2")).toEqual({
      list: { inCellDropDown: true, source: "Draft,Proposed,Approved" },
    });
    expect(rule("Lanes", "B2")).toEqual({
      list: { inCellDropDown: true, source: "Marketing,Sales" },
    });
    // The dropdown covers the table's column to its last row and nothing below it: validation on
    // part of the cells below a table keeps Excel from growing the table (Excel extends the column's
    // own validation to the rows the table grows by).
    expect(rule("Activities", "D14")).toEqual({
      list: { inCellDropDown: true, source: "Marketing,Sales,Joint" },
    });
    expect(rule("Activities", "D15")).toBeNull();
    expect(rule("Activities", "D200")).toBeNull();
    expect(wb.sheet("Activities").frozenRows).toBe(1);
    expect(wb.sheet("Activities").columnWidths.get(1)).toBe(180);
  });

  test("fills the sample plan, which reads back with its deliberate gaps flagged", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    const sample = samplePlan(2027);
    await setUpPlan(host, { rows: sample });
    const read = await readWorkbookPlan(host);
    expect(read.input.activities).toHaveLength(sample.activities.length);
    expect(read.input.budget).toHaveLength(sample.budget.length);
    const check = checkPlan(read.input);
    const codes = new Set(check.flags.map((f) => `${f.code} ${f.month ?? ""}`));
    expect(codes).toContain("no-follow-up 2027-08"); // brand radio, nobody follows up
    expect(codes).toContain("no-air-cover 2027-11"); // key-account push with nothing behind it
    expect(codes).toContain("slow-follow-up 2027-06"); // webinar invitations promise 48 h
    expect(codes).toContain("closes-unreported 2027-04");
    // The one deliberate bad row: a lane that is not in the Lanes table.
    expect(check.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Activities", 13, "Lane"],
    ]);
  });

  test("on a workbook that has some of the tables, adds what is missing and changes nothing else", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    wb.addSheet("Activities");
    person(wb).setValues("Activities", "A1:C2", [
      ["ID", "Activity", "Lane"],
      ["X-1", "Kept as is", "Media"],
    ]);
    person(wb).addTable("Activities", "A1:C2", "Activities");
    wb.addSheet("Budget"); // a sheet of the same name that is in use
    person(wb).setValues("Budget", "A1", [["someone's notes"]]);
    person(wb).setValues("Sheet1", "B2", [["=1+1"]]);
    const before = {
      activities: person(wb).getFormulas("Activities", "A1:Z20"),
      budget: person(wb).getFormulas("Budget", "A1:Z20"),
      sheet1: person(wb).getFormulas("Sheet1", "A1:Z20"),
    };
    const result = await setUpPlan(host, { planStarts: "2027-01" });
    expect(result.existing).toEqual(["Activities"]);
    expect(result.created).toEqual([
      "Settings",
      "Lanes",
      "Budget",
      "Results",
      "Doors",
      "Targets",
      "Baselines",
    ]);
    expect(result.sheets.Budget).toBe("Budget 2");
    expect(person(wb).getFormulas("Activities", "A1:Z20")).toEqual(before.activities);
    expect(person(wb).getFormulas("Budget", "A1:Z20")).toEqual(before.budget);
    expect(person(wb).getFormulas("Sheet1", "A1:Z20")).toEqual(before.sheet1);
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:C2");
    expect(person(wb).tableAddress("Budget")).toMatch(/^'?Budget 2'?!A1:Q/);
    // Running it again finds everything and creates nothing.
    const again = await setUpPlan(host, {});
    expect(again.created).toEqual([]);
  });

  test.each([
    ["the rows", 2, undefined],
    ["the tables, after Lanes", 3, "Activities"],
    ["the tables, at the end", 3, undefined],
  ])(
    "a set-up that fails while writing %s is completed by a second Set up plan, on the same sheets",
    async (_, failing, at) => {
      const wb = emptyWorkbook();
      const { host } = seat(wb);
      const sample = samplePlan(2027);
      await expect(setUpPlan(failingOnce(host, failing, at), { rows: sample })).rejects.toThrow();
      if (at) expect(wb.findTable("Lanes")).toBeDefined(); // it did fail part-way
      if (at) expect(wb.findTable("Activities")).toBeUndefined();
      const again = await setUpPlan(host, { rows: sample });
      expect([...again.created, ...again.existing].sort()).toEqual([...PLAN_TABLES].sort());
      for (const name of PLAN_TABLES)
        expect(person(wb).tableAddress(name).startsWith(`${name}!A1:`)).toBe(true);
      expect(wb.sheets.map((s) => s.name).filter((n) => / \d+$/.test(n))).toEqual([]);
      const read = await readWorkbookPlan(host);
      expect(read.input.activities).toHaveLength(sample.activities.length);
      expect(read.input.budget).toHaveLength(sample.budget.length);
      expect(checkPlan(read.input).problems).toHaveLength(1); // the sample's one deliberate bad row
    }
  );

  test("on ExcelApi 1.7 (no data validation) sets up every table without dropdowns, and says so", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    const result = await setUpPlan(upTo(host, 7), { rows: samplePlan(2027) });
    expect(result.dropdowns).toBe(false);
    expect(result.created).toHaveLength(8);
    expect(
      wb.validationAt(
        wb.sheet("Activities"),
        wb.resolveAddress("A1:J20", wb.sheet("Activities")).rect
      )
    ).toBeNull();
    expect((await setUpPlan(upTo(host, 8), {})).created).toEqual([]);
  });
});
