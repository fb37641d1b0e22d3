/**
 * updateRows, the bulk update a CRM re-import writes through: one read of the
 * rows concerned, each row checked for a co-author's edit as updateRow checks
 * one, all or nothing, and only the changed cells written, packed into few
 * requests under Excel's 5 MB limit (the simulator refuses bigger ones).
 */
import { type Row, samplePlan } from "../../src/domain";
import type { Workbook } from "../../src/simulator/workbook";
import {
  readWorkbookPlan,
  RowsRefused,
  setUpPlan,
  updateRows,
  WriteConflict,
  WriteRefused,
} from "../../src/workbook";
import { REQUEST_BUDGET_BYTES } from "../../src/workbook/requests";
import { emptyWorkbook, person, samplePlanWorkbook, seat } from "./sim";

/** Every cell a write gives a value, as "row,column" (0-based) on its sheet. */
function touchedCells(wb: Workbook): { cells: Set<string>; stop: () => void } {
  const cells = new Set<string>();
  const original = wb.inputCell.bind(wb);
  const spy = jest.spyOn(wb, "inputCell").mockImplementation((sheet, r, c, value) => {
    if (value !== null && value !== undefined) cells.add(`${r},${c}`);
    original(sheet, r, c, value);
  });
  return { cells, stop: () => spy.mockRestore() };
}

