/**
 * Leads as people read them: whole leads. The metrics keep rules.md's 6-decimal leads (an
 * activity's E ÷ k per month); what a person reads is rounded to the nearest whole lead, and a
 * sentence says "about" when the figure was not whole, so "283.333333" reads "about 283".
 */
let counts: Intl.NumberFormat | null = null;
const whole = (n: number) => {
  counts ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  return counts.format(n).replace(/^-0$/, "0");
};

/** A table cell: "283" for 283.333333; "<1" for a positive figure under half a lead. */
export function wholeLeads(n: number): string {
  if (n > 0 && n < 0.5) return "<1";
  return whole(Math.round(n));
}

/** In a sentence: "283", "about 283" for 283.333333, "less than 1" for 0.2. */
export function leadWords(n: number): string {
  if (Number.isInteger(n)) return whole(n);
  if (n > 0 && n < 0.5) return "less than 1";
  return `about ${whole(Math.round(n))}`;
}
