/** sameRead: whether two reads of the workbook hold exactly the same (what the poll compares). */
import { samplePlan } from "../../src/domain";
import { readWorkbookPlan, setUpPlan, type WorkbookPlan } from "../../src/workbook";
import { sameRead } from "../../src/workbook/same-read";
import { emptyWorkbook, seat } from "./sim";

let read: WorkbookPlan;
beforeAll(async () => {
  const wb = emptyWorkbook();
  const me = seat(wb);
  await setUpPlan(me.host, { rows: samplePlan(2027) });
  read = await readWorkbookPlan(me.host);
});

/** A deep copy of the read, changed by `edit`. */
function edited(edit: (copy: WorkbookPlan) => void): WorkbookPlan {
  const copy = structuredClone(read);
  edit(copy);
  return copy;
}

test("two reads of the same workbook are the same, however their objects were built", () => {
  expect(sameRead(read, read)).toBe(true);
  expect(
    sameRead(
      read,
      edited(() => {})
    )
  ).toBe(true);
  // The order a row's columns were read in does not matter; the headers keep the sheet's order.
  expect(
    sameRead(
      read,
      edited((c) => {
        const row = c.input.activities[0];
        c.input.activities[0] = Object.fromEntries(Object.entries(row).reverse());
      })
    )
  ).toBe(true);
});

test("any difference in a cell, a row, a table's place or a missing table is a difference", () => {
  const changes: [string, (c: WorkbookPlan) => void][] = [
    ["a cell's text", (c) => (c.input.activities[1].Notes = "picked")],
    [
      "a number typed as text",
      (c) => (c.input.budget[0].Amount = String(c.input.budget[0].Amount)),
    ],
    ["a cell emptied", (c) => (c.input.budget[0].Amount = null)],
    ["a column added", (c) => (c.input.budget[0].Extra = null)],
    ["a column gone", (c) => delete c.input.budget[0][Object.keys(c.input.budget[0])[0]]],
    ["a row added", (c) => c.input.activities.push({ ...c.input.activities[0] })],
    ["the last row gone", (c) => c.input.budget.pop()],
    ["a setting", (c) => (c.input.settings["Plan starts"] = "2027-02")],
    ["a table moved", (c) => (c.tables.Activities!.headerRow += 1)],
    ["a table's headers", (c) => c.tables.Activities!.headers.reverse()],
    ["an optional table gone", (c) => delete c.input.results],
    [
      "a missing table",
      (c) =>
        c.problems.push({ table: "Results", row: null, column: null, value: null, message: "x" }),
    ],
  ];
  for (const [what, change] of changes)
    expect([what, sameRead(read, edited(change))]).toEqual([what, false]);
});
