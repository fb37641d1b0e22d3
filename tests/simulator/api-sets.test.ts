/** The requirement-set table is generated from @types/office-js, never edited by hand. */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { apiSetOf, compareSets, isSetSupported } from "../../src/simulator/profile";

const root = join(__dirname, "../..");

test("regenerating the table from @types/office-js gives the checked-in file", () => {
  const generated = execFileSync(
    process.execPath,
    [join(root, "scripts/api-sets.mjs"), "--stdout"],
    {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    }
  );
  expect(generated).toBe(readFileSync(join(root, "src/simulator/server/api-sets.json"), "utf8"));
});

test("regenerating the worksheet function names gives the checked-in file", () => {
  const generated = execFileSync(
    process.execPath,
    [join(root, "scripts/api-sets.mjs"), "--functions"],
    { encoding: "utf8" }
  );
  expect(generated).toBe(readFileSync(join(root, "src/simulator/excel-functions.json"), "utf8"));
});

test("the table holds the sets the issue names (read from the annotations)", () => {
  expect(apiSetOf("Range", "dataValidation")).toBe("1.8");
  expect(apiSetOf("RangeAreas", "select")).toBe("1.18");
  expect(apiSetOf("Range", "values")).toBe("1.1");
});

test("sets compare as versions, not as text", () => {
  expect(compareSets("1.9", "1.10")).toBeLessThan(0);
  expect(isSetSupported({ requirementSet: "1.10" }, "ExcelApi", "1.9")).toBe(true);
  expect(isSetSupported({ requirementSet: "1.9" }, "ExcelApi", "1.10")).toBe(false);
});
