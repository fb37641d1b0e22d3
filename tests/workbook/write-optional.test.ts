/** Writing rows of the optional tables: Doors (keyed by Door), Targets (by Month), Baselines (appended only). */
import type { Row } from "../../src/domain";
import {
  addRow,
  addRows,
  deleteRow,
  readWorkbookPlan,
  type RowRef,
  setUpPlan,
  updateRow,
  type WritableTable,
  WriteRefused,
} from "../../src/workbook";
import type { Workbook } from "../../src/simulator/workbook";
import { emptyWorkbook, person, PROFILE, seat } from "./sim";

const tablesGrow = PROFILE.autoExpandTables !== false;
const ADD_SYNCS = tablesGrow ? 2 : 4;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A plan, with its Doors, Targets and Baselines tables as a person would have them. */
async function planWithOptionalTables() {
  const wb = emptyWorkbook();
  const me = seat(wb, "me");
  const coauthor = seat(wb, "coauthor");
  await setUpPlan(me.host, { planStarts: "2027-01" });
  const p = person(wb);
  for (const name of ["Doors", "Targets", "Baselines"]) {
    if (wb.tables.some((t) => t.name === name)) wb.deleteTable(wb.table(name), true);
    if (wb.sheets.some((s) => s.name === name)) wb.deleteSheet(wb.sheet(name));
  }
  wb.addSheet("Doors");
  p.setValues("Doors", "A1:C4", [
    ["Door", "Owner", "Response hours"],
    ["Web form", "Field sales", 4],
    ["Phone line", "", 1],
    ["Reply card", "Field sales", 48],
  ]);
  p.addTable("Doors", "A1:C4", "Doors");
  wb.addSheet("Targets");
  p.setValues("Targets", "A1:B3", [
    ["Month", "Revenue target"],
    [46447, 300000], // Mar 2027
    [46508, 500000], // May 2027
  ]);
  p.addTable("Targets", "A1:B3", "Targets");
  wb.addSheet("Baselines");
  p.setValues("Baselines", "A1:Q2", [
    ["Baseline", "Saved", "Line", "Team", "Lane", "Campaign", "Status", ...MONTHS],
    [
      "FY27 approved",
      46400.5,
      "TV",
      "Marketing",
      "Media",
      "",
      "Approved",
      ...MONTHS.map(() => 100),
    ],
  ]);
  p.addTable("Baselines", "A1:Q2", "Baselines");
  return { wb, me, coauthor };
}

/** The row of `table` whose `column` is `value`, as the pane saw it. */
async function seen(
  host: Parameters<typeof readWorkbookPlan>[0],
  table: "Doors" | "Targets" | "Baselines",
  find: (row: Row) => boolean
): Promise<RowRef> {
  const read = await readWorkbookPlan(host);
  const rows = {
    Doors: read.input.doors,
    Targets: read.input.targets,
    Baselines: read.input.baselines,
  }[table]!;
  const index = rows.findIndex(find);
  expect(index).toBeGreaterThanOrEqual(0);
  return { table, row: index + 1, before: rows[index] };
}

function values(wb: Workbook, sheet: string, address: string) {
  return person(wb).getValues(sheet, address);
}

