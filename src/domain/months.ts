/**
 * Months: every form a person may type in a month cell, and the plan year.
 * Internally a month is a "month number" (year × 12 + month 0..11), so that
 * windows and ranges are plain integer arithmetic.
 */
import { fail, ok, show, type Read } from "./cells";
import { normalName } from "./names";
import { trimText } from "./text";
import type { Month } from "./types";

export const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Month word (its normalName) -> 0..11: abbreviation, full name, and "Sept". */
const MONTH_WORDS = new Map<string, number>();
MONTH_ABBREVIATIONS.forEach((name, i) => MONTH_WORDS.set(normalName(name), i));
MONTH_NAMES.forEach((name, i) => MONTH_WORDS.set(normalName(name), i));
MONTH_WORDS.set("sept", 8);

/** 0..11 for a month word such as "mar" or "March", else null. */
export function monthOfYear(word: string): number | null {
  return MONTH_WORDS.get(normalName(word)) ?? null;
}

function monthNumber(year: number, monthIndex: number): number {
  return year * 12 + monthIndex;
}

/** `YYYY-MM` for a month number. */
export function formatMonth(n: number): Month {
  let text = formatted.get(n);
  if (text === undefined) {
    text = format(n);
    if (formatted.size < 5000) formatted.set(n, text);
  }
  return text;
}

/** Formatted months are reused: the same few months are written for every row. */
const formatted = new Map<number, Month>();

function format(n: number): Month {
  const year = Math.floor(n / 12);
  const m = n - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}`;
}

/** "Mar 2027" for a month number: how months appear in messages. */
export function monthWords(n: number): string {
  const year = Math.floor(n / 12);
  return `${MONTH_ABBREVIATIONS[n - year * 12]} ${year}`;
}

/** "Mar 2027", "Mar–Apr 2027" or "Dec 2026–Jan 2027". */
export function rangeWords(from: number, to: number): string {
  if (from === to) return monthWords(from);
  const fromYear = Math.floor(from / 12);
  const toYear = Math.floor(to / 12);
  if (fromYear === toYear) return `${MONTH_ABBREVIATIONS[from - fromYear * 12]}–${monthWords(to)}`;
  return `${monthWords(from)}–${monthWords(to)}`;
}

/** Month number for `YYYY-MM`, or null. */
export function monthNumberOf(month: Month): number | null {
  let n = numbers.get(month);
  if (n === undefined) {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    const m = match ? Number(match[2]) : 0;
    n = match && m >= 1 && m <= 12 ? monthNumber(Number(match[1]), m - 1) : null;
    if (numbers.size < 5000) numbers.set(month, n);
  }
  return n;
}

/** Month numbers of the few months every row names, each parsed once. */
const numbers = new Map<string, number | null>();

/** The 12 plan months starting at `start` (`YYYY-MM`); [] when start is not a month. */
export function planMonths(start: Month): Month[] {
  const first = monthNumberOf(start);
  if (first === null) return [];
  return Array.from({ length: 12 }, (_, i) => formatMonth(first + i));
}

/** Largest serial Excel accepts: 31 Dec 9999. */
const MAX_SERIAL = 2958465;
const DAY_MS = 86400000;
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);

/**
 * Month number of an Excel 1900-system date serial: 1 = 1 Jan 1900, 60 is
 * Excel's fictitious 29 Feb 1900 (read as Feb 1900), 45658 = 1 Jan 2025.
 * A time of day (fraction) is ignored. Null when not a plausible serial.
 */
export function serialToMonthNumber(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return monthNumber(1900, 1);
  const date = new Date((day < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG) + day * DAY_MS);
  return monthNumber(date.getUTCFullYear(), date.getUTCMonth());
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NAME_YEAR = /^([a-z]+)\.?[\s,-]*(\d{4})$/i;
const NAME_ALONE = /^([a-z]+)\.?$/i;

function daysIn(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Reads a month cell as a month number. `planStart` (a month number) lets a
 * month name alone mean the one plan month with that name.
 */
export function readMonthNumber(
  column: string,
  value: unknown,
  planStart: number | null
): Read<number> {
  if (typeof value === "number") {
    const n = serialToMonthNumber(value);
    return n === null
      ? fail(
          `${column} ${show(value)} is not a month (nor an Excel date). Write it like Mar 2027 or 2027-03.`
        )
      : ok(n);
  }
  if (typeof value !== "string") {
    return fail(`${column} ${show(value)} is not a month. Write it like Mar 2027 or 2027-03.`);
  }
  const text = trimText(value);
  let match = YEAR_MONTH.exec(text);
  if (match) {
    const m = Number(match[2]);
    if (m >= 1 && m <= 12) return ok(monthNumber(Number(match[1]), m - 1));
  }
  match = YEAR_MONTH_DAY.exec(text);
  if (match) {
    const year = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(year, m - 1)) {
      return ok(monthNumber(year, m - 1));
    }
  }
  match = NAME_YEAR.exec(text);
  if (match) {
    const m = monthOfYear(match[1]);
    if (m !== null) return ok(monthNumber(Number(match[2]), m));
  }
  match = NAME_ALONE.exec(text);
  if (match) {
    const m = monthOfYear(match[1]);
    if (m !== null) {
      if (planStart === null) {
        return fail(
          `${column} ${show(value)} has no year, and without a valid Plan starts setting it cannot be placed. Write it like Mar 2027, or fix Plan starts.`
        );
      }
      // The one plan month with that name: plan months run planStart..planStart+11.
      const offset = (m - (planStart % 12) + 12) % 12;
      return ok(planStart + offset);
    }
  }
  return fail(`${column} ${show(value)} is not a month. Write it like Mar 2027 or 2027-03.`);
}

/**
 * Parses a month cell to `YYYY-MM` for the UI and the workbook layer.
 * `planStart` (`YYYY-MM`) resolves a month name alone; without it such a cell is an error.
 */
export function parseMonth(
  value: unknown,
  planStart: Month | null = null
): { ok: true; month: Month } | { ok: false; error: string } {
  const start = planStart === null ? null : monthNumberOf(planStart);
  const read = readMonthNumber("Month", value, start);
  return read.ok
    ? { ok: true, month: formatMonth(read.value) }
    : { ok: false, error: read.message };
}

/** "Mar 2027" for a `YYYY-MM` month; any other text is returned as it is. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  const name = m ? MONTH_ABBREVIATIONS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}
