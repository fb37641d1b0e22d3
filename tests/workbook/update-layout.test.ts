/** "Set up plan" with the newer layout, and "Update plan layout" on a plan set up before it. */
import { checkPlan, samplePlan, type Row } from "../../src/domain";
import {
  addRow,
  describeGaps,
  type ExcelHost,
  layoutGaps,
  readWorkbookPlan,
  setUpPlan,
  updatePlanLayout,
  WriteRefused,
} from "../../src/workbook";
import type { Workbook } from "../../src/simulator/workbook";
import { OWNER_ALERT } from "../../src/workbook/owner-list";
import { emptyWorkbook, person, seat } from "./sim";

const rule = (wb: Workbook, sheet: string, address: string) =>
  wb.validationAt(wb.sheet(sheet), wb.resolveAddress(address, wb.sheet(sheet)).rect);

const OLD_SETTINGS: [string, string | number][] = [
  ["Plan starts", "2027-01"],
  ["Currency", "USD"],
  ["Annual budget cap", 400000],
  ["Follow-up window (months)", 1],
  ["Air-cover window (months)", 1],
  ["Siloed spend threshold", 0.5],
  ["Response SLA (hours)", 24],
];

/** One table as a person set it up by hand: headers, then rows, on its own sheet. */
function table(wb: Workbook, name: string, headers: string[], rows: Row[]) {
  wb.addSheet(name);
  const values = [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ""))];
  const last = String.fromCharCode(64 + headers.length);
  const address = `A1:${last}${Math.max(2, values.length)}`;
  person(wb).setValues(name, `A1:${last}${values.length}`, values as (string | number)[][]);
  person(wb).addTable(name, address, name);
}

/** A plan as "Set up plan" made it before issues 10–12: five tables, the old columns and settings. */
function oldPlan(wb: Workbook) {
  const sample = samplePlan(2027);
  table(
    wb,
    "Settings",
    ["Setting", "Value"],
    OLD_SETTINGS.map(([Setting, Value]) => ({ Setting, Value }))
  );
  table(wb, "Lanes", ["Lane", "Side"], sample.lanes);
  table(
    wb,
    "Activities",
    [
      "ID",
      "Activity",
      "Lane",
      "Team",
      "Campaign",
      "Start",
      "End",
      "Expected leads",
      "Follow-up hours",
      "Notes",
    ],
    sample.activities
  );
  table(
    wb,
    "Budget",
    ["Line", "Team", "Lane", "Campaign", "Status", ...Object.keys(sample.budget[0]).slice(5)],
    sample.budget
  );
  table(
    wb,
    "Results",
    ["Month", "Channel", "Lane", "Campaign", "Spend", "Leads", "Qualified", "Closed", "Revenue"],
    sample.results
  );
}

/** Every cell's formula or value on every sheet, to prove nothing was changed. */
function snapshot(wb: Workbook) {
  return Object.fromEntries(
    wb.sheets.map((s) => [s.name, person(wb).getFormulas(s.name, "A1:AD40")])
  );
}

/** Makes the batches that add table columns fail once, as an interrupted update would. */
function failingColumnsOnce(host: ExcelHost): ExcelHost {
  let failed = false;
  return {
    ...host,
    run: (batch) =>
      host.run(async (context) => {
        const tables = context.workbook.tables;
        const getItem = tables.getItem.bind(tables);
        tables.getItem = (name: string) => {
          const t = getItem(name);
          const add = t.columns.add.bind(t.columns);
          t.columns.add = ((...args: Parameters<typeof add>) => {
            if (!failed) {
              failed = true;
              context.sync = (() =>
                Promise.reject(new Error("connection lost"))) as typeof context.sync;
            }
            return add(...args);
          }) as typeof add;
          return t;
        };
        return batch(context);
      }),
  };
}

