/**
 * The pane tells the truth (issue 9, points 5, 6, 7, 9 and 10), in Chromium at a 350 px pane:
 * a bad cell does not make a line vanish, the Meeting view puts the worst first and gives no score
 * to an empty or broken plan, a new Plan starts shows what moves before it is saved, messages name
 * months and the sheet rows Excel shows, the Joint column agrees with the joint share, campaigns
 * sort naturally, and a new plan's Settings shows the lanes in force and keeps them.
 * A person's edits go through the preview's simulated workbook (window.jointPlanPreview.person).
 */
import { mkdirSync } from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./support/build";
import {
  openPreview,
  openView,
  previewPerTest,
  type PreviewPage,
  selection,
  seriousViolations,
  setPaneWidth,
} from "./support/page";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots", "pane-truth");
const session = previewPerTest({ waitForCalendar: true });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** A picture of the pane as it is now, to look at (test-results/screenshots/pane-truth). */
async function picture(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.locator("#pane").screenshot({ path: path.join(SCREENSHOTS, `${name}-350.png`) });
}

/** The preview's sample plan starts in January of next year. */
const YEAR = new Date().getFullYear() + 1;

type Value = string | number | boolean | null;

/** A person types in the simulated workbook, as a co-author would in Excel. */
async function typeCell(page: Page, sheet: string, address: string, value: Value): Promise<void> {
  await page.evaluate(
    ([s, a, v]) =>
      (
        window as unknown as {
          jointPlanPreview: { person: { setCell(s: string, a: string, v: unknown): void } };
        }
      ).jointPlanPreview.person.setCell(s as string, a as string, v),
    [sheet, address, value] as const
  );
}

async function cells(page: Page, sheet: string, address: string): Promise<Value[][]> {
  return page.evaluate(
    ([s, a]) =>
      (
        window as unknown as {
          jointPlanPreview: { person: { getValues(s: string, a: string): Value[][] } };
        }
      ).jointPlanPreview.person.getValues(s, a),
    [sheet, address] as const
  );
}

/** Waits (the pane re-reads after a co-author's edit) until `locator` is there. */
async function appears(locator: Locator): Promise<void> {
  await locator.first().waitFor({ timeout: 15000 });
}

const money = (text: string) => Number(text.replace(/[^0-9.]/g, ""));

/** A fresh preview of an empty workbook, set up as an empty plan by its own button. */
async function emptyPlan(): Promise<PreviewPage> {
  const preview = await openPreview(session.chromium.context, "?plan=empty");
  await setPaneWidth(preview.page);
  await preview.pane.getByRole("button", { name: "Set up empty plan" }).click();
  await preview.pane.getByRole("tab", { name: "Settings" }).waitFor({ timeout: 30000 });
  return preview;
}

async function closeChecked(preview: PreviewPage): Promise<void> {
  const problems = preview.problems;
  await preview.page.close();
  expect(problems).toEqual([]);
}

describe("9.5 a line with a bad cell stays in sight, and totals say what they leave out", () => {
  test("Budget: 'lots' in a month keeps the $110,000 line listed, marked, with a Select button", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    // The sample's first budget line ($110,000 over Mar–May) is on sheet row 2 (header on row 1);
    // a person types "lots" over its Jun 0 (column K).
    expect((await cells(page, "Budget", "A1:H2"))[1].slice(0, 1)).toEqual(["TV and online media"]);
    expect(await cells(page, "Budget", "K1:K2")).toEqual([["Jun"], [0]]);
    const budget = await openView(pane, "Budget");
    const lines = budget.getByRole("heading", { name: /^Budget lines \(\d+\)$/ });
    const countBefore = Number(/\((\d+)\)/.exec((await lines.textContent()) ?? "")![1]);

    await typeCell(page, "Budget", "K2", "lots");
    await appears(
      budget.getByText("$110,000 on 1 line is not counted: Budget row 2, Jun 'lots'", {
        exact: false,
      })
    );
    // Still listed (the count is unchanged), marked as not counted, with its problem in words.
    expect(await lines.textContent()).toBe(`Budget lines (${countBefore})`);
    // By its name: the Baselines list (issue 10) lists the same line too.
    const item = budget.getByRole("listitem", { name: "Budget row 2, not counted" });
    expect(await item.textContent()).toMatch(/Budget row 2 · not counted/);
    expect(await item.textContent()).toMatch(/Jun 'lots'/);
    await picture(page, "budget-line-not-counted");
    await item.getByRole("button", { name: "Select Jun cell in Budget row 2" }).click();
    const deadline = Date.now() + 5000;
    while ((await selection(page)) !== "Budget!K2" && Date.now() < deadline)
      await page.waitForTimeout(50);
    expect(await selection(page)).toBe("Budget!K2");
  });

  test("Results and Meeting: a row with a bad figure is named, not silently dropped", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    const header = (await cells(page, "Results", "A1:J1"))[0];
    const leads = String.fromCharCode(65 + header.indexOf("Leads"));
    await typeCell(page, "Results", `${leads}3`, "many");
    const results = await openView(pane, "Results");
    await appears(
      results.getByText("1 Results row is not counted: Results row 3, Leads 'many'", {
        exact: false,
      })
    );
    await results.getByRole("button", { name: "Select Leads cell in Results row 3" }).waitFor();
    const meeting = await openView(pane, "Meeting");
    await appears(meeting.getByText(/1 Results row is not counted: Results row 3/));
  });
});

