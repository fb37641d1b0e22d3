/**
 * An amount of money as the pane and the Summary sheet's words write it: "$81,000" (the plan's
 * currency, no decimals), or "81,000 XYZ" for a code Intl does not know.
 */
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
