/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- tests read across syncs on purpose */
import { connectClient, installExcelGlobals } from "../../src/simulator/host";
import type { SimChangeEvent, SimClient } from "../../src/simulator/client";
import { PAYLOAD_LIMIT_BYTES } from "../../src/simulator/server";
import { person } from "../../src/simulator/person";
import { Workbook } from "../../src/simulator/workbook";

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
let seq = 0;

function fresh(): { wb: Workbook; c: SimClient } {
  const wb = new Workbook();
  wb.addSheet("Budget");
  person(wb).setValues("Budget", "A1", [
    ["Team", "Mar", "Note"],
    ["Sales", 10, "a"],
    ["Marketing", 20, "b"],
    ["Ops", 30, "c"],
  ]);
  person(wb).addTable("Budget", "A1:C4", "Budget");
  return { wb, c: connectClient(wb, { id: `client-${++seq}` }) };
}

installExcelGlobals();

const flush = () => new Promise((r) => setTimeout(r, 5));

describe("worksheets", () => {
  test("add, getItemOrNullObject, items load, position, visibility, activate, delete", async () => {
    const { wb, c } = fresh();
    const r = await c.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("Calendar");
      added.position = 0;
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const found = ctx.workbook.worksheets.getItemOrNullObject("budget");
      found.load("name");
      ctx.workbook.worksheets.load("items/name, items/position, items/visibility");
      await ctx.sync();
      added.visibility = Excel.SheetVisibility.hidden;
      added.load("id, visibility");
      await ctx.sync();
      return {
        missing: missing.isNullObject,
        found: found.isNullObject,
        foundName: found.name,
        names: ctx.workbook.worksheets.items.map((w) => `${w.position}:${w.name}:${w.visibility}`),
        vis: added.visibility,
        id: added.id,
      };
    });
    expect(plain(r)).toMatchObject({
      missing: true,
      found: false,
      foundName: "Budget",
      names: ["0:Calendar:Visible", "1:Budget:Visible"],
      vis: "Hidden",
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Calendar", "Budget"]);
    await expect(
      c.run(async (ctx) => void ctx.workbook.worksheets.add("Budget"))
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await c.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Calendar").delete();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Budget"]);
  });

  test("getRangeByIndexes, used range (and its null object), freeze rows, charts", async () => {
    const { wb, c } = fresh();
    wb.addSheet("Empty");
    const r = await c.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Budget");
      const byIdx = ws.getRangeByIndexes(1, 0, 2, 2);
      byIdx.load("address, values");
      const used = ws.getUsedRange();
      used.load("address");
      const none = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      ws.freezePanes.freezeRows(1);
      const chart = ws.charts.add(
        Excel.ChartType.columnClustered,
        ws.getRange("A1:B4"),
        Excel.ChartSeriesBy.auto
      );
      chart.title.text = "Spend by month";
      chart.name = "SpendChart";
      chart.setPosition("E2", "L20");
      await ctx.sync();
      chart.load("name");
      ws.charts.load("items/name");
      await ctx.sync();
      return {
        byIdx: byIdx.address,
        v: byIdx.values,
        used: used.address,
        none: none.isNullObject,
        chart: chart.name,
        n: ws.charts.items.length,
      };
    });
    expect(plain(r)).toEqual({
      byIdx: "Budget!A2:B3",
      v: [
        ["Sales", 10],
        ["Marketing", 20],
      ],
      used: "Budget!A1:C4",
      none: true,
      chart: "SpendChart",
      n: 1,
    });
    const sheet = wb.sheet("Budget");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.charts[0]).toMatchObject({
      name: "SpendChart",
      chartType: "ColumnClustered",
      title: "Spend by month",
      position: { start: "E2", end: "L20" },
      source: { r0: 0, c0: 0, r1: 3, c1: 1 },
    });
  });
});