describe("9.6 the Meeting view tells the story of the year, worst first", () => {
  test("over the cap is the first thing it says, before the sync score, in words", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    const settings = await cells(page, "Settings", "A1:B12");
    const capRow = settings.findIndex((r) => r[0] === "Annual budget cap") + 1;
    await typeCell(page, "Settings", `B${capRow}`, 1000);
    const meeting = await openView(pane, "Meeting");
    const errors = meeting.getByRole("region", { name: "Errors" });
    await appears(errors.getByText(/Over cap:/));
    expect(await errors.textContent()).toMatch(/above the Annual budget cap/i);
    // Worst first: the error comes before the score.
    const text = (await meeting.textContent()) ?? "";
    expect(text.indexOf("Over cap")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("Over cap")).toBeLessThan(text.indexOf("Sync score"));
    // The months out of sync are told with their reasons, by kind.
    await meeting.getByRole("heading", { name: "Months out of sync" }).waitFor();
    await picture(page, "meeting-over-cap");
    expect(await meeting.getByText(/^Siloed spend:/).count()).toBeGreaterThan(0);
  });

  test("the sample year: the baseline change, the lead gap, whole leads, worst first, and month counts that match the list", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    const meeting = await openView(pane, "Meeting");
    const baseline = meeting.getByRole("region", { name: "Changed since the latest baseline" });
    await appears(baseline.getByText(/Compared with baseline 'FY2027 approved', saved/));
    const said = (await baseline.textContent()) ?? "";
    expect(said).toMatch(/Spend for the year is \$10,000 above the baseline/);
    expect(said).toMatch(
      /Changed: TV and online media, \+\$10,000 for the year \(Mar \d{4} \+\$10,000\)/
    );
    expect(said).toMatch(/approved line TV and online media differs from baseline/);
    const leads = (await meeting.getByRole("region", { name: /^Leads/ }).textContent()) ?? "";
    expect(leads).toMatch(new RegExp(`Jul ${YEAR} needs \\d+ leads .* the plan expects 60`));
    expect(leads).toMatch(
      /Inside sales gets about 283 leads and can follow up 150 \(about 133 over\)/
    );
    // Worst first: March's overloaded Inside sales before January's siloed travel.
    const worst = meeting.getByRole("region", { name: "Worst first" });
    const items = await worst.getByRole("listitem").allTextContents();
    expect(items[0]).toMatch(
      new RegExp(`^Over capacity: In Mar ${YEAR}, Inside sales gets about 283 leads`)
    );
    const janSiloed = items.findIndex((t) => t.startsWith(`Siloed spend: In Jan ${YEAR}`));
    const marchMailer = items.findIndex((t) => /^Unrouted leads: .*Spring mailer in Mar/.test(t));
    expect(marchMailer).toBeGreaterThanOrEqual(0);
    expect(marchMailer).toBeLessThan(janSiloed);
    for (const text of items) expect(text).not.toMatch(/\d\.\d{3}/);
    // The year at a glance counts exactly what the list names, by severity in words.
    const glance = meeting.getByRole("region", { name: "The year at a glance" });
    const months = await glance.getByRole("listitem").allTextContents();
    const mar = months.find((t) => t.startsWith(`Mar ${YEAR}`))!;
    const marListed = items.filter((t) => t.includes(`Mar ${YEAR}`) && !t.includes("Apr")).length;
    expect(mar).toMatch(new RegExp(`${marListed} warnings$`));
    expect(months.find((t) => t.startsWith(`Apr ${YEAR}`))).toMatch(/1 warning, 1 note$/);
    expect(months.find((t) => t.startsWith(`Jul ${YEAR}`))).toMatch(/3 warnings$/);
    await picture(page, "meeting-sample");
  });

  test("a broken Plan starts says so instead of 'Sync score 0%' beside 'every month is in sync'", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    const settings = await cells(page, "Settings", "A1:B12");
    const row = settings.findIndex((r) => r[0] === "Plan starts") + 1;
    await typeCell(page, "Settings", `B${row}`, "whenever");
    const meeting = await openView(pane, "Meeting");
    await appears(meeting.getByText(/cannot be scored: Plan starts is missing or not a month/));
    const text = (await meeting.textContent()) ?? "";
    expect(text).not.toMatch(/Sync score/);
    expect(text).not.toMatch(/every month is in sync/);
    expect(text).toMatch(/Setting Plan starts:/);
  });

  test("an empty plan says it is empty instead of 100% in sync", async () => {
    const preview = await emptyPlan();
    try {
      const meeting = await openView(preview.pane, "Meeting");
      await appears(meeting.getByText(/The plan is empty/));
      const text = (await meeting.textContent()) ?? "";
      expect(text).not.toMatch(/Sync score/);
      expect(text).not.toMatch(/100%/);
      // Nor does the pane's header score the empty plan.
      expect(await preview.pane.getByText(/^Sync score/).count()).toBe(0);
    } finally {
      await closeChecked(preview);
    }
  });
});

