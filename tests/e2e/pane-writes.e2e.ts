/**
 * Writes nobody asked for and absurd numbers (issue 9, points 1–4 and 8), in the browser at a task
 * pane's real width (350 px), with a co-author editing the same rows by hand in the preview's grid
 * (the simulated workbook's Person, whose edits reach the pane as a Remote co-author's).
 */
import { mkdirSync } from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./support/build";
import { openView, previewPerTest, seriousViolations, setPaneWidth } from "./support/page";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots", "pane-writes");

const session = previewPerTest({ waitForCalendar: true });
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

type Cell = string | number | boolean | null;

/** A table's rows (header first) as the sheet holds them now. */
async function tableValues(page: Page, table: string): Promise<Cell[][]> {
  return page.evaluate((name) => {
    const person = (
      window as unknown as {
        jointPlanPreview: {
          person: {
            tableAddress(t: string): string;
            getValues(s: string, a: string): (string | number | boolean | null)[][];
          };
        };
      }
    ).jointPlanPreview.person;
    const [sheet, address] = person.tableAddress(name).split("!");
    return person.getValues(sheet, address);
  }, table);
}

/** The row whose first column is `key`, by header. */
async function rowOf(page: Page, table: string, key: string): Promise<Record<string, Cell> | null> {
  const [headers, ...rows] = await tableValues(page, table);
  const row = rows.find((r) => r[0] === key);
  return row ? Object.fromEntries(headers.map((h, i) => [String(h), row[i]])) : null;
}

/** A co-author types `value` into `column` of the row whose first column is `key`. */
async function coAuthorTypes(
  page: Page,
  table: string,
  key: string,
  column: string,
  value: Cell
): Promise<void> {
  await page.evaluate(
    ([name, k, col, v]) => {
      const person = (
        window as unknown as {
          jointPlanPreview: {
            person: {
              tableAddress(t: string): string;
              getValues(s: string, a: string): unknown[][];
              setCell(s: string, a: string, v: unknown): void;
            };
          };
        }
      ).jointPlanPreview.person;
      const [sheet, address] = person.tableAddress(name as string).split("!");
      const values = person.getValues(sheet, address);
      const first = /^([A-Z]+)(\d+)/.exec(address)!;
      const r = values.findIndex((row) => row[0] === k);
      const c = values[0].findIndex((h) => h === col);
      if (r < 0 || c < 0) throw new Error(`No ${String(col)} of ${String(k)} in ${String(name)}`);
      const letter = String.fromCharCode(first[1].charCodeAt(0) + c);
      person.setCell(sheet, `${letter}${Number(first[2]) + r}`, v);
    },
    [table, key, column, value] as const
  );
}

async function openActivity(pane: Locator, page: Page, name: RegExp, id: string) {
  await pane.getByRole("button", { name }).click();
  const dialog = page.getByRole("dialog", { name: `Edit activity ${id}` });
  await dialog.waitFor();
  return dialog;
}

beforeEach(async () => {
  await setPaneWidth(session.preview.page);
});

