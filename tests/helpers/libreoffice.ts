/** Recalculates a saved .xlsx with LibreOffice (headless) and returns each sheet as CSV rows. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));

/**
 * Opens the workbook in LibreOffice with recalculation forced on load and
 * exports every sheet: the formulas' results as a real spreadsheet engine
 * computes them. Throws when LibreOffice is not installed (CI installs it).
 */
export function recalculate(
  xlsx: Buffer | ArrayBuffer,
  sheets: string[]
): Record<string, string[][]> {
  if (!SOFFICE)
    throw new Error(
      "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "recalc-"));
  const file = path.join(dir, "plan.xlsx");
  fs.writeFileSync(file, Buffer.from(xlsx as ArrayBuffer));
  // A private profile that always recalculates OOXML files on load.
  fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "profile", "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  // Filter options: comma, double quote, UTF-8, ..., formatted=false, and -1 = every sheet, one file each.
  execFileSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "pipe", timeout: 120000 }
  );
  const out: Record<string, string[][]> = {};
  for (const sheet of sheets)
    out[sheet] = Papa.parse<string[]>(
      fs.readFileSync(path.join(dir, `plan-${sheet}.csv`), "utf8")
    ).data;
  return out;
}
