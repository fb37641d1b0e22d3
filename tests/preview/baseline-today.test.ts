/**
 * The preview opens the sample plan with an approved baseline; a baseline a person saves in the
 * preview today must become the latest (rules.md: the greatest Saved), so Compare with shows it.
 */
import { openPlanDirectly } from "../../src/preview/plan";
import { Workbook } from "../../src/simulator/workbook";
import { loadPlan, saveBaseline } from "../../src/workbook";
import { seat } from "../workbook/sim";

test("a baseline saved now in the preview's sample plan is the latest baseline", async () => {
  const workbook = new Workbook();
  await openPlanDirectly(workbook, { kind: "sample" });
  const { host } = seat(workbook, "pane");
  const before = await loadPlan(host);
  expect(before.plan.latestBaseline?.name).toMatch(/^FY\d{4} approved$/);

  // Save baseline on the pane's clock, as the Budget view's button does.
  await saveBaseline(host, "Mine");
  const after = await loadPlan(host);
  expect(after.plan.baselines.map((b) => b.name)).toEqual(
    expect.arrayContaining([before.plan.latestBaseline!.name, "Mine"])
  );
  expect(after.plan.latestBaseline?.name).toBe("Mine");
  expect(after.check.metrics.baseline?.name).toBe("Mine");
});