test("1. a delete refused because a co-author changed the row writes nothing, keeps the dialog and its message", async () => {
  const { page, pane } = session.preview;
  const dialog = await openActivity(pane, page, /^Spring mailer \(/, "A-04");
  // An edit the user has not saved.
  await dialog.getByRole("textbox", { name: /^Activity\b/ }).fill("Spring mailer RENAMED");
  await dialog.getByRole("button", { name: "Delete" }).click();
  const confirm = dialog.getByRole("button", { name: "Delete" });
  await dialog.getByText(/^Delete activity A-04/).waitFor();
  // The confirm button is never the form's submit button.
  expect(await confirm.getAttribute("type")).toBe("button");
  // While the question shows, a co-author edits that row's Notes.
  await coAuthorTypes(page, "Activities", "A-04", "Notes", "Reprint ordered");
  await confirm.click();

  await dialog.getByText(/Someone else changed activity A-04/).waitFor();
  // The message stays until the user acts; the dialog stays open.
  await page.waitForTimeout(1500);
  expect(await dialog.isVisible()).toBe(true);
  expect(await dialog.getByText(/Someone else changed activity A-04/).isVisible()).toBe(true);
  // Nothing was written: not the delete, not the unsaved name.
  const row = await rowOf(page, "Activities", "A-04");
  expect(row).not.toBeNull();
  expect(row?.Activity).toBe("Spring mailer");
  expect(row?.Notes).toBe("Reprint ordered");
  // The user's unsaved edit is still in the form.
  expect(await dialog.getByRole("textbox", { name: /^Activity\b/ }).inputValue()).toBe(
    "Spring mailer RENAMED"
  );
});

test("2. a budget line form shows 0 as 0, and a Status change writes only Status (a co-author's month edit stays)", async () => {
  const { page, pane } = session.preview;
  const budget = await openView(pane, "Budget");
  await budget.getByRole("button", { name: /^Spring mailer print and postage/ }).click();
  const dialog = page.getByRole("dialog", { name: /^Edit budget line Spring mailer print/ });
  await dialog.waitFor();
  expect(await dialog.getByRole("textbox", { name: /^Jan\b/ }).inputValue()).toBe("0");
  expect(await dialog.getByRole("textbox", { name: /^Mar\b/ }).inputValue()).toBe("18000");

  await dialog.getByRole("combobox", { name: /^Status\b/ }).click();
  await page.getByRole("option", { name: "Proposed" }).click();
  // Meanwhile a co-author types in a month the user did not touch.
  await coAuthorTypes(page, "Budget", "Spring mailer print and postage", "Jun", 2500);
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await dialog.waitFor({ state: "detached", timeout: 10000 });

  const row = await rowOf(page, "Budget", "Spring mailer print and postage");
  expect(row?.Status).toBe("Proposed");
  expect(row?.Jun).toBe(2500);
  // The untouched months hold their 0, not an empty cell.
  for (const m of ["Jan", "Feb", "Apr", "May", "Jul", "Dec"]) expect(row?.[m]).toBe(0);
  expect(row?.Mar).toBe(18000);
});

test("3. after a conflict, each field shows theirs and yours; keeping yours saves against their row, with no refusal loop", async () => {
  const { page, pane } = session.preview;
  const dialog = await openActivity(pane, page, /^Spring mailer \(/, "A-04");
  await dialog.getByRole("textbox", { name: /^Notes\b/ }).fill("Mine: two print runs");
  await dialog.getByRole("textbox", { name: /^Expected leads\b/ }).fill("180");
  await coAuthorTypes(page, "Activities", "A-04", "Notes", "Theirs: one print run");
  await coAuthorTypes(page, "Activities", "A-04", "Expected leads", 160);
  await coAuthorTypes(page, "Activities", "A-04", "Follow-up hours", 30);
  await dialog.getByRole("button", { name: "Save" }).click();

  const conflicts = dialog.getByRole("group", { name: /changed while you were editing/ });
  await conflicts.waitFor();
  const notes = conflicts.getByRole("group", { name: "Notes" });
  await notes.getByText("Theirs: one print run").waitFor();
  await notes.getByText("Mine: two print runs").waitFor();
  const leads = conflicts.getByRole("group", { name: "Expected leads" });
  await leads.getByText("160").waitFor();
  await leads.getByText("180").waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, "conflict-350.png") });
  expect(await seriousViolations(page)).toEqual([]);

  // Saving before choosing is refused with a reason, and writes nothing.
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByText(/Choose theirs or yours for Expected leads, Notes/).waitFor();
  expect((await rowOf(page, "Activities", "A-04"))?.Notes).toBe("Theirs: one print run");

  await notes.getByRole("button", { name: "Keep yours" }).click();
  await leads.getByRole("button", { name: "Take theirs" }).click();
  await conflicts.waitFor({ state: "detached" });
  expect(await dialog.getByRole("textbox", { name: /^Expected leads\b/ }).inputValue()).toBe("160");
  // The co-author's other edit shows in the form too.
  expect(await dialog.getByRole("textbox", { name: /^Follow-up hours\b/ }).inputValue()).toBe("30");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await dialog.waitFor({ state: "detached", timeout: 10000 });

  const row = await rowOf(page, "Activities", "A-04");
  expect(row?.Notes).toBe("Mine: two print runs");
  expect(row?.["Expected leads"]).toBe(160);
  expect(row?.["Follow-up hours"]).toBe(30);
});

