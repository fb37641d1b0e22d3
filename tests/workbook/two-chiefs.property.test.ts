/**
 * Two or three chiefs at the same moment (issue 8 §3): each co-author's add-in adds, imports,
 * changes and deletes rows through the workbook layer on its own copy of the plan, a person types
 * in the sheet, and changes reach the others at random points (between actions and between the
 * syncs of one action). When everything has been delivered: every row a user was told was saved is
 * in its table exactly once, or was deleted on purpose, or the pane's check (missingRows) names it
 * as lost; no cell a person typed is overwritten unless someone changed that same cell on purpose.
 */
import fc from "fast-check";
import { CoauthoringSession } from "../../src/simulator/coauthoring";
import { simHost } from "../../src/simulator/excel-host";
import { installExcelGlobals } from "../../src/simulator/host";
import type { Person } from "../../src/simulator/person";
import { cloneWorkbook } from "../../src/simulator/replica";
import type { SimClient } from "../../src/simulator/client";
import type { Workbook } from "../../src/simulator/workbook";
import {
  addRow,
  addRows,
  changeRow,
  type Cell,
  deleteRow,
  type ExcelHost,
  forgetRow,
  isSameRow,
  missingRows,
  planRows,
  readWorkbookPlan,
  rememberRows,
  type Row,
  saveSetting,
  type SavedRow,
  setUpPlan,
  tableSpecs,
  updateRow,
  WriteRefused,
  type WorkbookPlan,
} from "../../src/workbook";
import { columnLetters } from "../../src/workbook/setup";
import { emptyWorkbook, PROFILE, seat } from "./sim";

const api = installExcelGlobals();
const RUNS = 1000;
/** What the runs went through, so that the test shows it reached the cases it is about. */
const reached = { lost: 0, typedChecked: 0, midway: 0 };
const CAP = "Annual budget cap";
const KEYS = { Activities: tableSpecs(0).Activities.key, Results: tableSpecs(0).Results.key };
/** Activities rows set up before the session: the rows the person types in. */
const SET_UP = ["S1", "S2"];

let plan: Workbook;
beforeAll(async () => {
  plan = emptyWorkbook();
  await setUpPlan(seat(plan).host, {
    planStarts: "2027-01",
    rows: {
      activities: SET_UP.map((ID) => activity(ID, "Fair")),
      results: [{ Month: "2027-01", Channel: "Web", Spend: 5 }],
    },
  });
});

function activity(ID: string, name: string): Row {
  return { ID, Activity: name, Lane: "Media", Team: "Marketing", Start: "2027-02", End: "2027-03" };
}

type Table = "Activities" | "Results";
/** A delivery: a participant's next edits reach the shared document, or a replica catches up. */
type Delivery = { send: number; count: number } | { receive: number; from: number | null };
type Step =
  | { kind: "add" | "import"; who: number; table: Table; count: number }
  | { kind: "change"; who: number; pick: number; column: "Activity" | "Notes" }
  | { kind: "delete"; who: number; pick: number }
  | { kind: "setting"; who: number; value: number }
  | { kind: "type"; pick: number; beside: boolean }
  | { kind: "deliver"; delivery: Delivery };

const who = fc.nat({ max: 2 });
const table = fc.constantFrom<Table>("Activities", "Results");
const delivery: fc.Arbitrary<Delivery> = fc.oneof(
  fc.record({ send: fc.nat({ max: 3 }), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ receive: fc.nat({ max: 3 }), from: fc.option(fc.nat({ max: 3 }), { nil: null }) })
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("add" as const), who, table, count: fc.constant(1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("import" as const),
      who,
      table,
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("change" as const),
      who,
      pick: fc.nat(),
      column: fc.constantFrom("Activity" as const, "Notes" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("delete" as const), who, pick: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("setting" as const),
      who,
      value: fc.integer({ min: 1, max: 9 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("type" as const),
      pick: fc.nat(),
      beside: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("deliver" as const), delivery }) }
);
const run = fc.record({
  chiefs: fc.integer({ min: 2, max: 3 }),
  steps: fc.array(step, { minLength: 1, maxLength: 6 }),
  /** Deliveries made just before a sync, one per sync in order (null: none), while an action is under way. */
  midway: fc.array(fc.option(delivery, { nil: null, freq: 3 }), { maxLength: 6 }),
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
});

/** An ExcelHost whose every sync may first let a delivery happen: changes arrive while an action is under way. */
function pausingHost(client: SimClient, pause: () => void): ExcelHost {
  const host = simHost(client);
  return {
    ...host,
    run: (batch) =>
      host.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (<T>(value?: T) => {
          pause();
          return sync(value);
        }) as typeof context.sync;
        return batch(context);
      }),
  };
}

