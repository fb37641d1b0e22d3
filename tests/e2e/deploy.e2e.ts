/**
 * Deploying for a team: the release build for a custom JOINT_PLAN_URL (the one every e2e test runs
 * against, see support/build.ts) has a manifest that validates against Microsoft's schema and names
 * only files of that build at that address; `npm run package` zips it; served as a static site, its
 * taskpane.html opened outside Office says to open Joint Plan from Excel's ribbon and links to the
 * preview. A URL that is not https:// stops the build with the reason.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { validateManifest } from "../manifest/validate";
import { launchChromium, type Chromium } from "./support/browser";
import { buildRelease, DIST, RELEASE_URL, ROOT } from "./support/build";
import { baseUrl, previewReady, seriousViolations } from "./support/page";

const HOSTED = `${RELEASE_URL}/`;
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
// office.js itself opens Microsoft's telemetry frame when it runs outside Office: not our request.
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

const manifest = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
let work: string;
let chromium: Chromium;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "joint-plan-deploy-"));
  chromium = await launchChromium({ width: 400, height: 700 });
});

afterAll(async () => {
  await chromium?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The addresses the manifest gives Office (XML namespace names are not addresses). */
function manifestUrls(xml: string): string[] {
  const withoutNamespaces = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  return [...withoutNamespaces.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
}

test("a release build for JOINT_PLAN_URL writes a manifest that validates and points only there", () => {
  const result = validateManifest(path.join(DIST, "manifest.xml"));
  expect(result.output).toContain("validates");
  expect(result.code).toBe(0);
  expect(manifest).toContain(`<Version>${version}.0</Version>`);
  const urls = manifestUrls(manifest);
  // Icons, the support page, the ribbon's command page and the task pane.
  expect(urls.length).toBeGreaterThanOrEqual(8);
  for (const url of urls)
    expect(url.startsWith(HOSTED) ? url : `not at ${HOSTED}: ${url}`).toBe(url);
});

test("every file the manifest names is in the build, and is served", async () => {
  const files = [...new Set(manifestUrls(manifest).map((url) => url.slice(HOSTED.length)))];
  expect(files).toEqual(
    expect.arrayContaining(["taskpane.html", "commands.html", "help.html", "assets/icon-80.png"])
  );
  for (const file of files) {
    expect(existsSync(path.join(DIST, file)) ? file : `missing from dist/: ${file}`).toBe(file);
    const response = await fetch(baseUrl() + file);
    expect(`${file}: ${response.status}`).toBe(`${file}: 200`);
  }
});

test("npm run package zips that build with its manifest, named with the version", async () => {
  const out = path.join(work, "release");
  const run = spawnSync(process.execPath, ["scripts/package.js", DIST, out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(`${run.stdout}${run.stderr}`).toContain(`${name}-${version}.zip`);
  expect(run.status).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(path.join(out, `${name}-${version}.zip`)));
  expect(await zip.file("manifest.xml")?.async("string")).toBe(manifest);
  for (const file of ["dist/taskpane.html", "dist/preview.html", "dist/assets/icon-32.png"]) {
    expect(zip.file(file) ? file : `missing from the zip: ${file}`).toBe(file);
  }
});

/**
 * taskpane.html in a plain browser tab, as a user who follows a link to it sees it. office.js comes
 * from Microsoft's CDN in production; here the same file from node_modules, or nothing at all.
 */
async function openOutsideOffice(
  context: BrowserContext,
  officeJs: "served" | "unreachable"
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const file = path.join(OFFICE_JS, new URL(route.request().url()).pathname.split("/hosted/")[1]);
    if (officeJs === "served" && existsSync(file)) {
      await route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
    } else {
      await route.abort();
    }
  });
  await page.route(`${OFFICE_TELEMETRY}**`, (route) => route.abort());
  page.on("console", (message) => {
    const where = message.location().url;
    const unreachable =
      where.startsWith(OFFICE_TELEMETRY) ||
      (officeJs === "unreachable" && where.startsWith(OFFICE_CDN));
    if (message.type() === "error" && !unreachable) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    const ours = [baseUrl(), OFFICE_CDN, OFFICE_TELEMETRY, "data:"];
    if (!ours.some((prefix) => url.startsWith(prefix))) {
      problems.push(`request outside the site: ${url}`);
    }
  });
  await page.goto(`${baseUrl()}taskpane.html`);
  return { page, problems };
}

async function expectOpenFromRibbonPage(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Open Joint Plan from Excel's ribbon" }).waitFor();
  await page.getByText("Open it from Home > Joint Plan in Excel.").waitFor();
  const preview = page.getByRole("link", { name: "Try the preview" });
  expect(await preview.getAttribute("href")).toBe("preview.html");
  expect(await page.getByRole("link", { name: "Help" }).getAttribute("href")).toBe("help.html");
}

test("taskpane.html opened outside Office says to open it from Excel's ribbon and links to the preview", async () => {
  const { page, problems } = await openOutsideOffice(chromium.context, "served");
  try {
    await expectOpenFromRibbonPage(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Try the preview" }).click();
    await previewReady(page);
    expect(page.url()).toBe(`${baseUrl()}preview.html`);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
});

test("without network (office.js cannot load), taskpane.html shows the same page", async () => {
  const { page, problems } = await openOutsideOffice(chromium.context, "unreachable");
  try {
    await expectOpenFromRibbonPage(page);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
});

test("a JOINT_PLAN_URL that is not https:// stops the build and says why", () => {
  const refused = path.join(work, "refused");
  const run = buildRelease("http://plans.example.org/joint-plan/", refused);
  expect(run.output).toContain(
    'Release build refused: JOINT_PLAN_URL must start with https:// (Office loads add-ins only over HTTPS), not "http://plans.example.org/joint-plan/"'
  );
  expect(run.code).not.toBe(0);
  expect(existsSync(refused)).toBe(false);
});
