import { checkPlan, parsePlan, type Row, samplePlan } from "../../src/domain";
import { addRow, readWorkbookPlan, setUpPlan } from "../../src/workbook";
import { RESPONSE_LIMIT_BYTES } from "../../src/workbook/read";
import { Workbook } from "../../src/simulator/workbook";
import { emptyWorkbook, person, seat } from "./sim";

/** A valid plan of `n` rows per table, written by setUpPlan. */
function bigPlan(n: number) {
  const activities: Row[] = [];
  const budget: Row[] = [];
  const results: Row[] = [];
  for (let i = 0; i < n; i++) {
    const m = (i % 12) + 1;
    const month = `2027-${String(m).padStart(2, "0")}`;
    activities.push({
      ID: `A-${i}`,
      Activity: `Activity number ${i} of the plan`,
      Lane: ["Media", "Direct mail", "Field sales"][i % 3],
      Team: ["Marketing", "Sales", "Joint"][i % 3],
      Campaign: `Campaign ${i % 40}`,
      Start: month,
      End: month,
      "Expected leads": i % 100,
      "Follow-up hours": 12,
      Notes: "",
    });
    const line: Row = {
      Line: `L-${i}`,
      Team: ["Marketing", "Sales", "Joint"][i % 3],
      Lane: "Media",
      Campaign: `Campaign ${i % 40}`,
      Status: "Approved",
    };
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].forEach(
      (mm, k) => (line[mm] = (i * 7 + k * 13) % 5000)
    );
    budget.push(line);
    results.push({
      Month: month,
      Channel: `Channel ${i % 25}`,
      Lane: "Media",
      Campaign: "",
      Spend: 100 + i,
      Leads: 10,
      Qualified: 5,
      Closed: 1,
      Revenue: 1000,
    });
  }
  return { settings: { "Plan starts": "2027-01" }, activities, budget, results };
}

