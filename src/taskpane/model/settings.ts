/** Settings form: text typed by a person → the cell to save, validated with the checker's own reader. Pure. */
import {
  type Cell,
  changesAnything,
  DEMAND_SETTING,
  parseMonth,
  parsePlan,
  type Plan,
  planMonths,
  planStartsChange,
  sameName,
  SETTING,
} from "../../workbook";
import { money as moneyText, monthLabel, monthRange } from "./format";

const isPlanStarts = (setting: string) => sameName(setting, SETTING.planStarts);
/** The settings that are shares, shown as percentages ("50%"). */
const SHARES: readonly string[] = [
  SETTING.siloedSpendThreshold,
  SETTING.followUpTarget,
  SETTING.channelShiftThreshold,
  DEMAND_SETTING.leadToCloseRate,
];
const isShare = (setting: string) => SHARES.some((s) => sameName(setting, s));

/**
 * The value typed for a setting, as the cell to write: numbers as numbers, "50%" as 0.5, and
 * Plan starts in any form the checker reads ("Jan 2027", "January 2027", "2027-01") as `YYYY-MM`,
 * which the workbook layer writes as a real date. Text the checker cannot read is kept as typed,
 * so that settingError gives the checker's own message.
 */
export function settingCell(setting: string, text: string): Cell {
  const t = text.trim();
  if (t === "") return "";
  if (isPlanStarts(setting)) {
    const month = parseMonth(t);
    return month.ok ? month.month : t;
  }
  if (setting === SETTING.currency) return t;
  const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (percent) return Number(percent[1]) / 100;
  const plain = t.replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : t;
}

/**
 * The checker's message when the value is not valid for the setting, or null. The whole plan reader
 * (parsePlan) reads it, so every setting it knows is checked (the funnel's ones too).
 */
export function settingError(setting: string, value: Cell): string | null {
  const { problems } = parsePlan({
    settings: { [SETTING.planStarts]: "2000-01", [setting]: value },
    activities: [],
    budget: [],
  });
  const problem = problems.find(
    (p) => p.table === "Settings" && p.column !== null && sameName(p.column, setting)
  );
  if (!problem) return null;
  // A form refuses the value, so nothing "is used until it is fixed": that tail (and the cap's
  // ": no cap") is for a value already in the sheet.
  return problem.message.replace(/ The default is used until it is fixed(: [^.]*)?\.$/, "");
}

/** A share 0..1 (a number, or numeric text) as "50%", or null when the value is not a share. */
function shareText(value: Cell): string | null {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) return null;
  return `${Math.round(n * 1000) / 10}%`;
}

/**
 * A setting's cell as text for its input, as a person reads it: Plan starts as a month
 * ("Jan 2027", not the date's serial 46388), a share (threshold, target, close rate) as a percentage.
 * A value the checker cannot read is shown as it stands, so that it can be corrected.
 */
export function settingText(setting: string, value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (isPlanStarts(setting)) {
    if (typeof value === "string" && value.trim() === "") return "";
    const month = parseMonth(value);
    return month.ok ? monthLabel(month.month) : String(value);
  }
  if (isShare(setting)) return shareText(value) ?? String(value);
  return String(value);
}

/** What a new Plan starts would move, in sentences for the confirmation; null when nothing moves. */
export interface PlanStartsStory {
  /** "Mar 2027 → Mar 2028"-style sentences about the Budget's money, in plan order. */
  money: string[];
  /** Activities, Results rows and Targets that fall (wholly or partly) outside the new year. */
  outside: string[];
}

/**
 * The confirmation a Plan starts change needs before it is saved (issue 9.7): which month's money
 * is re-dated and what falls outside the new year. Null when the setting is not Plan starts, the
 * value is not a month, the plan has no year yet, or nothing would move.
 */
export function planStartsStory(
  setting: string,
  value: Cell,
  plan: Plan,
  currency: string
): PlanStartsStory | null {
  if (!isPlanStarts(setting) || typeof value !== "string") return null;
  const to = parseMonth(value);
  if (!to.ok) return null;
  const change = planStartsChange(plan, to.month);
  if (!change || !changesAnything(change)) return null;
  const money = change.moves.map(
    (m) =>
      `${moneyText(m.amount, currency)} of ${monthLabel(m.from)} becomes ${monthLabel(m.to)} (${m.lines} ${m.lines === 1 ? "line" : "lines"}).`
  );
  const year = `${monthLabel(to.month)}–${monthLabel(planMonths(to.month)[11])}`;
  const outside: string[] = change.activities.map(
    (a) =>
      `${a.id} '${a.activity}' (${monthRange(a.start, a.end)}) ${a.whollyOutside ? `falls outside the new year (${year}) and will be left out` : `runs partly outside the new year (${year}); only its months inside it will count`}.`
  );
  if (change.results.length > 0) {
    const n = change.results.length;
    outside.push(
      `${n} Results ${n === 1 ? "row falls" : "rows fall"} outside the new year (${year}) and will be left out.`
    );
  }
  if (change.targets.length > 0) {
    const n = change.targets.length;
    outside.push(
      `${n} revenue ${n === 1 ? "target falls" : "targets fall"} outside the new year (${year}) and will be left out.`
    );
  }
  return { money, outside };
}
