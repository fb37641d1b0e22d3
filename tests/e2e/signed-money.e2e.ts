/**
 * A signed amount stays whole when a line wraps. In a 350 px pane the Meeting and Budget lists
 * wrapped "−$75,000" after its minus sign: Chromium may break between U+2212 and "$" (both
 * prefixes to a number for Unicode's line breaking), leaving "−" at a line's end. Checked with
 * Chromium's own line breaking: each amount alone in a box 1 px wide takes one line.
 */
import { launchChromium, type Chromium } from "./support/browser";
import { money } from "../../src/domain/money";
import { signedMoney } from "../../src/taskpane/model/finance";

let chromium: Chromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(() => chromium.close());

/** How many lines Chromium gives `text` in a box 1 px wide (a break wherever one is allowed). */
async function linesOf(text: string): Promise<number> {
  const page = await chromium.context.newPage();
  try {
    await page.setContent('<div id="box" style="width:1px;font:16px sans-serif"></div>');
    return await page.evaluate((text) => {
      const box = document.getElementById("box")!;
      box.textContent = text;
      const node = box.firstChild!;
      const range = document.createRange();
      const tops = new Set<number>();
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0) tops.add(Math.round(rect.top));
      }
      return tops.size;
    }, text);
  } finally {
    await page.close();
  }
}

test("a signed amount never breaks after its sign", async () => {
  // The box itself breaks where it may: two words take two lines.
  expect(await linesOf("Renewal mailer")).toBe(2);
  for (const amount of [
    signedMoney(-75000, "USD"),
    signedMoney(75000, "USD"),
    signedMoney(-1234567, "EUR"),
    money(-75000, "USD"),
  ])
    expect({ amount, lines: await linesOf(amount) }).toEqual({ amount, lines: 1 });
});
