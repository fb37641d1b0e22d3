import { checkPlan, type Row } from "../../src/domain";
import {
  addRow,
  addRows,
  deleteRow,
  readWorkbookPlan,
  setUpPlan,
  updateRow,
  WriteConflict,
  WriteRefused,
} from "../../src/workbook";
import { emptyWorkbook, person, PROFILE, samplePlanWorkbook, seat } from "./sim";

/** Whether this profile's Excel grows a table over rows written just below it (else the add-in moves them in). */
const tablesGrow = PROFILE.autoExpandTables !== false;
/** Syncs of an add: read, then write and check; moving rows in that Excel left below costs two more. */
const ADD_SYNCS = tablesGrow ? 2 : 4;

const activity = (id: string, name: string): Row => ({
  ID: id,
  Activity: name,
  Lane: "Field sales",
  Team: "Sales",
  Campaign: "Brand awareness",
  Start: "2027-08",
  End: "2027-09",
  "Expected leads": null,
  "Follow-up hours": null,
  Notes: "",
});

/** The row as the pane saw it: its number and its values, from a fresh read. */
async function seen(host: Parameters<typeof readWorkbookPlan>[0], id: string) {
  const read = await readWorkbookPlan(host);
  const index = read.input.activities.findIndex((r) => r.ID === id);
  return { table: "Activities" as const, row: index + 1, before: read.input.activities[index] };
}

