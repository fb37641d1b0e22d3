/** Settings form: text typed by a person → the cell to save, validated with the checker's own reader. Pure. */
import { type Cell, readSettings, SETTING } from "../../workbook";

/** The value typed for a setting, as the cell to write: numbers as numbers, "50%" as 0.5. */
export function settingCell(setting: string, text: string): Cell {
  const t = text.trim();
  if (t === "") return "";
  if (setting === SETTING.planStarts || setting === SETTING.currency) return t;
  const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (percent) return Number(percent[1]) / 100;
  const plain = t.replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : t;
}

/** The checker's message when the value is not valid for the setting, or null. */
export function settingError(setting: string, value: Cell): string | null {
  const { problems } = readSettings({ [SETTING.planStarts]: "2000-01", [setting]: value });
  const problem = problems.find((p) => p.column?.toLowerCase() === setting.toLowerCase());
  if (!problem) return null;
  return problem.message.replace(/ The default is used until it is fixed\.$/, "");
}

/** A setting's cell as text for its input. */
export function settingText(setting: string, value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (setting === SETTING.siloedSpendThreshold && typeof value === "number")
    return `${Math.round(value * 1000) / 10}%`;
  return String(value);
}