describe("Set up plan: the newer layout", () => {
  test("a new plan has the funnel and measurement settings with their defaults, and lacks nothing", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    expect(person(wb).getValues("Settings", "A9:B13")).toEqual([
      ["Average deal size", ""],
      ["Lead-to-close rate", ""],
      ["Sales cycle (months)", 0],
      ["Follow-up target", 0.9],
      ["Channel shift threshold", 0.3],
    ]);
    expect(wb.numberFormatAt(wb.sheet("Settings"), 11, 1)).toBe("0%");
    const read = await readWorkbookPlan(host);
    expect(layoutGaps(read)).toEqual({ tables: [], columns: [], settings: [] });
    const check = checkPlan(read.input);
    expect(check.problems).toEqual([]);
    expect(check.metrics.scorecard.sales.followUpTarget).toBe(0.9);
  });

  test("dropdowns: an activity's Door from the Doors table, a door's Owner from the sales lanes (ExcelApi 1.8)", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: samplePlan(2027) });
    if (!client.supports("1.8")) {
      expect(rule(wb, "Doors", "A1:C20")).toBeNull();
      expect(rule(wb, "Activities", "K1:K20")).toBeNull();
      return;
    }
    expect(rule(wb, "Activities", "K2")).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Doors[Door]")' },
    });
    expect(rule(wb, "Doors", "B2")).toEqual({
      list: { inCellDropDown: true, source: "Field sales,Inside sales" },
      errorAlert: OWNER_ALERT,
    });
    // A baseline is history: no dropdowns on it.
    expect(rule(wb, "Baselines", "A2:S2")).toBeNull();
  });
});

