/**
 * "Save baseline": a copy of every valid Budget line, under a name, with the
 * date and time it was saved, appended to the Baselines table by the verified
 * append path (addRows). One read of the plan, then the append; the Budget is
 * never written.
 */
import { baselineNameIssue, baselineRows, parsePlan, savedSerial } from "../domain";
import type { ExcelHost } from "./host";
import { readWorkbookPlan } from "./read";
import { addRows, WriteRefused, type WriteOptions } from "./write";

export interface SaveBaselineOptions extends WriteOptions {
  /** The moment of saving (default: now, on the pane's clock). */
  now?: Date;
}

export interface SavedBaseline {
  name: string;
  /** Saved, as the Excel date serial written. */
  saved: number;
  /** Budget lines copied. */
  lines: number;
}

/**
 * Saves a baseline named `name`. Refuses, writing nothing, when the workbook has
 * no Baselines table, when the name is blank or already used by a row of that
 * table, or when the Budget has no valid line to copy.
 */
export async function saveBaseline(
  host: ExcelHost,
  name: string,
  options: SaveBaselineOptions = {}
): Promise<SavedBaseline> {
  const read = await readWorkbookPlan(host);
  if (!read.tables.Baselines)
    throw new WriteRefused(
      "This workbook has no Baselines table. Press Set up plan to add it, then save the baseline."
    );
  const issue = baselineNameIssue(name, read.input.baselines ?? []);
  if (issue) throw new WriteRefused(issue);
  const plan = parsePlan(read.input);
  if (plan.budget.length === 0)
    throw new WriteRefused(
      "The Budget has no valid line to save. Add a budget line (or fix the lines with problems), then save the baseline."
    );
  const saved = savedSerial(options.now ?? new Date());
  const rows = baselineRows(plan, name, saved);
  await addRows(host, "Baselines", rows, options);
  return { name: name.trim(), saved, lines: rows.length };
}