describe("reading the plan", () => {
  test.each([10, 1000])("reads every table in exactly one sync at %i rows per table", async (n) => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: bigPlan(n) });
    client.stats.reset();
    const read = await readWorkbookPlan(host);
    expect(client.stats.syncs).toBe(1);
    expect(read.input.activities).toHaveLength(n);
    expect(read.input.budget).toHaveLength(n);
    expect(read.input.results).toHaveLength(n);
    expect(read.tables.Activities).toMatchObject({
      sheet: "Activities",
      headerRow: 0,
      firstColumn: 0,
      rowCount: n,
    });
    expect(checkPlan(read.input).problems).toEqual([]);
  });

  test("a 10,000-row plan is set up and read within the 5 MB limits, in as few syncs as they allow", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    const plan = bigPlan(10000);
    const setup = await setUpPlan(host, { rows: plan });
    // Every request stayed under the limit (the simulator refuses larger ones), and more than one was needed.
    expect(client.stats.requestBytes / setup.syncs).toBeLessThan(RESPONSE_LIMIT_BYTES);
    expect(setup.syncs).toBeLessThanOrEqual(
      Math.ceil(client.stats.requestBytes / (4 * 1024 * 1024)) + 2
    );
    client.stats.reset();
    const read = await readWorkbookPlan(host);
    const minimum = Math.ceil(client.stats.responseBytes / RESPONSE_LIMIT_BYTES);
    expect(read.input.activities).toHaveLength(10000);
    expect(read.input.budget[9999]).toMatchObject({ Line: "L-9999" });
    expect(read.input.results).toHaveLength(10000);
    // Beyond the limit: one refused attempt and one sync for the shapes, then no more chunks than the bytes demand.
    expect(client.stats.syncs).toBeLessThanOrEqual(minimum + 2);
    expect(checkPlan(read.input).problems).toEqual([]);
  });

  test("past the 5 MB response limit, reads in chunks: no more syncs than the bytes demand, plus two", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: bigPlan(25000) });
    client.stats.reset();
    const read = await readWorkbookPlan(host);
    const minimum = Math.ceil(client.stats.responseBytes / RESPONSE_LIMIT_BYTES);
    expect(minimum).toBeGreaterThan(1); // the plan really is past the limit
    expect(client.stats.syncs).toBeLessThanOrEqual(minimum + 2);
    expect(read.input.activities).toHaveLength(25000);
    expect(read.input.activities[24999]).toMatchObject({ ID: "A-24999" });
    expect(read.input.budget).toHaveLength(25000);
    expect(read.input.results).toHaveLength(25000);
  });

  test("finds tables by name and columns by header: reordered and extra columns are fine", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    wb.addSheet("Mine");
    person(wb).setValues("Mine", "C3:I4", [
      ["My notes", "Team", "Start", "Lane", "Activity", "ID", "Campaign"],
      ["keep me", "Sales", "Mar 2027", "Field sales", "Calls", "S-1", ""],
    ]);
    wb.deleteTable(wb.table("Activities"), true);
    person(wb).addTable("Mine", "C3:I4", "Activities");
    const read = await readWorkbookPlan(host);
    expect(read.tables.Activities).toMatchObject({
      sheet: "Mine",
      headerRow: 2,
      firstColumn: 2,
      rowCount: 1,
    });
    expect(read.input.activities[0]).toMatchObject({
      ID: "S-1",
      Start: "Mar 2027",
      "My notes": "keep me",
    });
    const check = checkPlan(read.input);
    expect(check.problems).toEqual([]);
  });

  test("a missing table is a problem, not a crash", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    const nothing = await readWorkbookPlan(host);
    expect(nothing.problems.map((p) => p.table)).toEqual(["Settings", "Activities", "Budget"]);
    expect(nothing.problems[0].message).toMatch(/Set up plan/);
    await setUpPlan(host, { planStarts: "2027-01" });
    wb.deleteTable(wb.table("Budget"), true);
    const read = await readWorkbookPlan(host);
    expect(read.problems).toEqual([expect.objectContaining({ table: "Budget", row: null })]);
    expect(read.tables.Activities).toBeDefined();
  });

  test("hand-typed junk in every column gives problems, never an exception", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    const junk = ["=1/0", "Marhc", "-5", "TRUE", "   ", "📅", "2027-13", "#N/A"];
    person(wb).setValues("Activities", "A2:J3", [
      junk.concat(junk).slice(0, 10),
      [true, 42, "Nowhere", "Both", 7, -3, "never", "lots", "0", 1e308],
    ]);
    person(wb).setValues("Budget", "A2:Q2", [
      [null, "Finance", "Moon", 1, "Done", "x", -1, "=2+", ...Array(9).fill("?")],
    ]);
    const read = await readWorkbookPlan(host);
    const check = checkPlan(read.input);
    const columns = new Set(
      check.problems.filter((p) => p.table === "Activities").map((p) => p.column)
    );
    for (const c of ["Lane", "Team", "Start"]) expect(columns).toContain(c);
    expect(check.problems.some((p) => p.table === "Budget" && p.column === "Team")).toBe(true);
    expect(check.flags.every((f) => f.refs.every((r) => typeof r === "string"))).toBe(true);
  });

  test("a table's total row is not read as data: a Budget total does not double the spend", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    const sample = samplePlan(2027);
    await setUpPlan(host, { rows: sample });
    const before = checkPlan((await readWorkbookPlan(host)).input).metrics;
    await host.run(async (context) => {
      context.workbook.tables.getItem("Budget").showTotals = true;
      context.workbook.tables.getItem("Results").showTotals = true;
      await context.sync();
    });
    const read = await readWorkbookPlan(host);
    expect(read.input.budget).toHaveLength(sample.budget.length);
    expect(read.input.results).toHaveLength(sample.results!.length);
    expect(read.tables.Budget!.rowCount).toBe(sample.budget.length);
    expect(checkPlan(read.input).metrics).toEqual(before);
    // A line added now goes above the total row, which stays the table's last.
    await addRow(host, "Budget", { Line: "Late line", Team: "Sales", Jan: 5 });
    const after = await readWorkbookPlan(host);
    expect(after.input.budget.map((r) => r.Line)).toContain("Late line");
    expect(after.input.budget).toHaveLength(sample.budget.length + 1);
  });

  test("a workbook on the 1904 date system reads its months as Excel shows them", async () => {
    const wb = new Workbook({ date1904: true });
    wb.addSheet("Sheet1");
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    // Dates as a person types them in a 1904 workbook: 1 Jan 2027 is serial 44926 there (46388 in 1900).
    person(wb).setCell("Settings", "B2", 44926);
    await addRow(host, "Activities", {
      ID: "D-1",
      Activity: "Spring fair",
      Lane: "Media",
      Team: "Marketing",
      Start: 44985, // 1 Mar 2027 in 1904
      End: 45015, // 31 Mar 2027 in 1904
    });
    expect(person(wb).getCell("Settings", "B2")!.value).toBe(44926);
    const read = await readWorkbookPlan(host);
    const plan = parsePlan(read.input);
    expect(plan.settings.planStarts).toBe("2027-01");
    expect(plan.activities.find((a) => a.id === "D-1")).toMatchObject({
      start: "2027-03",
      end: "2027-03",
    });
  });
});
