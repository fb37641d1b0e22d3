/**
 * The Summary agrees with the pane, or says where it does not (found by a tester: a co-author's
 * `Sales ` and a 6000 stored as text made the Summary's Sales year 32,000 against the pane's
 * 113,000, silently). The simulated Excel does not calculate formulas: these tests read the
 * formulas' text and the words the rebuild writes; LibreOffice confirmed the figures by hand
 * (docs/decisions.md, "Summary sheet agrees with the pane").
 */
import { type Cell, checkPlan, MONTH_ABBREVIATIONS, parsePlan, type Row } from "../../src/domain";
import { addRow, buildSummarySheet, readWorkbookPlan } from "../../src/workbook";
import { person, samplePlanWorkbook } from "./sim";

type Edit = (p: ReturnType<typeof person>) => void;

/** The sample plan, edited by a co-author, then rebuilt as the pane's Rebuild sheets does. */
async function rebuilt(edit: Edit = () => {}) {
  const { wb, me } = await samplePlanWorkbook();
  edit(person(wb));
  const read = await readWorkbookPlan(me.host);
  const check = checkPlan(read.input);
  const plan = parsePlan(read.input);
  await buildSummarySheet(me.host, plan, read.tables.Budget!.headers.slice(5), {
    check,
    tables: read.tables,
    budgetRows: read.input.budget,
  });
  const values = person(wb).getValues("Summary", "A1:N90");
  const formulas = person(wb).getFormulas("Summary", "A1:N90");
  const column = values.map((r) => String(r[0]));
  /** 1-based sheet row of the first cell in column A that matches. */
  const rowOf = (label: string | RegExp) =>
    column.findIndex((v) => (typeof label === "string" ? v === label : label.test(v))) + 1;
  /** The note lines under "Against the Joint Plan pane", as written (wrapped for the page). */
  const noteRows = () => {
    const start = rowOf("Against the Joint Plan pane (as of the last rebuild)");
    const lines: string[] = [];
    for (let r = start; column[r] !== ""; r++) lines.push(column[r]);
    return lines;
  };
  /** The same, each sentence joined again. */
  const notes = () =>
    noteRows()
      .join("\n")
      .replace(/\n {4}/g, " ")
      .split("\n");
  return { wb, me, read, check, plan, values, formulas, column, rowOf, notes, noteRows };
}

const TESTER: Edit = (p) => {
  p.setCell("Budget", "B4", "Sales ");
  p.setNumberFormat("Budget", "F4", "@");
  p.setCell("Budget", "F4", "6000");
};

/** What the Summary's Total adds up as Excel computes it: numbers only, over names TRIM finds. */
function formulasTotal(rows: readonly Row[]): number {
  const teams = ["marketing", "sales", "joint"];
  const trim = (v: Cell | undefined) =>
    String(v ?? "")
      .replace(/ {2,}/g, " ")
      .replace(/^ | $/g, "")
      .toLowerCase();
  const months = MONTH_ABBREVIATIONS;
  return rows
    .filter((r) => teams.includes(trim(r.Team)))
    .reduce(
      (sum, r) =>
        sum + months.reduce((s, m) => s + (typeof r[m] === "number" ? (r[m] as number) : 0), 0),
      0
    );
}