describe("writing the Doors table (keyed by Door)", () => {
  test("adds a door below the table, which takes it; a name like a formula stays text", async () => {
    const { wb, me } = await planWithOptionalTables();
    me.client.stats.reset();
    const row = await addRow(me.host, "Doors", {
      Door: '=HYPERLINK("http://x","Shop")',
      Owner: "Field sales",
      "Response hours": 2,
    });
    expect(me.client.stats.syncs).toBeLessThanOrEqual(ADD_SYNCS);
    expect(row).toBe(4);
    expect(person(wb).tableAddress("Doors")).toBe("Doors!A1:C5");
    const cell = person(wb).getCell("Doors", "A5")!;
    expect(cell.value).toBe('=HYPERLINK("http://x","Shop")');
    expect(cell.formula).toBeNull();
    const read = await readWorkbookPlan(me.host);
    expect(read.input.doors).toHaveLength(4);
  });

  test("a Door already used (in any case) is refused and nothing is written", async () => {
    const { wb, me } = await planWithOptionalTables();
    const before = values(wb, "Doors", "A1:C10");
    await expect(addRow(me.host, "Doors", { Door: "  web FORM " })).rejects.toThrow(
      /Door 'web FORM' is already used by row 1 of Doors/
    );
    await expect(addRows(me.host, "Doors", [{ Door: "Shop" }, { Door: "shop" }])).rejects.toThrow(
      /appears twice/
    );
    expect(values(wb, "Doors", "A1:C10")).toEqual(before);
  });

  test("a change finds the door again after a co-author sorts, and touches only the changed cell", async () => {
    const { wb, me } = await planWithOptionalTables();
    const ref = await seen(me.host, "Doors", (r) => r.Door === "Phone line");
    person(wb).sortTable("Doors", "Door", true); // Phone line, Reply card, Web form
    person(wb).setCell("Doors", "C2", 2); // a co-author's edit of another cell of the same row
    const ref2 = { ...ref, before: { ...ref.before, "Response hours": 1 } };
    await updateRow(me.host, ref2, { ...ref2.before, Owner: "Field sales" });
    expect(values(wb, "Doors", "A2:C2")).toEqual([["Phone line", "Field sales", 2]]);
  });

  test("refuses to overwrite an Owner a co-author changed, and a rename to a used Door", async () => {
    const { wb, me } = await planWithOptionalTables();
    const ref = await seen(me.host, "Doors", (r) => r.Door === "Web form");
    person(wb).setCell("Doors", "B2", "Inside sales");
    await expect(updateRow(me.host, ref, { ...ref.before, Owner: "" })).rejects.toThrow(
      /Someone else changed door Web form.*Owner \(now 'Inside sales'\)/
    );
    expect(values(wb, "Doors", "B2")[0][0]).toBe("Inside sales");
    const card = await seen(me.host, "Doors", (r) => r.Door === "Reply card");
    await expect(updateRow(me.host, card, { ...card.before, Door: "PHONE LINE" })).rejects.toThrow(
      /Door 'PHONE LINE' is already used by row 2/
    );
    expect(values(wb, "Doors", "A4")[0][0]).toBe("Reply card");
  });

  test("deletes a door only if nobody changed it since it was seen", async () => {
    const { wb, me } = await planWithOptionalTables();
    const ref = await seen(me.host, "Doors", (r) => r.Door === "Reply card");
    person(wb).setCell("Doors", "C4", 24);
    await expect(deleteRow(me.host, ref)).rejects.toThrow(WriteRefused);
    const again = await seen(me.host, "Doors", (r) => r.Door === "Reply card");
    await deleteRow(me.host, again);
    const read = await readWorkbookPlan(me.host);
    expect(read.input.doors!.map((d) => d.Door)).toEqual(["Web form", "Phone line"]);
  });
});

