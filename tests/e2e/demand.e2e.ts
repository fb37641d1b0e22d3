/**
 * The Demand view in the browser, in a pane 350 px wide, on the preview's sample plan: the month
 * short of its target and what would close the gap, the flooded sales team and the activities that
 * feed it, charts with their tables, nothing wider than the pane, axe clean; and a door edited
 * through its form, the change written to the workbook's Doors table.
 */
import { mkdirSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { checkPlan, parsePlan, samplePlan, type PlanInput } from "../../src/domain";
import {
  demandMonths,
  gapAdvice,
  laneDemand,
  leadsText,
  overCapacityText,
  targetLeads,
} from "../../src/taskpane/model/demand";
import { ROOT } from "./support/build";
import {
  beyondThePane,
  openView,
  previewPerTest,
  seriousViolations,
  setPaneWidth,
} from "./support/page";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots", "demand");
const WIDTH = 350;

const session = previewPerTest({ waitForCalendar: true });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** The sample plan the preview opens (next year's), as the checker sees it. */
function sample() {
  const input = samplePlan(new Date().getFullYear() + 1) as unknown as PlanInput;
  return { input, plan: parsePlan(input), check: checkPlan(input) };
}

/** The values of a sheet of the simulated workbook. */
async function sheetValues(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    ([s, a]) =>
      (
        window as unknown as {
          jointPlanPreview: { person: { getValues(s: string, a: string): unknown[][] } };
        }
      ).jointPlanPreview.person.getValues(s, a),
    [sheet, address] as const
  );
}

test("at 350 px the Demand view shows the month short of target and the over-capacity lane, with charts and tables", async () => {
  const { page, pane } = session.preview;
  const state = sample();
  const short = demandMonths(state).filter((m) => m.gap > 0);
  const flooded = laneDemand(state).filter((l) => l.overMonths.length > 0);
  // The sample plan is made to show both (a month short of target, a flooded inside-sales team).
  expect(short.length).toBeGreaterThan(0);
  expect(flooded.length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1000, height: 900 });
  await setPaneWidth(page, WIDTH);
  const panel = await openView(pane, "Demand");

  const advice = panel.getByRole("list", { name: "What would close the gaps" });
  await advice.getByText(gapAdvice(short[0], state.plan.settings.currency)!).waitFor();
  await panel.getByText(targetLeads(state)!.sentence).waitFor();
  const table = panel.getByRole("table", { name: "Leads by month" });
  await table
    .getByRole("row", {
      name: `${short[0].label} ${leadsText(short[0].expected)} ${leadsText(short[0].required!)} ${leadsText(short[0].gap)}`,
    })
    .waitFor();

  const lane = flooded[0];
  const over = panel.getByRole("list", { name: `${lane.lane}: over-capacity months` });
  await over.getByText(overCapacityText(lane, lane.overMonths[0])).waitFor();
  await panel.getByRole("table", { name: `${lane.lane} by month` }).waitFor();
  // One chart for the months and one per sales lane, each drawn (an svg with bars).
  const charts = panel.locator("svg rect");
  expect(await charts.count()).toBeGreaterThan(12);
  await panel.getByText("Funnel in use").waitFor();

  await page.waitForTimeout(300);
  await pane.screenshot({ path: path.join(SCREENSHOTS, `demand-${WIDTH}.png`) });
  expect(await beyondThePane(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a door is edited through its form at 350 px, and the change appears in the workbook", async () => {
  const { page, pane } = session.preview;
  const state = sample();
  const door = state.plan.demand!.doors[0];
  await setPaneWidth(page, WIDTH);
  const panel = await openView(pane, "Demand");

  await panel.getByRole("button", { name: `Edit door ${door.door}` }).click();
  const dialog = page.getByRole("dialog", { name: `Edit door ${door.door}` });
  await dialog.waitFor();
  const hours = dialog.getByRole("textbox", { name: /^Response hours/ });

  // A bad value is refused in the checker's words, and nothing is written.
  await hours.fill("soon");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByText(/Response hours 'soon'/).waitFor();
  expect(await dialog.isVisible()).toBe(true);

  await hours.fill("7");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached", timeout: 15000 });

  // The workbook's Doors table holds the change, on the door's own row.
  await page.waitForFunction(
    ([name]) => {
      const values = (
        window as unknown as {
          jointPlanPreview: { person: { getValues(s: string, a: string): unknown[][] } };
        }
      ).jointPlanPreview.person.getValues("Doors", "A1:C60");
      const header = values[0].map((h) => String(h));
      const row = values.find((r) => r[header.indexOf("Door")] === name);
      return row?.[header.indexOf("Response hours")] === 7;
    },
    [door.door] as const,
    { timeout: 15000 }
  );
  const values = await sheetValues(page, "Doors", "A1:C60");
  const doorRows = values.filter((r) => r[0] === door.door);
  expect(doorRows).toHaveLength(1);
  // The pane re-reads the plan and shows the new promise.
  await panel
    .getByRole("list", { name: "Doors" })
    .getByText(new RegExp(`within 7 hours`))
    .first()
    .waitFor({ timeout: 15000 });
});

test("at 350 px a lane's capacity line in the Demand view leads to its edit in Settings, and the new capacity shows back in Demand", async () => {
  const { page, pane } = session.preview;
  await page.setViewportSize({ width: 1000, height: 900 });
  await setPaneWidth(page, WIDTH);
  const demand = await openView(pane, "Demand");
  await demand.getByText("Capacity 150 new leads a month", { exact: false }).first().waitFor();
  await demand.getByRole("button", { name: "Change Inside sales's capacity in Settings" }).click();
  const item = pane.getByRole("listitem").filter({ hasText: "Inside sales (Sales side)" });
  await item.getByText("capacity 150 new leads a month").waitFor();
  await item.getByRole("button", { name: "Edit capacity of lane Inside sales" }).click();
  const form = pane.getByRole("form", { name: "Capacity of lane Inside sales" });
  await form.getByRole("textbox").fill("400");
  await form.getByRole("button", { name: "Save capacity" }).click();
  await item.getByText("capacity 400 new leads a month").waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  const again = await openView(pane, "Demand");
  await again.getByText("Capacity 400 new leads a month", { exact: false }).first().waitFor();
});
