// Host profiles: which Excel the simulator plays. The requirement set of each API member comes
// from server/api-sets.json, generated from @types/office-js by scripts/api-sets.mjs.
import { fail } from "./errors";
import API_SETS from "./server/api-sets.json";

/** What kind of Excel a simulated client is. Every field defaults to the newest Excel. */
export interface HostProfile {
  /** Highest ExcelApi requirement set this Excel supports, e.g. "1.7". Default: the newest. */
  requirementSet?: string;
  /**
   * AutoCorrect's "Include new rows and columns in table": values typed directly below a table
   * make it grow. Default true; false is an Excel with the option switched off.
   */
  autoExpandTables?: boolean;
  /**
   * Microsoft's co-authoring guidance says appending below a table is reliable only with no data
   * validation on cells below it unless the validation covers the whole column. Default true:
   * such validation stops the table growing; false is a lenient Excel that grows it anyway (the
   * add-in must work under both, since Microsoft does not say which happens); see docs/simulator.md.
   */
  strictTableGrowth?: boolean;
}

const table = API_SETS as Record<string, Record<string, string>>;

/** Orders "1.9" before "1.10". */
export function compareSets(a: string, b: string): number {
  const [am, an = 0] = a.split(".").map(Number);
  const [bm, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}

/** The newest ExcelApi set named in the table. */
export const NEWEST_SET = newestOf(table);

function newestOf(sets: Record<string, Record<string, string>>): string {
  // The table names a few dozen distinct sets over thousands of members: compare each once.
  const distinct = new Set<string>();
  for (const type in sets) for (const member in sets[type]) distinct.add(sets[type][member]);
  let newest = "1.1";
  for (const set of distinct) if (compareSets(set, newest) > 0) newest = set;
  return newest;
}

/**
 * Members the simulator has that no released set has yet: Microsoft lists them as preview APIs and
 * @types/office-js does not declare them. Only the newest profile (no requirementSet) answers them.
 */
const PREVIEW_ONLY: Record<string, string[]> = { Workbook: ["use1904DateSystem"] };
const PREVIEW = "preview";

/** The ExcelApi set that introduced `Class.member` (camelCase member), or "1.1" when it is in every Excel. */
export function apiSetOf(type: string, member: string): string {
  if (PREVIEW_ONLY[type]?.includes(member)) return PREVIEW;
  return table[type]?.[member] ?? "1.1";
}

/** Office.context.requirements.isSetSupported for this profile: ExcelApi by the profile, any other set no. */
export function isSetSupported(profile: HostProfile, name: string, version: string): boolean {
  if (name !== "ExcelApi") return false;
  return compareSets(String(version), profile.requirementSet ?? NEWEST_SET) <= 0;
}

/** Whether this Excel has `Type.Member` (the server's PascalCase member names). */
export function hasMember(profile: HostProfile, type: string, member: string): boolean {
  if (!profile.requirementSet || member.startsWith("_")) return true;
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  const set = apiSetOf(type, name);
  return set !== PREVIEW && compareSets(set, profile.requirementSet) <= 0;
}

/**
 * Fails as Excel fails a member above its requirement set: the host answers ApiNotFound (the library
 * itself does not check; see docs/simulator.md). The first sentences are Excel's own message.
 */
export function requireMember(profile: HostProfile, type: string, member: string): void {
  if (hasMember(profile, type, member)) return;
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  fail(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${type}.${name} is ExcelApi ${apiSetOf(type, name)}; this Excel has ExcelApi ${profile.requirementSet}.)`
  );
}
