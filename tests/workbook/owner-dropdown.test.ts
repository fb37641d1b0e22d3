/**
 * The Doors table's Owner dropdown offers the Sales-side lanes only (issue 11), written by
 * "Set up plan", "Update plan layout" and "Rebuild sheets" (src/workbook/owner-list.ts).
 */
import ExcelJS from "exceljs";
import { samplePlan } from "../../src/domain";
import { saveXlsx } from "../../src/simulator/xlsx";
import type { Workbook } from "../../src/simulator/workbook";
import { setUpPlan, updatePlanLayout, type ExcelHost } from "../../src/workbook";
import {
  ALL_LANES_SOURCE,
  MAX_LIST_SOURCE,
  OWNER_ALERT,
  ownerListSource,
  refreshOwnerDropdown,
} from "../../src/workbook/owner-list";
import { emptyWorkbook, person, seat } from "./sim";

/** The Owner column's dropdown as Excel's API reports it to an add-in. */
async function ownerDropdown(host: ExcelHost, address = "B2:B3") {
  return host.run(async (context) => {
    const validation = context.workbook.worksheets
      .getItem("Doors")
      .getRange(address)
      .dataValidation.load("rule, errorAlert, valid");
    await context.sync();
    return {
      source: validation.rule.list?.source ?? null,
      style: validation.errorAlert.style,
      valid: validation.valid,
    };
  });
}

const rule = (wb: Workbook, sheet: string, address: string) =>
  wb.validationAt(wb.sheet(sheet), wb.resolveAddress(address, wb.sheet(sheet)).rect);

describe("the Owner dropdown's list", () => {
  test("is the sales lanes, typed, in the Lanes table's order", () => {
    expect(ownerListSource(["Field sales", "Inside sales"])).toBe("Field sales,Inside sales");
  });

  test("falls back to every lane where a typed list cannot say the sales lanes", () => {
    // No sales lane yet: Excel refuses an empty list.
    expect(ownerListSource([])).toBe(ALL_LANES_SOURCE);
    // A comma is Excel's separator; a leading "=" would make the list a formula.
    expect(ownerListSource(["Sales, North", "Inside sales"])).toBe(ALL_LANES_SOURCE);
    expect(ownerListSource(["=Team", "Inside sales"])).toBe(ALL_LANES_SOURCE);
    // Excel refuses a typed list longer than 255 characters.
    const many = Array.from({ length: 30 }, (_, i) => `Regional sales team ${i + 1}`);
    expect(many.join(",").length).toBeGreaterThan(MAX_LIST_SOURCE);
    expect(ownerListSource(many)).toBe(ALL_LANES_SOURCE);
  });
});

describe("Set up plan", () => {
  test("the sample plan's Doors offer its sales lanes, not the marketing ones, with a warning", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: samplePlan(2027) });
    if (!client.supports("1.8")) {
      expect(rule(wb, "Doors", "A1:C20")).toBeNull();
      return;
    }
    expect(await ownerDropdown(host)).toEqual({
      source: "Field sales,Inside sales",
      style: "Warning",
      valid: true,
    });
    // A marketing lane is outside the list (Excel warns; the checker names it as a problem).
    person(wb).setValues("Doors", "B2", [["Media"]]);
    expect((await ownerDropdown(host, "B2")).valid).toBe(false);
    person(wb).setValues("Doors", "B2", [["Field sales"]]);
    expect((await ownerDropdown(host, "B2")).valid).toBe(true);
  });

  test("a plan without lanes offers rules.md's default sales lane", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { planStarts: "2027-01" });
    if (!client.supports("1.8")) return;
    expect((await ownerDropdown(host, "B2")).source).toBe("Field sales");
  });

  test("Doors added to a workbook that has lanes offers the workbook's sales lanes", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    wb.addSheet("Lanes");
    person(wb).setValues("Lanes", "A1:B4", [
      ["Lane", "Side"],
      ["Radio", "Marketing"],
      ["Key accounts", "Sales"],
      ["Shop floor", "sales"],
    ]);
    person(wb).addTable("Lanes", "A1:B4", "Lanes");
    await setUpPlan(host, { planStarts: "2027-01" });
    if (!client.supports("1.8")) return;
    expect((await ownerDropdown(host, "B2")).source).toBe("Key accounts,Shop floor");
  });

  test("the typed list and its warning survive the saved .xlsx (what LibreOffice and Excel open)", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: samplePlan(2027) });
    if (!client.supports("1.8")) return;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await saveXlsx(wb)) as ArrayBuffer);
    expect(back.getWorksheet("Doors")!.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Field sales,Inside sales"'],
      errorStyle: "warning",
      error: OWNER_ALERT.message,
    });
  });
});

describe("Rebuild sheets and Update plan layout refresh it", () => {
  test("a lane moved to the sales side in the sheet is offered after the refresh, not before", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: samplePlan(2027) });
    // A person moves Direct mail (Lanes row 3) to the sales side by hand.
    person(wb).setValues("Lanes", "B3", [["Sales"]]);
    if (client.supports("1.8"))
      expect((await ownerDropdown(host)).source).toBe("Field sales,Inside sales"); // stale until…
    const wrote = await refreshOwnerDropdown(host);
    expect(wrote).toBe(client.supports("1.8"));
    if (!client.supports("1.8")) {
      expect(rule(wb, "Doors", "A1:C20")).toBeNull();
      return;
    }
    expect((await ownerDropdown(host)).source).toBe("Direct mail,Field sales,Inside sales");
    expect((await ownerDropdown(host)).style).toBe("Warning");
  });

  test("without a Doors table, refreshing writes nothing", async () => {
    const wb = emptyWorkbook();
    const { host } = seat(wb);
    expect(await refreshOwnerDropdown(host)).toBe(false);
  });

  test("Update plan layout writes the sales lanes on a Doors table that offered every lane", async () => {
    const wb = emptyWorkbook();
    const { host, client } = seat(wb);
    await setUpPlan(host, { rows: samplePlan(2027) });
    if (!client.supports("1.8")) return;
    // As "Set up plan" left Doors before this fix: every lane; and a setting the layout lacks.
    wb.setValidation(wb.sheet("Doors"), wb.resolveAddress("B2:B3", wb.sheet("Doors")).rect, {
      list: { inCellDropDown: true, source: ALL_LANES_SOURCE },
    });
    // The plan lacks one setting of the newer layout, so the pane offers "Update plan layout".
    const names = person(wb)
      .getValues("Settings", "A2:A30")
      .map((r) => r[0]);
    person(wb).deleteTableRow("Settings", names.indexOf("Channel shift threshold"));
    const result = await updatePlanLayout(host);
    expect(result.added.settings).toEqual(["Channel shift threshold"]);
    expect((await ownerDropdown(host)).source).toBe("Field sales,Inside sales");
  });
});
