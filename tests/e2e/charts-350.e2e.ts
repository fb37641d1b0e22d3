/**
 * The charts of the finance, measurement and demand parts read at 350 px (issue 9's screenshots):
 * every channel's name in the legend (none hidden behind "+2 more"), and no axis label cut off at
 * the chart's edge.
 */
import type { Locator } from "playwright-core";
import { openView, previewPerTest, setPaneWidth } from "./support/page";

const session = previewPerTest({ waitForCalendar: true });

/** The texts of a chart's svg that stick out of the chart's own box on the left or right. */
async function cutOffLabels(figure: Locator): Promise<string[]> {
  await figure.scrollIntoViewIfNeeded();
  return figure.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll("svg text")]
      .filter((t) => (t.textContent ?? "").trim() !== "")
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((t) => t.textContent ?? "");
  });
}

test("at 350 px the baseline chart's amounts, the channels' names and the demand charts all show", async () => {
  const { page, pane } = session.preview;
  await setPaneWidth(page);

  const budget = await openView(pane, "Budget");
  const baseline = budget.getByRole("figure", { name: /Plan now against baseline/ });
  await baseline.locator("svg text").first().waitFor();
  expect(await cutOffLabels(baseline)).toEqual([]);
  // The axis reads $21K, $42K…, not amounts too wide for its margin ($84,000 was cut to "4,000").
  const amounts = (await baseline.locator("svg text").allTextContents()).filter((t) =>
    t.startsWith("$")
  );
  expect(amounts.length).toBeGreaterThan(2);
  for (const amount of amounts) expect(amount).toMatch(/^\$\d+(\.\d)?[KM]?$/);

  const results = await openView(pane, "Results");
  const channels = results.getByRole("region", { name: "Channels side by side" });
  await channels.locator("svg text").first().waitFor();
  const legend = channels.getByRole("listbox", { name: "Legends" });
  for (const channel of ["Spring TV", "LinkedIn ads", "Spring mailer"])
    expect(await legend.getByRole("option", { name: channel }).isVisible()).toBe(true);
  expect(await channels.getByRole("button", { name: /more/ }).count()).toBe(0);
  // Names as written: the library's legend is `text-transform: capitalize` ("Spring Mailer").
  expect(await legend.getByRole("option", { name: "Spring mailer" }).innerText()).toBe(
    "Spring mailer"
  );
  expect(await cutOffLabels(channels.locator("svg").first().locator(".."))).toEqual([]);

  const demand = await openView(pane, "Demand");
  for (const figure of await demand.getByRole("figure").all())
    expect(await cutOffLabels(figure)).toEqual([]);
  // Every legend on the Demand tab shows its names as written ("Required leads", not "Required Leads").
  const legends = demand.getByRole("listbox", { name: "Legends" }).getByRole("option");
  expect(await legends.count()).toBeGreaterThan(0);
  for (const option of await legends.all())
    expect(await option.innerText()).toBe(await option.evaluate((el) => el.textContent ?? ""));
});
