/**
 * Whether two reads of the workbook hold exactly the same: the same rows, cell for cell, the
 * same tables where they stood, the same missing tables. The poll asks this before parsing and
 * checking the plan again. A walk that stops at the first difference, and allocates nothing:
 * cheaper than serialising a multi-MB read to compare two strings.
 */
import type { WorkbookPlan } from "./read";

export function sameRead(a: WorkbookPlan, b: WorkbookPlan): boolean {
  // The small parts first: a moved or renamed table shows there without walking the rows.
  return same(a.tables, b.tables) && same(a.problems, b.problems) && same(a.input, b.input);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key)) continue;
    if (!Object.prototype.hasOwnProperty.call(y, key) || !same(x[key], y[key])) return false;
    keys++;
  }
  for (const key in y) if (Object.prototype.hasOwnProperty.call(y, key)) keys--;
  return keys === 0;
}
