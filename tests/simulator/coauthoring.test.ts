import fc from "fast-check";
import { CoauthoringSession } from "../../src/simulator/coauthoring";
import type { SimChangeEvent, SimClient } from "../../src/simulator/client";
import { installExcelGlobals } from "../../src/simulator/host";
import { rectAddress } from "../../src/simulator/address";
import { Person } from "../../src/simulator/person";
import { Workbook } from "../../src/simulator/workbook";
import { connectClient } from "../../src/simulator/host";
import { simHost } from "../../src/simulator/excel-host";
import { addRow, addRows, type Row, setUpPlan } from "../../src/workbook";

const api = installExcelGlobals();
const flush = () => new Promise((r) => setTimeout(r, 5));

const sessions: CoauthoringSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

/** A session on a fresh Budget workbook, closed after the test. */
function open(): CoauthoringSession {
  const s = new CoauthoringSession(budget());
  sessions.push(s);
  return s;
}

/** A Budget table on A1:B12: header, then Team1..Team11 with 1..11. */
function budget(): Workbook {
  const wb = new Workbook();
  wb.addSheet("Budget");
  const person = new Person(wb);
  person.setValues("Budget", "A1", [
    ["Team", "Mar"],
    ...Array.from({ length: 11 }, (_, i) => [`Team${i + 1}`, i + 1]),
  ]);
  person.addTable("Budget", "A1:B12", "Budget");
  return wb;
}

/** Everything co-authors share, in a comparable form. */
function shared(wb: Workbook): unknown {
  return {
    sheets: wb.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      cells: [...s.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      validations: s.validations,
    })),
    tables: wb.tables.map((t) => ({
      id: t.id,
      name: t.name,
      sheet: t.sheet.id,
      range: rectAddress(t.rect),
      columnIds: t.columnIds,
    })),
  };
}

async function write(c: SimClient, address: string, values: unknown[][]): Promise<void> {
  await c.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Budget").getRange(address).values = values;
  });
}

async function read(c: SimClient, address: string): Promise<unknown[][]> {
  return c.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Budget").getRange(address).load("values");
    await ctx.sync();
    return r.values;
  });
}

/** Write one row directly below the table, as an add-in that relies on the table growing. */
async function appendBelow(c: SimClient, values: unknown[]): Promise<void> {
  await c.run(async (ctx) => {
    const range = ctx.workbook.tables.getItem("Budget").getRange().load("rowIndex, rowCount");
    await ctx.sync();
    ctx.workbook.worksheets
      .getItem("Budget")
      .getRangeByIndexes(range.rowIndex + range.rowCount, 0, 1, values.length).values = [values];
  });
}

async function deleteTableRow(c: SimClient, index: number): Promise<void> {
  await c.run(async (ctx) => {
    ctx.workbook.tables.getItem("Budget").rows.getItemAt(index).delete();
  });
}

function session(): { s: CoauthoringSession; a: SimClient; b: SimClient } {
  const s = open();
  return { s, a: s.connect(api, { id: "a" }), b: s.connect(api, { id: "b" }) };
}

