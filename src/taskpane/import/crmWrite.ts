/**
 * Writes a confirmed CRM import through the workbook layer: the updates in one
 * bulk write (only the cells that change; every row checked for a co-author's
 * edit first, and if any row changed since the preview, nothing at all is
 * written), then the new rows in one append, then the import record and the
 * mapping in Settings. The record goes last: if a write above fails, the next
 * import asks before changing those rows.
 */
import {
  addRows,
  type ExcelHost,
  type Row,
  RowsRefused,
  saveSetting,
  updateRows,
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
  const steps = (writes.updates.length > 0 ? 1 : 0) + (writes.additions.length > 0 ? 1 : 0);
  let done = 0;
  // Rows added below the table never move the rows being updated, so updates go first: a
  // refused update then leaves the whole import unwritten, as the preview promised it.
  if (writes.updates.length > 0) {
    try {
      await updateRows(host, "Results", writes.updates, { currency });
    } catch (error) {
      if (!(error instanceof RowsRefused)) throw error;
      const rows = error.refusals.length;
      const listed = error.refusals.slice(0, 5).map((r) => r.message);
      const more = rows > listed.length ? ` And ${rows - listed.length} more.` : "";
      throw new RowsRefused(
        `Nothing was imported: ${rows === 1 ? "a Results row" : `${rows} Results rows`} changed since the preview. ${listed.join(" ")}${more} Import the report again to preview it against the sheet as it is now.`,
        error.refusals
      );
    }
    for (const u of writes.updates) hooks.changed?.(u.before, u.after);
    hooks.onProgress?.(++done / steps);
  }
  if (writes.additions.length > 0) {
    await addRows(host, "Results", writes.additions, { currency });
    hooks.added?.(writes.additions);
    hooks.onProgress?.(++done / steps);
  }
  for (const s of writes.settings)
    await saveSetting(host, s.setting, s.before, s.after, { currency });
}
