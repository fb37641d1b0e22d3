/**
 * Finance in the browser, with the pane 350 px wide: save a baseline, change an approved line,
 * and see the approved-changed flag and the variance against the baseline.
 */
import { openView, previewPerTest, setPaneWidth } from "./support/page";

const session = previewPerTest({ waitForCalendar: true });
const YEAR = new Date().getFullYear() + 1; // the preview's sample plan is for next year

test("save a baseline, change an approved line, see the flag and the variance", async () => {
  const { page, pane } = session.preview;
  await setPaneWidth(page);
  let budget = await openView(pane, "Budget");

  // Save baseline: the name proposed is "Baseline <date>"; we name it ourselves.
  await budget.getByRole("button", { name: "Save baseline" }).click();
  const save = page.getByRole("dialog", { name: "Save baseline" });
  const name = save.getByRole("textbox", { name: /Name/ });
  expect(await name.inputValue()).toMatch(/^Baseline \d{4}-\d{2}-\d{2}/);
  await name.fill("Approved FY");
  await save.getByRole("button", { name: "Save baseline" }).click();
  await save.waitFor({ state: "detached" });
  const compare = budget.getByRole("combobox", { name: "Compare with" });
  await compare.waitFor();
  // The sample's own baseline is dated before today: the one saved now is the latest, compared by default.
  await budget.getByRole("heading", { name: "Lines since Approved FY" }).waitFor();
  expect(await compare.innerText()).toMatch(/^Approved FY \(.*\), latest$/);
  await budget.getByText("No line was added, removed or changed.").waitFor();

  // Change an approved line: its form warns, and offers Save as Proposed.
  await budget.getByRole("button", { name: /^TV and online media · / }).click();
  const edit = page.getByRole("dialog", { name: "Edit budget line TV and online media" });
  await edit.getByText("This line is Approved").waitFor();
  await edit.getByRole("button", { name: "Save as Proposed" }).waitFor();
  const march = edit.getByRole("textbox", { name: "Mar", exact: true });
  expect(await march.inputValue()).toBe("60000");
  await march.fill("70000");
  await edit.getByRole("button", { name: "Save", exact: true }).click();
  await edit.waitFor({ state: "detached" });

  // The variance, by month and line by line, and the approved line named.
  budget = pane.getByRole("tabpanel", { name: "Budget" });
  await budget.getByText(/Approved lines? changed since .*TV and online media/).waitFor();
  const byMonth = budget.getByRole("table", { name: "Plan against baseline by month" });
  const march2 = byMonth.getByRole("row", { name: new RegExp(`^Mar ${YEAR} `) });
  await march2.getByRole("cell", { name: "+$10,000" }).waitFor();
  await budget
    .getByText(`TV and online media: changed, +$10,000 for the year (Mar ${YEAR} +$10,000)`)
    .waitFor();
  // The chart of plan against baseline is drawn.
  await budget.getByRole("figure", { name: /Plan now against baseline Approved FY/ }).waitFor();

  // The approved-changed flag, in the Flags view.
  const flags = await openView(pane, "Flags");
  await flags
    .getByText(/approved lines? [^.]*TV and online media[^.]* from baseline/)
    .first()
    .waitFor();
});