describe("co-authoring with delay", () => {
  test("edits stay on their replica until delivered, then every replica is the same", async () => {
    const { s, a, b } = session();
    const seenA: SimChangeEvent[] = [];
    const seenB: SimChangeEvent[] = [];
    await a.onChange((e) => seenA.push(e));
    await b.onChange((e) => seenB.push(e));
    await write(a, "B2", [[100]]);
    await write(b, "B3", [[300]]);
    await flush();
    expect(await read(a, "B2:B3")).toEqual([[100], [2]]);
    expect(await read(b, "B2:B3")).toEqual([[1], [300]]);
    expect(new Person(s.document).getValues("Budget", "B2:B3")).toEqual([[1], [2]]);
    expect(seenA.map((e) => [e.source, e.address])).toEqual([["Local", "B2"]]);
    expect(seenB.map((e) => [e.source, e.address])).toEqual([["Local", "B3"]]);

    s.deliver();
    expect(seenA).toHaveLength(1); // events come after the delivery, not during it
    await flush();
    expect(await read(a, "B2:B3")).toEqual([[100], [300]]);
    expect(await read(b, "B2:B3")).toEqual([[100], [300]]);
    expect(shared(s.replica("a"))).toEqual(shared(s.document));
    expect(shared(s.replica("b"))).toEqual(shared(s.document));
    expect(seenA[1]).toMatchObject({
      source: "Remote",
      address: "B3",
      origin: "b",
      table: "Budget",
    });
    expect(seenB[1]).toMatchObject({
      source: "Remote",
      address: "B2",
      origin: "a",
      table: "Budget",
    });
  });

  test("one participant's edits can go to one other participant only", async () => {
    const s = open();
    const a = s.connect(api, { id: "a" });
    const b = s.connect(api, { id: "b" });
    const c = s.connect(api, { id: "c" });
    await write(a, "B2", [[100]]);
    s.deliver({ from: "a", to: "b" });
    expect(await read(b, "B2")).toEqual([[100]]);
    expect(await read(c, "B2")).toEqual([[1]]);
    expect(new Person(s.document).getValues("Budget", "B2")).toEqual([[100]]);
    expect(s.pendingCount("a")).toBe(0);
  });

  test("the same cell: the edit that reaches the document later wins on every replica", async () => {
    const { s, a, b } = session();
    await write(a, "B2", [["from a"]]);
    await write(b, "B2", [["from b"]]);
    // b's edit arrives first, a's later: a's wins, although b has not seen a's edit when making its own.
    s.send("b");
    s.send("a");
    s.receive();
    for (const c of [a, b]) expect(await read(c, "B2")).toEqual([["from a"]]);
    expect(new Person(s.document).getValues("Budget", "B2")).toEqual([["from a"]]);

    await write(a, "B3", [["a again"]]);
    await write(b, "B3", [["b again"]]);
    s.deliver(); // everyone's, in the order they joined: a, then b
    for (const c of [a, b]) expect(await read(c, "B3")).toEqual([["b again"]]);
  });

  test("an edit to row 10 lands on row 9 after a co-author deleted row 3", async () => {
    const { s, a, b } = session();
    await deleteTableRow(a, 1); // row 3: Team2
    await write(b, "B10", [["b's edit"]]);
    expect(await read(a, "A9:B9")).toEqual([["Team9", 9]]);
    s.deliver();
    for (const c of [a, b]) {
      expect(await read(c, "A9:B9")).toEqual([["Team9", "b's edit"]]);
      expect(await read(c, "A10:B10")).toEqual([["Team10", 10]]);
    }
    expect(new Person(s.document).tableAddress("Budget")).toBe("Budget!A1:B11");
    expect(shared(s.replica("a"))).toEqual(shared(s.replica("b")));
  });

  test("an edit to row 10 lands on row 11 after a co-author inserted a table row above it", async () => {
    const { s, a, b } = session();
    await a.run(async (ctx) => {
      ctx.workbook.tables.getItem("Budget").rows.add(0, [["New", 0]]);
    });
    await write(b, "B10", [["b's edit"]]);
    s.deliver();
    for (const c of [a, b]) {
      expect(await read(c, "A2:B2")).toEqual([["New", 0]]);
      expect(await read(c, "A11:B11")).toEqual([["Team9", "b's edit"]]);
    }
    expect(new Person(s.document).tableAddress("Budget")).toBe("Budget!A1:B13");
    expect(shared(s.replica("a"))).toEqual(shared(s.replica("b")));
  });

  test("deleting a table row shifts only the table's columns; deleting a sheet row shifts all", async () => {
    const { s, a, b } = session();
    await deleteTableRow(a, 1); // A3:B3 only
    await write(b, "C10", [["beside"]]);
    s.deliver();
    for (const c of [a, b])
      expect(await read(c, "A9:C10")).toEqual([
        ["Team9", 9, ""],
        ["Team10", 10, "beside"],
      ]);

    s.person("sales-chief").deleteRows("Budget", 3); // the whole of row 3
    await write(b, "C11", [["moved"]]); // made before b saw the row go: lands on C10
    s.deliver();
    for (const c of [a, b]) expect(await read(c, "C8:C10")).toEqual([[""], ["beside"], ["moved"]]);
    expect(shared(s.replica("a"))).toEqual(shared(s.replica("sales-chief")));
  });

  test("a row appended below the table stays in the table when a co-author deletes its last row, in either order", async () => {
    for (const order of [
      ["a", "b"],
      ["b", "a"],
    ]) {
      const { s, a, b } = session();
      await appendBelow(a, ["Sales", 5]);
      await deleteTableRow(b, 10); // Team11, the last row
      for (const id of order) s.send(id);
      s.receive();
      for (const c of [a, b])
        expect(await read(c, "A11:B13")).toEqual([
          ["Team10", 10],
          ["Sales", 5],
          ["", ""],
        ]);
      for (const id of ["a", "b"])
        expect(new Person(s.replica(id)).tableAddress("Budget")).toBe("Budget!A1:B12");
      s.close();
    }
  });

  test("an edit to a row a co-author deleted is dropped", async () => {
    const { s, a, b } = session();
    await deleteTableRow(a, 1);
    await write(b, "B3", [["lost"]]);
    expect(await read(b, "B3")).toEqual([["lost"]]);
    s.deliver();
    for (const c of [a, b]) {
      expect(await read(c, "A3:B3")).toEqual([["Team3", 3]]);
      const all = (await read(c, "A1:B13")).flat();
      expect(all).not.toContain("lost");
      expect(all).not.toContain("Team2");
    }
  });

  test("two appends below the table at the same moment: the later row wins, the other row is lost", async () => {
    const { s, a, b } = session();
    await appendBelow(a, ["Sales", 5]);
    await appendBelow(b, ["Ops", 7]);
    // Each sees its own row inside its own table.
    expect(new Person(s.replica("a")).tableAddress("Budget")).toBe("Budget!A1:B13");
    expect(new Person(s.replica("b")).tableAddress("Budget")).toBe("Budget!A1:B13");
    s.deliver(); // a's arrives first, b's later
    for (const c of [a, b]) {
      expect(await read(c, "A13:B14")).toEqual([
        ["Ops", 7],
        ["", ""],
      ]);
      expect((await read(c, "A1:B20")).flat()).not.toContain("Sales");
    }
    expect(new Person(s.document).tableAddress("Budget")).toBe("Budget!A1:B13");
  });

  test("two rows added with table.rows.add at the same moment are both kept", async () => {
    const { s, a, b } = session();
    for (const [c, row] of [
      [a, ["Sales", 5]],
      [b, ["Ops", 7]],
    ] as const)
      await c.run(async (ctx) => {
        ctx.workbook.tables.getItem("Budget").rows.add(undefined, [[...row]]);
      });
    s.deliver();
    for (const c of [a, b])
      expect(await read(c, "A13:B14")).toEqual([
        ["Sales", 5],
        ["Ops", 7],
      ]);
    expect(new Person(s.document).tableAddress("Budget")).toBe("Budget!A1:B14");
  });

  test("sheets and tables a co-author adds arrive with the same ids; a rename to a name taken meanwhile is dropped", async () => {
    const { s, a, b } = session();
    const made = await a.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("Plan").load("id");
      sheet.getRange("A1:B2").values = [
        ["Name", "Cost"],
        ["Fair", 3],
      ];
      const table = ctx.workbook.tables.add("Plan!A1:B2", true).load("id");
      table.name = "Events";
      await ctx.sync();
      return { sheet: sheet.id, table: table.id };
    });
    await b.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("Notes");
      sheet.getRange("A1").values = [["Events"]];
      ctx.workbook.tables.add("Notes!A1:A2", true).name = "Events";
    });
    s.deliver(); // a's arrive first
    for (const c of [a, b]) {
      const seen = await c.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name, items/id");
        const tables = ctx.workbook.tables.load("items/name, items/id");
        await ctx.sync();
        return {
          sheets: sheets.items.map((x) => [x.name, x.id]),
          tables: tables.items.map((x) => [x.name, x.id]),
        };
      });
      expect(seen.sheets).toEqual([
        ["Budget", s.document.sheets[0].id],
        ["Plan", made.sheet],
        ["Notes", expect.any(String)],
      ]);
      expect(seen.tables).toEqual([
        ["Budget", s.document.tables[0].id],
        ["Events", made.table],
        // b's table was added as Table<n>; its rename to "Events" arrived after a's table took the name.
        [expect.stringMatching(/^Table\d+$/), expect.any(String)],
      ]);
    }
    expect(new Person(s.replica("b")).getValues("Plan", "A2:B2")).toEqual([["Fair", 3]]);
    expect(shared(s.replica("a"))).toEqual(shared(s.replica("b")));
  });

  test("a person typing in the sheet is delivered like a client", async () => {
    const s = open();
    const a = s.connect(api, { id: "a" });
    const seen: SimChangeEvent[] = [];
    await a.onChange((e) => seen.push(e));
    s.person("sales-chief").setValues("Budget", "B5", [[77]]);
    await flush();
    expect(await read(a, "B5")).toEqual([[4]]);
    expect(seen).toEqual([]);
    s.deliver();
    await flush();
    expect(await read(a, "B5")).toEqual([[77]]);
    expect(seen).toEqual([
      expect.objectContaining({ source: "Remote", origin: "sales-chief", address: "B5" }),
    ]);
    expect(s.person("sales-chief").getValues("Budget", "B5")).toEqual([[77]]);
  });

  test("a replica that has its own edits pending is rebuilt under the arrivals and keeps them", async () => {
    const { s, a, b } = session();
    await deleteTableRow(a, 0); // row 2
    s.send("a");
    await write(b, "B12", [["mine"]]); // made before b has seen a's delete
    const seen: SimChangeEvent[] = [];
    await b.onChange((e) => seen.push(e));
    s.receive("b");
    await flush();
    expect(seen.map((e) => [e.source, e.origin, e.changeType])).toEqual([
      ["Remote", "a", "RowDeleted"],
    ]);
    expect(await read(b, "A11:B11")).toEqual([["Team11", "mine"]]);
    expect(s.pendingCount("b")).toBe(1);
    s.deliver();
    expect(await read(a, "A11:B11")).toEqual([["Team11", "mine"]]);
    expect(shared(s.replica("a"))).toEqual(shared(s.replica("b")));
  });
});

