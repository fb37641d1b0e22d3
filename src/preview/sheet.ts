/** The bits of the simulator the workbook view uses. */
import { colToLetters, parseRect } from "../simulator";

export { cellAddress, type CellValue, person, type Sheet, type Workbook } from "../simulator";
export const columnLetters = colToLetters;

/** Zero-based row and column of a one-cell A1 address ("b3" works too); null if it is not one. */
export function parseCellAddress(text: string): { r: number; c: number } | null {
  const trimmed = text.trim().toUpperCase();
  if (!/^[A-Z]{1,3}[0-9]{1,7}$/.test(trimmed)) return null;
  const rect = parseRect(trimmed);
  return rect ? { r: rect.r0, c: rect.c0 } : null;
}
