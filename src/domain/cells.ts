/**
 * Small cell readers shared by the checker and the forms' zod schemas, so that
 * each rule about a cell is written exactly once.
 */
import { sameName } from "./names";
import { collapseSpaces, isBlankText, trimText } from "./text";
import type { Cell } from "./types";

/** The outcome of reading one cell: a value, or a sentence saying what is wrong. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
export const fail = (message: string): Read<never> => ({ ok: false, message });

/** Blank is "", whitespace only, null or a missing cell. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  return typeof value === "string" && isBlankText(value);
}

/** A value as a person would see it in a message: 'Marhc', 42, TRUE. */
export function show(value: unknown): string {
  if (typeof value === "string") {
    const text = value.trim();
    return `'${text.length > 40 ? text.slice(0, 37) + "..." : text}'`;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "(not a cell value)";
}

/** The offending value for a Problem: anything that is not a cell value becomes null. */
export function asCell(value: unknown): Cell {
  if (value === undefined) return null;
  if (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  return null;
}

/** Text as typed, trimmed; numbers are accepted as their digits (an ID of 7). */
export function readText(column: string, value: unknown, required: boolean): Read<string | null> {
  if (isBlank(value)) return required ? fail(`${column} is required.`) : ok(null);
  if (typeof value === "string") return ok(trimText(value));
  if (typeof value === "number" && Number.isFinite(value)) return ok(String(value));
  return fail(`${column} ${show(value)} should be text.`);
}

/** A name (campaign, channel): text with runs of spaces made single, so stray spaces never split one name in two. */
export function readName(column: string, value: unknown, required: boolean): Read<string | null> {
  const text = readText(column, value, required);
  return text.ok && text.value !== null ? ok(collapseSpaces(text.value)) : text;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number from a number cell, or from text such as "1,200" or "3.5". */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = trimText(value);
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ""));
  return null;
}

export interface NumberRule {
  /** Smallest allowed value. */
  min?: number;
  /** When true the value must be strictly above min. */
  aboveMin?: boolean;
  max?: number;
  whole?: boolean;
}

/** Describes a NumberRule in words, for messages: "a whole number of 0 or more". */
function describe(rule: NumberRule): string {
  const kind = rule.whole ? "a whole number" : "a number";
  if (rule.min !== undefined && rule.max !== undefined) {
    return `${kind} from ${rule.min} to ${rule.max}`;
  }
  if (rule.min !== undefined) {
    return rule.aboveMin ? `${kind} above ${rule.min}` : `${kind} of ${rule.min} or more`;
  }
  return kind;
}

/** Checks a number against a rule; used after toNumber, and by the settings. */
export function checkNumber(
  column: string,
  raw: unknown,
  n: number,
  rule: NumberRule
): Read<number> {
  return meets(n, rule) ? ok(n) : fail(`${column} ${show(raw)} should be ${describe(rule)}.`);
}

/** Whether a number satisfies a rule (checkNumber's test, for readers that skip the Read object). */
export function meets(n: number, rule: NumberRule): boolean {
  return !(
    (rule.whole && !Number.isInteger(n)) ||
    (rule.min !== undefined && (rule.aboveMin ? n <= rule.min : n < rule.min)) ||
    (rule.max !== undefined && n > rule.max)
  );
}

/** An optional number: blank gives null (not reported / not set). */
export function readNumber(column: string, value: unknown, rule: NumberRule): Read<number | null> {
  if (typeof value === "number" && Number.isFinite(value)) {
    // Fast path: most cells are plain numbers that satisfy the rule.
    return checkNumber(column, value, value, rule);
  }
  if (isBlank(value)) return ok(null);
  const n = toNumber(value);
  if (n === null)
    return fail(`${column} ${show(value)} is not a number; it should be ${describe(rule)}.`);
  return checkNumber(column, value, n, rule);
}

/**
 * An optional share: Excel gives a `50%` cell as 0.5, and the text "50%" is read
 * too. Blank gives null. `example` completes a wrong value's message, e.g.
 * "0.5 or 50%".
 */
export function readShare(
  column: string,
  value: unknown,
  rule: NumberRule,
  example: string
): Read<number | null> {
  if (typeof value === "string" && value.trim().endsWith("%")) {
    const n = toNumber(value.trim().slice(0, -1));
    if (n !== null) return checkNumber(column, value, n / 100, rule);
  }
  const read = readNumber(column, value, rule);
  return read.ok ? read : fail(`${read.message.slice(0, -1)} (a share such as ${example}).`);
}

/** One of a few fixed words, matched case-insensitively, returned in canonical spelling. */
export function readChoice<T extends string>(
  column: string,
  value: unknown,
  choices: readonly T[],
  blank: T | null
): Read<T> {
  if (isBlank(value)) {
    return blank !== null ? ok(blank) : fail(`${column} is required: ${listOr(choices)}.`);
  }
  if (typeof value === "string") {
    const choice = choices.find((c) => sameName(c, value));
    if (choice !== undefined) return ok(choice);
  }
  return fail(`${column} ${show(value)} should be ${listOr(choices)}.`);
}

/** "A, B or C" */
function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
