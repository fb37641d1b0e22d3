import { samplePlan } from "../../src/domain";
import {
  addRows,
  readWorkbookPlan,
  rowRuns,
  saveSetting,
  selectRows,
  selectSetting,
  setUpPlan,
  WriteRefused,
} from "../../src/workbook";
import { emptyWorkbook, person, PROFILE, seat } from "./sim";

async function sampleWorkbook() {
  const wb = emptyWorkbook();
  const me = seat(wb);
  await setUpPlan(me.host, { rows: samplePlan(2027) });
  return { wb, me };
}

describe("bulk append (import)", () => {
  test("appends all rows below the table in one write, after checking their IDs", async () => {
    const { wb, me } = await sampleWorkbook();
    me.client.stats.reset();
    const rows = await addRows(me.host, "Results", [
      { Month: "2027-05", Channel: "Webinar", Leads: 40, Closed: null },
      { Month: "2027-06", Channel: "Webinar", Leads: 35, Closed: 3 },
    ]);
    // Read, then write and check; where Excel does not grow tables, two more move the rows in.
    expect(me.client.stats.syncs).toBe(PROFILE.autoExpandTables === false ? 4 : 2);
    expect(rows).toEqual([10, 11]);
    expect(person(wb).tableAddress("Results")).toBe("Results!A1:J12");
    const read = await readWorkbookPlan(me.host);
    expect(read.input.results!.slice(-2).map((r) => r.Channel)).toEqual(["Webinar", "Webinar"]);
  });

  test("refuses the whole import when an ID is already used or repeated, and writes nothing", async () => {
    const { wb, me } = await sampleWorkbook();
    const base = { Activity: "x", Lane: "Media", Team: "Marketing", Start: "2027-01" };
    await expect(
      addRows(me.host, "Activities", [
        { ...base, ID: "N-1" },
        { ...base, ID: "A-03" },
      ])
    ).rejects.toThrow(/ID 'A-03' is already used by row 3/);
    await expect(
      addRows(me.host, "Activities", [
        { ...base, ID: "N-1" },
        { ...base, ID: "n-1" },
      ])
    ).rejects.toThrow(/appears twice/);
    expect(person(wb).tableAddress("Activities")).toBe("Activities!A1:K14");
  });
});

describe("bulk append of non-ASCII text", () => {
  test("20,000 rows of Japanese text all arrive, in the fewest requests Excel's 5 MB (UTF-8 bytes) allows", async () => {
    const { me } = await sampleWorkbook();
    // Three bytes a character in UTF-8, one UTF-16 unit: counted in units, a request would be 3x too big.
    const campaign = "春の新製品発表会と販売店向け説明会の合同キャンペーン".repeat(3);
    const rows = Array.from({ length: 20000 }, (_, i) => ({
      Month: "2027-03",
      Channel: `展示会・セミナー ${i}`,
      Lane: "Media",
      Campaign: campaign,
      Spend: 1000 + i,
      Leads: 5,
    }));
    const before = (await readWorkbookPlan(me.host)).input.results!.length;
    me.client.stats.reset();
    await addRows(me.host, "Results", rows);
    const { syncs, requestBytes } = me.client.stats;
    // The simulator refuses any request over 5 MB, so arriving at all proves each one was under it.
    expect(requestBytes).toBeGreaterThan(5 * 1024 * 1024); // more than one request is needed
    expect(syncs).toBeLessThanOrEqual(Math.ceil(requestBytes / (5 * 1024 * 1024)) + 2);
    const read = await readWorkbookPlan(me.host);
    expect(read.input.results).toHaveLength(before + 20000);
    expect(read.input.results![before + 19999]).toMatchObject({
      Channel: "展示会・セミナー 19999",
    });
    // Each row exactly once: none lost, none written twice.
    expect(new Set(read.input.results!.slice(before).map((r) => r.Channel)).size).toBe(20000);
  });
});

describe("bulk append of many short rows", () => {
  // Inserted table rows cost more than their values and formats: the empty rows that
  // TableRowCollection.add creates are sent too. Short rows make that share large.
  test("20,000 short rows all arrive, each request under Excel's 5 MB", async () => {
    const { me } = await sampleWorkbook();
    const rows = Array.from({ length: 20000 }, (_, i) => ({
      Month: "2027-02",
      Channel: `展示会のお問い合わせ ${i} 東京・大阪・名古屋の販売店からの紹介`,
      Lane: "Media",
      Campaign: `春のキャンペーン ${i % 50}`,
      Spend: i,
      Leads: i % 40,
    }));
    const before = (await readWorkbookPlan(me.host)).input.results!.length;
    // The simulator refuses any request over 5 MB: arriving at all proves each was under it.
    await addRows(me.host, "Results", rows);
    const read = await readWorkbookPlan(me.host);
    expect(read.input.results).toHaveLength(before + 20000);
    expect(new Set(read.input.results!.slice(before).map((r) => r.Channel)).size).toBe(20000);
  });
});

