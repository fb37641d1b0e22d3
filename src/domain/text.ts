/**
 * Fast forms of the three string operations the checker applies to every text cell: trim,
 * the blank test and the collapse of whitespace runs. Each gives exactly what the built-in
 * form gives (tests/domain/text.test.ts compares them on random text), but skips the call
 * for the usual cell, which has nothing to trim or collapse: `trim` and a regex `replace`
 * are calls into V8's runtime, far dearer than reading a character or two, and a plan of
 * 10,000 rows per table has over 100,000 text cells.
 */

/**
 * A code unit that can never be whitespace for `trim` or `\s`: printable ASCII. Whitespace is
 * ASCII 9–13 and 32, or from U+00A0 up; anything outside 33–126 takes the built-in path.
 */
function surelyNotSpace(code: number): boolean {
  return code > 32 && code < 127;
}

/** `text.trim()`. */
export function trimText(text: string): string {
  const n = text.length;
  if (n > 0 && surelyNotSpace(text.charCodeAt(0)) && surelyNotSpace(text.charCodeAt(n - 1)))
    return text;
  return text.trim();
}

/** `text.trim() === ""`. */
export function isBlankText(text: string): boolean {
  if (text.length > 0 && surelyNotSpace(text.charCodeAt(0))) return false;
  return text.trim() === "";
}

const SPACES = /\s+/g;

/** `text.replace(/\s+/g, " ")`: every run of whitespace made one space. */
export function collapseSpaces(text: string): string {
  // Unchanged when its only whitespace is single ASCII spaces among printable ASCII.
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return text.replace(SPACES, " ");
      previousSpace = true;
    } else if (surelyNotSpace(code)) previousSpace = false;
    else return text.replace(SPACES, " ");
  }
  return text;
}
