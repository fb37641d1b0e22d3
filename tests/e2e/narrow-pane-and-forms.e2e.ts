/**
 * The pane at a narrow width and its forms, in the browser: keyboard-reachable scroll regions, the
 * Add activity defaults, Settings as people read them, the pane at 320 px in light and dark themes,
 * the initial download and the activity form loaded on demand.
 */
import { mkdirSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { initialBundle } from "../../bench/ui";
import { ROOT } from "./support/build";
import { openView, previewPerTest, seriousViolations, setPaneWidth, VIEWS } from "./support/page";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots", "narrow-pane-and-forms");

const session = previewPerTest({ waitForCalendar: true });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Elements in the pane that scroll sideways now, and whether each is a named, focusable region. */
async function sidewaysScrollers(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("#pane *"))
      .filter((el) => {
        const x = getComputedStyle(el).overflowX;
        return (x === "auto" || x === "scroll") && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => ({
        html: el.outerHTML.slice(0, 120),
        tabIndex: el.getAttribute("tabindex"),
        role: el.getAttribute("role"),
        label: el.getAttribute("aria-label") ?? "",
      }))
  );
}

test("at 320 px every sideways-scrolling wrapper is a named region reachable by Tab", async () => {
  const { page, pane } = session.preview;
  await setPaneWidth(page, 320);
  let seen = 0;
  for (const view of VIEWS) {
    await openView(pane, view);
    for (const s of await sidewaysScrollers(page)) {
      seen++;
      expect(s).toEqual(
        expect.objectContaining({
          tabIndex: "0",
          role: "region",
          label: expect.stringMatching(/\w{4}/),
        })
      );
    }
  }
  expect(seen).toBeGreaterThan(0); // the Results table at least scrolls at this width
  const results = await openView(pane, "Results");
  const region = results.getByRole("region", { name: /Results by channel/ });
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("End");
  const deadline = Date.now() + 3000; // keyboard scrolling is animated
  while ((await region.evaluate((el) => el.scrollLeft)) === 0 && Date.now() < deadline)
    await page.waitForTimeout(50);
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("a table scrolled sideways keeps its first column in sight", async () => {
  const { page, pane } = session.preview;
  await setPaneWidth(page, 320);
  const results = await openView(pane, "Results");
  const region = results.getByRole("region", { name: /Results by channel/ });
  const place = () =>
    region.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      // elementFromPoint sees only what is in the viewport.
      el.scrollIntoView({ block: "center" });
      const first = el.querySelector("tbody tr")!.children[0];
      const box = first.getBoundingClientRect();
      const seen = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
      return {
        scrolled: el.scrollLeft,
        region: el.getBoundingClientRect().left,
        first: box.left,
        onTop: seen !== null && first.contains(seen),
        name: first.textContent,
      };
    });
  let at = await place();
  const deadline = Date.now() + 3000;
  while (at.scrolled === 0 && Date.now() < deadline) {
    await page.waitForTimeout(50);
    at = await place();
  }
  expect(at.scrolled).toBeGreaterThan(0);
  // The channel's name stays at the region's left edge, drawn over the figures scrolled under it.
  expect(Math.abs(at.first - at.region)).toBeLessThan(1.5);
  expect(at.onTop).toBe(true);
  expect(at.name).not.toBe("");
});

test("Add activity proposes an ID no row uses, and refuses an ID only a row with problems has", async () => {
  const { page, pane } = session.preview;
  // The sample's A-13 has a problem (lane 'Email' is unknown), so it is not in the calendar.
  await pane.getByRole("button", { name: "Add activity" }).click();
  const dialog = page.getByRole("dialog", { name: "Add activity" });
  await dialog.waitFor();
  const id = dialog.getByRole("textbox", { name: /^ID\b/ });
  expect(await id.inputValue()).toBe("A-14");
  await id.fill("a-13");
  await dialog.getByRole("textbox", { name: /^Activity\b/ }).fill("Duplicate ID");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByText(/ID 'a-13' is already used/).waitFor();
  expect(await dialog.isVisible()).toBe(true);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "detached" });
});

