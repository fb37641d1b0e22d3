/** CSV import of budget lines: the same preview of additions and rejections as activities and results. */
import { parsePlan } from "../../src/domain";
import { detectTable, previewCsv } from "../../src/taskpane/import/csv";

const plan = parsePlan({
  settings: { "Plan starts": "2027-07" },
  activities: [],
  budget: [{ Line: "TV", Team: "Marketing", Jul: 100 }],
});

describe("CSV import of budget lines", () => {
  it("recognises a budget file by its Line and Team columns", () => {
    expect(detectTable(["line", " Team ", "Jan"])).toBe("Budget");
  });

  it("previews lines to add and lines rejected, with reasons", () => {
    const csv = [
      "Line,Team,Lane,Campaign,Status,Jul,Aug,September,Notes",
      'Radio,marketing,Media,Spring,Approved,"1,200",300,50,keep',
      "Print,Finance,Media,,,10,,,",
      "tv,Marketing,,,,5,,,",
      "Fair,Joint,,,Maybe,-5,,,",
      "Radio,Sales,,,,1,,,",
      "=SUM(A1),Joint,,,,,,,",
    ].join("\n");
    const p = previewCsv(csv, plan);
    expect(p.table).toBe("Budget");
    expect(p.ignoredColumns).toEqual(["Notes"]);
    expect(p.accepted.map((r) => r.label)).toEqual(["Radio marketing", "=SUM(A1) Joint"]);
    // Amounts as numbers under the plan's month headers; "September" is the Sep column.
    expect(p.accepted[0].row).toMatchObject({
      Line: "Radio",
      Status: "Approved",
      Jul: 1200,
      Aug: 300,
      Sep: 50,
      Jan: "",
    });
    expect(p.accepted[1].row.Line).toBe("=SUM(A1)");
    expect(p.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(p.rejected[0].reasons.join(" ")).toMatch(/Team/);
    expect(p.rejected[1].reasons.join(" ")).toBe("Line 'tv' is already used. Choose another Line.");
    expect(p.rejected[2].reasons.join(" ")).toMatch(/Status/);
    expect(p.rejected[2].reasons.join(" ")).toMatch(/-5/);
    expect(p.rejected[3].reasons.join(" ")).toMatch(/already used/);
  });
});
