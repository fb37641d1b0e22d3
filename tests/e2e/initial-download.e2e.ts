/**
 * Issue 9, "Measures": the pane's initial download stays within 150 KB gzip. Parts of the first
 * view that it can be drawn without (the calendar filters' Select, Fluent's Spinner) load beside
 * that download; until they arrive a stand-in of the same size holds their place, so nothing on
 * the calendar moves when they do.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Locator, Route } from "playwright-core";
import { initialBundle } from "../../bench/ui";
import { launchChromium, type Chromium } from "./support/browser";
import { DIST } from "./support/build";
import { baseUrl, calendar, type PreviewPage, previewReady } from "./support/page";

const GOAL_KB = 150;

describe("the task pane's initial download", () => {
  test(`is at most ${GOAL_KB} KB gzip`, () => {
    const bundle = initialBundle();
    expect(bundle.files.length).toBeGreaterThan(0);
    expect(Math.round(bundle.totalKb * 10) / 10).toBeLessThanOrEqual(GOAL_KB);
  });

  test("leaves out Fluent's Select and Spinner, which the first view draws without", () => {
    const code = initialBundle()
      .files.map((f) => readFileSync(path.join(DIST, f.file.replace(/^\.?\//, "")), "utf8"))
      .join("\n");
    // Their class names, which only their own code holds.
    expect(code).toContain("fui-Button");
    expect(code).not.toContain("fui-Select__select");
    expect(code).not.toContain("fui-Spinner__spinner");
  });
});

/** Holds the requests it handles until released (as a slow network would), then lets all through. */
function holder() {
  const held: Route[] = [];
  let released = false;
  return {
    handler: (route: Route) => (released ? route.continue() : void held.push(route)),
    count: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not drawn");
  return b;
};

describe("parts loaded beside the first download", () => {
  let chromium: Chromium;
  let preview: PreviewPage | undefined;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium.close();
  });
  afterEach(async () => {
    if (!preview) return;
    const problems = preview.problems;
    await preview.page.close();
    preview = undefined;
    expect(problems).toEqual([]);
  });

  /**
   * The preview with the requests for files matching `pattern` held from the start. Not through
   * openPreview: a held script delays the page's load event, which it waits for.
   */
  async function openHolding(pattern: RegExp) {
    const files = holder();
    const page = await chromium.context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    page.on("pageerror", (error) => problems.push(error.message));
    await page.route(pattern, files.handler);
    await page.goto(`${baseUrl()}preview.html`, { waitUntil: "commit" });
    preview = { page, pane: page.locator("#pane"), workbook: page.locator("body"), problems };
    await previewReady(page);
    return files;
  }

  test("the calendar is drawn before the filters' Select arrives, and nothing moves when it does", async () => {
    const filters = await openHolding(/filter-select\.[0-9a-f]+\.chunk\.js$/);
    const { pane } = preview!;
    const table = calendar(pane);
    await table.waitFor();
    expect(filters.count()).toBe(1);
    const group = pane.getByRole("group", { name: "Show only" });
    // The stand-ins: each filter's label over an empty box, no select yet.
    for (const label of ["Team", "Lane", "Campaign"]) await group.getByText(label).waitFor();
    expect(await group.getByRole("combobox").count()).toBe(0);
    const firstBar = table.locator("tbody button").first();
    const before = { group: await box(group), table: await box(table), bar: await box(firstBar) };

    await filters.release();
    await group.getByRole("combobox", { name: "Team" }).waitFor();
    expect(await group.getByRole("combobox").count()).toBe(3);
    expect({ group: await box(group), table: await box(table), bar: await box(firstBar) }).toEqual(
      before
    );
    // And they work.
    await group.getByRole("combobox", { name: "Team" }).selectOption("Sales");
    await pane.getByText(/^Showing \d+ of \d+ activities/).waitFor();
  });

  test("a spinner's stand-in has the spinner's size and label", async () => {
    const spinner = await openHolding(/spinner\.[0-9a-f]+\.chunk\.js$/);
    const { page, pane } = preview!;
    await calendar(pane).waitFor();
    // Hold the Budget view's code too, so that its "Loading…" spinner stays up.
    const views = holder();
    await page.route(/\.chunk\.js$/, views.handler);
    await pane.getByRole("tab", { name: "Budget", exact: true }).click();
    const loading = pane.getByRole("progressbar", { name: "Loading…" });
    await loading.waitFor();
    expect(await pane.locator(".fui-Spinner").count()).toBe(0);
    const label = loading.getByText("Loading…");
    const before = { spinner: await box(loading), label: await box(label) };

    await spinner.release();
    await pane.locator(".fui-Spinner").waitFor();
    expect({ spinner: await box(loading), label: await box(label) }).toEqual(before);
    await views.release();
    await pane.getByRole("tabpanel", { name: "Budget" }).getByText("Loading…").waitFor({
      state: "detached",
    });
  });
});
