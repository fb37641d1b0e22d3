import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { Workbook } from "../../src/simulator/workbook";
import { saveXlsx } from "../../src/simulator/xlsx";

function sample(): Workbook {
  const wb = new Workbook();
  wb.addSheet("Budget");
  wb.addSheet("Summary");
  wb.setValues("Budget", "A1", [
    ["Team", "Mar", "Status"],
    ["Sales", 10, "Draft"],
    ["Marketing", 20, "Approved"],
    ["Sales", 5, "Proposed"],
  ]);
  wb.addTableByHand("Budget", "A1:C4", "Budget");
  wb.sheet("Budget").frozenRows = 1;
  wb.setValidation(
    wb.sheet("Budget"),
    { r0: 1, c0: 2, r1: 3, c1: 2 },
    { list: { inCellDropDown: true, source: "Draft,Proposed,Approved" } }
  );
  wb.setNumberFormat(wb.sheet("Budget"), { r0: 1, c0: 1, r1: 3, c1: 1 }, "#,##0");
  wb.setCell("Summary", "A1", '=SUMIFS(Budget[Mar],Budget[Team],"Sales")');
  wb.setNumberFormat2("Summary", "B1", "@");
  wb.setCell("Summary", "B1", "=not a formula");
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

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  (soffice ? test : test.skip)(
    "LibreOffice recalculates a SUMIFS over the table",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-xlsx-"));
      const file = path.join(dir, "plan.xlsx");
      fs.writeFileSync(file, (await saveXlsx(sample())) as Buffer);
      // A private LibreOffice profile that always recalculates OOXML files on load.
      fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
      fs.writeFileSync(
        path.join(dir, "profile", "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
      );
      // Filter options: separator, quote, UTF-8, first line, ..., and as the 12th token the sheet to export (-1 = all, one file per sheet).
      execFileSync(
        soffice!,
        [
          "--headless",
          `-env:UserInstallation=file://${dir}/profile`,
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          dir,
          file,
        ],
        { stdio: "pipe", timeout: 90000 }
      );
      const summary = fs.readFileSync(path.join(dir, "plan-Summary.csv"), "utf8");
      expect(summary.split(/\r?\n/)[0]).toBe("15,=not a formula");
    },
    120000
  );
});
