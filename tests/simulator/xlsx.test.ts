import ExcelJS from "exceljs";
import { person } from "../../src/simulator/person";
import { Workbook } from "../../src/simulator/workbook";
import { saveXlsx } from "../../src/simulator/xlsx";
import { recalculate } from "../helpers/libreoffice";

function sample(): Workbook {
  const wb = new Workbook();
  wb.addSheet("Budget");
  wb.addSheet("Summary");
  person(wb).setValues("Budget", "A1", [
    ["Team", "Mar", "Status"],
    ["Sales", 10, "Draft"],
    ["Marketing", 20, "Approved"],
    ["Sales", 5, "Proposed"],
  ]);
  person(wb).addTable("Budget", "A1:C4", "Budget");
  wb.sheet("Budget").frozenRows = 1;
  wb.setValidation(
    wb.sheet("Budget"),
    { r0: 1, c0: 2, r1: 3, c1: 2 },
    { list: { inCellDropDown: true, source: "Draft,Proposed,Approved" } }
  );
  wb.setNumberFormat(wb.sheet("Budget"), { r0: 1, c0: 1, r1: 3, c1: 1 }, "#,##0");
  person(wb).setCell("Summary", "A1", '=SUMIFS(Budget[Mar],Budget[Team],"Sales")');
  person(wb).setNumberFormat("Summary", "B1", "@");
  person(wb).setCell("Summary", "B1", "=not a formula");
  return wb;
}

describe("saveXlsx", () => {
  test("writes sheets, a real table, formulas as text, validation, formats and frozen panes", async () => {
    const buf = await saveXlsx(sample());
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as ArrayBuffer);
    const budget = back.getWorksheet("Budget")!;
    const table = budget.getTable("Budget") as unknown as {
      table: { ref: string; tableRef?: string; columns: { name: string }[] };
    };
    expect(table.table.columns.map((c) => c.name)).toEqual(["Team", "Mar", "Status"]);
    expect(budget.getCell("B2").numFmt).toBe("#,##0");
    expect(budget.getCell("C3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Draft,Proposed,Approved"'],
    });
    expect(budget.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const summary = back.getWorksheet("Summary")!;
    expect((summary.getCell("A1").value as ExcelJS.CellFormulaValue).formula).toBe(
      'SUMIFS(Budget[Mar],Budget[Team],"Sales")'
    );
    expect(summary.getCell("B1").value).toBe("=not a formula");
  });

  // No skip when LibreOffice is missing: recalculate() fails loudly (CI installs it).
  test("LibreOffice recalculates a SUMIFS over the table", async () => {
    const { Summary } = recalculate(await saveXlsx(sample()), ["Summary"]);
    expect(Summary[0]).toEqual(["15", "=not a formula"]);
  }, 120000);
});

test("a workbook on the 1904 date system is saved as one", async () => {
  for (const date1904 of [false, true]) {
    const wb = new Workbook({ date1904 });
    wb.addSheet("Plan");
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await saveXlsx(wb)) as ArrayBuffer);
    expect(Boolean(loaded.properties.date1904)).toBe(date1904);
  }
});
