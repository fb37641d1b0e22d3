/**
 * Saving a baseline (docs/rules.md, Baselines and approvals): the name a person
 * chooses, and the Baselines rows a copy of today's budget becomes. Pure; the
 * workbook layer reads the plan, asks here, and appends what this returns.
 */
import { BUDGET_BASE_COLUMNS } from "./columns";
import { MONTH_ABBREVIATIONS } from "./months";
import { nameKey, valueByName } from "./names";
import type { Plan, Row } from "./types";

const DAY_MS = 86400000;
/** Excel serial 0 is 30 Dec 1899 for every date from 1 Mar 1900 on. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The pane's local date and time as an Excel date serial (whole seconds), as Excel would show it. */
export function savedSerial(now: Date): number {
  const local = Date.UTC(
    now.getFullYear(),
    now.getMonth(),
    now.getDate(),
    now.getHours(),
    now.getMinutes(),
    now.getSeconds()
  );
  return (local - SERIAL_EPOCH) / DAY_MS;
}

/** The local date, `YYYY-MM-DD`. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Every baseline name used in the Baselines table (any row, valid or not), by name key. */
function usedNames(rows: readonly Row[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const row of rows) {
    const value = valueByName(row, "Baseline");
    if (value === null || value === undefined) continue;
    const text = String(value).trim();
    if (text !== "" && !used.has(nameKey(text))) used.set(nameKey(text), text);
  }
  return used;
}

/**
 * "Baseline <date>", or, when a baseline of that name was already saved today,
 * "Baseline <date> (2)", "(3)", …: the first name not yet used.
 */
export function defaultBaselineName(now: Date, rows: readonly Row[] = []): string {
  const used = usedNames(rows);
  const base = `Baseline ${localDate(now)}`;
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!used.has(nameKey(name))) return name;
  }
}

/**
 * Why `name` cannot name a new baseline, or null when it can: it is blank, or a
 * row of the Baselines table already uses it (case and runs of spaces ignored,
 * as the checker groups rows into baselines, so two saves never merge).
 */
export function baselineNameIssue(name: string, rows: readonly Row[]): string | null {
  const text = name.trim();
  if (text === "") return "Give the baseline a name.";
  const taken = usedNames(rows).get(nameKey(text));
  if (taken !== undefined)
    return `A baseline named '${taken}' is already saved. Choose another name.`;
  return null;
}

/**
 * The Baselines rows that save every valid Budget line under `name`, saved at
 * `saved` (an Excel date serial): Line, Team, Lane, Campaign and Status as the
 * checker read them (a blank Status is saved as Draft), and each month's amount
 * under its month's header (a month with no spend is left blank, as in Budget).
 */
export function baselineRows(plan: Plan, name: string, saved: number): Row[] {
  // Amounts are in plan order; without a plan year they were read in calendar order.
  const headers =
    plan.months.length === 12
      ? plan.months.map((m) => MONTH_ABBREVIATIONS[Number(m.slice(5, 7)) - 1])
      : [...MONTH_ABBREVIATIONS];
  const [lineColumn, team, lane, campaign, status] = BUDGET_BASE_COLUMNS;
  const baseline = name.trim();
  return plan.budget.map((line) => {
    const row: Row = {
      Baseline: baseline,
      Saved: saved,
      [lineColumn]: line.line,
      [team]: line.team,
      [lane]: line.lane ?? "",
      [campaign]: line.campaign ?? "",
      [status]: line.status,
    };
    headers.forEach((header, m) => (row[header] = line.amounts[m] === 0 ? "" : line.amounts[m]));
    return row;
  });
}
