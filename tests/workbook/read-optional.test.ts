/** Reading the optional tables (Doors, Targets, Baselines) and columns (Capacity, Door, Followed up). */
import { checkPlan, parsePlan } from "../../src/domain";
import { readWorkbookPlan, setUpPlan } from "../../src/workbook";
import { RESPONSE_LIMIT_BYTES } from "../../src/workbook/read";
import { Workbook } from "../../src/simulator/workbook";
import { emptyWorkbook, person, seat } from "./sim";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A plan as it was before the optional tables: their sheets and tables removed. */
function withoutOptionalTables(wb: Workbook) {
  for (const name of ["Doors", "Targets", "Baselines"]) {
    if (wb.tables.some((t) => t.name === name)) wb.deleteTable(wb.table(name), true);
    if (wb.sheets.some((s) => s.name === name)) wb.deleteSheet(wb.sheet(name));
  }
}

/** The optional tables as a person would add them by hand, each on its own sheet. */
function addOptionalTables(wb: Workbook, baselineRows: (string | number)[][] = []) {
  const p = person(wb);
  wb.addSheet("Doors");
  p.setValues("Doors", "A1:C3", [
    ["Door", "Owner", "Response hours"],
    ["Web form", "Field sales", 4],
    ["Phone line", "", 1],
  ]);
  p.addTable("Doors", "A1:C3", "Doors");
  wb.addSheet("Targets");
  p.setValues("Targets", "A1:B2", [
    ["Month", "Revenue target"],
    ["2027-05", 500000],
  ]);
  p.addTable("Targets", "A1:B2", "Targets");
  wb.addSheet("Baselines");
  const rows = baselineRows.length
    ? baselineRows
    : [
        [
          "FY27 approved",
          46450.5,
          "TV",
          "Marketing",
          "Media",
          "",
          "Approved",
          ...MONTHS.map(() => 100),
        ],
      ];
  p.setValues("Baselines", `A1:Q${1 + rows.length}`, [
    ["Baseline", "Saved", "Line", "Team", "Lane", "Campaign", "Status", ...MONTHS],
    ...rows,
  ]);
  p.addTable("Baselines", `A1:Q${1 + rows.length}`, "Baselines");
}