describe("updateRows: many rows changed at once", () => {
  test("writes only the changed cells, text as text, in one read and one write", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const read = await readWorkbookPlan(me.host);
    const results = read.input.results ?? [];
    expect(results.length).toBeGreaterThanOrEqual(6);
    // A person's number format on a cell inside the written ranges but not changed: kept.
    person(wb).setNumberFormat("Results", "E3", "0.0");
    const before = person(wb).getValues("Results", "A2:J9");
    const updates = [
      { row: 1, before: results[0], after: { ...results[0], Leads: 111 } },
      { row: 3, before: results[2], after: { ...results[2], Campaign: "=1+2", Closed: 4 } },
      // Nothing changes in this one: nothing is written for it.
      { row: 5, before: results[4], after: { ...results[4] } },
      { row: 6, before: results[5], after: { ...results[5], Revenue: 9000 } },
    ];
    const touched = touchedCells(wb);
    me.client.stats.reset();
    await updateRows(me.host, "Results", updates);
    touched.stop();
    expect(me.client.stats.syncs).toBe(2);
    // Leads is column F, Campaign D, Closed H, Revenue I; data row n is sheet row n + 1.
    const headerRow = 0;
    const at = (row: number, col: string) => `${headerRow + row},${col.charCodeAt(0) - 65}`;
    expect([...touched.cells].sort()).toEqual(
      [at(1, "F"), at(3, "D"), at(3, "H"), at(6, "I")].sort()
    );
    const after = person(wb).getValues("Results", "A2:J9");
    const expected = before.map((r) => [...r]);
    expected[0][5] = 111;
    expected[2][3] = "=1+2";
    expected[2][7] = 4;
    expected[5][8] = 9000;
    expect(after).toEqual(expected);
    expect(person(wb).getCell("Results", "D4")!.formula ?? null).toBeNull();
    expect(person(wb).getCell("Results", "D4")!.numberFormat).toBe("@");
    expect(person(wb).getCell("Results", "E3")!.numberFormat).toBe("0.0");
  });

  test("a co-author's edit since the preview refuses the whole update and names the row", async () => {
    const { wb, me, coauthor } = await samplePlanWorkbook();
    const results = (await readWorkbookPlan(me.host)).input.results ?? [];
    // Between the preview and the write: someone changes Leads of row 2 and Campaign of row 4.
    await coauthor.host.run(async (context) => {
      const body = context.workbook.tables.getItem("Results").getDataBodyRange();
      body.getCell(1, 5).values = [[77]];
      body.getCell(3, 3).values = [["Their campaign"]];
      await context.sync();
    });
    const sheetBefore = person(wb).getValues("Results", "A2:J9");
    const updates = [
      { row: 1, before: results[0], after: { ...results[0], Leads: 1 } },
      { row: 2, before: results[1], after: { ...results[1], Leads: 2 } },
      // Their Campaign edit is not in a column this update changes: as updateRow, no conflict.
      { row: 4, before: results[3], after: { ...results[3], Closed: 3 } },
    ];
    const error = await updateRows(me.host, "Results", updates).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowsRefused);
    const refused = error as RowsRefused;
    expect(refused.message).toMatch(/^Nothing was written/);
    expect(refused.message).toMatch(/Results row 2 \(\d{4}-\d{2}, [^)]+\): Leads is now '77'/);
    expect(refused.refusals).toHaveLength(1);
    const conflict = refused.refusals[0] as WriteConflict;
    expect(conflict).toBeInstanceOf(WriteConflict);
    expect(conflict.columns).toEqual(["Leads"]);
    expect(conflict.current.row).toBe(2);
    expect(conflict.current.before.Leads).toBe(77);
    // Nothing of the update was written, not even the rows that did not conflict.
    expect(person(wb).getValues("Results", "A2:J9")).toEqual(sheetBefore);
  });

  test("a row no longer in the table is refused, and nothing is written", async () => {
    const { wb, me, coauthor } = await samplePlanWorkbook();
    const results = (await readWorkbookPlan(me.host)).input.results ?? [];
    const last = results.length;
    await coauthor.host.run(async (context) => {
      context.workbook.tables
        .getItem("Results")
        .rows.getItemAt(last - 1)
        .delete();
      await context.sync();
    });
    const sheetBefore = person(wb).getValues("Results", "A2:J9");
    const error = await updateRows(me.host, "Results", [
      { row: 1, before: results[0], after: { ...results[0], Leads: 1 } },
      { row: last, before: results[last - 1], after: { ...results[last - 1], Leads: 2 } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowsRefused);
    expect((error as RowsRefused).message).toMatch(
      new RegExp(`Results row ${last} .*is no longer in the Results table`)
    );
    expect(person(wb).getValues("Results", "A2:J9")).toEqual(sheetBefore);
  });

  test("rows with a key are found where they moved to; a key used twice is refused", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const activities = (await readWorkbookPlan(me.host)).input.activities;
    const [a, b] = [activities[0], activities[1]];
    // Someone sorts the table by Activity since the user read it.
    person(wb).sortTable("Activities", "Activity", false);
    await updateRows(me.host, "Activities", [
      { row: 1, before: a, after: { ...a, Notes: "first" } },
      { row: 2, before: b, after: { ...b, Notes: "second" } },
    ]);
    const now = (await readWorkbookPlan(me.host)).input.activities;
    expect(now.find((r) => r.ID === a.ID)!.Notes).toBe("first");
    expect(now.find((r) => r.ID === b.ID)!.Notes).toBe("second");
    expect(now.filter((r) => r.Notes === "first" || r.Notes === "second")).toHaveLength(2);

    const error = await updateRows(me.host, "Activities", [
      { row: 1, before: now[0], after: { ...now[0], ID: "NEW-1" } },
      { row: 2, before: now[1], after: { ...now[1], ID: "new-1" } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowsRefused);
    expect((error as RowsRefused).message).toMatch(/ID 'new-1' would be used by Activities rows/i);
    expect((await readWorkbookPlan(me.host)).input.activities.map((r) => r.ID)).toEqual(
      now.map((r) => r.ID)
    );
  });

  test("refuses Baselines (saved copies) like updateRow", async () => {
    const { me } = await samplePlanWorkbook();
    await expect(
      updateRows(me.host, "Baselines", [{ row: 1, before: {}, after: { Line: "x" } }])
    ).rejects.toBeInstanceOf(WriteRefused);
  });

  // The simulator takes tens of seconds over 50,000 rows: a longer timeout, no timing asserted.
  test("50,000 rows changed at once: every request under the 5 MB limit, in few syncs", async () => {
    const wb = emptyWorkbook();
    const me = seat(wb, "me");
    const rows: Row[] = Array.from({ length: 50_000 }, (_, i) => ({
      Month: `2027-${String((i % 12) + 1).padStart(2, "0")}`,
      Channel: `Channel ${i}`,
      Lane: "Media",
      Campaign: `Spring ${i % 50}`,
      Spend: i,
      Leads: i % 40,
    }));
    await setUpPlan(me.host, { rows: { ...samplePlan(2027), results: rows } });
    const results = (await readWorkbookPlan(me.host)).input.results ?? [];
    expect(results).toHaveLength(50_000);
    // Every row gets a long non-ASCII Campaign (3 bytes a character): about 9 MB of cells to send.
    const campaign = (i: number) =>
      `春のキャンペーン ${i} 東京・大阪・名古屋の販売店からの紹介と展示会のお問い合わせ`;
    const updates = results.map((before, i) => ({
      row: i + 1,
      before,
      after: { ...before, Campaign: campaign(i), Leads: 1000 + i },
    }));
    me.client.stats.reset();
    await updateRows(me.host, "Results", updates);
    const sent = me.client.stats.requestBytes;
    expect(sent).toBeGreaterThan(5 * 1024 * 1024);
    // The read takes one sync more past the 5 MB response limit; the writes as few as the bytes allow.
    const fewest = Math.ceil(sent / REQUEST_BUDGET_BYTES);
    expect(me.client.stats.syncs).toBeLessThanOrEqual(fewest + 2);
    const after = (await readWorkbookPlan(me.host)).input.results ?? [];
    expect(after[0].Campaign).toBe(campaign(0));
    expect(after[49_999].Campaign).toBe(campaign(49_999));
    expect(after[49_999].Leads).toBe(1000 + 49_999);
    expect(after[12_345].Channel).toBe("Channel 12345");
  }, 180_000);
});
