/**
 * Writes a confirmed CRM import through the workbook layer: updates first (only
 * the cells that change, each row found again and checked for a co-author's
 * edit by updateRow), then the new rows in one append, then the import record
 * and the mapping in Settings. The record goes last: if a write above fails,
 * the next import asks before changing those rows.
 */
import {
  addRows,
  type ExcelHost,
  type Row,
  type RowRef,
  saveSetting,
  updateRow,
} from "../../workbook";
import type { CrmWrites } from "./crm";

export interface CrmWriteHooks {
  currency: string;
  /** 0..1 as the writes go. */
  onProgress?: (share: number) => void;
  /** Told of each row changed or added, for the saved-rows list. */
  changed?: (before: Row, after: Row) => void;
  added?: (rows: Row[]) => void;
}

export async function writeCrmImport(
  host: ExcelHost,
  writes: CrmWrites,
  hooks: CrmWriteHooks
): Promise<void> {
  const { currency } = hooks;
  const total = writes.updates.length + (writes.additions.length > 0 ? 1 : 0);
  let done = 0;
  // Rows added below the table never move the rows being updated, so updates go first.
  for (const u of writes.updates) {
    const ref: RowRef = { table: "Results", row: u.row, before: u.before };
    await updateRow(host, ref, u.after, { currency });
    hooks.changed?.(u.before, u.after);
    hooks.onProgress?.(++done / Math.max(1, total));
  }
  if (writes.additions.length > 0) {
    await addRows(host, "Results", writes.additions, { currency });
    hooks.added?.(writes.additions);
    hooks.onProgress?.(1);
  }
  for (const s of writes.settings)
    await saveSetting(host, s.setting, s.before, s.after, { currency });
}
