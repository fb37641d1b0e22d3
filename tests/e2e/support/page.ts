/** Opening the preview in a page that records console errors, page errors and stray network requests. */
import { readFileSync } from "fs";
import * as path from "path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { launchChromium, type Chromium } from "./browser";
import { ROOT } from "./build";

export interface PreviewPage {
  page: Page;
  /** The task pane (the same App as in Excel). */
  pane: Locator;
  /** The simulated workbook's view (sheet tabs, formula bar, grid). */
  workbook: Locator;
  /** console.error messages, uncaught page errors and requests to anything but our server. */
  problems: string[];
}

export function baseUrl(): string {
  const url = process.env.JOINT_PLAN_E2E_URL;
  if (!url) throw new Error("JOINT_PLAN_E2E_URL is not set: run through tests/e2e/jest.config.js");
  return url;
}

/** Waits until the preview page has opened its workbook and rendered the pane (`jointPlanPreview.ready`). */
export async function previewReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window as unknown as { jointPlanPreview?: { ready: boolean } }).jointPlanPreview?.ready ===
      true,
    null,
    { timeout: 30000 }
  );
}

export async function openPreview(context: BrowserContext, query = ""): Promise<PreviewPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const base = baseUrl();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith("blob:") && !url.startsWith("data:")) {
      problems.push(`network request outside the preview: ${url}`);
    }
  });
  try {
    await page.goto(`${base}preview.html${query}`);
    await previewReady(page);
  } catch (error) {
    await page.close();
    throw new Error(
      `The preview did not start: ${String(error)}\n${problems.join("\n") || "(no errors logged)"}`
    );
  }
  return {
    page,
    pane: page.locator("#pane"),
    workbook: page.getByRole("region", { name: "Simulated workbook" }),
    problems,
  };
}

/** How wide Excel's task pane is (the preview's pane column is 400 px). */
export const TASK_PANE_WIDTH = 350;

/** Narrows (or widens) the preview's pane column to `width` px, as a task pane that wide. */
export async function setPaneWidth(page: Page, width = TASK_PANE_WIDTH): Promise<void> {
  await page.evaluate((w) => {
    const grid = document.getElementById("pane")?.parentElement;
    if (grid) grid.style.gridTemplateColumns = `${w}px 1fr`;
  }, width);
}

/** The pane's calendar table, once the plan has been read. */
export function calendar(pane: Locator): Locator {
  return pane.getByRole("table", { name: "Calendar" });
}

const AXE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A/AA rules and best practices). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const hasAxe = await page.evaluate(
    () => typeof (window as { axe?: unknown }).axe !== "undefined"
  );
  if (!hasAxe) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    // Tabster's focus-trap sentinels (<i tabindex="0" aria-hidden="true" data-tabster-dummy>, used
    // by Fluent UI for dialogs and focus groups) pass focus on at once; axe cannot know that.
    const dummies = Array.from(document.querySelectorAll("[data-tabster-dummy]"));
    const result = await axe.run(
      { include: [document.documentElement], exclude: dummies } as unknown as Document,
      { resultTypes: ["violations"] }
    );
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
  });
}

/** Presses Tab (at most `limit` times) until the focused element's accessible name or label matches. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelledBy = el.getAttribute("aria-labelledby");
      const byIds = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : "";
      const labels = (el as HTMLInputElement).labels
        ? Array.from((el as HTMLInputElement).labels ?? [])
            .map((l) => l.textContent ?? "")
            .join(" ")
        : "";
      return [el.getAttribute("aria-label") ?? "", byIds, labels, el.textContent ?? ""].join(" | ");
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached an element named ${name}`);
}

/** The pane's views, in tab order. */
export const VIEWS = [
  "Calendar",
  "Budget",
  "Flags",
  "Results",
  "Demand",
  "Meeting",
  "Settings",
] as const;

/** Opens one of the pane's views and waits until it has rendered (lazy views load on first use). */
export async function openView(pane: Locator, view: string): Promise<Locator> {
  await pane.getByRole("tab", { name: view, exact: true }).click();
  const panel = pane.getByRole("tabpanel", { name: view });
  await panel.waitFor();
  await panel.getByText("Loading…").waitFor({ state: "detached" });
  return panel;
}

export interface PreviewSession {
  /** One Chromium for the whole test file. */
  readonly chromium: Chromium;
  /** A fresh preview page for the running test. */
  readonly preview: PreviewPage;
}

/**
 * The hooks every e2e file shares: one Chromium per file, a fresh preview page per test (with the
 * calendar drawn, if asked), and after each test no console error, page error or outside request.
 */
export function previewPerTest(options: { waitForCalendar?: boolean } = {}): PreviewSession {
  let chromium: Chromium | undefined;
  let preview: PreviewPage | undefined;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });
  beforeEach(async () => {
    preview = undefined;
    preview = await openPreview(chromium!.context);
    if (options.waitForCalendar) await calendar(preview.pane).waitFor();
  });
  afterEach(async () => {
    if (!preview) return;
    const problems = preview.problems;
    await preview.page.close();
    expect(problems).toEqual([]);
  });
  return {
    get chromium() {
      return chromium!;
    },
    get preview() {
      return preview!;
    },
  };
}

/** Elements of the pane reaching past its right edge, outside a sideways-scrolling region. */
export async function beyondThePane(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("pane")!;
    const right = pane.getBoundingClientRect().left + pane.clientWidth;
    return Array.from(pane.querySelectorAll<HTMLElement>("*"))
      .filter((el) => !el.closest('[role="region"]') && el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().right > right + 0.5)
      .map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 40)}"`)
      .slice(0, 10);
  });
}

/** The sheet and A1-style address the simulated Excel has selected now. */
export async function selection(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const wb = (
      window as unknown as {
        jointPlanPreview: {
          workbook: {
            selection: { sheetId: string; rect: { r0: number; c0: number } } | null;
            sheets: { id: string; name: string }[];
          };
        };
      }
    ).jointPlanPreview.workbook;
    const sel = wb.selection;
    if (!sel) return null;
    const sheet = wb.sheets.find((s) => s.id === sel.sheetId)?.name ?? "?";
    return `${sheet}!${String.fromCharCode(65 + sel.rect.c0)}${sel.rect.r0 + 1}`;
  });
}