// ---- convergence property ------------------------------------------------------------------

type Edit =
  | { kind: "write"; who: number; row: number; col: number; value: string }
  | { kind: "append"; who: number; value: string }
  | { kind: "deleteRow"; who: number; index: number }
  | { kind: "insertRow"; who: number; index: number; value: string }
  | { kind: "clear"; who: number; row: number; col: number }
  | { kind: "format"; who: number; row: number; col: number }
  | { kind: "deleteSheetRow"; who: number; row: number }
  | { kind: "sort"; who: number; ascending: boolean }
  | { kind: "send"; who: number }
  | { kind: "receive"; who: number; from: number };

const who = fc.integer({ min: 0, max: 2 });
const text = fc.constantFrom("x", "y", "z", "=1+1", "7");
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("write" as const),
    who,
    row: fc.integer({ min: 1, max: 16 }),
    col: fc.integer({ min: 0, max: 2 }),
    value: text,
  }),
  fc.record({ kind: fc.constant("append" as const), who, value: text }),
  fc.record({ kind: fc.constant("deleteRow" as const), who, index: fc.nat(14) }),
  fc.record({ kind: fc.constant("insertRow" as const), who, index: fc.nat(14), value: text }),
  fc.record({
    kind: fc.constant("clear" as const),
    who,
    row: fc.integer({ min: 1, max: 16 }),
    col: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    kind: fc.constant("format" as const),
    who,
    row: fc.integer({ min: 1, max: 16 }),
    col: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    kind: fc.constant("deleteSheetRow" as const),
    who,
    row: fc.integer({ min: 2, max: 16 }),
  }),
  fc.record({ kind: fc.constant("sort" as const), who, ascending: fc.boolean() }),
  fc.record({ kind: fc.constant("send" as const), who }),
  fc.record({ kind: fc.constant("receive" as const), who, from: who })
);

