/**
 * The dates of a CRM export, in the file's own format: CRMs write dates as the
 * exporting user's locale does (3/15/2027, 15/03/2027, 15.03.2027, 2027-03-15),
 * so the format is detected from the file and shown before anything is written.
 */

export const DATE_FORMATS = [
  "YYYY-MM-DD",
  "M/D/YYYY",
  "D/M/YYYY",
  "D.M.YYYY",
  "YYYY/MM/DD",
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

// A time of day may follow the date (HubSpot writes "2027-03-15 10:22", Salesforce "3/15/2027 10:22 AM").
const TIME = String.raw`(?:[ T].*)?$`;
const PATTERNS: Record<DateFormat, { re: RegExp; order: "ymd" | "mdy" | "dmy" }> = {
  "YYYY-MM-DD": { re: new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}`), order: "ymd" },
  "YYYY/MM/DD": { re: new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}`), order: "ymd" },
  "M/D/YYYY": {
    re: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}`),
    order: "mdy",
  },
  "D/M/YYYY": {
    re: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}`),
    order: "dmy",
  },
  "D.M.YYYY": {
    re: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}`),
    order: "dmy",
  },
};

/** How a person reads each format, for the preview. */
export const DATE_FORMAT_EXAMPLE: Record<DateFormat, string> = {
  "YYYY-MM-DD": "2027-03-15",
  "YYYY/MM/DD": "2027/03/15",
  "M/D/YYYY": "3/15/2027",
  "D/M/YYYY": "15/3/2027",
  "D.M.YYYY": "15.3.2027",
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The month number (year × 12 + month 0..11) of a date written in `format`, or null. */
export function dateMonth(text: string, format: DateFormat): number | null {
  const { re, order } = PATTERNS[format];
  const m = re.exec(text.trim());
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let year = order === "ymd" ? a : c;
  const month = order === "ymd" ? b : order === "mdy" ? a : b;
  const day = order === "ymd" ? c : order === "mdy" ? b : a;
  if (order !== "ymd" && m[3].length === 2) year += 2000;
  if (month < 1 || month > 12 || day < 1) return null;
  // The day must exist in that month (31/4 is no date).
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return year * 12 + month - 1;
}

export interface DetectedDates {
  /** The format that reads the most of the file's dates (ties: the order of DATE_FORMATS). */
  format: DateFormat;
  /** Dates it reads, of `total`. */
  read: number;
  total: number;
  /** Other formats that read every date it reads: the file alone cannot tell them apart. */
  alsoFits: DateFormat[];
}

/** Detects the format the given date texts are written in (blank texts are skipped). */
export function detectDateFormat(texts: Iterable<string>): DetectedDates {
  const counts = new Map<DateFormat, number>(DATE_FORMATS.map((f) => [f, 0]));
  // An export repeats the same few hundred dates: each distinct text is tried once.
  const seen = new Map<string, number>();
  let total = 0;
  for (const raw of texts) {
    const text = raw.trim();
    if (text === "") continue;
    total++;
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  for (const [text, times] of seen)
    for (const f of DATE_FORMATS)
      if (dateMonth(text, f) !== null) counts.set(f, counts.get(f)! + times);
  let format: DateFormat = DATE_FORMATS[0];
  for (const f of DATE_FORMATS) if (counts.get(f)! > counts.get(format)!) format = f;
  const read = counts.get(format)!;
  const alsoFits = DATE_FORMATS.filter((f) => f !== format && read > 0 && counts.get(f) === read);
  return { format, read, total, alsoFits };
}
