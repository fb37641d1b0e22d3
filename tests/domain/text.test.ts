import fc from "fast-check";
import { collapseSpaces, isBlankText, trimText } from "../../src/domain/text";

// Text as cells hold it: mostly printable, with every kind of whitespace JavaScript knows
// (ASCII, no-break, ideographic, line and paragraph separators, BOM) and near misses (NEL, DEL).
const SPACES = [
  " ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2009",
  "\u200a",
];
const MORE = [
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
  "\u0085",
  "\u007f",
  "\u200b",
];
const cellText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SPACES, ...MORE),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: "grapheme", maxLength: 2 })
    ),
    { maxLength: 8 }
  )
  .map((parts) => parts.join(""));

describe("fast text forms give exactly what the built-in forms give", () => {
  test("trimText is trim", () => {
    fc.assert(
      fc.property(cellText, (text) => expect(trimText(text)).toBe(text.trim())),
      {
        numRuns: 2000,
      }
    );
  });

  test("isBlankText is trim() === ''", () => {
    fc.assert(
      fc.property(cellText, (text) => expect(isBlankText(text)).toBe(text.trim() === "")),
      {
        numRuns: 2000,
      }
    );
  });

  test("collapseSpaces is replace(/\\s+/g, ' ')", () => {
    fc.assert(
      fc.property(cellText, (text) => expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, " "))),
      { numRuns: 2000 }
    );
  });

  test.each([
    ["Spring launch", "Spring launch", "Spring launch", false],
    ["  Spring   launch ", "Spring   launch", " Spring launch ", false],
    ["Spring\tlaunch", "Spring\tlaunch", "Spring launch", false],
    ["Spring\u00a0launch", "Spring\u00a0launch", "Spring launch", false],
    ["\u3000", "", " ", true],
    ["", "", "", true],
    ["x", "x", "x", false],
  ])("%j: trimmed %j, collapsed %j, blank %s", (text, trimmed, collapsed, blank) => {
    expect(trimText(text)).toBe(trimmed);
    expect(collapseSpaces(text)).toBe(collapsed);
    expect(isBlankText(text)).toBe(blank);
  });
});
