/**
 * Issue 9's first render: styles are compiled when building (webpack.config.js: Griffel's loader
 * and its CSS extraction). Each page gets its styles from the build's stylesheet; Griffel inserts
 * no rule into the page at run time, in any view, light or dark, and dark mode still applies
 * (Fluent's tokens are CSS variables that the theme sets).
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { initialAssets } from "../../bench/ui";
import { DIST } from "./support/build";
import { openView, previewPerTest, setPaneWidth } from "./support/page";

const session = previewPerTest({ waitForCalendar: true });

test.each(["taskpane.html", "meeting.html"])("%s links the build's stylesheet", (page) => {
  const sheets = initialAssets(readFileSync(path.join(DIST, page), "utf8")).filter((file) =>
    file.endsWith(".css")
  );
  expect(sheets).toHaveLength(1);
  const css = readFileSync(path.join(DIST, sheets[0].replace(/^\.?\//, "")), "utf8");
  // Fluent's rules refer to its tokens as CSS variables (so the theme, light or dark, applies).
  expect(css).toContain("var(--colorNeutralBackground1)");
});

/** Rules in Griffel's run-time style elements, and in the stylesheets the page loaded from files. */
function ruleCounts(page: Page): Promise<{ inserted: number; fromFiles: number }> {
  return page.evaluate(() => {
    const rules = (sheet: CSSStyleSheet | null) => sheet?.cssRules.length ?? 0;
    const inserted = [...document.querySelectorAll("style[data-make-styles-bucket]")]
      .map((el) => rules((el as HTMLStyleElement).sheet))
      .reduce((a, b) => a + b, 0);
    const fromFiles = [...document.styleSheets]
      .filter((sheet) => sheet.href?.endsWith(".css"))
      .map(rules)
      .reduce((a, b) => a + b, 0);
    return { inserted, fromFiles };
  });
}

/** The pane's view tabs, as the pane shows them. */
async function viewNames(page: Page): Promise<string[]> {
  const tabs = page.locator("#pane").getByRole("tablist", { name: "Views" }).getByRole("tab");
  return (await tabs.allInnerTexts()).map((name) => name.trim());
}

test("no view, light or dark, inserts a style rule at run time; the stylesheet styles them", async () => {
  const { page, pane } = session.preview;
  await setPaneWidth(page);
  const textColor: Record<string, string> = {};
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const names = await viewNames(page);
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) {
      await openView(pane, name);
      expect({ view: name, scheme, ...(await ruleCounts(page)) }).toEqual({
        view: name,
        scheme,
        inserted: 0,
        fromFiles: expect.any(Number),
      });
    }
    expect((await ruleCounts(page)).fromFiles).toBeGreaterThan(500);
    // The text colour comes from FluentProvider's rule in the stylesheet (a token, a variable).
    textColor[scheme] = await pane
      .getByRole("tabpanel")
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  }
  // The same rules, other token values: the dark theme's text is not the light theme's (without
  // the stylesheet both would be the browser's default black).
  expect(textColor.dark).not.toBe(textColor.light);
});
