/**
 * How the plan matches names a person typed. Headers, setting names and keys
 * (IDs, budget Lines): surrounding spaces and letter case do not count, so
 * "  activity id" finds the "Activity ID" column and "n-1" is the same key as
 * "N-1". Names of things (lanes, campaigns, channels) also count a run of
 * spaces as one, so " spring   Launch" is the campaign "Spring launch".
 */
import { collapseSpaces, trimText } from "./text";
import type { Cell, TableName } from "./types";

/** The form of a name or key that comparisons use: trimmed, lower case. */
export function normalName(value: Cell | undefined): string {
  if (value === undefined || value === null) return "";
  return trimText(String(value)).toLowerCase();
}

/** The form of a lane, campaign or channel name that matching uses (docs/rules.md §4, decisions 1–2). */
export function nameKey(text: string): string {
  return collapseSpaces(trimText(text)).toLowerCase();
}

/** Whether two names (headers, settings, keys) are the same to a person. */
export function sameName(a: Cell | undefined, b: Cell | undefined): boolean {
  return normalName(a) === normalName(b);
}

/** The key of `record` that names `name` (case and spaces ignored), or undefined. */
export function findName<T>(record: Record<string, T>, name: string): string | undefined {
  const wanted = normalName(name);
  return Object.keys(record).find((k) => normalName(k) === wanted);
}

/** The value under `name` in a record keyed by names as a person may have spelled them. */
export function valueByName<T>(record: Record<string, T>, name: string): T | undefined {
  const key = findName(record, name);
  return key === undefined ? undefined : record[key];
}

/** Index of `name` in a list of headers (case and spaces ignored), or -1. */
export function indexOfName(names: readonly Cell[], name: string): number {
  const wanted = normalName(name);
  return names.findIndex((n) => normalName(n) === wanted);
}

/** The tables a plan cannot be read without; the others are optional. */
export const REQUIRED_TABLES: readonly TableName[] = ["Settings", "Activities", "Budget"];

/**
 * Where `key` is already used among a table's `keys` (every row's key, valid or
 * not; index i is data row i + 1), or -1. A blank key is never "used"; the row
 * at `ownIndex` (the one being edited) does not count.
 */
export function keyClash(keys: readonly Cell[], key: Cell | undefined, ownIndex = -1): number {
  const wanted = normalName(key);
  if (wanted === "") return -1;
  return keys.findIndex((k, i) => i !== ownIndex && normalName(k) === wanted);
}

// One collator: numbers in names compare as numbers ("Campaign 2" before "Campaign 10"), letter
// case and accents do not count. A fixed locale keeps the order the same on every machine.
const NATURAL = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** The order in which the pane lists names (campaigns, lanes): natural, case-insensitive. */
export function compareNames(a: string, b: string): number {
  return NATURAL.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