describe("writing the Targets table (keyed by Month)", () => {
  test("adds a target with its Month as a real date and the amount in the currency format", async () => {
    const { wb, me } = await planWithOptionalTables();
    await addRow(me.host, "Targets", { Month: "2027-06", "Revenue target": 250000 });
    const month = person(wb).getCell("Targets", "A4")!;
    expect(month.value).toBe(46539); // 1 Jun 2027
    expect(month.numberFormat).toBe("mmm yyyy");
    expect(person(wb).getCell("Targets", "B4")!.numberFormat).toBe("$#,##0");
    expect(person(wb).tableAddress("Targets")).toBe("Targets!A1:B4");
  });

  test("a month already targeted is refused however it is written", async () => {
    const { wb, me } = await planWithOptionalTables();
    const before = values(wb, "Targets", "A1:B10");
    for (const month of ["2027-05", "May 2027", "2027-05-20", 46510]) {
      const error = await addRow(me.host, "Targets", { Month: month, "Revenue target": 1 }).catch(
        (e) => e
      );
      expect(error).toBeInstanceOf(WriteRefused);
      expect(error.message).toMatch(/Month '2027-05' is already used by row 2 of Targets/);
    }
    expect(values(wb, "Targets", "A1:B10")).toEqual(before);
  });

  test("a change finds the target by its month after a sort, and refuses moving it onto a targeted month", async () => {
    const { wb, me } = await planWithOptionalTables();
    const may = await seen(me.host, "Targets", (r) => r.Month === 46508);
    person(wb).sortTable("Targets", "Month", false); // May first now
    await updateRow(me.host, may, { ...may.before, "Revenue target": 550000 });
    expect(values(wb, "Targets", "A2:B3")).toEqual([
      [46508, 550000],
      [46447, 300000],
    ]);
    const march = await seen(me.host, "Targets", (r) => r.Month === 46447);
    await expect(updateRow(me.host, march, { ...march.before, Month: "May 2027" })).rejects.toThrow(
      /Month '2027-05' is already used by row 1/
    );
    await updateRow(me.host, march, { ...march.before, Month: "2027-04" });
    expect(values(wb, "Targets", "A3")[0][0]).toBe(46478); // 1 Apr 2027
  });
});

describe("writing the Baselines table (appended only)", () => {
  test("appends a baseline's rows below the table, Saved as a date and time, the same Line in two baselines", async () => {
    const { wb, me } = await planWithOptionalTables();
    const line = (name: string, saved: number): Row => {
      const row: Row = {
        Baseline: name,
        Saved: saved,
        Line: "TV",
        Team: "Marketing",
        Lane: "Media",
        Campaign: "",
        Status: "Approved",
      };
      MONTHS.forEach((m, i) => (row[m] = i * 10));
      return row;
    };
    const rows = await addRows(me.host, "Baselines", [
      line("=1+1", 46430.75),
      { ...line("=1+1", 46430.75), Line: "Radio" },
    ]);
    expect(rows).toEqual([2, 3]);
    expect(person(wb).tableAddress("Baselines")).toBe("Baselines!A1:Q4");
    const name = person(wb).getCell("Baselines", "A3")!;
    expect(name.value).toBe("=1+1");
    expect(name.formula).toBeNull();
    const saved = person(wb).getCell("Baselines", "B3")!;
    expect(saved.value).toBe(46430.75);
    expect(saved.numberFormat).toBe("yyyy-mm-dd hh:mm");
    const read = await readWorkbookPlan(me.host);
    expect(read.input.baselines!.map((r) => r.Line)).toEqual(["TV", "TV", "Radio"]);
  });

  test("a baseline row is never changed or deleted from the pane", async () => {
    const { wb, me } = await planWithOptionalTables();
    const ref = await seen(me.host, "Baselines", (r) => r.Line === "TV");
    const before = values(wb, "Baselines", "A1:Q5");
    me.client.stats.reset();
    await expect(updateRow(me.host, ref, { ...ref.before, Jan: 5 })).rejects.toThrow(
      /save a new baseline instead/
    );
    await expect(deleteRow(me.host, ref)).rejects.toThrow(WriteRefused);
    expect(me.client.stats.syncs).toBe(0);
    expect(values(wb, "Baselines", "A1:Q5")).toEqual(before);
  });

  test("the first row of a new, empty optional table goes into its blank row", async () => {
    const wb = emptyWorkbook();
    const me = seat(wb, "me");
    await setUpPlan(me.host, { planStarts: "2027-01" });
    if (!wb.tables.some((t) => t.name === "Doors")) {
      wb.addSheet("Doors");
      person(wb).setValues("Doors", "A1:C1", [["Door", "Owner", "Response hours"]]);
      person(wb).addTable("Doors", "A1:C2", "Doors");
    }
    const table: WritableTable = "Doors";
    expect(await addRow(me.host, table, { Door: "Web form" })).toBe(1);
    expect(person(wb).tableAddress("Doors")).toBe("Doors!A1:C2");
  });
});