describe("reading the optional tables", () => {
  test("a plan without Doors, Targets and Baselines is read in one sync, without them", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    withoutOptionalTables(wb);
    client.stats.reset();
    const read = await readWorkbookPlan(host);
    expect(client.stats.syncs).toBe(1);
    expect(read.input.doors).toBeUndefined();
    expect(read.input.targets).toBeUndefined();
    expect(read.input.baselines).toBeUndefined();
    expect(read.tables.Doors).toBeUndefined();
    expect(read.problems).toEqual([]);
  });

  test("reads Doors, Targets and Baselines with the other tables in one sync, with their locations", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    withoutOptionalTables(wb);
    addOptionalTables(wb);
    client.stats.reset();
    const read = await readWorkbookPlan(host);
    expect(client.stats.syncs).toBe(1);
    expect(read.input.doors).toEqual([
      { Door: "Web form", Owner: "Field sales", "Response hours": 4 },
      { Door: "Phone line", Owner: "", "Response hours": 1 },
    ]);
    expect(read.input.targets).toEqual([{ Month: "2027-05", "Revenue target": 500000 }]);
    expect(read.input.baselines).toHaveLength(1);
    expect(read.input.baselines![0]).toMatchObject({ Baseline: "FY27 approved", Saved: 46450.5 });
    expect(read.tables.Doors).toMatchObject({
      table: "Doors",
      sheet: "Doors",
      headerRow: 0,
      firstColumn: 0,
      rowCount: 2,
      headers: ["Door", "Owner", "Response hours"],
    });
    expect(read.tables.Targets).toMatchObject({ sheet: "Targets", rowCount: 1 });
    expect(read.tables.Baselines).toMatchObject({ sheet: "Baselines", rowCount: 1 });
    const plan = parsePlan(read.input);
    expect(plan.demand?.doors.map((d) => d.door)).toEqual(["Web form", "Phone line"]);
    expect(plan.latestBaseline?.name).toBe("FY27 approved");
  });

  test("the optional columns Capacity, Door and Followed up are read with their tables", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, {
      rows: {
        settings: { "Plan starts": "2027-01" },
        lanes: [{ Lane: "Inside sales", Side: "Sales", Capacity: 120 }],
        activities: [
          {
            ID: "A-1",
            Activity: "Webinar",
            Lane: "Inside sales",
            Team: "Sales",
            Start: "2027-02",
            Door: "Web form",
          },
        ],
        results: [{ Month: "2027-02", Channel: "Web", Leads: 40, "Followed up": 30 }],
      },
    });
    const read = await readWorkbookPlan(host);
    expect(read.input.lanes?.[0]).toMatchObject({ Lane: "Inside sales", Capacity: 120 });
    expect(read.input.activities[0]).toMatchObject({ ID: "A-1", Door: "Web form" });
    expect(read.input.results?.[0]).toMatchObject({ Leads: 40, "Followed up": 30 });
  });

  test("error values and junk in the optional tables are problems, never an exception", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    withoutOptionalTables(wb);
    addOptionalTables(wb);
    person(wb).setCell("Doors", "C2", "=1/0");
    person(wb).setCell("Targets", "B2", "#N/A");
    person(wb).setCell("Baselines", "B2", "Marhc");
    const read = await readWorkbookPlan(host);
    expect(read.input.doors?.[0]["Response hours"]).toBe("#DIV/0!");
    const check = checkPlan(read.input);
    const tables = check.problems.map((p) => p.table);
    expect(tables).toEqual(expect.arrayContaining(["Doors", "Targets", "Baselines"]));
  });

  test("on the 1904 date system, a target's Month and a baseline's Saved read as Excel shows them", async () => {
    const wb = new Workbook({ date1904: true });
    wb.addSheet("Sheet1");
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    person(wb).setCell("Settings", "B2", 44926); // 1 Jan 2027 in 1904
    withoutOptionalTables(wb);
    addOptionalTables(wb);
    person(wb).setCell("Targets", "A2", 45046); // 1 May 2027 in 1904 (46508 in 1900)
    person(wb).setCell("Baselines", "B2", 44988.5); // 4 Mar 2027, noon, in 1904
    const read = await readWorkbookPlan(host);
    expect(read.input.targets?.[0].Month).toBe(45046 + 1462);
    expect(read.input.baselines?.[0].Saved).toBe(44988.5 + 1462);
    const plan = parsePlan(read.input);
    expect(plan.demand?.targets[0].month).toBe("2027-05");
  });

  test("a Baselines table past the 5 MB answer limit is read in chunks, every row once", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    withoutOptionalTables(wb);
    const n = 30000;
    const rows = Array.from({ length: n }, (_, i) => [
      `Baseline ${Math.floor(i / 1000)} with a long name to fill the answer`,
      46450 + i / 10000,
      `Budget line number ${i} of the saved copy`,
      "Marketing",
      "Media",
      `Campaign ${i % 40}`,
      "Approved",
      ...MONTHS.map((_, k) => (i * 7 + k * 13) % 5000),
    ]);
    addOptionalTables(wb, rows);
    client.stats.reset();
    const read = await readWorkbookPlan(host);
    expect(client.stats.responseBytes).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(client.stats.syncs).toBeGreaterThan(1);
    expect(read.input.baselines).toHaveLength(n);
    expect(read.input.baselines![n - 1]).toMatchObject({
      Line: `Budget line number ${n - 1} of the saved copy`,
    });
    expect(read.input.doors).toHaveLength(2);
    expect(read.tables.Baselines?.rowCount).toBe(n);
  });

  test("a missing required table beside the optional ones: a problem, the optional tables still read", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    withoutOptionalTables(wb);
    addOptionalTables(wb);
    wb.deleteTable(wb.table("Budget"), true);
    const read = await readWorkbookPlan(host);
    expect(read.problems).toEqual([expect.objectContaining({ table: "Budget", row: null })]);
    expect(read.input.doors).toHaveLength(2);
    expect(read.tables.Targets).toBeDefined();
  });
});
