/** How one value is written into one cell: its value and its number format. */
import { type Cell, DEMAND_SETTING, SETTING, sameName } from "../domain";
import { type ColumnKind, DATE_TIME_FORMAT, MONTH_FORMAT, TEXT_FORMAT } from "./layout";

export interface CellWrite {
  value: string | number | boolean;
  format: string;
}

/** Excel's serial number (1900 date system) of the first day of a `YYYY-MM` month. */
export function monthSerial(month: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(month.trim());
  if (!m) return null;
  const monthIndex = Number(m[2]) - 1;
  if (monthIndex < 0 || monthIndex > 11) return null;
  // Days since 1899-12-30, Excel's day 0 for every date after February 1900.
  return Date.UTC(Number(m[1]), monthIndex, 1) / 86_400_000 + 25_569;
}

/**
 * The write for a value in a column of the given kind. Every string is written
 * with the text format, so that a name a person typed, like "=HYPERLINK(…)" or
 * "+1", can never become a formula; months become real dates.
 */
export function cellWrite(kind: ColumnKind, value: Cell, currencyFormat: string): CellWrite {
  if (value === null || value === "") return { value: "", format: "General" };
  if (typeof value === "string" && kind === "month") {
    const serial = monthSerial(value);
    if (serial !== null) return { value: serial, format: MONTH_FORMAT };
  }
  if (typeof value === "string") return { value, format: TEXT_FORMAT };
  if (typeof value === "number" && kind === "month") return { value, format: MONTH_FORMAT };
  if (typeof value === "number" && kind === "date") return { value, format: DATE_TIME_FORMAT };
  if (typeof value === "number" && kind === "amount") return { value, format: currencyFormat };
  return { value, format: "General" };
}

/** The kind of cell a setting's Value is: a month for Plan starts, an amount for the cap, else a number. */
export function settingKind(setting: Cell | undefined): ColumnKind {
  if (sameName(setting, SETTING.planStarts)) return "month";
  if (sameName(setting, SETTING.annualBudgetCap)) return "amount";
  if (sameName(setting, DEMAND_SETTING.averageDealSize)) return "amount";
  return "number";
}

/** Settings that are shares (0..1), shown as percentages. */
const SHARES: readonly string[] = [
  SETTING.siloedSpendThreshold,
  SETTING.followUpTarget,
  SETTING.channelShiftThreshold,
  DEMAND_SETTING.leadToCloseRate,
];

/** A setting's Value as written; a share (e.g. the siloed spend threshold) is shown as a percentage. */
export function settingWrite(
  setting: Cell | undefined,
  value: Cell,
  currencyFormat: string
): CellWrite {
  if (SHARES.some((name) => sameName(setting, name)) && typeof value === "number")
    return { value, format: "0%" };
  return cellWrite(settingKind(setting), value, currencyFormat);
}
