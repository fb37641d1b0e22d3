/**
 * Import CRM report, the pane's pure part: parse the export (papaparse: a BOM,
 * commas or semicolons), recognise its columns or use the person's mapping,
 * count by month and channel (the domain's readCrmReport), and compare with
 * the Results rows the workbook has (mergeCrmFigures). Nothing here writes.
 */
import Papa from "papaparse";
import {
  type Cell,
  type CrmFigures,
  CRM_MAPPING_SETTING,
  CRM_RECORD_SETTING,
  type CrmMapping,
  type CrmMerge,
  type CrmReport,
  type ExistingResult,
  findName,
  type ImportRecord,
  mergeCrmFigures,
  type PlanState,
  readCrmReport,
  readMappingSetting,
  readRecordSetting,
  recogniseMapping,
  type RecognisedMapping,
  recordAfter,
  recordSettingText,
  mappingSettingText,
  type Row,
} from "../../workbook";

export interface ParsedCrmFile {
  headers: string[];
  /** Data lines, cells in header order; line i is file line i + 2. */
  lines: string[][];
  delimiter: string;
  /** Why the file cannot be read; nothing is written when there is one. */
  errors: string[];
}

/**
 * The delimiter the header row uses (outside quotes): comma, semicolon (Excel and CRMs in
 * locales with a decimal comma) or tab. The header decides: data may hold any of them.
 */
function headerDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Parses a CSV export: BOM removed, delimiter detected (comma, semicolon, tab), headers trimmed. */
export function parseCrmFile(text: string): ParsedCrmFile {
  const clean = text.replace(/^\uFEFF/, "");
  const parsed: ParsedCrmFile = { headers: [], lines: [], delimiter: ",", errors: [] };
  if (clean.includes("\u0000")) {
    parsed.errors.push(
      "This is not a CSV text file (it holds binary data). Export the report as CSV."
    );
    return parsed;
  }
  if (clean.trim() === "") {
    parsed.errors.push("The file is empty.");
    return parsed;
  }
  parsed.delimiter = headerDelimiter(clean);
  const result = Papa.parse<string[]>(clean, {
    header: false,
    skipEmptyLines: false,
    delimiter: parsed.delimiter,
  });
  const rows = result.data;
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ""));
  if (result.errors.some((e) => e.code === "MissingQuotes")) {
    const e = result.errors.find((x) => x.code === "MissingQuotes")!;
    parsed.errors.push(
      `The file cannot be read: a quoted field that starts on line ${(e.row ?? 0) + 1} never ends.`
    );
    return parsed;
  }
  parsed.headers = (rows[headerAt] ?? []).map((h) => h.trim());
  // A trailing newline gives one empty row; the line numbers of the others stay the file's.
  parsed.lines = rows.slice(headerAt + 1);
  if (headerAt > 0) parsed.errors.push("The file must start with its header row.");
  return parsed;
}

export interface CrmPreview {
  file: ParsedCrmFile;
  /** How the columns were recognised; null when the person must map them. */
  recognised: RecognisedMapping | null;
  mapping: CrmMapping | null;
  report: CrmReport | null;
  merge: CrmMerge | null;
  /** Everything that stops the import: the file's errors and the report's. */
  errors: string[];
}

/** The mapping and the import record the Settings table keeps. */
export function savedCrmSettings(state: PlanState): {
  mapping: CrmMapping | null;
  record: ImportRecord;
} {
  const settings = state.workbook.input.settings;
  const at = (name: string) => {
    const k = findName(settings, name);
    return k === undefined ? undefined : settings[k];
  };
  return {
    mapping: readMappingSetting(at(CRM_MAPPING_SETTING)),
    record: readRecordSetting(at(CRM_RECORD_SETTING)),
  };
}

/** The workbook's valid Results rows with their cells as read (the `before` of an update). */
export function existingResults(state: PlanState): ExistingResult[] {
  const raw = state.workbook.input.results ?? [];
  return state.plan.results.map((r) => ({
    row: r.row,
    month: r.month,
    channel: r.channel,
    cells: { ...(raw[r.row - 1] ?? {}) },
  }));
}

/**
 * Previews an import: `mapping` is the person's choice in the dialog (null: the
 * recognised or saved one).
 */
export function previewCrm(
  file: ParsedCrmFile,
  state: PlanState,
  mapping: CrmMapping | null = null
): CrmPreview {
  const saved = savedCrmSettings(state);
  const recognised =
    file.errors.length === 0 ? recogniseMapping(file.headers, saved.mapping) : null;
  const use = mapping ?? recognised?.mapping ?? null;
  const preview: CrmPreview = {
    file,
    recognised,
    mapping: use,
    report: null,
    merge: null,
    errors: [...file.errors],
  };
  if (preview.errors.length > 0 || !use) return preview;
  if (state.plan.months.length !== 12) {
    preview.errors.push("Set Plan starts in Settings first: results are counted by plan month.");
    return preview;
  }
  const report = readCrmReport(file.headers, file.lines, use, { planMonths: state.plan.months });
  preview.report = report;
  preview.errors.push(...report.errors);
  if (report.errors.length === 0)
    preview.merge = mergeCrmFigures(report.figures, existingResults(state), saved.record);
  return preview;
}

/** What one import writes, once the person has confirmed the preview. */
export interface CrmWrites {
  /** Results rows to update: only the cells that change. */
  updates: { row: number; before: Row; after: Row }[];
  /** Results rows to add. */
  additions: Row[];
  /** The Settings rows to save: the import record, and the mapping when the person asked to keep it. */
  settings: { setting: string; before: Cell; after: string }[];
  /** Rows typed by hand that are left as they are (the person did not ask to overwrite them). */
  keptByHand: number;
}

const settingValue = (state: PlanState, name: string): Cell => {
  const settings = state.workbook.input.settings;
  const k = findName(settings, name);
  return k === undefined ? "" : (settings[k] ?? "");
};

/**
 * The writes for a previewed import: every addition and update, except updates
 * of rows typed by hand unless `overwriteByHand`; the record of what was
 * written; and the mapping when `keepMapping`.
 */
export function crmWrites(
  preview: CrmPreview,
  state: PlanState,
  options: { overwriteByHand: boolean; keepMapping: boolean }
): CrmWrites | null {
  const { merge, mapping } = preview;
  if (!merge || !mapping || preview.errors.length > 0) return null;
  const updates = merge.updates.filter((u) => options.overwriteByHand || !u.byHand);
  const written: CrmFigures[] = [
    ...updates.map((u) => u.figures),
    ...merge.additions.map((a) => a.figures),
  ];
  const record = recordAfter(savedCrmSettings(state).record, written);
  const settings: CrmWrites["settings"] = [];
  if (written.length > 0)
    settings.push({
      setting: CRM_RECORD_SETTING,
      before: settingValue(state, CRM_RECORD_SETTING),
      after: recordSettingText(record),
    });
  if (options.keepMapping) {
    const text = mappingSettingText(mapping);
    const before = settingValue(state, CRM_MAPPING_SETTING);
    if (before !== text) settings.push({ setting: CRM_MAPPING_SETTING, before, after: text });
  }
  return {
    updates: updates.map((u) => ({ row: u.row, before: u.before, after: u.after })),
    additions: merge.additions.map((a) => a.row),
    settings,
    keptByHand: merge.updates.length - updates.length,
  };
}
