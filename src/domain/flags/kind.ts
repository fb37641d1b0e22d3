/**
 * What each kind of flag declares, once: its code, its words, its severity, its
 * scope and how it finds its flags. The registry (./index.ts) lists the kinds;
 * the checker, the Flags view and the Plan calendar sheet read them there.
 */
import type { Flag, Severity } from "../types";
import type { FlagContext } from "./context";

/** "month": each flag is about one plan month; "plan": about the whole plan. */
export type FlagScope = "month" | "plan";

/** A flag as its rule finds it; the checker adds the kind's code and severity. */
export type Finding = Pick<Flag, "month" | "refs" | "message">;

export interface FlagKind<Code extends string = string> {
  code: Code;
  /** Its name in docs/rules.md and in the pane: "No follow-up". */
  title: string;
  severity: Severity;
  scope: FlagScope;
  /** What to do about a flag of this kind, in one sentence. */
  fix: string;
  /**
   * False for a flag that is serious but not sales and marketing out of step
   * (a gap to a target, a change to an approved line): the sync score leaves it out.
   * Absent means true.
   */
  countsInSyncScore?: boolean;
  /** At most one finding per month, or one for the whole plan; refs in table order. */
  find(ctx: FlagContext): Finding[];
}

/** Declares a kind, keeping its code as a literal so FlagCode is the union of registered codes. */
export function defineFlag<const Code extends string>(kind: FlagKind<Code>): FlagKind<Code> {
  return kind;
}