describe("settings", () => {
  test("saves a setting's value in place, as the right kind of cell", async () => {
    const { wb, me } = await sampleWorkbook();
    await saveSetting(me.host, "Annual budget cap", 400000, 450000);
    await saveSetting(me.host, "Plan starts", "2027-01", "2027-04");
    expect(person(wb).getValues("Settings", "B4")[0][0]).toBe(450000);
    expect(person(wb).getValues("Settings", "B2")[0][0]).toBe(46478); // 2027-04-01 as a date
    expect(wb.numberFormatAt(wb.sheet("Settings"), 1, 1)).toBe("mmm yyyy");
  });

  test("refuses when a co-author changed the setting meanwhile, and adds a setting that is missing", async () => {
    const { wb, me } = await sampleWorkbook();
    person(wb).setCell("Settings", "B8", 48);
    await expect(saveSetting(me.host, "Response SLA (hours)", 24, 12)).rejects.toBeInstanceOf(
      WriteRefused
    );
    expect(person(wb).getValues("Settings", "B8")[0][0]).toBe(48);
    person(wb).deleteTableRow("Settings", 1); // Currency
    await saveSetting(me.host, "Currency", null, "EUR");
    const read = await readWorkbookPlan(me.host);
    expect(read.input.settings.Currency).toBe("EUR");
  });
});

describe("navigation", () => {
  test("groups rows into runs", () => {
    expect(rowRuns([9, 3, 4, 5, 4])).toEqual([
      [3, 5],
      [9, 9],
    ]);
  });

  test("selects a row of a table on its sheet", async () => {
    const { wb, me } = await sampleWorkbook();
    const read = await readWorkbookPlan(me.host);
    await selectRows(me.host, read.tables.Activities!, [7]);
    expect(wb.selection).toEqual({
      sheetId: wb.sheet("Activities").id,
      rect: { r0: 7, c0: 0, r1: 7, c1: 10 },
    });
    expect(wb.activeSheetId).toBe(wb.sheet("Activities").id);
    await selectRows(me.host, read.tables.Budget!, [2, 3]);
    expect(wb.selection).toEqual({
      sheetId: wb.sheet("Budget").id,
      rect: { r0: 2, c0: 0, r1: 3, c1: 16 },
    });
  });

  test("selects a setting's Value cell on the Settings sheet, found by the setting's name", async () => {
    const { wb, me } = await sampleWorkbook();
    const read = await readWorkbookPlan(me.host);
    const settings = read.tables.Settings!;
    await selectSetting(me.host, settings, "annual BUDGET cap");
    const values = person(wb).getValues("Settings", "A1:B20") as unknown[][];
    const row = values.findIndex((r) => r[0] === "Annual budget cap");
    expect(row).toBeGreaterThan(0);
    expect(wb.selection).toEqual({
      sheetId: wb.sheet("Settings").id,
      rect: { r0: row, c0: 1, r1: row, c1: 1 },
    });
    expect(wb.activeSheetId).toBe(wb.sheet("Settings").id);
    // A setting the table does not have: nothing is selected anew.
    await selectRows(me.host, read.tables.Activities!, [2]);
    await selectSetting(me.host, settings, "No such setting");
    expect(wb.selection?.sheetId).toBe(wb.sheet("Activities").id);
  });

  test("separate blocks are selected together only from ExcelApi 1.18 (RangeAreas.select); below, the first", async () => {
    const { wb, me } = await sampleWorkbook();
    const read = await readWorkbookPlan(me.host);
    const minor = (version: string) => Number(version.split(".")[1]);
    // An Excel at 1.9 has Worksheet.getRanges but cannot select the areas; the add-in asks the host,
    // not a global Office (here answering like that Excel, too).
    const office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => minor(v) <= 9 } },
    };
    (globalThis as { Office?: unknown }).Office = office;
    try {
      const host = { ...me.host, isSetSupported: (_: string, v: string) => minor(v) <= 9 };
      me.client.stats.reset();
      await selectRows(host, read.tables.Activities!, [2, 3, 7]);
      expect(me.client.stats.syncs).toBe(1);
      expect(wb.selection).toEqual({
        sheetId: wb.sheet("Activities").id,
        rect: { r0: 2, c0: 0, r1: 3, c1: 10 },
      });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
