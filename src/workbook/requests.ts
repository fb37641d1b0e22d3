/**
 * How much one request may carry. Excel on the web refuses a request whose body
 * is over 5 MB of bytes sent (UTF-8), so the budget is counted in UTF-8 bytes:
 * a row of Japanese text costs three bytes a character, not one.
 */
import type { CellWrite } from "./cells";

/** Excel on the web's limit on one request's body. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * What our cells' JSON may take of it. The rest is the request's framing:
 * Office.js splits a large write into many actions, each with its own path;
 * measured in the simulator, up to 8% over the cells' JSON.
 */
export const REQUEST_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES / 1.15);

const utf8 = new TextEncoder();

/** Bytes of `text` in UTF-8. */
export function utf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/**
 * What a row of writes adds to a request: its values and its formats, each sent
 * as JSON. `null` (leave the cell as it is) is sent as null in both.
 */
export function rowBytes(row: readonly (CellWrite | null)[]): number {
  return (
    utf8Bytes(JSON.stringify(row.map((w) => (w ? w.value : null)))) +
    utf8Bytes(JSON.stringify(row.map((w) => (w ? w.format : null))))
  );
}

/**
 * What a row inserted through TableRowCollection.add adds to a request: the
 * empty row that makes room for it, then its values and formats as rowBytes.
 */
export function insertedRowBytes(row: readonly (CellWrite | null)[]): number {
  return utf8Bytes(JSON.stringify(row.map(() => ""))) + rowBytes(row);
}

/**
 * What one more range written in a request costs beyond its cells' JSON: Office.js sends the
 * range's path (getCell, getResizedRange) and an action for each property set, each with ids.
 * Measured in the simulator: about 550 bytes a range; a cell left as it is (null) costs 10.
 */
export const RANGE_WRITE_BYTES = 600;

/**
 * Splits `items` into consecutive runs whose sizes add up to at most `budget`,
 * each run as full as it can be (so the fewest runs); an item larger than the
 * budget goes alone.
 */
export function packBySize<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget = REQUEST_BUDGET_BYTES
): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && bytes + n > budget) {
      runs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += n;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