test("4. after a delete, Put it back appends the row again; refused with a reason when its ID is now used", async () => {
  const { page, pane } = session.preview;
  const before = await rowOf(page, "Activities", "A-04");
  let dialog = await openActivity(pane, page, /^Spring mailer \(/, "A-04");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await dialog.waitFor({ state: "detached", timeout: 10000 });
  expect(await rowOf(page, "Activities", "A-04")).toBeNull();

  const offer = pane.getByRole("group", { name: /Deleted activity A-04/ });
  await offer.waitFor();
  await pane.screenshot({ path: path.join(SCREENSHOTS, "put-back-350.png") });
  expect(await seriousViolations(page)).toEqual([]);
  await offer.getByRole("button", { name: "Put it back" }).click();
  await offer.waitFor({ state: "detached", timeout: 10000 });
  const back = await rowOf(page, "Activities", "A-04");
  expect(back).toEqual(before);
  await pane.getByRole("button", { name: /^Spring mailer \(/ }).waitFor({ timeout: 15000 });

  // Deleted again; a co-author then gives another activity that ID: putting it back is refused.
  dialog = await openActivity(pane, page, /^Spring mailer \(/, "A-04");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await dialog.waitFor({ state: "detached", timeout: 10000 });
  await coAuthorTypes(page, "Activities", "A-05", "ID", "A-04");
  const offerAgain = pane.getByRole("group", { name: /Deleted activity A-04/ });
  await offerAgain.getByRole("button", { name: "Put it back" }).click();
  await offerAgain.getByText(/ID 'A-04' is already used/).waitFor();
  const rows = (await tableValues(page, "Activities")).filter((r) => r[0] === "A-04");
  expect(rows.length).toBe(1);
  expect(rows[0][1]).toBe("Webinar series invitations");
});

test("8. forms and CSV import refuse absurd numbers, naming the limit; a person's cell is still read and counted", async () => {
  const { page, pane } = session.preview;
  // The activity form.
  let dialog = await openActivity(pane, page, /^Spring mailer \(/, "A-04");
  await dialog.getByRole("textbox", { name: /^Expected leads\b/ }).fill("99999999999999999999");
  await dialog.getByRole("textbox", { name: /^Follow-up hours\b/ }).fill("1e308");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByText(/Expected leads can be at most 1,000,000/).waitFor();
  await dialog.getByText(/Follow-up hours can be at most 10,000/).waitFor();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "detached" });
  expect((await rowOf(page, "Activities", "A-04"))?.["Expected leads"]).toBe(150);

  // The budget line form.
  const budget = await openView(pane, "Budget");
  await budget.getByRole("button", { name: /^Renewal mailer/ }).click();
  dialog = page.getByRole("dialog", { name: /^Edit budget line Renewal mailer/ });
  await dialog.waitFor();
  await dialog.getByRole("textbox", { name: /^Jan\b/ }).fill("1,000,000,000,000");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByText(/Jan can be at most 100,000,000/).waitFor();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "detached" });
  expect((await rowOf(page, "Budget", "Renewal mailer"))?.Jan).toBe(0);

  // CSV import of results.
  await pane.getByRole("button", { name: "Import CSV" }).click();
  const importing = page.getByRole("dialog", { name: "Import CSV" });
  await importing
    .getByRole("textbox", { name: "Or paste CSV text" })
    .fill(
      "Month,Channel,Lane,Campaign,Spend,Leads,Qualified,Closed,Revenue\n" +
        "2027-05,Podcast,Media,,5000,1e20,10,2,9000\n" +
        "2027-05,Radio,Media,,5000,100,10,2,9000\n"
    );
  await importing.getByText(/Leads can be at most 10,000,000/).waitFor();
  await importing.getByRole("button", { name: "Add 1 row" }).waitFor();
  await importing.getByRole("button", { name: "Cancel" }).click();

  // What a person types in the sheet is still read: the line stays in the Budget view, counted.
  await coAuthorTypes(page, "Budget", "Renewal mailer", "Jan", 1_000_000_000_000);
  await budget
    .getByRole("button", { name: /^Renewal mailer.*\$1,000,000,007,000/ })
    .waitFor({ timeout: 15000 });
});
