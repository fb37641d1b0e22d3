/** Plain words for flag messages: names, months and amounts. */
import { monthWords, rangeWords } from "../months";
import type { FlagContext } from "./context";

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function listNames(names: readonly string[], max = 3): string {
  // A Set, not the checker's KeyIndex: with flags' names passing through KeyIndex too, V8 threw
  // away and recompiled its optimised addIfAbsent about every other check (--trace-deopt:
  // "insufficient type feedback"), which cost the checker more than these lookups (10,000 rows
  // with doors and targets: about 15% of checkPlan's time).
  const seen = new Set<string>();
  const first: string[] = [];
  for (const name of names)
    if (!seen.has(name)) {
      seen.add(name);
      if (first.length < max) first.push(name);
    }
  return nameList(first, seen.size, max);
}

/**
 * listNames of labels "name (detail)" without writing every label: a flag may have thousands and
 * shows three. Two items make one label when their name and their detail are both the same.
 */
export function listLabels(
  names: readonly string[],
  details: readonly number[],
  label: (name: string, detail: number) => string,
  max = 3
): string {
  const detailsOf = new Map<string, number[]>(); // the distinct details of each name
  const first: string[] = [];
  let count = 0;
  for (let i = 0; i < names.length; i++) {
    const known = detailsOf.get(names[i]);
    if (known === undefined) detailsOf.set(names[i], [details[i]]);
    else if (known.includes(details[i])) continue;
    else known.push(details[i]);
    count++;
    if (first.length < max) first.push(label(names[i], details[i]));
  }
  return nameList(first, count, max);
}

/** The words for `count` distinct names of which `first` are the first (up to `max`). */
function nameList(first: readonly string[], count: number, max: number): string {
  if (count <= 1) return first.join("");
  if (count <= max) return `${first.slice(0, -1).join(", ")} and ${first[first.length - 1]}`;
  return `${first.join(", ")} and ${count - max} more`;
}

/** Plan month m (0..11) in words, e.g. "Mar 2027". */
export function planMonthWords(ctx: FlagContext, m: number): string {
  return monthWords((ctx.start ?? 0) + m);
}

/** Plan months from..to (0..11, clipped) in words, e.g. "Mar–Apr 2027". */
export function planRangeWords(ctx: FlagContext, from: number, to: number): string {
  const first = Math.max(0, from);
  const last = Math.min(11, to);
  return rangeWords((ctx.start ?? 0) + first, (ctx.start ?? 0) + last);
}

/** One formatter for all messages: creating one per call is slow. */
let numbers: Intl.NumberFormat | null = null;

export function amount(value: number, currency: string): string {
  numbers ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  return `${numbers.format(value)} ${currency}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** " (Field sales)": the lanes on one side, as a hint in messages; "" when there are none. */
export function laneNames(ctx: FlagContext, side: "Marketing" | "Sales"): string {
  const names = ctx.plan.lanes.filter((l) => l.side === side).map((l) => l.lane);
  return names.length ? ` (${listNames(names, 3)})` : "";
}

/** ", or link one to campaign 'Spring launch'" when the activities have campaigns. */
export function campaignHint(activities: ReadonlyArray<{ campaign: string | null }>): string {
  const campaigns = activities.map((a) => a.campaign).filter((c): c is string => c !== null);
  if (campaigns.length === 0) return "";
  const unique = [...new Set(campaigns)];
  return `, or link one in those months to campaign${unique.length > 1 ? "s" : ""} ${listNames(unique.map((c) => `'${c}'`))}`;
}
