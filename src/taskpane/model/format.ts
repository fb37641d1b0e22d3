/** Words and numbers as the pane shows them. Pure functions. */
import { money, monthLabel } from "../../workbook";

/** "Mar 2027" for `2027-03`: the domain's one label, also on the workbook's sheets. */
/** money: an amount in the plan's currency, without decimals (the domain's, shared with the Summary sheet). */
export { money, monthLabel };

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

/**
 * An amount for a chart's axis, short enough for a 350 px pane: "$80K", "$1.2M", "€500";
 * falls back to "80K XYZ" for an unknown code. The tables under the charts have the exact figures.
 */
export function moneyShort(amount: number, currency: string): string {
  const compact = {
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  } as const;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, ...compact }).format(
      amount
    );
  } catch {
    return `${new Intl.NumberFormat("en-US", compact).format(amount)} ${currency}`;
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
