/** CSV import: columns mapped by header, every row validated with the domain's schemas, before any write. */
import { parsePlan } from "../../src/domain";
import { detectTable, mapColumns, parseCsv, previewCsv } from "../../src/taskpane/import/csv";
import { settingCell, settingError, settingText } from "../../src/taskpane/model/settings";

const plan = parsePlan({
  settings: { "Plan starts": "2027-01" },
  activities: [{ ID: "A-1", Activity: "TV", Lane: "Media", Team: "Marketing", Start: "2027-02" }],
  budget: [],
});

describe("CSV import", () => {
  it("maps columns case-insensitively and ignores unknown ones", () => {
    const m = mapColumns(
      [" id ", "ACTIVITY", "follow-up HOURS", "Owner"],
      ["ID", "Activity", "Follow-up hours"]
    );
    expect([...m]).toEqual([
      [" id ", "ID"],
      ["ACTIVITY", "Activity"],
      ["follow-up HOURS", "Follow-up hours"],
      ["Owner", null],
    ]);
    expect(detectTable(["Month", "channel", "Leads"])).toBe("Results");
    expect(detectTable(["foo"])).toBeNull();
  });

  it("parses a header row, a BOM and quoted fields", () => {
    const { headers, records } = parseCsv('\uFEFF ID ,Activity\nA-2,"Webinar, part 1"\n\n');
    expect(headers).toEqual(["ID", "Activity"]);
    expect(records).toEqual([{ ID: "A-2", Activity: "Webinar, part 1" }]);
  });

  it("previews activities: rows to add, rows rejected with reasons", () => {
    const csv = [
      "id,activity,lane,team,campaign,start,end,expected leads,Owner",
      'A-2,Webinar,media,marketing,Spring,Mar 2027,2027-04,"1,200",Ann',
      "A-3,,Nowhere,Sales,,Marhc,,x,Bob",
      "a-1,Duplicate of existing,Media,Marketing,,2027-01,,,",
      "A-2,Duplicate in file,Media,Marketing,,2027-01,,,",
      "=HYPERLINK(1),Formula-like ID,Media,Joint,,2027-05,,,",
    ].join("\n");
    const p = previewCsv(csv, plan);
    expect(p.table).toBe("Activities");
    expect(p.ignoredColumns).toEqual(["Owner"]);
    expect(p.accepted.map((r) => r.line)).toEqual([2, 6]);
    const first = p.accepted[0].row;
    expect(first).toMatchObject({
      ID: "A-2",
      Lane: "media",
      Start: "2027-03",
      End: "2027-04",
      "Expected leads": 1200,
    });
    expect(p.accepted[1].row.ID).toBe("=HYPERLINK(1)");
    expect(p.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    const bad = p.rejected[0].reasons.join(" ");
    expect(bad).toMatch(/Activity is required/);
    expect(bad).toMatch(/not one of the lanes/);
    expect(bad).toMatch(/Marhc/);
    expect(p.rejected[1].reasons.join(" ")).toMatch(/already used/);
    expect(p.rejected[2].reasons.join(" ")).toMatch(/already used/);
  });

  it("previews results and rejects Closed above Leads", () => {
    const csv =
      "Month,Channel,Spend,Leads,Closed\n2027-03,TV,100,10,2\nMar 2027,Radio,,5,9\n2027-03,Web,,,\n";
    const p = previewCsv(csv, plan);
    expect(p.table).toBe("Results");
    expect(p.accepted.map((r) => r.row.Channel)).toEqual(["TV", "Web"]);
    expect(p.accepted[0].row).toMatchObject({ Month: "2027-03", Spend: 100, Leads: 10, Closed: 2 });
    // Blank stays blank (not reported), never 0.
    expect(p.accepted[1].row.Spend).toBe("");
    expect(p.rejected).toHaveLength(1);
    expect(p.rejected[0].line).toBe(3);
  });

  it("says when the file is neither activities, results nor budget lines", () => {
    const p = previewCsv("a,b\n1,2\n", plan);
    expect(p.table).toBeNull();
    expect(p.errors[0]).toMatch(/matches none of Activities .*, Results .* or Budget/);
  });
});

describe("settings form", () => {
  it("turns typed text into the cell to save", () => {
    expect(settingCell("Siloed spend threshold", "40%")).toBeCloseTo(0.4);
    expect(settingCell("Annual budget cap", "1,000,000")).toBe(1000000);
    expect(settingCell("Currency", " EUR ")).toBe("EUR");
    expect(settingCell("Annual budget cap", "")).toBe("");
    expect(settingText("Siloed spend threshold", 0.5)).toBe("50%");
  });
  it("validates with the checker's reader", () => {
    expect(settingError("Follow-up window (months)", 2)).toBeNull();
    expect(settingError("Follow-up window (months)", 7)).toBeTruthy();
    expect(settingError("Plan starts", "Marhc")).toBeTruthy();
    expect(settingError("Plan starts", "2027-04")).toBeNull();
    // The form refuses the value, so the sheet's "default is used" tail (the cap's too) is dropped.
    expect(settingError("Annual budget cap", "about 300k")).toMatch(
      /^Annual budget cap 'about 300k' is not a number; it should be [^.]*\.$/
    );
    expect(settingError("Annual budget cap", "about 300k")).not.toMatch(/default|no cap/);
  });
});

describe("settings as people read them", () => {
  it("shows Plan starts as a month, not the date's serial", () => {
    expect(settingText("Plan starts", 46388)).toBe("Jan 2027");
    expect(settingText("Plan starts", "2027-03")).toBe("Mar 2027");
    expect(settingText("Plan starts", "Marhc")).toBe("Marhc"); // shown as it stands, to be fixed
    expect(settingText("Plan starts", null)).toBe("");
  });
  it("saves Plan starts in any form the checker reads as YYYY-MM (written as a real date)", () => {
    for (const typed of ["Jan 2027", "January 2027", "2027-01", " jan 2027 "])
      expect(settingCell("Plan starts", typed)).toBe("2027-01");
    expect(settingError("Plan starts", settingCell("Plan starts", "Jan 2027"))).toBeNull();
    // What the checker cannot read stays as typed and gets the checker's message.
    expect(settingCell("Plan starts", "Jan")).toBe("Jan");
    expect(settingError("Plan starts", settingCell("Plan starts", "Jan"))).toMatch(/needs a year/);
  });
  it("shows the threshold as a percentage when it is a share, else as it stands", () => {
    expect(settingText("Siloed spend threshold", 0.5)).toBe("50%");
    expect(settingText("Siloed spend threshold", 0.333)).toBe("33.3%");
    expect(settingText("Siloed spend threshold", "0.4")).toBe("40%");
    expect(settingText("Siloed spend threshold", "50%")).toBe("50%");
    expect(settingText("Siloed spend threshold", 50)).toBe("50"); // not a share: not "5000%"
    expect(settingText("Annual budget cap", 0.5)).toBe("0.5");
  });
});
