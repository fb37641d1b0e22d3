/** The Settings table: each setting read, checked, and defaulted when blank or invalid. */
import { asCell, fail, isBlank, ok, readNumber, readShare, show, type Read } from "./cells";
import { SETTING } from "./columns";
import { excelErrorMessage, isExcelError } from "./errors";
import { formatMonth, monthOfYear, readMonthNumber } from "./months";
import { normalName } from "./names";
import type { Cell, MeasurementSettings, PlanSettings, Problem } from "./types";

const DEFAULT_SETTINGS: PlanSettings = {
  planStarts: null,
  currency: "USD",
  annualBudgetCap: null,
  followUpWindow: 1,
  airCoverWindow: 1,
  siloedSpendThreshold: 0.5,
  responseSlaHours: 24,
};

export const DEFAULT_MEASUREMENT: MeasurementSettings = {
  followUpTarget: 0.9,
  channelShiftThreshold: 0.3,
};

/** Channel shift threshold: a share above 0 (a shift of 0% would flag every month). */
function readChannelShift(value: unknown): Read<number> {
  const column = SETTING.channelShiftThreshold;
  const read = readShareOr(column, value, DEFAULT_MEASUREMENT.channelShiftThreshold);
  if (read.ok && read.value === 0)
    return fail(
      `${column} ${show(value)} should be above 0 and at most 1 (a share such as 0.3 or 30%).`
    );
  return read;
}

/** Plan starts needs a year: a month name alone cannot place the plan. */
function readPlanStarts(value: unknown): Read<number> {
  const column = SETTING.planStarts;
  if (isBlank(value)) {
    return fail(`${column} is required: the first month of the plan year, like Jul 2026.`);
  }
  if (typeof value === "string" && monthOfYear(value.replace(/\.$/, "")) !== null) {
    return fail(`${column} ${show(value)} needs a year, like ${value.trim()} 2026.`);
  }
  return readMonthNumber(column, value, null);
}

function readCurrency(value: unknown): Read<string> {
  if (isBlank(value)) return ok(DEFAULT_SETTINGS.currency);
  if (typeof value === "string" && /^[a-z]{3}$/i.test(value.trim())) {
    return ok(value.trim().toUpperCase());
  }
  return fail(
    `${SETTING.currency} ${show(value)} should be a three-letter currency code such as USD or EUR.`
  );
}

function readCap(value: unknown): Read<number | null> {
  return readNumber(SETTING.annualBudgetCap, value, { min: 0 });
}

/** F or W: a whole number of months 0..3. */
function readWindow(column: string, value: unknown): Read<number> {
  const read = readNumber(column, value, { min: 0, max: 3, whole: true });
  return read.ok ? ok(read.value ?? 1) : read;
}

/** A share 0..1 (`50%` or 0.5); blank gives the setting's default. */
function readShareOr(column: string, value: unknown, fallback: number): Read<number> {
  const read = readShare(column, value, { min: 0, max: 1 }, "0.5 or 50%");
  return read.ok ? ok(read.value ?? fallback) : read;
}

function readThreshold(value: unknown): Read<number> {
  return readShareOr(SETTING.siloedSpendThreshold, value, DEFAULT_SETTINGS.siloedSpendThreshold);
}

function readSla(value: unknown): Read<number> {
  const read = readNumber(SETTING.responseSlaHours, value, { min: 0, aboveMin: true });
  return read.ok ? ok(read.value ?? DEFAULT_SETTINGS.responseSlaHours) : read;
}

/** Settings keyed by normalName (case and surrounding spaces ignored); unknown settings are ignored. */
export function lookup(raw: unknown): Map<string, unknown> {
  const values = new Map<string, unknown>();
  if (raw === null || typeof raw !== "object") return values;
  for (const key of Object.keys(raw)) {
    const name = normalName(key);
    const value = (raw as Record<string, unknown>)[key];
    // The first non-blank spelling of a setting wins.
    if (!values.has(name) || isBlank(values.get(name))) values.set(name, value);
  }
  return values;
}

export function readSettings(raw: unknown): {
  settings: PlanSettings;
  problems: Problem[];
  measurement: MeasurementSettings;
} {
  const values = lookup(raw);
  const problems: Problem[] = [];
  const settings: PlanSettings = { ...DEFAULT_SETTINGS };

  // Each setting: read it; when invalid, report it and keep the default.
  function take<T>(name: string, reader: (value: unknown) => Read<T>, apply: (v: T) => void) {
    const value = values.get(normalName(name));
    const read = isExcelError(value) ? fail(excelErrorMessage(name, value)) : reader(value);
    if (read.ok) apply(read.value);
    else {
      // Plan starts has no default; the cap's ("no cap") is said, since "the default" alone
      // does not tell that the year's spend is then checked against no cap at all.
      const defaultNote =
        name === SETTING.planStarts
          ? ""
          : name === SETTING.annualBudgetCap
            ? ` The default is used until it is fixed: no cap.`
            : ` The default is used until it is fixed.`;
      problems.push({
        table: "Settings",
        row: null,
        column: name,
        value: asCell(value) as Cell,
        message: read.message + defaultNote,
      });
    }
  }

  take(SETTING.planStarts, readPlanStarts, (n) => (settings.planStarts = formatMonth(n)));
  take(SETTING.currency, readCurrency, (v) => (settings.currency = v));
  take(SETTING.annualBudgetCap, readCap, (v) => (settings.annualBudgetCap = v));
  take(
    SETTING.followUpWindow,
    (v) => readWindow(SETTING.followUpWindow, v),
    (v) => (settings.followUpWindow = v)
  );
  take(
    SETTING.airCoverWindow,
    (v) => readWindow(SETTING.airCoverWindow, v),
    (v) => (settings.airCoverWindow = v)
  );
  take(SETTING.siloedSpendThreshold, readThreshold, (v) => (settings.siloedSpendThreshold = v));
  take(SETTING.responseSlaHours, readSla, (v) => (settings.responseSlaHours = v));
  const measurement: MeasurementSettings = { ...DEFAULT_MEASUREMENT };
  take(
    SETTING.followUpTarget,
    (v) => readShareOr(SETTING.followUpTarget, v, DEFAULT_MEASUREMENT.followUpTarget),
    (v) => (measurement.followUpTarget = v)
  );
  take(
    SETTING.channelShiftThreshold,
    readChannelShift,
    (v) => (measurement.channelShiftThreshold = v)
  );
  return { settings, problems, measurement };
}