describe("9.7 changing Plan starts shows what moves and asks first", () => {
  test("Jan → Jul: the March money and the activities that leave the year are shown; Keep writes nothing", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    const settingsRows = await cells(page, "Settings", "A1:B12");
    const row = settingsRows.findIndex((r) => r[0] === "Plan starts");
    const before = settingsRows[row][1];
    const settings = await openView(pane, "Settings");
    const planStarts = settings.getByRole("textbox", { name: /^Plan starts/ });
    await planStarts.fill(`Jul ${YEAR}`);
    await settings.getByRole("button", { name: "Save Plan starts" }).click();

    const money = settings.getByRole("list", { name: "Money that changes date" });
    await money.waitFor({ timeout: 5000 });
    expect(await money.textContent()).toMatch(
      new RegExp(`\\$84,000 of Mar ${YEAR} becomes Mar ${YEAR + 1}`)
    );
    const outside = settings.getByRole("list", { name: "What falls outside the year" });
    expect(await outside.textContent()).toMatch(/A-01 'Spring launch TV spot'.*falls outside/);
    await picture(page, "settings-plan-starts-confirm");
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing is written while the question is open, nor when the user keeps the old month.
    await page.waitForTimeout(500);
    expect((await cells(page, "Settings", "A1:B12"))[row][1]).toBe(before);
    await settings.getByRole("button", { name: `Keep Jan ${YEAR}` }).click();
    await money.waitFor({ state: "detached" });
    expect((await cells(page, "Settings", "A1:B12"))[row][1]).toBe(before);

    // Asked again and confirmed: now it is written.
    await settings.getByRole("button", { name: "Save Plan starts" }).click();
    await settings.getByRole("button", { name: "Change Plan starts" }).click();
    const deadline = Date.now() + 10000;
    while ((await cells(page, "Settings", "A1:B12"))[row][1] === before && Date.now() < deadline)
      await page.waitForTimeout(50);
    expect((await cells(page, "Settings", "A1:B12"))[row][1]).not.toBe(before);
  });
});