/**
 * Plays one run and checks the invariants after full delivery. With `inTurn`, everything is
 * delivered before each action (no two actions at the same moment): then nothing may be lost.
 */
async function check(
  r: { chiefs: number; steps: Step[]; midway: (Delivery | null)[]; seed: number },
  inTurn = false
): Promise<void> {
  const session = new CoauthoringSession(cloneWorkbook(plan, "document"));
  try {
    const ids = Array.from({ length: r.chiefs }, (_, i) => `chief${i + 1}`);
    const participants = [...ids, "typist"];
    const midway = [...r.midway];
    const deliver = (d: Delivery): void => {
      if ("send" in d) session.send(participants[d.send % participants.length], d.count);
      else {
        const from = d.from === null ? undefined : participants[d.from % participants.length];
        session.receive(participants[d.receive % participants.length], from);
      }
    };
    const hosts = ids.map((id) =>
      pausingHost(session.connect(api, { id, ...PROFILE }), () => {
        const d = midway.shift();
        if (d) {
          reached.midway++;
          deliver(d);
        }
      })
    );
    const person = session.person("typist");
    /** What each pane was told was saved, kept as the pane keeps it (saved-rows). */
    const saved: SavedRow[][] = ids.map(() => []);
    const deletedOnPurpose = new Set<string>();
    /** Values each cell was changed to on purpose, by "ID/column". */
    const changedTo = new Map<string, Set<Cell>>();
    const typed = new Map<string, string[]>();
    const capSaved = new Set<Cell>();
    const told = async (work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work();
        return true;
      } catch (e) {
        if (e instanceof WriteRefused) return false;
        throw e;
      }
    };

    for (const [n, s] of r.steps.entries()) {
      if (inTurn) session.deliver();
      if (s.kind === "deliver") {
        deliver(s.delivery);
        continue;
      }
      if (s.kind === "type") {
        typePerson(person, s.pick, s.beside, `typed ${n}`, typed);
        continue;
      }
      const c = s.who % r.chiefs;
      const host = hosts[c];
      if (s.kind === "add" || s.kind === "import") {
        const rows = Array.from({ length: s.count }, (_, i) =>
          s.table === "Activities"
            ? activity(`${ids[c]}-${n}-${i}`, "New")
            : { Month: "2027-02", Channel: `${ids[c]}-${n}-${i}`, Spend: n }
        );
        const add = () =>
          s.kind === "add" ? addRow(host, s.table, rows[0]) : addRows(host, s.table, rows);
        if (await told(add)) saved[c] = rememberRows(saved[c], s.table, KEYS[s.table], rows);
        continue;
      }
      const seen = await readWorkbookPlan(host);
      if (s.kind === "setting") {
        const value = s.value * 1000;
        if (await told(() => saveSetting(host, CAP, seen.input.settings[CAP] ?? null, value)))
          capSaved.add(value);
        continue;
      }
      const rows = seen.input.activities;
      if (rows.length === 0 || (s.kind !== "change" && s.kind !== "delete")) continue;
      const index = s.pick % rows.length;
      const ref = { table: "Activities" as const, row: index + 1, before: { ...rows[index] } };
      const id = String(ref.before.ID);
      if (s.kind === "change") {
        const after = { [s.column]: `changed ${n}` };
        if (await told(() => updateRow(host, ref, after))) {
          saved[c] = changeRow(saved[c], "Activities", ref.before, after);
          const cell = `${id}/${s.column}`;
          changedTo.set(cell, new Set([...(changedTo.get(cell) ?? []), after[s.column]]));
        }
      } else if (await told(() => deleteRow(host, ref))) {
        saved[c] = forgetRow(saved[c], "Activities", ref.before);
        deletedOnPurpose.add(id.toLowerCase());
      }
    }

    session.deliver({ seed: r.seed });
    const finals: WorkbookPlan[] = [];
    for (const host of hosts) finals.push(await readWorkbookPlan(host));

    finals.forEach((final, c) => {
      const lost = missingRows(saved[c], final.input);
      if (inTurn)
        expect(
          lost.filter((l) => !deletedOnPurpose.has(String(l.values.ID ?? "").toLowerCase()))
        ).toEqual([]);
      reached.lost += lost.length;
      for (const row of saved[c]) {
        const times = planRows(final.input, row.table).filter((read) =>
          isSameRow(row, read)
        ).length;
        const deleted = deletedOnPurpose.has(String(row.values.ID ?? "").toLowerCase());
        if (times === 1 || (times === 0 && deleted)) continue;
        // Lost where Excel's merge could not keep it: the pane must have found out.
        expect({ row: row.values, times, detected: lost.includes(row) }).toEqual({
          row: row.values,
          times: 0,
          detected: true,
        });
      }
    });

    const final = finals[0];
    for (const [at, values] of typed) {
      const [where, column] = at.split("/");
      let now: Cell;
      if (where.startsWith("beside ")) now = person.getValues("Activities", where.slice(7))[0][0];
      else {
        if (deletedOnPurpose.has(where.toLowerCase())) continue;
        const row = final.input.activities.find((a) => String(a.ID) === where);
        now = row ? row[column] : null;
      }
      reached.typedChecked++;
      const allowed = [values[values.length - 1], ...(changedTo.get(at) ?? [])];
      // The person's own last entry stands, unless someone changed that cell on purpose.
      if (!changedTo.has(at)) expect({ at, now }).toEqual({ at, now: values[values.length - 1] });
      else expect(allowed).toContain(now);
    }
    const cap = final.input.settings[CAP] ?? null;
    expect([null, "", ...capSaved]).toContain(cap);
  } finally {
    session.close();
  }
}