describe("Update plan layout", () => {
  test("adds to an old plan the tables, columns and settings it lacks, changing none of its cells", async () => {
    const wb = emptyWorkbook();
    wb.addSheet("Notes");
    person(wb).setValues("Notes", "A1:B2", [
      ["keep", "=1+1"],
      ["these", "too"],
    ]);
    oldPlan(wb);
    const { host, client } = seat(wb);
    const read = await readWorkbookPlan(host);
    const gaps = layoutGaps(read);
    expect(gaps).toEqual({
      tables: ["Doors", "Targets", "Baselines"],
      columns: [
        { table: "Lanes", header: "Capacity" },
        { table: "Activities", header: "Door" },
        { table: "Results", header: "Followed up" },
      ],
      settings: [
        "Average deal size",
        "Lead-to-close rate",
        "Sales cycle (months)",
        "Follow-up target",
        "Channel shift threshold",
      ],
    });
    expect(describeGaps(gaps)).toBe(
      "the Doors, Targets and Baselines tables, the Capacity column of Lanes, the Door column of Activities, the Followed up column of Results and the settings Average deal size, Lead-to-close rate, Sales cycle (months), Follow-up target and Channel shift threshold"
    );
    const before = snapshot(wb);
    const problemsBefore = checkPlan(read.input).problems;

    const result = await updatePlanLayout(host);
    expect(result.added).toEqual(gaps);
    expect(result.dropdowns).toBe(client.supports("1.8"));
    // Every cell that was there is as it was; only new columns, rows and sheets were added.
    const after = snapshot(wb);
    for (const [sheet, cells] of Object.entries(before))
      cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== "") expect([sheet, r, c, after[sheet][r][c]]).toEqual([sheet, r, c, value]);
        })
      );
    expect(person(wb).tableAddress("Lanes")).toBe("Lanes!A1:C5");
    expect(person(wb).getValues("Lanes", "C1")[0][0]).toBe("Capacity");
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K14");
    expect(person(wb).getValues("Activities", "K1")[0][0]).toBe("Door");
    expect(person(wb).tableAddress("Results")).toBe("Results!A1:J10");
    expect(person(wb).getValues("Settings", "A9:B13")).toEqual([
      ["Average deal size", ""],
      ["Lead-to-close rate", ""],
      ["Sales cycle (months)", 0],
      ["Follow-up target", 0.9],
      ["Channel shift threshold", 0.3],
    ]);
    for (const name of ["Doors", "Targets", "Baselines"])
      expect(person(wb).tableAddress(name).startsWith(`${name}!A1:`)).toBe(true);
    if (client.supports("1.8"))
      expect(rule(wb, "Activities", "K2:K14")).toEqual({
        list: { inCellDropDown: true, source: '=INDIRECT("Doors[Door]")' },
      });
    else expect(rule(wb, "Activities", "K2:K14")).toBeNull();

    const reread = await readWorkbookPlan(host);
    expect(layoutGaps(reread)).toEqual({ tables: [], columns: [], settings: [] });
    expect(checkPlan(reread.input).problems).toEqual(problemsBefore);
    // Nothing left to add: a second run reads once and writes nothing.
    client.stats.reset();
    const again = snapshot(wb);
    await updatePlanLayout(host);
    expect(client.stats.syncs).toBe(1);
    expect(snapshot(wb)).toEqual(again);
  });

  test("a plan that has some of the pieces gets only the others", async () => {
    const wb = emptyWorkbook();
    oldPlan(wb);
    const { host } = seat(wb);
    await setUpPlan(host, {}); // an older Set up plan that added the optional tables only
    await addRow(host, "Settings", { Setting: "Follow-up target", Value: 0.75 });
    const gaps = layoutGaps(await readWorkbookPlan(host));
    expect(gaps.tables).toEqual([]);
    expect(gaps.settings).not.toContain("Follow-up target");
    const result = await updatePlanLayout(host);
    expect(result.added.tables).toEqual([]);
    expect(result.added.settings).toHaveLength(4);
    const read = await readWorkbookPlan(host);
    expect(layoutGaps(read)).toEqual({ tables: [], columns: [], settings: [] });
    expect(read.input.settings["Follow-up target"]).toBe(0.75); // the person's value is kept
  });

  test("refuses, changing nothing, when a sheet named like a new table holds someone's data", async () => {
    const wb = emptyWorkbook();
    oldPlan(wb);
    wb.addSheet("Targets");
    person(wb).setValues("Targets", "B3", [["our own targets, typed by hand"]]);
    const { host } = seat(wb);
    const before = snapshot(wb);
    const error = await updatePlanLayout(host).catch((e) => e);
    expect(error).toBeInstanceOf(WriteRefused);
    expect(error.message).toMatch(/sheet 'Targets' already holds other data.*Rename that sheet/);
    expect(snapshot(wb)).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(Object.keys(before));
  });

  test("refuses, changing nothing, when a new column would take cells someone keeps right of a table", async () => {
    const wb = emptyWorkbook();
    oldPlan(wb);
    person(wb).setValues("Lanes", "D3", [["my note"]]);
    const { host } = seat(wb);
    const before = snapshot(wb);
    await expect(updatePlanLayout(host)).rejects.toThrow(
      /column C of sheet 'Lanes', right of the Lanes table, which holds other data/
    );
    expect(snapshot(wb)).toEqual(before);
  });

  test("an update interrupted part-way is completed by the next one", async () => {
    const wb = emptyWorkbook();
    oldPlan(wb);
    const { host } = seat(wb);
    await expect(updatePlanLayout(failingColumnsOnce(host))).rejects.toThrow(/connection lost/);
    // The tables were added before it stopped; the columns and settings were not.
    const gaps = layoutGaps(await readWorkbookPlan(host));
    expect(gaps.tables).toEqual([]);
    expect(gaps.settings).toHaveLength(5);
    await updatePlanLayout(host);
    const read = await readWorkbookPlan(host);
    expect(layoutGaps(read)).toEqual({ tables: [], columns: [], settings: [] });
    expect(read.input.activities).toHaveLength(13);
    expect(wb.sheets.map((s) => s.name).filter((n) => / \d+$/.test(n))).toEqual([]);
  });
});
