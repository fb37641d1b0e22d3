// `node scripts/screenshots.mjs [built-dir]`: pictures of every view of the pane at a real
// task-pane width (350 px), light and dark, and of the full-size Meeting view, into
// docs/screenshots/. It drives the production preview in Debian's Chromium (playwright-core,
// /usr/bin/chromium or $CHROMIUM_PATH; no browser is downloaded). Build first: `npm run build`
// (dist/), or pass the e2e tests' build, test-results/dist.
/* global window, document -- the page functions run in the browser */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, "dist"));
const OUT = path.join(ROOT, "docs", "screenshots");
const WIDTH = 350;
/**
 * The parts of a view below its first screen, each its own picture (light theme): a view's
 * picture shows what the pane shows without scrolling, and these are further down.
 */
const PARTS = {
  Budget: [
    ["status", 'section[aria-labelledby="budget-status"]'],
    ["baseline", 'section[aria-labelledby="budget-baselines"]'],
  ],
  Demand: [
    ["leads", 'section[aria-labelledby="demand-months"]'],
    ["capacity", 'section[aria-labelledby="demand-lanes"]'],
    ["doors", 'section[aria-labelledby="demand-doors"]'],
  ],
  Results: [
    ["channels", 'section[aria-label="Channels side by side"]'],
    ["scorecard", 'section[aria-label="Two-way scorecard"]'],
    ["plan-actual", 'section[aria-labelledby="plan-actual"]'],
  ],
};
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
};

if (!existsSync(path.join(DIST, "preview.html"))) {
  console.error(`No build in ${DIST}: run npm run build, or pass a built directory.`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
  if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const profile = mkdtempSync(path.join(tmpdir(), "joint-plan-shots-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  viewport: { width: 1280, height: 900 },
});
mkdirSync(OUT, { recursive: true });
const written = [];
try {
  for (const scheme of ["light", "dark"]) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}preview.html`);
    await page.waitForFunction(() => window.jointPlanPreview?.ready === true, null, {
      timeout: 60000,
    });
    await page.evaluate((w) => {
      document.getElementById("pane").parentElement.style.gridTemplateColumns = `${w}px 1fr`;
    }, WIDTH);
    const pane = page.locator("#pane");
    await pane.getByRole("table", { name: "Calendar" }).waitFor();
    const tabs = await pane
      .getByRole("tablist", { name: "Views" })
      .getByRole("tab")
      .allInnerTexts();
    for (const raw of tabs) {
      const view = raw.trim();
      await pane.getByRole("tab", { name: view, exact: true }).click();
      await pane.getByRole("tabpanel", { name: view }).waitFor();
      await pane.getByText("Loading…").waitFor({ state: "detached" });
      await page.waitForTimeout(500);
      const file = path.join(OUT, `pane-${WIDTH}-${view.toLowerCase()}-${scheme}.png`);
      await pane.screenshot({ path: file });
      written.push(file);
      if (scheme !== "light" || !PARTS[view]) continue;
      // A tall window, so the pane's scrolling area holds a whole part (it is clipped otherwise).
      await page.setViewportSize({ width: 1280, height: 3200 });
      await page.waitForTimeout(300);
      for (const [part, selector] of PARTS[view]) {
        const section = pane.getByRole("tabpanel", { name: view }).locator(selector).first();
        await section.waitFor();
        await section.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        const partFile = path.join(OUT, `pane-${WIDTH}-${view.toLowerCase()}-${part}-light.png`);
        await section.screenshot({ path: partFile });
        written.push(partFile);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    if (scheme === "light") {
      await pane.getByRole("tab", { name: "Meeting", exact: true }).click();
      await pane.getByRole("button", { name: /Open full size/ }).click();
      await page.getByRole("dialog", { name: /Meeting/ }).waitFor();
      await page.waitForTimeout(500);
      const file = path.join(OUT, "meeting-full-size.png");
      await page.screenshot({ path: file });
      written.push(file);
      await page.keyboard.press("Escape");
    }
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}
for (const file of written) console.log(path.relative(ROOT, file));