describe("writing for a user action", () => {
  test("adds a row directly below the table, which grows to take it, in at most 2 syncs", async () => {
    const { wb, me } = await samplePlanWorkbook();
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K14");
    me.client.stats.reset();
    const row = await addRow(me.host, "Activities", activity("A-20", "Radio follow-up calls"));
    expect(me.client.stats.syncs).toBeLessThanOrEqual(ADD_SYNCS);
    expect(row).toBe(14);
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K15");
    expect(person(wb).getValues("Activities", "A15:D15")[0]).toEqual([
      "A-20",
      "Radio follow-up calls",
      "Field sales",
      "Sales",
    ]);
    expect(person(wb).getCell("Activities", "F15")!.value).toBe(46600); // Aug 2027 as a real date
    // The follow-up now covers the brand radio in August.
    const check = checkPlan((await readWorkbookPlan(me.host)).input);
    expect(
      check.flags.find((f) => f.code === "no-follow-up" && f.month === "2027-08")
    ).toBeUndefined();
  });

  test("never uses TableRowCollection.add where Excel grows the table (co-authoring merge conflicts)", async () => {
    const { wb, me } = await samplePlanWorkbook();
    // TableRowCollection.add is the simulator's only way to insert table rows; it must stay unused.
    const insert = jest.spyOn(wb, "insertTableRows");
    await addRow(me.host, "Activities", activity("A-21", "x"));
    await addRow(me.host, "Budget", { Line: "New line", Team: "Sales", Jan: 5 });
    // Where Excel does not grow tables, rows.add is the documented way in (docs/decisions.md).
    if (tablesGrow) expect(insert).not.toHaveBeenCalled();
    else expect(insert).toHaveBeenCalledTimes(2);
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:Q11");
    // The control: the spy does see TableRowCollection.add when something calls it.
    await me.host.run(async (context) => {
      context.workbook.tables.getItem("Lanes").rows.add(undefined, [["Events", "Marketing", ""]]);
      await context.sync();
    });
    expect(insert).toHaveBeenCalledTimes(tablesGrow ? 1 : 3);
  });

  test("injection strings stay text", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const names = ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(A1)"];
    for (const [i, name] of names.entries()) {
      await addRow(me.host, "Activities", {
        ...activity(`I-${i}`, name),
        Notes: name,
        Campaign: name,
      });
    }
    for (const [i, name] of names.entries()) {
      const row = 15 + i;
      for (const col of ["B", "E", "J"]) {
        const cell = person(wb).getCell("Activities", `${col}${row}`)!;
        expect(person(wb).getFormulas("Activities", `${col}${row}`)[0][0]).toBe(name);
        expect(person(wb).getValues("Activities", `${col}${row}`)[0][0]).toBe(name);
        expect(cell.formula ?? null).toBeNull();
      }
    }
    const read = await readWorkbookPlan(me.host);
    expect(read.input.activities.slice(-4).map((r) => r.Activity)).toEqual(names);
  });

  test("a duplicate ID is refused with a clear message and nothing is written", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const before = person(wb).tableAddress("Activities");
    await expect(addRow(me.host, "Activities", activity("a-01", "dup"))).rejects.toThrow(
      /ID 'a-01' is already used by row 1/
    );
    expect(person(wb).tableAddress("Activities")).toBe(before);
  });

  test("a change touches only the cells the user changed, and keeps a co-author's edit of another cell", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-07");
    person(wb).setCell("Activities", "J8", "co-author's note"); // Notes of A-07, typed meanwhile
    me.client.stats.reset();
    await updateRow(me.host, ref, { ...ref.before, End: "2027-10" });
    expect(me.client.stats.syncs).toBeLessThanOrEqual(2);
    expect(person(wb).getCell("Activities", "G8")!.value).toBe(46661); // Oct 2027
    expect(person(wb).getValues("Activities", "J8")[0][0]).toBe("co-author's note");
  });

  test("refuses to overwrite a cell a co-author changed since the user saw it", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-07");
    person(wb).setCell("Activities", "G8", 46692); // the co-author moved the end to Nov
    const error = await updateRow(me.host, ref, { ...ref.before, End: "2027-10" }).catch((e) => e);
    expect(error).toBeInstanceOf(WriteRefused);
    expect(error.message).toMatch(/Someone else changed activity A-07.*End/);
    expect(person(wb).getCell("Activities", "G8")!.value).toBe(46692);
  });

  test("finds the row again by ID after a co-author sorts the table", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-02");
    person(wb).sortTable("Activities", "Activity", false);
    me.client.stats.reset();
    await updateRow(me.host, ref, { ...ref.before, "Expected leads": 999 });
    // The row moved: one more sync reads it where it is now (the bound docs/workbook.md states).
    expect(me.client.stats.syncs).toBe(3);
    const read = await readWorkbookPlan(me.host);
    const row = read.input.activities.find((r) => r.ID === "A-02")!;
    expect(row["Expected leads"]).toBe(999);
    expect(read.input.activities.filter((r) => r["Expected leads"] === 999)).toHaveLength(1);
  });

  test("refuses a change to a row a co-author deleted", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-05");
    person(wb).deleteTableRow("Activities", 4);
    const rows = person(wb).getValues("Activities", "A1:J20");
    await expect(updateRow(me.host, ref, { ...ref.before, Notes: "x" })).rejects.toThrow(
      /deleted activity A-05/
    );
    expect(person(wb).getValues("Activities", "A1:J20")).toEqual(rows);
  });

  test("one client edits a row while another client changes the same cell: the second is refused", async () => {
    const { me, coauthor } = await samplePlanWorkbook();
    const mine = await seen(me.host, "A-03");
    const theirs = await seen(coauthor.host, "A-03");
    await updateRow(coauthor.host, theirs, { ...theirs.before, Notes: "theirs" });
    await expect(updateRow(me.host, mine, { ...mine.before, Notes: "mine" })).rejects.toThrow(
      WriteRefused
    );
    const read = await readWorkbookPlan(me.host);
    expect(read.input.activities.find((r) => r.ID === "A-03")!.Notes).toBe("theirs");
  });

  test("a refused change carries the columns changed and the row as it is now, so the next try goes against it", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-03");
    person(wb).setCell("Activities", "J4", "theirs");
    const error = await updateRow(me.host, ref, { Notes: "mine", "Expected leads": 5 }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(WriteConflict);
    const conflict = error as WriteConflict;
    expect(conflict.columns).toEqual(["Notes"]);
    expect(conflict.current.row).toBe(3);
    expect(conflict.current.before.Notes).toBe("theirs");
    // Nothing was written: not even the column nobody else touched.
    let read = await readWorkbookPlan(me.host);
    expect(read.input.activities[2]["Expected leads"]).toBe(ref.before["Expected leads"]);
    // Against the row as it is now, the user's choice is saved.
    await updateRow(me.host, conflict.current, { Notes: "mine" });
    read = await readWorkbookPlan(me.host);
    expect(read.input.activities[2].Notes).toBe("mine");
  });

  test("a refused delete says it was not deleted; a delete returns every cell of the row it removed", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-10");
    person(wb).setCell("Activities", "J11", "keep");
    const error = await deleteRow(me.host, ref).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteConflict);
    expect(String((error as Error).message)).toMatch(/It was not deleted/);
    const current = (error as WriteConflict).current;
    const removed = await deleteRow(me.host, current);
    expect(removed).toEqual(current.before);
    expect(removed.Notes).toBe("keep");
  });

  test("delete removes the row only if nobody changed it since it was seen", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const ref = await seen(me.host, "A-10");
    person(wb).setCell("Activities", "J11", "wait, we need this");
    await expect(deleteRow(me.host, ref)).rejects.toThrow(/Someone else changed activity A-10/);
    const again = await seen(me.host, "A-10");
    me.client.stats.reset();
    await deleteRow(me.host, again);
    expect(me.client.stats.syncs).toBeLessThanOrEqual(2);
    const read = await readWorkbookPlan(me.host);
    expect(read.input.activities.map((r) => r.ID)).not.toContain("A-10");
    expect(read.input.activities).toHaveLength(12);
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K13");
  });

  test("two clients appending at the same moment both keep their row", async () => {
    const { me, coauthor } = await samplePlanWorkbook();
    await Promise.all([
      addRow(me.host, "Activities", activity("M-1", "mine")),
      addRow(coauthor.host, "Activities", activity("C-1", "theirs")),
    ]);
    const read = await readWorkbookPlan(me.host);
    expect(read.input.activities.map((r) => r.ID)).toEqual(expect.arrayContaining(["M-1", "C-1"]));
    expect(read.input.activities).toHaveLength(15);
  });

  test("the first row of an empty table goes into its blank row", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    await addRow(host, "Activities", activity("F-1", "first"));
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K2");
    await addRow(host, "Activities", activity("F-2", "second"));
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K3");
  });
});

