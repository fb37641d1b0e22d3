/** Words and numbers as the pane shows them. Pure functions. */
import { monthLabel } from "../../workbook";

/** "Mar 2027" for `2027-03`: the domain's one label, also on the workbook's sheets. */
export { monthLabel };

/** "Mar" for `2027-03`: the label without its year. */
export function monthShort(month: string): string {
  const label = monthLabel(month);
  return label === month ? month : label.slice(0, label.lastIndexOf(" "));
}

/** "Mar–May 2027", "Dec 2027–Feb 2028" or "Mar 2027" for a range of months. */
export function monthRange(start: string, end: string): string {
  if (start === end) return monthLabel(start);
  if (start.slice(0, 4) === end.slice(0, 4)) return `${monthShort(start)}–${monthLabel(end)}`;
  return `${monthLabel(start)}–${monthLabel(end)}`;
}

/** An amount in the plan's currency, without decimals; falls back to "1,234 XYZ" for an unknown code. */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

/** A chart axis label: "$84K", "$1.2M" (short enough for a narrow pane's axis). */
export function compactMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    const n = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
    return `${n.format(amount)} ${currency}`;
  }
}

/** An amount that may be missing: null reads "not reported", never 0. */
export function moneyOrNone(amount: number | null, currency: string): string {
  return amount === null ? "not reported" : money(amount, currency);
}

export function countOrNone(n: number | null): string {
  return n === null ? "not reported" : new Intl.NumberFormat("en-US").format(n);
}

/** A share 0..1 as "42%"; null as "—" words. */
export function percent(share: number | null, none = "none"): string {
  return share === null ? none : `${Math.round(share * 100)}%`;
}