describe("9.9 messages in words a person checks against the sheet", () => {
  test("End before Start names months, not numbers", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    await pane.getByRole("button", { name: "Add activity" }).click();
    const dialog = page.getByRole("dialog", { name: "Add activity" });
    await dialog.waitFor();
    await dialog.getByRole("textbox", { name: /^Activity\b/ }).fill("Backwards");
    await dialog.getByRole("combobox", { name: /^Start/ }).click();
    await page.getByRole("option", { name: `May ${YEAR}` }).click();
    await dialog.getByRole("combobox", { name: /^End/ }).click();
    await page.getByRole("option", { name: `Mar ${YEAR}` }).click();
    await dialog.getByRole("button", { name: "Save" }).click();
    const message = dialog.getByText(/is before Start/);
    await message.waitFor();
    expect(await message.textContent()).toContain(`End Mar ${YEAR} is before Start May ${YEAR}`);
    expect(await dialog.textContent()).not.toMatch(/\b\d{5}\b/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  test("Flags name the sheet row Excel shows and title each card with its kind", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    // The sample's A-13 (lane 'Email' is unknown) is data row 13, on sheet row 14.
    expect((await cells(page, "Activities", "A14"))[0][0]).toBe("A-13");
    const flags = await openView(pane, "Flags");
    const problem = flags.getByRole("listitem").filter({ hasText: "Lane 'Email'" });
    expect(await problem.textContent()).toMatch(/Activities row 14/);
    expect(await problem.textContent()).not.toMatch(/row 13/);
    await problem.getByRole("button", { name: "Select row 14 in Activities" }).click();
    const deadline = Date.now() + 5000;
    while (!/^Activities!A14$/.test((await selection(page)) ?? "") && Date.now() < deadline)
      await page.waitForTimeout(50);
    expect(await selection(page)).toBe("Activities!A14");
    // Cards are titled by kind, not "Warning".
    await flags
      .getByRole("heading", { name: /^No follow-up/ })
      .first()
      .waitFor();
    await flags
      .getByRole("heading", { name: /^Siloed spend/ })
      .first()
      .waitFor();
    expect(await flags.getByRole("heading", { name: /^Warning$/ }).count()).toBe(0);
    await picture(page, "flags");
  });

  test("the Budget's Joint column agrees with the joint share, month by month", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    const budget = await openView(pane, "Budget");
    const table = budget.getByRole("table", { name: "Budget by month and team" });
    const headers = await table.getByRole("columnheader").allTextContents();
    const at = (name: string) => headers.indexOf(name);
    const rows = await table.getByRole("row").all();
    let checked = 0;
    for (const row of rows.slice(1)) {
      const texts = await row.getByRole("cell").allTextContents();
      const total = money(texts[at("Total")]);
      if (!total) continue;
      const joint = money(texts[at("Joint lines (rule)")]);
      const share = Number(texts[at("Joint share")].replace("%", ""));
      expect({ month: texts[0], share: Math.round((joint / total) * 100) }).toEqual({
        month: texts[0],
        share,
      });
      checked++;
    }
    // March: the Spring launch campaign is joint, so its Marketing line counts as joint ($78,000 of $84,000).
    expect(checked).toBeGreaterThan(10);
  });

  test("campaigns sort naturally, whatever their case", async () => {
    const { page, pane } = session.preview;
    await setPaneWidth(page);
    // A person renames three budget lines' campaigns (column D) in the sheet.
    await typeCell(page, "Budget", "D2", "CAMPAIGN 10");
    await typeCell(page, "Budget", "D3", "Campaign 1");
    await typeCell(page, "Budget", "D4", "CAMPAIGN 2");
    const deadline = Date.now() + 15000;
    let names: string[] = [];
    while (Date.now() < deadline) {
      await pane.getByRole("button", { name: "Add activity" }).click();
      const dialog = page.getByRole("dialog", { name: "Add activity" });
      await dialog.waitFor();
      await dialog.getByRole("combobox", { name: "Campaign" }).click();
      names = (await page.getByRole("option").allTextContents()).filter((n) => /campaign/i.test(n));
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      if (names.length === 3) break;
      await page.waitForTimeout(200);
    }
    expect(names).toEqual(["Campaign 1", "CAMPAIGN 2", "CAMPAIGN 10"]);
  });
});

describe("9.10 a new plan's lanes", () => {
  test("Settings shows the default lanes, no '( side)'; adding Events keeps Media, Direct mail and Field sales", async () => {
    const preview = await emptyPlan();
    try {
      const { page, pane } = preview;
      const settings = await openView(pane, "Settings");
      await settings.getByRole("form", { name: "Add a lane" }).waitFor();
      // No phantom lane from the new table's blank row; the lanes in force are listed.
      expect(await settings.textContent()).not.toMatch(/\( side\)/);
      await picture(page, "settings-new-plan-lanes");
      const lanes = settings.getByRole("list", { name: "Lanes" });
      expect(await lanes.getByRole("listitem").allTextContents()).toEqual([
        "Media (Marketing side)",
        "Direct mail (Marketing side)",
        "Field sales (Sales side)",
      ]);

      const form = settings.getByRole("form", { name: "Add a lane" });
      await form.getByRole("textbox", { name: /^Lane/ }).fill("Events");
      await form.getByRole("button", { name: "Add lane" }).click();
      const deadline = Date.now() + 15000;
      while ((await lanes.getByRole("listitem").count()) !== 4 && Date.now() < deadline)
        await page.waitForTimeout(50);
      const written = (await cells(page, "Lanes", "A1:B8")).filter(
        (r) => r[0] !== "" && r[0] !== null
      );
      expect(written).toEqual([
        ["Lane", "Side"],
        ["Media", "Marketing"],
        ["Direct mail", "Marketing"],
        ["Field sales", "Sales"],
        ["Events", "Marketing"],
      ]);
      expect(
        (await lanes.getByRole("listitem").allTextContents()).map((t) => t.split(" (")[0])
      ).toEqual(["Media", "Direct mail", "Field sales", "Events"]);
    } finally {
      await closeChecked(preview);
    }
  });
});