const at = (row: number, col: number) => `${"ABC"[col]}${row}`;

/** Run one edit on participant `who` (0, 1: add-ins through Microsoft's library; 2: a person). Refused edits are part of the game. */
async function play(s: CoauthoringSession, clients: SimClient[], e: Edit): Promise<void> {
  const ids = ["a", "b", "person"];
  if (e.kind === "send") return s.send(ids[e.who]);
  if (e.kind === "receive") return s.receive(ids[e.who], ids[e.from]);
  const c = clients[e.who];
  const wb = s.replica(ids[e.who]);
  const person = new Person(wb);
  try {
    if (e.kind === "write") {
      if (c) await write(c, at(e.row, e.col), [[e.value]]);
      else person.setValues("Budget", at(e.row, e.col), [[e.value]]);
    } else if (e.kind === "clear") {
      if (c)
        await c.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Budget").getRange(at(e.row, e.col)).clear();
        });
      else wb.clear(wb.sheet("Budget"), wb.resolveAddress(at(e.row, e.col), null).rect);
    } else if (e.kind === "format") {
      if (c)
        await c.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Budget").getRange(at(e.row, e.col)).numberFormat = [
            ["0.00"],
          ];
        });
      else person.setNumberFormat("Budget", at(e.row, e.col), "0.00");
    } else if (e.kind === "deleteSheetRow") {
      if (c)
        await c.run(async (ctx) => {
          ctx.workbook.worksheets
            .getItem("Budget")
            .getRange(`${e.row}:${e.row}`)
            .delete(Excel.DeleteShiftDirection.up);
        });
      else person.deleteRows("Budget", e.row);
    } else if (e.kind === "sort") {
      person.sortTable("Budget", "Mar", e.ascending); // by hand, whoever plays it
    } else if (e.kind === "append") {
      if (c) await appendBelow(c, [e.value, 1]);
      else person.setValues("Budget", at(wb.table("Budget").lastRow + 2, 0), [[e.value, 1]]);
    } else if (e.kind === "deleteRow") {
      const t = wb.table("Budget");
      if (e.index >= t.rowCount) return;
      if (c) await deleteTableRow(c, e.index);
      else person.deleteTableRow("Budget", e.index);
    } else {
      const t = wb.table("Budget");
      const index = Math.min(e.index, t.rowCount);
      if (c)
        await c.run(async (ctx) => {
          ctx.workbook.tables.getItem("Budget").rows.add(index, [[e.value, 2]]);
        });
      else wb.insertTableRows(t, index, 1);
    }
  } catch (err) {
    if (!(err instanceof Error && "code" in err)) throw err;
  }
}

