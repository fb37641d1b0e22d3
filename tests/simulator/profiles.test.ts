/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read -- tests read across syncs on purpose */
/**
 * Host profiles: the simulated Excel plays an older or differently configured Excel, through
 * Microsoft's library, as the add-in would meet it.
 */
import { simHost } from "../../src/simulator/excel-host";
import { connectClient, installExcelGlobals } from "../../src/simulator/host";
import { person } from "../../src/simulator/person";
import { NEWEST_SET } from "../../src/simulator/profile";
import { executeRequest } from "../../src/simulator/server";
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

describe("autoExpandTables and the documented conditions for a table to grow", () => {
  const appendRow = (c: ReturnType<typeof connectClient>, values: (string | number)[][]) =>
    c.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange(`A3:B${2 + values.length}`).values =
        values;
    });

  test("by default a row written directly below the table joins it", async () => {
    const wb = budget();
    await appendRow(connectClient(wb, { id: `c-${++seq}` }), [["Ops", 5]]);
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B3");
  });

  test("an Excel with the AutoCorrect option off never grows the table", async () => {
    const wb = budget();
    await appendRow(connectClient(wb, { id: `c-${++seq}`, autoExpandTables: false }), [["Ops", 5]]);
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B2");
    expect(person(wb).getValues("Budget", "A3:B3")).toEqual([["Ops", 5]]);
  });

  test("with strictTableGrowth, data validation on part of a column below the table stops it growing", async () => {
    const wb = budget();
    const c = connectClient(wb, { id: `c-${++seq}`, strictTableGrowth: true });
    await c.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A2:A1000").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Sales,Ops" },
      };
    });
    await appendRow(c, [["Ops", 5]]);
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B2");
    // The default (lenient) Excel grows it.
    await appendRow(connectClient(wb, { id: `c-${++seq}` }), [["Ops", 5]]);
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B3");
  });

  test("validation of the whole sheet column does not stop it, and validation of a body column grows with the table", async () => {
    const wb = budget();
    const c = connectClient(wb, { id: `c-${++seq}`, strictTableGrowth: true });
    await c.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Budget");
      ws.getRange("A:A").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Sales,Ops" },
      };
      ws.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "5,10" } };
    });
    await appendRow(c, [["Ops", 5]]);
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B3");
    expect(wb.validationAt(wb.sheet("Budget"), { r0: 2, c0: 1, r1: 2, c1: 1 })).toEqual({
      list: { inCellDropDown: true, source: "5,10" },
    });
  });
});