/** The person types into the Notes of a set-up row (by its ID on their copy), or beside the table in column P. */
function typePerson(
  person: Person,
  pick: number,
  beside: boolean,
  value: string,
  typed: Map<string, string[]>
): void {
  const remember = (at: string): void => {
    typed.set(at, [...(typed.get(at) ?? []), value]);
  };
  if (beside) {
    const address = `P${2 + (pick % 3)}`;
    person.setCell("Activities", address, value);
    return remember(`beside ${address}/`);
  }
  const wb = person.workbook;
  const t = wb.table("Activities");
  const id = SET_UP[pick % SET_UP.length];
  const notes = t.columnNames().indexOf("Notes");
  for (let r = t.headerRow + 1; r <= t.lastRow; r++) {
    if (wb.valueAt(t.sheet, r, t.c0) !== id) continue;
    person.setCell("Activities", `${columnLetters(t.c0 + notes)}${r + 1}`, value);
    return remember(`${id}/Notes`);
  }
}

test(`two chiefs at the same moment: nothing they were told was saved is lost unnoticed, no typed cell overwritten (${RUNS} runs)`, async () => {
  await fc.assert(
    fc.asyncProperty(run, (r) => check(r)),
    { numRuns: RUNS }
  );
  // The runs reached what the test is about: rows lost to the merge, typed cells, arrivals mid-action.
  // Where tables grow by themselves, two appends at the same moment write one row, and some runs lose it.
  if (PROFILE.autoExpandTables !== false) expect(reached.lost).toBeGreaterThan(0);
  expect(reached.typedChecked).toBeGreaterThan(0);
  expect(reached.midway).toBeGreaterThan(0);
});

test("one chief after the other (each action sees the ones before): nothing is lost at all", async () => {
  const inTurn = run.map((r) => ({ ...r, midway: [] }));
  await fc.assert(
    fc.asyncProperty(inTurn, (r) => check(r, true)),
    {
      numRuns: 200,
      // Tried first on every profile: the sequence that lost a row where tables never grow.
      examples: [
        [
          {
            chiefs: 2,
            steps: [
              { kind: "import", who: 0, table: "Activities", count: 1 },
              { kind: "add", who: 1, table: "Activities", count: 1 },
              { kind: "import", who: 0, table: "Activities", count: 2 },
            ],
            midway: [],
            seed: 1,
          },
        ],
      ],
    }
  );
});