describe("Summary sheet agrees with the pane", () => {
  test("a team typed with a space at the end is counted by the team formulas (TRIM), as the pane counts it", async () => {
    const { formulas, values, check, read, notes } = await rebuilt((p) => {
      p.setCell("Budget", "B4", "Sales ");
      p.setCell("Budget", "C4", "  Field   sales ");
    });
    expect(check.metrics.year.byTeam.Sales).toBe(113000);
    expect(formulas[4][1]).toBe('=SUMPRODUCT(--(TRIM(Budget[Team])="Sales"),Budget[Jan])');
    // The lane rows trim too: "  Field   sales " is the lane Field sales.
    const fieldSales = formulas.find((r) => r[0] === "Field sales")!;
    expect(fieldSales[1]).toBe('=SUMPRODUCT(--(TRIM(Budget[Lane])="Field sales"),Budget[Jan])');
    // Nothing differs, and the sheet says so with the pane's total.
    expect(values[1][0]).toBe("");
    expect(notes()).toEqual([
      "Every Budget row is counted here as the Joint Plan pane counts it (the pane's total: $398,000).",
    ]);
    // As Excel adds them (names trimmed, numbers only), the formulas give the pane's total.
    expect(formulasTotal(read.input.budget)).toBe(check.metrics.year.totalSpend);
  });

  test("the tester's case: 'Sales ' and a 6000 stored as text: the sheet names the cell and the $6,000 its formulas leave out", async () => {
    const { wb, values, check, read, notes, rowOf } = await rebuilt(TESTER);
    // The rebuild writes the Summary only: the co-author's cells stand as typed.
    expect(person(wb).getValues("Budget", "B4:F4")[0]).toEqual([
      "Sales ",
      "Field sales",
      "",
      "Approved",
      "6000",
    ]);
    // The pane's figures, the truth.
    expect(check.metrics.year.totalSpend).toBe(398000);
    expect(check.metrics.year.byTeam.Sales).toBe(113000);
    // The formulas count every number of the row ('Sales ' trimmed) but the text in F4.
    expect(formulasTotal(read.input.budget)).toBe(392000);
    const against = rowOf("Against the Joint Plan pane (as of the last rebuild)");
    expect(values[1][0]).toBe(
      `Differs from the Joint Plan pane at the last rebuild: the Total leaves out $6,000 the pane counts. See row ${against}.`
    );
    expect(notes()).toEqual([
      "The Joint Plan pane's total is $398,000; the Total above leaves out $6,000 the pane counts, in these Budget rows:",
      "Budget row 4: F4 '6000' is stored as text: the formulas leave out $6,000 the pane counts. Retype it as a number to fix.",
    ]);
    // The words stand next to the figures: right under the cap, above the lanes.
    expect(against).toBeLessThan(rowOf("Spend by lane"));
    expect(against).toBe(rowOf("Left under the cap") + 2);
  });

  test("a non-breaking space TRIM keeps: the row is named, with what the team rows leave out", async () => {
    const { notes } = await rebuilt((p) => p.setCell("Budget", "B4", "Sales\u00a0"));
    expect(notes()).toEqual([
      "The Joint Plan pane's total is $398,000; the Total above leaves out $81,000 the pane counts, in these Budget rows:",
      "Budget row 4: Team 'Sales\u00a0' holds a non-breaking space, which Excel's TRIM keeps: the formulas leave out what the pane counts: $81,000 in the team rows and the Total. Retype it to fix.",
    ]);
  });

  test("a row the pane leaves out for a problem: the sheet says why and what the formulas count of it", async () => {
    const { notes, noteRows, values, check } = await rebuilt((p) =>
      p.setCell("Budget", "H2", "lots")
    );
    // Long sentences are wrapped into lines columns A:N hold, so they print with the figures.
    expect(noteRows().length).toBeGreaterThan(notes().length);
    expect(noteRows().every((line) => line.length <= 124)).toBe(true);
    const problem = check.problems.find((x) => x.table === "Budget" && x.row === 1)!;
    expect(problem.message).toMatch(/Mar 'lots'/);
    expect(notes()).toEqual([
      "The Joint Plan pane's total is $288,000; the Total above counts $50,000 the pane leaves out, in these Budget rows:",
      `Budget row 2: the pane leaves this line out (${problem.message.replace(/\.$/, "")}): the formulas count its $50,000, which the pane does not. Fix the row in the Budget table.`,
    ]);
    expect(values[1][0]).toMatch(/the Total counts \$50,000 the pane leaves out/);
  });

  test("spend by lane has a (no lane) row and a live row for what no lane row holds, so the rows add up to the Total", async () => {
    const { formulas, column, rowOf, check, plan } = await rebuilt();
    const start = rowOf("Spend by lane");
    const names = [...plan.lanes.map((l) => l.lane), "(no lane)", "Not in the rows above"];
    expect(column.slice(start, start + names.length)).toEqual(names);
    const noLane = formulas[start + plan.lanes.length];
    expect(noLane[7]).toBe('=SUMPRODUCT(--(TRIM(Budget[Lane])=""),Budget[Jul])');
    // The pane's $5,000 "Sales enablement content" line has no lane: it is in the (no lane) row.
    expect(check.metrics.year.byLane["(no lane)"]).toBe(5000);
    // The pane's lane totals are all named by a row of the sheet, so the rows add up to its total.
    expect(Object.keys(check.metrics.year.byLane).every((l) => names.includes(l))).toBe(true);
    // Sheet rows: the header on `start`, the lanes and (no lane) below it, then the rest.
    const rest = start + names.length;
    expect(formulas[rest - 1][1]).toBe(`=B7-SUM(B${start + 1}:B${rest - 1})`);
    expect(formulas[rest - 1][13]).toBe(`=SUM(B${rest}:M${rest})`);
  });

  test("spend by campaign: a row per campaign of the budget, (no campaign), and what no row holds", async () => {
    const { formulas, column, rowOf, check } = await rebuilt();
    const start = rowOf("Spend by campaign");
    expect(start).toBeGreaterThan(0);
    expect(formulas[start - 1].slice(1, 3)).toEqual(["Jan 2027", "Feb 2027"]);
    const campaigns = Object.keys(check.metrics.year.byCampaign)
      .filter((c) => c !== "(no campaign)")
      .sort((a, b) => a.localeCompare(b));
    const names = [...campaigns, "(no campaign)", "Not in the rows above"];
    expect(column.slice(start, start + names.length)).toEqual(names);
    const spring = formulas[start + campaigns.indexOf("Spring launch")];
    expect(spring[3]).toBe('=SUMPRODUCT(--(TRIM(Budget[Campaign])="Spring launch"),Budget[Mar])');
    expect(formulas[start + campaigns.length][1]).toBe(
      '=SUMPRODUCT(--(TRIM(Budget[Campaign])=""),Budget[Jan])'
    );
    // Every campaign the pane totals has its row: with (no campaign) they add up to the total.
    const sum = Object.values(check.metrics.year.byCampaign).reduce((a, b) => a + b, 0);
    expect(sum).toBe(check.metrics.year.totalSpend);
    const rest = start + names.length;
    expect(formulas[rest - 1][1]).toBe(`=B7-SUM(B${start + 1}:B${rest - 1})`);
  });

  test("a campaign name is a person's text: written as text, and quoted safely inside the formulas", async () => {
    const { wb, me } = await samplePlanWorkbook();
    const name = '=HYPERLINK("http://x","y")';
    await addRow(me.host, "Budget", {
      Line: "Odd campaign line",
      Team: "Marketing",
      Lane: "Media",
      Campaign: name,
      Status: "Draft",
      Jan: 100,
    });
    const read = await readWorkbookPlan(me.host);
    await buildSummarySheet(me.host, parsePlan(read.input), read.tables.Budget!.headers.slice(5), {
      check: checkPlan(read.input),
      tables: read.tables,
      budgetRows: read.input.budget,
    });
    const formulas = person(wb).getFormulas("Summary", "A1:N90");
    const row = formulas.findIndex((r) => r[0] === name);
    expect(row).toBeGreaterThan(0);
    expect(person(wb).getCell("Summary", `A${row + 1}`)!.formula ?? null).toBeNull();
    expect(formulas[row][1]).toBe(
      '=SUMPRODUCT(--(TRIM(Budget[Campaign])="=HYPERLINK(""http://x"",""y"")"),Budget[Jan])'
    );
  });
});