describe("total rows", () => {
  test("showTotals adds a total row below the body; getRange includes it, getDataBodyRange does not", async () => {
    const wb = budget();
    person(wb).setValues("Budget", "A3", [["Ops", 30]]); // joins the table
    // Someone's note right below the table, typed in an Excel that does not grow tables.
    await connectClient(wb, { id: `c-${++seq}`, autoExpandTables: false }).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A4:B4").values = [["below", 1]];
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B3");
    const c = connectClient(wb, { id: `c-${++seq}` });
    const r = await c.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Budget");
      t.showTotals = true;
      const all = t.getRange().load("address");
      const body = t.getDataBodyRange().load("address, values");
      const total = t.getTotalRowRange().load("address, values, formulas");
      const column = t.columns.getItem("Mar").getRange().load("address");
      t.load("showTotals");
      await ctx.sync();
      return {
        showTotals: t.showTotals,
        all: all.address,
        body: body.address,
        bodyValues: body.values,
        total: total.address,
        totalValues: total.values,
        totalFormulas: total.formulas,
        column: column.address,
      };
    });
    expect(r).toEqual({
      showTotals: true,
      all: "Budget!A1:B4",
      body: "Budget!A2:B3",
      bodyValues: [
        ["Sales", 10],
        ["Ops", 30],
      ],
      total: "Budget!A4:B4",
      totalValues: [["Total", 40]],
      totalFormulas: [["Total", "=SUBTOTAL(109,Budget[Mar])"]],
      column: "Budget!B1:B4",
    });
    // The row that was below the table moved down to make room.
    expect(person(wb).getValues("Budget", "A5:B5")).toEqual([["below", 1]]);
  });

  test("without a total row getTotalRowRange fails; with one, a row written below the total does not join the table", async () => {
    const wb = budget();
    const c = connectClient(wb, { id: `c-${++seq}` });
    await expect(
      c.run(async (ctx) => {
        ctx.workbook.tables.getItem("Budget").getTotalRowRange().load("address");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await c.run(async (ctx) => {
      ctx.workbook.tables.getItem("Budget").showTotals = true;
    });
    await c.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A4:B4").values = [["Ops", 5]];
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B3");
    await c.run(async (ctx) => {
      ctx.workbook.tables.getItem("Budget").showTotals = false;
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:B2");
    expect(person(wb).getValues("Budget", "A3:B3")).toEqual([["", ""]]);
  });
});

describe("Excel error values", () => {
  test("failing formulas read back as Excel's error values, with valueTypes Error", async () => {
    const wb = budget();
    wb.addSheet("Gone");
    person(wb).setValues("Budget", "D1", [
      ["=1/0", "=NOSUCHFUNCTION(1)", "=Gone!A1", "=SUM(Budget[Mar])", "=B2*2"],
    ]);
    wb.deleteSheet(wb.sheet("Gone"));
    const c = connectClient(wb, { id: `c-${++seq}` });
    const r = await c.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Budget").getRange("D1:H1");
      range.load("values, valueTypes, text, formulas");
      await ctx.sync();
      return {
        values: range.values,
        types: range.valueTypes,
        text: range.text,
        formulas: range.formulas,
      };
    });
    expect(r.values).toEqual([["#DIV/0!", "#NAME?", "#REF!", 10, 20]]);
    expect(r.types).toEqual([["Error", "Error", "Error", "Double", "Double"]]);
    expect(r.text).toEqual([["#DIV/0!", "#NAME?", "#REF!", "10", "20"]]);
    expect(r.formulas[0][0]).toBe("=1/0");
  });

  test("a reference to a table column that is gone is #REF!; errors propagate; IFERROR catches them", () => {
    const wb = budget();
    person(wb).setValues("Budget", "D1", [
      [
        "=SUM(Budget[Apr])",
        "=D1+1",
        "=IFERROR(SUM(1/0,2),5)",
        "=IFERROR(3,5)",
        '=SUMIFS(Budget[Mar],Budget[Team],"Sales")',
      ],
    ]);
    expect(person(wb).getValues("Budget", "D1:H1")).toEqual([["#REF!", "#REF!", 5, 3, 0]]);
  });
});

describe("the workbook's date system", () => {
  // The request a library that knows the property sends: load("use1904DateSystem") on the workbook.
  const query = (wb: Workbook, profile: { requirementSet?: string }) =>
    wb.withOrigin(
      "reader",
      () =>
        executeRequest(wb, {
          Actions: [
            {
              Id: 1,
              ActionType: 2,
              Name: "",
              ObjectPathId: 1,
              QueryInfo: { Select: ["use1904DateSystem"] },
            },
          ],
          ObjectPaths: { "1": { Id: 1, ObjectPathType: 1, Name: "" } },
        }),
      profile
    );

  test("DATE() and a date's text follow the date system; the same serial is 1,462 days later in 1904", async () => {
    for (const [date1904, serial, shown] of [
      [false, 46447, "2027-03-01"],
      [true, 44985, "2027-03-01"],
    ] as const) {
      const wb = new Workbook({ date1904 });
      wb.addSheet("Plan");
      person(wb).setValues("Plan", "A1", [["=DATE(2027,3,1)", 46447]]);
      person(wb).setNumberFormat("Plan", "A1:B1", "yyyy-mm-dd");
      const c = connectClient(wb, { id: `c-${++seq}` });
      const r = await c.run(async (ctx) => {
        const range = ctx.workbook.worksheets
          .getItem("Plan")
          .getRange("A1:B1")
          .load("values, text");
        await ctx.sync();
        return { values: range.values, text: range.text };
      });
      expect(r.values[0][0]).toBe(serial);
      expect(r.text[0][0]).toBe(shown);
      expect(r.text[0][1]).toBe(date1904 ? "2031-03-02" : "2027-03-01");
    }
  });

  test("Workbook.use1904DateSystem answers on the newest Excel only (a preview API; this library version does not send it)", () => {
    const wb = new Workbook({ date1904: true });
    wb.addSheet("Plan");
    expect(query(wb, {}).Results?.[0].Value).toMatchObject({ Use1904DateSystem: true });
    expect(query(wb, { requirementSet: "1.18" }).Error).toMatchObject({ Code: "ApiNotFound" });
    expect(query(new Workbook(), {}).Results?.[0].Value).toMatchObject({
      Use1904DateSystem: false,
    });
  });
});
