// A1-style address helpers shared by the simulator (environment-neutral).

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Zero-based, inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colToLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(r: number, c: number): string {
  return `${colToLetters(c)}${r + 1}`;
}

export function rectAddress(rect: Rect): string {
  const full_cols = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
  const full_rows = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  if (full_cols && !full_rows) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (full_rows && !full_cols) return `${colToLetters(rect.c0)}:${colToLetters(rect.c1)}`;
  const a = cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Quote a sheet name the way Excel does in addresses ('My Sheet'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

/** Split "Sheet1!A1:B2" / "'My Sheet'!A1" into sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?([0-9]+)$/;

/** Parse a local A1 address ("A1", "A1:C3", "A:C", "2:5"). Returns null when invalid. */
export function parseRect(local: string): Rect | null {
  const parts = local.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parts[0];
  const b = parts.length === 2 ? parts[1] : parts[0];
  let m1 = CELL_RE.exec(a);
  let m2 = CELL_RE.exec(b);
  if (m1 && m2) {
    const r0 = parseInt(m1[2], 10) - 1;
    const r1 = parseInt(m2[2], 10) - 1;
    const c0 = lettersToCol(m1[1]);
    const c1 = lettersToCol(m2[1]);
    return validRect(normalize({ r0, c0, r1, c1 }));
  }
  if (parts.length === 2) {
    m1 = COL_RE.exec(a);
    m2 = COL_RE.exec(b);
    if (m1 && m2) {
      return validRect(
        normalize({ r0: 0, r1: MAX_ROWS - 1, c0: lettersToCol(m1[1]), c1: lettersToCol(m2[1]) })
      );
    }
    m1 = ROW_RE.exec(a);
    m2 = ROW_RE.exec(b);
    if (m1 && m2) {
      return validRect(
        normalize({
          r0: parseInt(m1[1], 10) - 1,
          r1: parseInt(m2[1], 10) - 1,
          c0: 0,
          c1: MAX_COLS - 1,
        })
      );
    }
  }
  return null;
}

function normalize(r: Rect): Rect {
  return {
    r0: Math.min(r.r0, r.r1),
    r1: Math.max(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    c1: Math.max(r.c0, r.c1),
  };
}

function validRect(r: Rect): Rect | null {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) return null;
  return r;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}
