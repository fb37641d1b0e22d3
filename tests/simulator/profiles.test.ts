/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read -- tests read across syncs on purpose */
/**
 * Host profiles: the simulated Excel plays an older or differently configured Excel, through
 * Microsoft's library, as the add-in would meet it.
 */
import { simHost } from "../../src/simulator/excel-host";
import { connectClient, installExcelGlobals } from "../../src/simulator/host";
import { person } from "../../src/simulator/person";
import { NEWEST_SET } from "../../src/simulator/profile";
import { Workbook } from "../../src/simulator/workbook";

installExcelGlobals();
let seq = 0;

function budget(): Workbook {
  const wb = new Workbook();
  wb.addSheet("Budget");
  person(wb).setValues("Budget", "A1", [
    ["Team", "Mar"],
    ["Sales", 10],
  ]);
  person(wb).addTable("Budget", "A1:B2", "Budget");
  return wb;
}

describe("requirementSet", () => {
  test("a 1.7 Excel refuses Range.dataValidation (1.8) with ApiNotFound; what ran before it in the request stays", async () => {
    const wb = budget();
    const c = connectClient(wb, { id: `old-${++seq}`, requirementSet: "1.7" });
    const error = await c
      .run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Budget").getRange("B3");
        range.values = [[99]];
        range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
        await ctx.sync();
      })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
    const { message } = error as { message: string };
    expect(message).toMatch(/^The API you are trying to use could not be found\./);
    expect(message).toContain("Range.dataValidation is ExcelApi 1.8");
    // The host ran the request up to the failing action, as Excel does: the write before it stays.
    expect(person(wb).getValues("Budget", "B3")).toEqual([[99]]);
    expect(wb.sheet("Budget").validations).toEqual([]);
  });

  test("the same batch runs on the newest Excel (the default)", async () => {
    const wb = budget();
    const c = connectClient(wb, { id: `new-${++seq}` });
    await c.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Budget").getRange("B3");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    });
    expect(wb.validationAt(wb.sheet("Budget"), { r0: 2, c0: 1, r1: 2, c1: 1 })).not.toBeNull();
  });

  test("the host refuses a property named in load() above its set, and leaves it out of a load of everything", async () => {
    const wb = budget();
    const c = connectClient(wb, { id: `old-${++seq}`, requirementSet: "1.7" });
    await expect(
      c.run(async (ctx) => {
        ctx.workbook.tables.getItem("Budget").load("legacyId");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const all = await c.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Budget");
      // eslint-disable-next-line office-addins/no-empty-load -- "everything" is what this test is about
      t.load();
      await ctx.sync();
      return t.toJSON() as Record<string, unknown>;
    });
    expect(all.name).toBe("Budget");
    expect("legacyId" in all).toBe(false);
    const newest = connectClient(wb, { id: `new-${++seq}` });
    const loaded = await newest.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Budget");
      t.load("legacyId");
      await ctx.sync();
      return t.legacyId;
    });
    expect(loaded).toBe(wb.table("Budget").id);
  });

  test("isSetSupported answers for the profile, and simHost forwards it", () => {
    const wb = budget();
    const old = connectClient(wb, { id: `old-${++seq}`, requirementSet: "1.7" });
    expect(old.supports("1.7")).toBe(true);
    expect(old.supports("1.8")).toBe(false);
    expect(old.supports("1.10")).toBe(false);
    const host = simHost(old);
    expect(host.isSetSupported?.("ExcelApi", "1.4")).toBe(true);
    expect(host.isSetSupported?.("ExcelApi", "1.9")).toBe(false);
    expect(host.isSetSupported?.("WordApi", "1.1")).toBe(false);
    const newest = simHost(connectClient(wb, { id: `new-${++seq}` }));
    expect(newest.isSetSupported?.("ExcelApi", NEWEST_SET)).toBe(true);
    expect(newest.isSetSupported?.("ExcelApi", "1.18")).toBe(true);
  });
});
