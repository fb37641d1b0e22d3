/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests exercise unloaded reads on purpose */
import { connectClient, loadExcelApi } from "../../src/simulator/host";
import { person } from "../../src/simulator/person";
import { Workbook } from "../../src/simulator/workbook";

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));

function setup() {
  const wb = new Workbook();
  const sheet = wb.addSheet("Budget");
  person(wb).setValues("Budget", "A1", [
    ["Team", "Mar", "Note"],
    ["Sales", 10, "a"],
    ["Marketing", 20, "b"],
  ]);
  person(wb).addTable("Budget", "A1:C3", "Budget");
  return { wb, sheet };
}

let n = 0;
const nextId = (p: string) => `${p}-${++n}`;

describe("simulator core through the real Excel JS library", () => {
  test("loads the library", () => {
    const { Excel, OfficeExtension } = loadExcelApi();
    expect(typeof Excel.RequestContext).toBe("function");
    expect(typeof OfficeExtension.Error).toBe("function");
  });

  test("reads a table body and worksheet properties", async () => {
    const { wb } = setup();
    const c = connectClient(wb, { id: nextId("a") });
    const out = await c.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Budget");
      const body = ws.tables.getItem("Budget").getDataBodyRange();
      body.load("values, address, rowCount");
      ws.load("name, position, id");
      await ctx.sync();
      return {
        values: body.values,
        address: body.address,
        rows: body.rowCount,
        name: ws.name,
        pos: ws.position,
      };
    });
    expect(plain(out)).toEqual({
      values: [
        ["Sales", 10, "a"],
        ["Marketing", 20, "b"],
      ],
      address: "Budget!A2:C3",
      rows: 2,
      name: "Budget",
      pos: 0,
    });
    expect(c.stats.syncs).toBe(1); // the final sync of run() has nothing to send
  });

  test("writes values and formulas; table grows on append below", async () => {
    const { wb } = setup();
    const c = connectClient(wb, { id: nextId("a") });
    await c.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Budget");
      ws.getRange("A4:C4").values = [["Ops", 5, "=B2+B3"]];
      await ctx.sync();
    });
    expect(person(wb).tableAddress("Budget")).toBe("Budget!A1:C4");
    expect(person(wb).getValues("Budget", "C4")).toEqual([[30]]);
    expect(person(wb).getFormulas("Budget", "C4")).toEqual([["=B2+B3"]]);
  });

  test("ItemNotFound and PropertyNotLoaded", async () => {
    const { wb } = setup();
    const c = connectClient(wb, { id: nextId("a") });
    await expect(
      c.run(async (ctx) => {
        const t = ctx.workbook.tables.getItem("Nope");
        t.load("name");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      c.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Budget").getRange("A1");
        r.load("address");
        await ctx.sync();
        return r.values;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});
