/**
 * The preview's workbook side: it loads with the sample plan and no network, a co-author's edit in
 * the grid reaches the task pane by itself, and "Download as .xlsx" saves a real file.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "fs";
import * as path from "path";
import { DIST, ROOT } from "./support/build";
import { baseUrl, calendar, openPreview, previewPerTest, previewReady } from "./support/page";

const session = previewPerTest();

test("the preview opens the sample plan on the simulated workbook, with no network", async () => {
  const { workbook, pane } = session.preview;
  for (const sheet of ["Activities", "Budget", "Results", "Settings", "Lanes"]) {
    await workbook.getByRole("tab", { name: sheet, exact: true }).waitFor();
  }
  await workbook.getByRole("cell", { name: "Spring launch TV spot", exact: true }).waitFor();
  await calendar(pane).waitFor();
  await pane.getByRole("button", { name: /^Spring launch TV spot/ }).waitFor();
});

// How fast it arrives (the goal is within a second) is measured by `npm run bench:ui`, not asserted
// here: a loaded machine must not turn a working pane into a failing test.
test("a co-author's edit in the grid shows in the pane by itself, with no action in the pane", async () => {
  const { page, pane, workbook } = session.preview;
  await pane.getByRole("button", { name: /^Spring mailer \(/ }).waitFor();

  await workbook.getByRole("cell", { name: "Spring mailer", exact: true }).click();
  const address = await workbook.getByRole("textbox", { name: "Cell address" }).inputValue();
  const value = workbook.getByRole("textbox", { name: "Cell value" });
  await value.fill("Spring mailer, reprinted");
  await value.press("Enter");

  await pane.getByRole("button", { name: /^Spring mailer, reprinted/ }).waitFor({ timeout: 15000 });
  expect(await pane.getByRole("button", { name: /^Spring mailer \(/ }).count()).toBe(0);
  // The pane only read: it wrote nothing back (the cell holds exactly what the co-author typed).
  const cell = await page.evaluate((at) => {
    const wb = (
      window as unknown as {
        jointPlanPreview: { person: { getValues(s: string, a: string): unknown[][] } };
      }
    ).jointPlanPreview.person;
    return wb.getValues("Activities", at)[0][0];
  }, address);
  expect(cell).toBe("Spring mailer, reprinted");
});

// Found by a finance reviewer: a sheet chosen by its tab snapped back to Activities whenever the
// workbook changed (every co-author edit), so the Summary's formulas could not be audited.
test("a sheet chosen by its tab stays shown when the workbook changes", async () => {
  const { workbook } = session.preview;
  await workbook.getByRole("tab", { name: "Budget", exact: true }).click();
  const budget = workbook.getByRole("table", { name: "Cells of Budget" });
  await budget.getByRole("cell", { name: "TV and online media", exact: true }).click();
  const value = workbook.getByRole("textbox", { name: "Cell value" });
  await value.fill("TV, online and radio");
  await value.press("Enter");
  // The edit changed the workbook: the grid still shows Budget, with the edit in it.
  await budget.getByRole("cell", { name: "TV, online and radio", exact: true }).waitFor();
  expect(
    await workbook.getByRole("tab", { name: "Budget", exact: true }).getAttribute("aria-selected")
  ).toBe("true");
  expect(await workbook.getByRole("table", { name: "Cells of Activities" }).count()).toBe(0);
});

test("Download as .xlsx saves the workbook as a real Excel file", async () => {
  const { page, workbook } = session.preview;
  const download = page.waitForEvent("download", { timeout: 30000 });
  await workbook.getByRole("button", { name: "Download as .xlsx" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Joint Plan.xlsx");
  const dir = path.join(ROOT, "test-results");
  mkdirSync(dir, { recursive: true });
  const saved = path.join(dir, "preview-download.xlsx");
  await file.saveAs(saved);
  const data = readFileSync(saved);
  expect(data.subarray(0, 2).toString()).toBe("PK");

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const names = book.worksheets.map((w) => w.name);
  expect(names).toEqual(
    expect.arrayContaining(["Activities", "Budget", "Results", "Settings", "Lanes"])
  );
  const activities = book.getWorksheet("Activities");
  const texts: string[] = [];
  activities?.eachRow((row) => texts.push(String(row.getCell(2).value)));
  expect(texts).toContain("Spring launch TV spot");
});

test("an empty workbook: the pane sets up the sample plan, and the sheets appear in the workbook", async () => {
  const empty = await openPreview(session.chromium.context, "?plan=empty");
  try {
    const setUp = empty.pane.getByRole("button", { name: "Set up with sample plan" });
    await setUp.click();
    await calendar(empty.pane).waitFor({ timeout: 15000 });
    await empty.pane.getByRole("button", { name: /^Spring launch TV spot/ }).waitFor();
    for (const sheet of ["Activities", "Budget", "Results", "Settings", "Lanes"]) {
      await empty.workbook.getByRole("tab", { name: sheet, exact: true }).waitFor();
    }
    expect(empty.problems).toEqual([]);
  } finally {
    await empty.page.close();
  }
});

// The grid is the preview's, not the pane's: it is drawn only after the pane's first screen was
// painted, so that it never delays it (First render, round 5, in docs/decisions.md).
test("the preview draws the workbook's grid after the pane's first screen", async () => {
  const page = await session.chromium.context.newPage();
  try {
    // Notes, at every frame, whether the pane's bars and the grid's cells are in the page.
    await page.addInitScript(() => {
      const seen: { bars: boolean; cells: boolean }[] = [];
      (window as unknown as { frames: typeof seen }).frames = seen;
      const look = () => {
        const bars = document.querySelector('#pane table[aria-label="Calendar"] tbody button');
        const cells = document.querySelector('[aria-label="Simulated workbook"] td[data-address]');
        seen.push({ bars: bars !== null, cells: cells !== null });
        if (!bars || !cells) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${baseUrl()}preview.html`);
    await previewReady(page);
    const workbook = page.getByRole("region", { name: "Simulated workbook" });
    await workbook.getByRole("cell", { name: "Spring launch TV spot", exact: true }).waitFor();
    const frames = await page.evaluate(
      () => (window as unknown as { frames: { bars: boolean; cells: boolean }[] }).frames
    );
    const firstBars = frames.findIndex((f) => f.bars);
    const firstCells = frames.findIndex((f) => f.cells);
    expect(firstBars).toBeGreaterThanOrEqual(0);
    // The first frame with the pane's bars has no grid yet; the grid comes in a later frame.
    expect(frames[firstBars].cells).toBe(false);
    expect(firstCells).toBeGreaterThan(firstBars);
  } finally {
    await page.close();
  }
});

// The first script only imports the preview's two parts; preview.html names their scripts too
// (scripts/preload-chunks.js), so they download and compile while the first script still arrives.
test("the preview's page asks for every script and stylesheet of its start and page at once, each used once", async () => {
  const page = await session.chromium.context.newPage();
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" && /preload/i.test(m.text())) warnings.push(m.text());
  });
  try {
    await page.goto(`${baseUrl()}preview.html`);
    await previewReady(page);
    const loads = await page.evaluate(() => {
      const ready = performance.getEntriesByName("joint-plan:workbook-ready")[0].startTime;
      return (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.name.endsWith(".chunk.js") && e.startTime < ready)
        .map((e) => ({ file: e.name.split("/").pop()!, by: e.initiatorType }));
    });
    const part = (name: string) => loads.find((l) => l.file.startsWith(`${name}.`));
    expect(part("preview-start")).toEqual(expect.objectContaining({ by: "link" }));
    expect(part("preview-page")).toEqual(expect.objectContaining({ by: "link" }));
    // Every chunk the preview needed before the pane started came from the page's own links
    // (none was first found by the script), and each was fetched once: the preloads were used.
    expect(loads.filter((l) => l.by !== "link")).toEqual([]);
    expect(new Set(loads.map((l) => l.file)).size).toBe(loads.length);
    // The page chunks' stylesheet (Griffel's rules, compiled when building) is preloaded too, and
    // fetched once.
    const sheets = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.name.endsWith(".css"))
        .map((e) => e.name.split("/").pop()!)
    );
    const preloaded = [
      ...readFileSync(path.join(DIST, "preview.html"), "utf8").matchAll(
        /<link\b[^>]*\bas=["']?style\b[^>]*\bhref=["']?([^"'\s>]+)/g
      ),
    ].map((m) => m[1]);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets).toEqual([...new Set(sheets)]);
    expect(preloaded).toEqual(expect.arrayContaining(sheets));
    await page.waitForTimeout(3500); // Chromium warns of a preload unused 3 s after the load.
    expect(warnings).toEqual([]);
  } finally {
    await page.close();
  }
});

// preview.html loads Microsoft's library async, so the preview's own script may run before it:
// the workbook is filled meanwhile, and the pane is connected only once the library has run.
test("the preview starts when Microsoft's library arrives after the preview's own script", async () => {
  const page = await session.chromium.context.newPage();
  try {
    await page.route("**/excel-web-16.00.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${baseUrl()}preview.html`);
    await previewReady(page);
    const pane = page.locator("#pane");
    await pane.getByRole("button", { name: /^Spring launch TV spot/ }).waitFor();
    // The preview's setup ends (and the pane starts) only after the library has loaded.
    const times = await page.evaluate(() => ({
      library: (
        performance
          .getEntriesByType("resource")
          .find((e) => e.name.endsWith("excel-web-16.00.js")) as PerformanceResourceTiming
      ).responseEnd,
      ready: performance.getEntriesByName("joint-plan:workbook-ready")[0].startTime,
    }));
    expect(times.ready).toBeGreaterThanOrEqual(times.library);
  } finally {
    await page.close();
  }
});

test("the preview says it could not start when Microsoft's library does not load", async () => {
  const page = await session.chromium.context.newPage();
  try {
    await page.route("**/excel-web-16.00.js", (route) => route.abort());
    await page.goto(`${baseUrl()}preview.html`);
    await page
      .getByText(/The preview could not start: excel-web-16\.00\.js did not load/)
      .waitFor({ timeout: 30000 });
  } finally {
    await page.close();
  }
});