test("Settings shows Plan starts as a month and saves a typed month as a real date; Save buttons line up at 320 px", async () => {
  const { page, pane } = session.preview;
  await setPaneWidth(page, 320);
  const settings = await openView(pane, "Settings");
  const planStarts = settings.getByRole("textbox", { name: /^Plan starts/ });
  expect(await planStarts.inputValue()).toBe("Jan 2027");
  expect(
    await settings.getByRole("textbox", { name: /^Siloed spend threshold/ }).inputValue()
  ).toBe("50%");

  // Every Save button sits at the same place beside its input, inside the pane.
  const paneBox = await pane.boundingBox();
  const saves = settings.getByRole("button", { name: /^Save / });
  const boxes = await Promise.all((await saves.all()).map((b) => b.boundingBox()));
  // The 7 plan settings, the 3 of the funnel and the 2 of measurement.
  expect(boxes.length).toBe(12);
  const rights = boxes.map((b) => Math.round((b?.x ?? 0) + (b?.width ?? 0)));
  expect(new Set(rights).size).toBe(1);
  for (const b of boxes)
    expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(paneBox!.x + 320);
  await page.screenshot({ path: path.join(SCREENSHOTS, "settings-320.png") });

  await planStarts.fill("march 2027");
  await settings.getByRole("button", { name: "Save Plan starts" }).click();
  // Jan and Feb's money moves to the next year: the pane asks first (issue 9.7).
  await settings.getByRole("button", { name: "Change Plan starts" }).click();
  await page.waitForFunction(() => {
    const wb = (
      window as unknown as {
        jointPlanPreview: { person: { getValues(s: string, a: string): unknown[][] } };
      }
    ).jointPlanPreview.person;
    const row = wb.getValues("Settings", "A1:B12").find((r) => r[0] === "Plan starts");
    return row?.[1] === 46447; // 2027-03-01 as Excel's date serial
  });
  // The pane re-reads the plan: the field shows the month the checker reads back.
  const deadline = Date.now() + 15000;
  while ((await planStarts.inputValue()) !== "Mar 2027" && Date.now() < deadline)
    await page.waitForTimeout(50);
  expect(await planStarts.inputValue()).toBe("Mar 2027");
  // Saved and re-read: nothing left to save.
  await page.waitForTimeout(600);
  expect(await settings.getByRole("button", { name: "Save Plan starts" }).isDisabled()).toBe(true);
  expect(await planStarts.inputValue()).toBe("Mar 2027");
});

/** What does not fit in the pane now: content wider than the pane (outside a scroll region), cells whose content spills out. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("pane")!;
    const right = pane.getBoundingClientRect().left + pane.clientWidth;
    const out: string[] = [];
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      if (el.closest('[role="region"]') || el.getClientRects().length === 0) continue;
      if (el.getBoundingClientRect().right > right + 0.5) out.push(`beyond the pane: ${name(el)}`);
    }
    for (const cell of Array.from(pane.querySelectorAll<HTMLElement>("td, th"))) {
      if (cell.scrollWidth > cell.clientWidth + 1)
        out.push(`spills out of its cell: ${name(cell)}`);
    }
    return out.slice(0, 10);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`at 320 px in the ${scheme} theme every view fits the pane and passes axe`, async () => {
    const { page, pane } = session.preview;
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 900 });
    await setPaneWidth(page, 320);
    for (const view of VIEWS) {
      const panel = await openView(pane, view);
      if (view === "Budget") {
        // The year's total and the joint share are two lines, not one run-on line.
        const h2 = await panel.getByRole("heading", { name: /^Year:/ }).boundingBox();
        const p = await panel.getByText(/^Joint share of spend:/).boundingBox();
        expect(p!.y).toBeGreaterThanOrEqual(h2!.y + h2!.height - 1);
      }
      await page.waitForTimeout(300);
      await pane.screenshot({
        path: path.join(SCREENSHOTS, `${view.toLowerCase()}-320-${scheme}.png`),
      });
      expect({ view, misfits: await misfits(page) }).toEqual({ view, misfits: [] });
      expect({ view, axe: await seriousViolations(page) }).toEqual({ view, axe: [] });
    }
    // The forms, as dialogs the width of the pane.
    await openView(pane, "Calendar");
    await pane.getByRole("button", { name: "Add activity" }).click();
    const dialog = page.getByRole("dialog", { name: "Add activity" });
    await dialog.waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, `activity-form-320-${scheme}.png`) });
    const surface = await dialog.boundingBox();
    for (const field of await dialog.locator("input, button, textarea").all()) {
      const box = await field.boundingBox();
      if (box) expect(box.x + box.width).toBeLessThanOrEqual(surface!.x + surface!.width + 0.5);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });
}

test("the pane's initial JS + CSS is within the 169 KB gzip goal; the activity form loads on demand", async () => {
  const bundle = initialBundle();
  expect(bundle.totalKb).toBeLessThanOrEqual(169);

  const { page, pane } = session.preview;
  const formChunk = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .some((e) => /activity-form\.[0-9a-f]+\.chunk\.js$/.test(e.name))
    );
  expect(await formChunk()).toBe(false);
  await pane.getByRole("button", { name: "Add activity" }).hover(); // starts loading it
  const deadline = Date.now() + 15000;
  while (!(await formChunk()) && Date.now() < deadline) await page.waitForTimeout(50);
  expect(await formChunk()).toBe(true);
  await pane.getByRole("button", { name: "Add activity" }).click();
  await page.getByRole("dialog", { name: "Add activity" }).waitFor();
  await page.keyboard.press("Escape");

  // The sync score's explanation (drawn without Fluent's Tooltip) shows on focus, hides on Escape.
  const score = pane.getByText(/^Sync score \d+%$/);
  const tip = pane.getByRole("tooltip");
  expect(await tip.isVisible()).toBe(false);
  await score.focus();
  expect(await tip.textContent()).toMatch(/no warning or error flag/);
  expect(await tip.isVisible()).toBe(true);
  expect(await score.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
  await page.keyboard.press("Escape");
  expect(await tip.isVisible()).toBe(false);
});