describe("appends that Excel does not absorb are repaired, never lost", () => {
  const result = (i: number): Row => ({ Month: "2027-03", Channel: `Channel ${i}`, Leads: i });
  async function emptyPlan() {
    const wb = emptyWorkbook();
    const me = seat(wb, "me");
    await setUpPlan(me.host, { planStarts: "2027-01" });
    return { wb, me };
  }
  const channels = async (host: Parameters<typeof readWorkbookPlan>[0]) =>
    (await readWorkbookPlan(host)).input.results!.map((r) => r.Channel);

  test("an empty plan: import 3 rows, then add 1: all 4 are in the table", async () => {
    const { wb, me } = await emptyPlan();
    me.client.stats.reset();
    await addRows(me.host, "Results", [1, 2, 3].map(result));
    // Read, write and check; two more syncs move the rows in when the table did not take them.
    expect(me.client.stats.syncs).toBeLessThanOrEqual(4);
    await addRow(me.host, "Results", result(4));
    expect(await channels(me.host)).toEqual(["Channel 1", "Channel 2", "Channel 3", "Channel 4"]);
    expect(person(wb).tableAddress("Results")).toBe("Results!A1:J5");
  });

  test("an empty plan: import 3, then 1, then 3 more: all 7 present, each once", async () => {
    const { me } = await emptyPlan();
    await addRows(me.host, "Results", [1, 2, 3].map(result));
    await addRows(me.host, "Results", [result(4)]);
    await addRows(me.host, "Results", [5, 6, 7].map(result));
    expect(await channels(me.host)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Channel ${i}`));
  });

  test("the same with Activities and IDs: nothing overwritten, so no ID is lost", async () => {
    const { me } = await emptyPlan();
    await addRows(me.host, "Activities", [
      activity("N-1", "one"),
      activity("N-2", "two"),
      activity("N-3", "three"),
    ]);
    await addRow(me.host, "Activities", activity("N-4", "four"));
    await addRow(me.host, "Activities", activity("N-5", "five"));
    const ids = (await readWorkbookPlan(me.host)).input.activities.map((r) => r.ID);
    expect(ids).toEqual(["N-1", "N-2", "N-3", "N-4", "N-5"]);
  });

  test("data a person keeps just below the table is moved down with it, never written over", async () => {
    const { wb, me } = await samplePlanWorkbook();
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K14");
    person(wb).setCell("Activities", "B16", "keep me"); // a gap row: not part of the table
    await addRows(me.host, "Activities", [activity("K-1", "one"), activity("K-2", "two")]);
    const read = await readWorkbookPlan(me.host);
    expect(read.input.activities.slice(-2).map((r) => r.ID)).toEqual(["K-1", "K-2"]);
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K16");
    expect(person(wb).getValues("Activities", "B18")[0][0]).toBe("keep me");
  });
});
