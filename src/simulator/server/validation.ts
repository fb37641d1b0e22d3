// Excel.DataValidation: list rules per area.
import { qualifiedAddress } from "../address";
import { fail } from "../errors";
import { ListValidationRule, ValidationErrorAlert, Workbook } from "../workbook";
import { Obj } from "./objects";
import { RangeObj } from "./ranges";

/** Excel's alert when none was set: a typed value outside the list is refused. */
const DEFAULT_ALERT: ValidationErrorAlert = {
  showAlert: true,
  style: "Stop",
  title: "",
  message: "",
};

export class DataValidationObj extends Obj {
  readonly type = "DataValidation";
  constructor(
    wb: Workbook,
    readonly range: RangeObj
  ) {
    super(wb);
  }
  override scalars() {
    return ["Type", "Rule", "IgnoreBlanks", "Valid", "ErrorAlert"];
  }
  override get(name: string) {
    const rule = this.wb.validationAt(this.range.sheet, this.range.rect);
    switch (name) {
      case "Type":
        return rule === null ? "None" : rule === "mixed" ? "Inconsistent" : "List";
      case "Rule":
        return rule === null || rule === "mixed" ? {} : { list: { ...rule.list } };
      case "IgnoreBlanks":
        return true;
      case "ErrorAlert":
        return rule === null || rule === "mixed" || !rule.errorAlert
          ? { ...DEFAULT_ALERT }
          : { ...rule.errorAlert };
      case "Valid": {
        if (rule === null) return true;
        if (rule === "mixed") return null;
        const allowed = rule.list.source.split(",").map((x) => x.trim().toLowerCase());
        const { sheet, rect } = this.range;
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++) {
            const v = this.wb.valueAt(sheet, r, c);
            if (v !== "" && !allowed.includes(String(v).toLowerCase())) return false;
          }
        return true;
      }
    }
    return super.get(name);
  }
  override set(name: string, value: unknown) {
    if (name === "IgnoreBlanks") return;
    if (name === "ErrorAlert") {
      // Excel keeps the alert with the rule of the cells; with no rule there is nothing to alert on.
      const rule = this.wb.validationAt(this.range.sheet, this.range.rect);
      if (rule === null || rule === "mixed")
        fail(
          "NotImplemented",
          "The simulator sets an error alert only over cells of one list rule."
        );
      const v = (value ?? {}) as Partial<ValidationErrorAlert>;
      const before = rule.errorAlert ?? DEFAULT_ALERT;
      const style = v.style ?? before.style;
      if (!["Stop", "Warning", "Information"].includes(style))
        fail("InvalidArgument", `The error alert style '${String(style)}' is not one of Excel's.`);
      this.wb.setValidation(this.range.sheet, this.range.rect, {
        ...rule,
        errorAlert: {
          showAlert: v.showAlert ?? before.showAlert,
          style,
          title: v.title ?? before.title,
          message: v.message ?? before.message,
        },
      });
      return;
    }
    if (name === "Rule") {
      const v = value as { list?: { inCellDropDown?: boolean; source?: unknown } } | null;
      if (!v || typeof v !== "object" || !v.list || v.list.source === undefined) {
        fail(
          "NotImplemented",
          "The simulator only implements list data validation rules ({ list: { inCellDropDown, source } })."
        );
      }
      let source = v.list.source;
      if (source instanceof RangeObj)
        source = `=${qualifiedAddress(source.sheet.name, source.rect)}`;
      if (typeof source !== "string" || source === "")
        fail("InvalidArgument", "The list source must be a non-empty string.");
      const rule: ListValidationRule = {
        list: { inCellDropDown: v.list.inCellDropDown !== false, source },
      };
      this.wb.setValidation(this.range.sheet, this.range.rect, rule);
      return;
    }
    super.set(name, value);
  }
  override call(name: string, args: unknown[]) {
    if (name === "Clear") {
      this.wb.setValidation(this.range.sheet, this.range.rect, null);
      return null;
    }
    return super.call(name, args);
  }
}
