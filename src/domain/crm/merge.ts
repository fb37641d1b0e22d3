/**
 * Importing a CRM report again updates the Results rows of the same month and
 * channel instead of adding copies. A row the import wrote last time, and
 * nobody has changed since, is updated freely; a row a person typed (or changed)
 * is only overwritten when the person says so. What the import last wrote is
 * kept in the Settings table (CRM_RECORD_SETTING) so the next import can tell.
 */
import { z } from "zod";
import { nameKey, valueByName } from "../names";
import type { Cell, Month, Row } from "../types";
import type { CrmFigures } from "./report";

/** The setting that keeps what the last import wrote, per month and channel (JSON). */
export const CRM_RECORD_SETTING = "CRM imported figures";

/** The Results columns an import writes, with the figure each comes from. */
export const CRM_COLUMNS = [
  ["Leads", "leads"],
  ["Closed", "closed"],
  ["Revenue", "revenue"],
] as const;

/** What the import wrote into one row: null for a column it did not write. */
export interface RecordedFigures {
  leads: number | null;
  closed: number | null;
  revenue: number | null;
}

/** What imports wrote, by month and channel key (recordKey). */
export type ImportRecord = Map<string, RecordedFigures & { month: Month; channel: string }>;

export const recordKey = (month: Month, channel: string) => `${month}|${nameKey(channel)}`;

/** A valid Results row as the workbook has it: its month, its channel and its cells as read. */
export interface ExistingResult {
  /** 1-based data row. */
  row: number;
  month: Month;
  channel: string;
  /** The row's cells as read, by header: the `before` of the update. */
  cells: Row;
}

export interface CellChange {
  column: string;
  from: Cell;
  to: number;
}

export interface CrmUpdate {
  row: number;
  month: Month;
  channel: string;
  before: Row;
  /** Only the cells that change. */
  after: Row;
  changes: CellChange[];
  /** It changes a figure a person typed (or changed since the last import): ask first. */
  byHand: boolean;
  figures: CrmFigures;
}

export interface CrmMerge {
  /** New Results rows: Month, Channel and the reported figures. */
  additions: { row: Row; figures: CrmFigures }[];
  updates: CrmUpdate[];
  /** Months and channels whose row already holds the file's figures. */
  unchanged: number;
  /** Months and channels with more than one row: the import cannot tell which to update and leaves them. */
  ambiguous: { month: Month; channel: string; rows: number[] }[];
}

const blank = (v: Cell | undefined) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const asNumber = (v: Cell | undefined): number | null =>
  typeof v === "number"
    ? v
    : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
      ? Number(v)
      : null;

/** Compares the import's figures with the rows of the same month and channel. */
export function mergeCrmFigures(
  figures: readonly CrmFigures[],
  existing: readonly ExistingResult[],
  record: ImportRecord
): CrmMerge {
  const rowsByKey = new Map<string, ExistingResult[]>();
  for (const r of existing) {
    const k = recordKey(r.month, r.channel);
    const list = rowsByKey.get(k);
    if (list) list.push(r);
    else rowsByKey.set(k, [r]);
  }
  const merge: CrmMerge = { additions: [], updates: [], unchanged: 0, ambiguous: [] };
  for (const f of figures) {
    const k = recordKey(f.month, f.channel);
    const rows = rowsByKey.get(k) ?? [];
    if (rows.length > 1) {
      merge.ambiguous.push({
        month: f.month,
        channel: rows[0].channel,
        rows: rows.map((r) => r.row),
      });
      continue;
    }
    if (rows.length === 0) {
      const row: Row = { Month: f.month, Channel: f.channel };
      for (const [column, figure] of CRM_COLUMNS) if (f[figure] !== null) row[column] = f[figure];
      merge.additions.push({ row, figures: f });
      continue;
    }
    const [existingRow] = rows;
    const recorded = record.get(k);
    const changes: CellChange[] = [];
    let fromImport = recorded !== undefined;
    for (const [column, figure] of CRM_COLUMNS) {
      const to = f[figure];
      if (to === null) continue;
      const now = valueByName(existingRow.cells, column);
      if (
        recorded &&
        !(blank(now) ? recorded[figure] === null : asNumber(now) === recorded[figure])
      )
        fromImport = false;
      if (asNumber(now) !== to || blank(now)) changes.push({ column, from: now ?? null, to });
    }
    if (changes.length === 0) {
      merge.unchanged++;
      continue;
    }
    const after: Row = {};
    for (const c of changes) after[c.column] = c.to;
    merge.updates.push({
      row: existingRow.row,
      month: f.month,
      channel: existingRow.channel,
      before: existingRow.cells,
      after,
      changes,
      // Filling a blank cell overwrites nothing; changing a figure the import did not write does.
      byHand: !fromImport && changes.some((c) => !blank(c.from)),
      figures: f,
    });
  }
  return merge;
}

/**
 * What the record holds after writing: each written row's reported figures; a
 * figure the file does not report keeps what an earlier import wrote there.
 */
export function recordAfter(record: ImportRecord, written: readonly CrmFigures[]): ImportRecord {
  const next: ImportRecord = new Map(record);
  for (const f of written) {
    const k = recordKey(f.month, f.channel);
    const earlier = record.get(k);
    next.set(k, {
      month: f.month,
      channel: earlier?.channel ?? f.channel,
      leads: f.leads ?? earlier?.leads ?? null,
      closed: f.closed ?? earlier?.closed ?? null,
      revenue: f.revenue ?? earlier?.revenue ?? null,
    });
  }
  return next;
}

const recordSchema = z.array(
  z.tuple([
    z.string(),
    z.string(),
    z.number().nullable(),
    z.number().nullable(),
    z.number().nullable(),
  ])
);

/** The record as the Settings value: [month, channel, leads, closed, revenue] per row, as JSON. */
export function recordSettingText(record: ImportRecord): string {
  return JSON.stringify(
    [...record.values()].map((r) => [r.month, r.channel, r.leads, r.closed, r.revenue])
  );
}

/** The record kept in Settings; empty when blank or unreadable (then every row counts as typed by hand). */
export function readRecordSetting(value: unknown): ImportRecord {
  const record: ImportRecord = new Map();
  if (typeof value !== "string" || value.trim() === "") return record;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return record;
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) return record;
  for (const [month, channel, leads, closed, revenue] of parsed.data)
    record.set(recordKey(month, channel), { month, channel, leads, closed, revenue });
  return record;
}