test("property: whatever the edits and delivery points, after full delivery every replica is the same", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(edit, { maxLength: 25 }),
      fc.option(fc.integer(), { nil: undefined }),
      async (edits, seed) => {
        const s = new CoauthoringSession(budget());
        const clients = [s.connect(api, { id: "a" }), s.connect(api, { id: "b" })];
        s.person("person");
        try {
          for (const e of edits) await play(s, clients, e);
          s.deliver(seed === undefined ? {} : { seed });
          const document = shared(s.document);
          for (const id of ["a", "b", "person"]) expect(shared(s.replica(id))).toEqual(document);
        } finally {
          s.close();
        }
      }
    ),
    { numRuns: 150 }
  );
});

describe("a replica keeps the document's date system", () => {
  test("a 1904 workbook's replicas count dates from 1904", () => {
    const doc = new Workbook({ date1904: true });
    doc.addSheet("Sheet1");
    const session = new CoauthoringSession(doc);
    const chief = session.person("chief");
    expect(chief.workbook.date1904).toBe(true);
  });
});

describe("a table's extent is decided in the author's Excel", () => {
  // Tables that never grow (AutoCorrect off): a row added below the table by the write path's repair
  // must not make the table grow on another replica when it replays the edit.
  const noGrowth = { requirementSet: "1.7", autoExpandTables: false } as const;
  const activity = (ID: string): Row => ({
    ID,
    Activity: "Fair",
    Lane: "Media",
    Team: "Marketing",
    Start: "2027-02",
    End: "2027-03",
  });

  test("chiefs adding activities one after the other: every replica keeps every row, none blank", async () => {
    const doc = new Workbook();
    doc.addSheet("Sheet1");
    const setUp = connectClient(doc, { id: "setup", ...noGrowth });
    await setUpPlan(simHost(setUp), {
      planStarts: "2027-01",
      rows: { activities: [activity("S1"), activity("S2")] },
    });
    setUp.disconnect();
    const s = new CoauthoringSession(doc);
    sessions.push(s);
    const [chief1, chief2] = ["chief1", "chief2"].map((id) =>
      simHost(s.connect(api, { id, ...noGrowth }))
    );
    await addRows(chief1, "Activities", [activity("I1")]);
    s.deliver();
    await addRow(chief2, "Activities", activity("A1"));
    s.deliver();
    await addRows(chief1, "Activities", [activity("I2"), activity("I3")]);
    s.deliver();
    const expected = ["S1", "S2", "I1", "A1", "I2", "I3"];
    for (const wb of [s.document, s.replica("chief1"), s.replica("chief2")]) {
      const t = wb.tables.find((x) => x.name === "Activities");
      if (!t) throw new Error("no Activities table");
      const id = t.c0 + t.columnNames().indexOf("ID");
      const ids = Array.from(
        { length: t.rowCount },
        (_, i) => t.sheet.cell(t.headerRow + 1 + i, id)?.value ?? ""
      );
      expect(ids).toEqual(expected);
    }
  });
});
