/**
 * The task pane in a real browser on the simulated host: the sync flow through the activity form,
 * every view (screenshot + axe), and the activity form with the keyboard alone.
 */
import { mkdirSync } from "fs";
import * as path from "path";
import type { Locator } from "playwright-core";
import { ROOT } from "./support/build";
import {
  calendar,
  openView,
  previewPerTest,
  seriousViolations,
  tabTo,
  VIEWS,
} from "./support/page";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

const session = previewPerTest({ waitForCalendar: true });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** The number of flags the calendar's header shows for the plan's first month ("Jan 2027: 2 flags, …"). */
async function firstMonthFlags(pane: Locator): Promise<number> {
  const header = calendar(pane).getByRole("columnheader").first();
  const text = (await header.textContent()) ?? "";
  const match = /(\d+) flags?/.exec(text);
  return match ? Number(match[1]) : 0;
}

async function waitForFlagCount(pane: Locator, test: (n: number) => boolean): Promise<number> {
  const deadline = Date.now() + 15000;
  for (;;) {
    const n = await firstMonthFlags(pane);
    if (test(n) || Date.now() > deadline) return n;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fills the open "Add activity" dialog with the mouse and saves it. */
async function addActivity(
  pane: Locator,
  fields: { id: string; activity: string; lane: string; team: string; campaign: string }
): Promise<void> {
  const page = pane.page();
  await pane.getByRole("button", { name: "Add activity" }).click();
  const dialog = page.getByRole("dialog", { name: "Add activity" });
  await dialog.waitFor();
  await dialog.getByRole("textbox", { name: /^ID\b/ }).fill(fields.id);
  await dialog.getByRole("textbox", { name: /^Activity\b/ }).fill(fields.activity);
  await dialog.getByRole("combobox", { name: "Lane" }).click();
  await page.getByRole("option", { name: new RegExp(`^${fields.lane}\\b`) }).click();
  await dialog.getByRole("combobox", { name: "Team" }).click();
  await page.getByRole("option", { name: fields.team, exact: true }).click();
  await dialog.getByRole("combobox", { name: "Campaign" }).fill(fields.campaign);
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });
  await pane.getByRole("button", { name: new RegExp(`^${fields.activity}`) }).waitFor();
}

test("sync flow: a Media activity with no sales follow-up is flagged; its follow-up clears the flag", async () => {
  const { pane } = session.preview;
  const before = await firstMonthFlags(pane);

  // Marketing books a Media activity in the plan's first month, in a campaign sales has nothing in.
  await addActivity(pane, {
    id: "E2E-1",
    activity: "E2E media burst",
    lane: "Media",
    team: "Marketing",
    campaign: "E2E campaign",
  });
  const flagged = await waitForFlagCount(pane, (n) => n > before);
  expect(flagged).toBeGreaterThan(before);
  let flags = await openView(pane, "Flags");
  const noFollowUp = flags.getByRole("listitem").filter({ hasText: "E2E media burst" });
  await noFollowUp.filter({ hasText: "no sales follow-up" }).first().waitFor();

  // Sales adds the follow-up: a Field sales activity of the same campaign, in the same month.
  await openView(pane, "Calendar");
  await addActivity(pane, {
    id: "E2E-2",
    activity: "E2E follow-up calls",
    lane: "Field sales",
    team: "Sales",
    campaign: "E2E campaign",
  });
  flags = await openView(pane, "Flags");
  await flags
    .getByRole("listitem")
    .filter({ hasText: "E2E media burst" })
    .filter({ hasText: "no sales follow-up" })
    .first()
    .waitFor({ state: "detached", timeout: 2000 });
  await openView(pane, "Calendar");
  expect(await waitForFlagCount(pane, (n) => n < flagged)).toBeLessThan(flagged);
});

for (const view of VIEWS) {
  test(`the ${view} view renders the sample plan, passes axe, and is screenshotted`, async () => {
    const { page, pane } = session.preview;
    const panel = await openView(pane, view);
    expect(((await panel.textContent()) ?? "").trim().length).toBeGreaterThan(20);
    expect(await pane.getByText(/could not be read|could not re-read/i).count()).toBe(0);
    if (view === "Calendar") await calendar(pane).waitFor();
    if (view === "Flags") expect(await panel.getByRole("listitem").count()).toBeGreaterThan(0);
    await page.waitForTimeout(300); // let transitions finish before the picture
    await page.screenshot({ path: path.join(SCREENSHOTS, `${view.toLowerCase()}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the activity form opens, fills and submits with the keyboard alone", async () => {
  const { page, pane } = session.preview;
  await tabTo(page, /Add activity/);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Add activity" });
  await dialog.waitFor();

  await tabTo(page, /^\s*\|.*\bID\b/);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("K-1");
  await tabTo(page, /^\s*\|.*\bActivity\b/);
  await page.keyboard.type("Keyboard campaign kickoff");
  await tabTo(page, /\bLane\b/);
  await page.keyboard.press("ArrowDown"); // opens the list
  await page.keyboard.type("Dir"); // jumps to "Direct mail"
  await page.keyboard.press("Enter");
  await tabTo(page, /\bCampaign\b/);
  await page.keyboard.type("Keyboard campaign");
  await page.keyboard.press("Escape"); // closes the suggestions, keeps the text
  await tabTo(page, /Expected leads/);
  await page.keyboard.type("120");
  await page.screenshot({ path: path.join(SCREENSHOTS, "activity-form.png") });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Enter"); // submits the form

  await dialog.waitFor({ state: "detached", timeout: 5000 });
  await pane.getByRole("button", { name: /^Keyboard campaign kickoff/ }).waitFor();
  const row = await page.evaluate(() => {
    const wb = (
      window as unknown as {
        jointPlanPreview: { person: { getValues(s: string, a: string): unknown[][] } };
      }
    ).jointPlanPreview.person;
    return wb.getValues("Activities", "A1:J40").find((r) => r[1] === "Keyboard campaign kickoff");
  });
  expect(row).toBeDefined();
  expect(row?.[2]).toBe("Direct mail");
  expect(row?.[4]).toBe("Keyboard campaign");
  expect(row?.[7]).toBe(120);
});