describe("tables", () => {
  test("add with headers, rename, use the returned object in a later sync, columns and rows", async () => {
    const { wb, c } = fresh();
    wb.addSheet("Lanes");
    person(wb).setValues("Lanes", "A1", [["Lane", "Owner"]]);
    const r = await c.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Lanes").tables.add("A1:B1", true);
      t.name = "Lanes";
      await ctx.sync();
      t.load("name, id");
      t.columns.load("items/name, count");
      t.rows.load("count");
      const col = t.columns.getItemOrNullObject("Owner");
      const noCol = t.columns.getItemOrNullObject("Budget");
      col.load("name, index");
      const all = ctx.workbook.tables;
      all.load("items/name, count");
      const cnt = ctx.workbook.tables.getCount();
      await ctx.sync();
      return {
        name: t.name,
        cols: t.columns.items.map((x) => x.name),
        colCount: t.columns.count,
        rows: t.rows.count,
        col: [col.isNullObject, col.name, col.index],
        noCol: noCol.isNullObject,
        tables: all.items.map((x) => x.name),
        count: all.count,
        cnt: cnt.value,
      };
    });
    expect(plain(r)).toEqual({
      name: "Lanes",
      cols: ["Lane", "Owner"],
      colCount: 2,
      rows: 1,
      col: [false, "Owner", 1],
      noCol: true,
      tables: ["Budget", "Lanes"],
      count: 2,
      cnt: 2,
    });
    expect(person(wb).tableAddress("Lanes")).toBe("Lanes!A1:B2");
    await expect(
      c.run(async (ctx) => {
        ctx.workbook.tables.getItem("Lanes").name = "Budget";
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("header row, body, whole range, table.worksheet", async () => {
    const { c } = fresh();
    const r = await c.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("Budget");
      const h = t.getHeaderRowRange().load("values");
      const all = t.getRange().load("address");
      t.worksheet.load("name");
      await ctx.sync();
      return { h: h.values, all: all.address, ws: t.worksheet.name };
    });
    expect(plain(r)).toEqual({ h: [["Team", "Mar", "Note"]], all: "Budget!A1:C4", ws: "Budget" });
  });

  test("appending below the body grows the table; deleting a table row shrinks it", async () => {
    const { wb, c } = fresh();
    await c.run(async (ctx) => {
      const body = ctx.workbook.tables
        .getItem("Budget")
        .getDataBodyRange()
        .load("rowCount, rowIndex, columnIndex, columnCount");
      await ctx.sync();
      const below = body.getRow(body.rowCount - 1).getOffsetRange(1, 0);
      below.values = [["Finance", 40, "d"]];
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:C5");
    await c.run(async (ctx) => {
      ctx.workbook.tables
        .getItem("Budget")
        .getDataBodyRange()
        .getRow(1)
        .delete(Excel.DeleteShiftDirection.up);
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:C4");
    expect(person(wb).getValues("Budget", "A2:A4")).toEqual([["Sales"], ["Ops"], ["Finance"]]);
    // Writing next to the table (outside its columns) does not grow it.
    await c.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("D5").values = [["x"]];
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:C4");
    // rows.add exists (never used by the add-in).
    await c.run(async (ctx) => {
      ctx.workbook.tables.getItem("Budget").rows.add(undefined, [["Legal", 1, "e"]]);
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:C5");
  });

  test("columns.add at the end takes the sheet column to the right, named; refused over someone's cells", async () => {
    const { wb, c } = fresh();
    const r = await c.run(async (ctx) => {
      const column = ctx.workbook.tables
        .getItem("Budget")
        .columns.add(undefined, undefined, "Owner");
      column.load("name, index");
      await ctx.sync();
      return { name: column.name, index: column.index };
    });
    expect(r).toEqual({ name: "Owner", index: 3 });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:D4");
    expect(person(wb).getValues("Budget", "A1:D2")).toEqual([
      ["Team", "Mar", "Note", "Owner"],
      ["Sales", 10, "a", ""],
    ]);
    person(wb).setValues("Budget", "E3", [["someone's"]]);
    await expect(
      c.run(async (ctx) => {
        ctx.workbook.tables.getItem("Budget").columns.add(undefined, undefined, "More");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "NotImplemented" });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:D4");
    expect(person(wb).getValues("Budget", "E3")[0][0]).toBe("someone's");
  });

  test("a co-author sorting and deleting rows by hand", async () => {
    const { wb, c } = fresh();
    person(wb).sortTable("Budget", "Mar", false);
    person(wb).deleteRows("Budget", 2); // the first body row (now Ops)
    const v = await c.run(async (ctx) => {
      const b = ctx.workbook.tables.getItem("Budget").getDataBodyRange().load("values");
      await ctx.sync();
      return b.values;
    });
    expect(plain(v)).toEqual([
      ["Marketing", 20, "b"],
      ["Sales", 10, "a"],
    ]);
  });
});

describe("ranges", () => {
  test("getCell/getRow/getColumn/getResizedRange/getOffsetRange/getAbsoluteResizedRange/getEntireRow", async () => {
    const { c } = fresh();
    const r = await c.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem("Budget").getRange("B2:C3");
      const list = [
        base.getCell(1, 1),
        base.getRow(0),
        base.getColumn(1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(1, 1),
        base.getAbsoluteResizedRange(1, 1),
        base.getEntireRow(),
      ];
      list.forEach((x) => x.load("address"));
      base.load("rowIndex, columnIndex, rowCount, columnCount, cellCount");
      await ctx.sync();
      return [list.map((x) => x.address), base.toJSON()];
    });
    expect(plain(r)).toEqual([
      [
        "Budget!C3",
        "Budget!B2:C2",
        "Budget!C2:C3",
        "Budget!B2:B4",
        "Budget!C3:D4",
        "Budget!B2",
        "Budget!2:3",
      ],
      { rowIndex: 1, columnIndex: 1, rowCount: 2, columnCount: 2, cellCount: 4 },
    ]);
  });

  test("2-D writes must match the range's dimensions", async () => {
    const { c } = fresh();
    await expect(
      c.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Budget").getRange("A10:B10").values = [["only one"]];
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("formula-vs-text rule", async () => {
    const { wb, c } = fresh();
    const inputs = ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(A1)"];
    await c.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Budget");
      const text = ws.getRange("F1:F4");
      text.numberFormat = [["@"], ["@"], ["@"], ["@"]];
      text.values = inputs.map((s) => [s]);
      ws.getRange("G1:G4").values = inputs.map((s) => [s]);
    });
    expect(person(wb).getFormulas("Budget", "F1:F4")).toEqual(inputs.map((s) => [s]));
    expect(person(wb).getValues("Budget", "F1:F4")).toEqual(inputs.map((s) => [s]));
    expect(person(wb).getFormulas("Budget", "G1:G4")).toEqual([
      ['=HYPERLINK("http://x","y")'],
      ["=+1"],
      ["=-1+1"],
      ["=SUM(A1)"],
    ]);
    const r = await c.run(async (ctx) => {
      const g = ctx.workbook.worksheets
        .getItem("Budget")
        .getRange("G1:G4")
        .load("values, formulas, numberFormat, text, valueTypes");
      await ctx.sync();
      return g.toJSON();
    });
    expect(plain(r)).toMatchObject({
      values: [["y"], [1], [0], [0]],
      numberFormat: [["General"], ["General"], ["General"], ["General"]],
    });
    // A formula the simulator can't evaluate keeps its text; its value is 0.
    person(wb).setCell("Budget", "H1", '=SUMIFS(Budget[Mar],Budget[Team],"Sales")');
    expect(person(wb).getFormulas("Budget", "H1")).toEqual([
      ['=SUMIFS(Budget[Mar],Budget[Team],"Sales")'],
    ]);
    expect(person(wb).getValues("Budget", "H1")).toEqual([[0]]);
  });

  test("format, fill, font, column width, autofit, clear, select, load({select})", async () => {
    const { wb, c } = fresh();
    const r = await c.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Budget");
      const h = ws.getRange("A1:C1");
      h.format.fill.color = "#FFEEAA";
      h.format.font.bold = true;
      h.format.font.color = "#112233";
      ws.getRange("A:A").format.columnWidth = 120;
      ws.getRange("B:C").format.autofitColumns();
      ws.getRange("C4").clear();
      ws.getRange("A2").select();
      const back = ws
        .getRange("A1")
        .load({ select: "format/fill/color, format/font/bold, format/columnWidth, values" });
      await ctx.sync();
      return {
        fill: back.format.fill.color,
        bold: back.format.font.bold,
        w: back.format.columnWidth,
        v: back.values,
      };
    });
    expect(plain(r)).toEqual({ fill: "#FFEEAA", bold: true, w: 120, v: [["Team"]] });
    expect(person(wb).getCell("Budget", "B1")).toMatchObject({ fontColor: "#112233" });
    expect(person(wb).getValues("Budget", "C4")).toEqual([[""]]);
    expect(wb.selection?.rect).toEqual({ r0: 1, c0: 0, r1: 1, c1: 0 });
  });

  test("list data validation rule and clear", async () => {
    const { wb, c } = fresh();
    const r = await c.run(async (ctx) => {
      const col = ctx.workbook.tables.getItem("Budget").columns.getItem("Note").getDataBodyRange();
      col.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b,c" } };
      await ctx.sync();
      col.dataValidation.load("rule, type, valid");
      await ctx.sync();
      const out = plain({
        rule: col.dataValidation.rule,
        type: col.dataValidation.type,
        valid: col.dataValidation.valid,
      });
      col.dataValidation.clear();
      return out;
    });
    expect(r).toEqual({
      rule: { list: { inCellDropDown: true, source: "a,b,c" } },
      type: "List",
      valid: true,
    });
    expect(wb.sheet("Budget").validations).toEqual([]);
  });
});

describe("errors, limits and counting", () => {
  test("ItemNotFound from a missing worksheet, InvalidArgument from a bad address", async () => {
    const { c } = fresh();
    await expect(
      c.run(async (ctx) => void ctx.workbook.worksheets.getItem("Nope").load("name"))
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      c.run(
        async (ctx) =>
          void ctx.workbook.worksheets.getItem("Budget").getRange("ZZZZ1").load("address")
      )
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  test("request payload over 5 MB is refused", async () => {
    const { wb, c } = fresh();
    const big = "x".repeat(1024);
    const rows = Array.from({ length: 5200 }, () => [big]);
    await expect(
      c.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Budget").getRange(`J1:J${rows.length}`).values = rows;
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(person(wb).getValues("Budget", "J1")).toEqual([[""]]);
    expect(c.stats.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("response payload over 5 MB is refused", async () => {
    const { wb, c } = fresh();
    const big = "y".repeat(1024);
    for (let i = 0; i < 3; i++)
      person(wb).setValues(
        "Budget",
        `K${i * 2000 + 1}`,
        Array.from({ length: 2000 }, () => [big])
      );
    await expect(
      c.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Budget").getRange("K1:K6000").load("values");
        await ctx.sync();
        return r.values.length;
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    // Half of it is fine.
    const n = await c.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Budget").getRange("K1:K3000").load("values");
      await ctx.sync();
      return r.values.length;
    });
    expect(n).toBe(3000);
  });

  test("one sync = one request; bytes are counted on the serialized bodies", async () => {
    const { c } = fresh();
    c.stats.reset();
    await c.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Budget").getRange("A1").load("values");
      await ctx.sync();
      r.values = [["Team"]];
      await ctx.sync();
    });
    expect(c.stats.syncs).toBe(2);
    expect(c.stats.requestBytes).toBeGreaterThan(100);
    expect(c.stats.responseBytes).toBeGreaterThan(10);
    c.stats.reset();
    expect(c.stats.syncs).toBe(0);
  });
});

describe("co-authoring events", () => {
  test("two clients see Local and Remote changes", async () => {
    const { wb, c: a } = fresh();
    const b = connectClient(wb, { id: `peer-${++seq}` });
    const seenA: SimChangeEvent[] = [];
    const seenB: SimChangeEvent[] = [];
    const offA = await a.onChange((e) => seenA.push(e));
    await b.onChange((e) => seenB.push(e));
    await a.run(async (ctx) => {
      ctx.workbook.tables.getItem("Budget").getDataBodyRange().getCell(0, 1).values = [[11]];
    });
    await flush();
    expect(seenA).toEqual([
      expect.objectContaining({
        source: "Local",
        worksheet: "Budget",
        table: "Budget",
        address: "B2",
        changeType: "RangeEdited",
        type: "TableChanged",
      }),
    ]);
    expect(seenB).toEqual([
      expect.objectContaining({ source: "Remote", table: "Budget", address: "B2" }),
    ]);
    // A person typing is Remote for every client; B sees it after re-reading.
    person(wb).setCell("Budget", "A3", "Brand");
    await flush();
    expect(seenA[1]).toMatchObject({ source: "Remote", address: "A3", origin: "coauthor" });
    const v = await b.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Budget").getRange("A3").load("values");
      await ctx.sync();
      return r.values[0][0];
    });
    expect(v).toBe("Brand");
    offA();
    person(wb).deleteRows("Budget", 4);
    await flush();
    expect(seenA).toHaveLength(2);
    expect(seenB[seenB.length - 1]).toMatchObject({
      source: "Remote",
      changeType: "RowDeleted",
      table: "Budget",
    });
  });
});
