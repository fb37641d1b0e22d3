/**
 * The Summary's formulas as text, and the model of what they count against the checker's reading
 * (src/workbook/summary-formulas.ts, summary-gaps.ts): pure, no workbook.
 */
import {
  type Cell,
  checkPlan,
  jointCampaigns,
  parsePlan,
  type Row,
  samplePlan,
} from "../../src/domain";
import { budgetCampaigns, wrapWords } from "../../src/workbook/sheets";
import {
  budgetColumn,
  excelTrim,
  jointSpendFormula,
  spendWhere,
} from "../../src/workbook/summary-formulas";
import { gapLines, summaryGaps } from "../../src/workbook/summary-gaps";
import type { TableLocation } from "../../src/workbook";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The sample plan with its Budget rows edited (data row n is index n − 1), checked. */
function gapsOf(edit: (budget: Row[]) => void, location?: TableLocation, lanes?: Row[]) {
  const input = samplePlan(2027);
  const budget = input.budget.map((r) => ({ ...r }));
  edit(budget);
  const edited = { ...input, budget, ...(lanes ? { lanes } : {}) };
  const plan = parsePlan(edited);
  const check = checkPlan(edited);
  const gaps = summaryGaps({
    plan,
    problems: check.problems,
    budgetRows: budget,
    monthHeaders: MONTHS,
    location,
    campaigns: budgetCampaigns(plan),
    jointCampaigns: jointCampaigns(plan),
    currency: "USD",
  });
  return { gaps, check };
}

describe("the Summary's formulas", () => {
  test("TRIM as Excel has it: ordinary spaces only, cut at the ends and runs made one", () => {
    expect(excelTrim("  Field   sales ")).toBe("Field sales");
    expect(excelTrim("Sales\u00a0")).toBe("Sales\u00a0");
    expect(excelTrim("\tSales")).toBe("\tSales");
  });

  test("a figure is SUMPRODUCT over the trimmed name, its quotes doubled; odd headers escaped", () => {
    expect(spendWhere("Campaign", ' Say "hi" ', "Mar")).toBe(
      '=SUMPRODUCT(--(TRIM(Budget[Campaign])="Say ""hi"""),Budget[Mar])'
    );
    expect(budgetColumn("Q#1 [new]")).toBe("Budget[Q'#1 '[new']]");
  });

  test("joint spend: the Joint team, plus the other teams' lines of each joint campaign", () => {
    expect(jointSpendFormula("Jan", [])).toBe(
      '=SUMPRODUCT(--(TRIM(Budget[Team])="Joint"),Budget[Jan])'
    );
    expect(jointSpendFormula("Jan", ["Spring launch"])).toBe(
      '=SUMPRODUCT(--(TRIM(Budget[Team])="Joint"),Budget[Jan])+SUMPRODUCT(--(TRIM(Budget[Team])<>"Joint"),--(TRIM(Budget[Campaign])="Spring launch"),Budget[Jan])'
    );
  });

  test("note lines wrap at a width a printed page shows, losing no word", () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const lines = wrapWords(text, 50);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });
});

describe("which Budget rows the formulas count differently from the pane", () => {
  test("the sample plan: none, and the pane's total", () => {
    const { gaps } = gapsOf(() => {});
    expect(gaps.rows).toEqual([]);
    expect(gaps.paneTotal).toBe(398000);
    expect(gapLines(gaps, "USD")).toEqual([
      "Every Budget row is counted here as the Joint Plan pane counts it (the pane's total: $398,000).",
    ]);
  });

  test("amounts stored as text: three cells named, the others counted, the fix", () => {
    const { gaps } = gapsOf((b) => {
      for (const m of ["Jan", "Feb", "Mar", "Apr"]) b[2][m] = String(b[2][m]);
    });
    expect(gaps.rows.map((r) => r.words)).toEqual([
      "Budget row 4: F4 '6000', G4 '6000', H4 '6000' and 1 more cell are stored as text: the formulas leave out $27,000 the pane counts. Retype them as numbers to fix.",
    ]);
    expect(gaps.missed).toBe(27000);
  });

  test("cells are named where the table stands, its columns as a person ordered them", () => {
    const location: TableLocation = {
      table: "Budget",
      sheet: "Money",
      headerRow: 4, // the header on sheet row 5
      firstColumn: 2, // column C
      headers: ["Line", "Jan", "Team", "Lane", "Campaign", "Status", ...MONTHS.slice(1)],
      rowCount: 9,
    };
    const { gaps } = gapsOf((b) => (b[2].Jan = "6000"), location);
    expect(gaps.rows[0].words).toMatch(/^Money row 8: D8 '6000' is stored as text/);
  });

  test("a line the pane leaves out whose team no formula finds: counted in the lane and campaign rows only", () => {
    const { gaps } = gapsOf((b) => (b[2].Team = "Salse"));
    expect(gaps.rows).toHaveLength(1);
    expect(gaps.rows[0].words).toMatch(
      /^Budget row 4: the pane leaves this line out \(Team 'Salse' should be Marketing, Sales or Joint\): the formulas count what the pane does not: \$81,000 in the lane rows, \$81,000 in the campaign rows\. Fix the row in the Budget table\.$/
    );
    expect(gaps.added).toBe(0); // not in the Total
  });

  test("an error value: the row is left out, and the figures over its column show the error", () => {
    const { gaps } = gapsOf((b) => (b[1].Lane = "#N/A"));
    expect(gaps.errors).toEqual(["C3 holds #N/A"]);
    expect(gaps.rows[0].words).toMatch(
      /^Budget row 3: C3 holds #N\/A \(Lane is #N\/A .*\): every figure above that reads its column shows it until it is fixed; the pane leaves this line out\.$/
    );
    // No amount is claimed for it: the figures show the error instead.
    expect([gaps.missed, gaps.added]).toEqual([0, 0]);
    expect(gapLines(gaps, "USD")[0]).toBe(
      "The Joint Plan pane's total is $380,000; the Total above shows the error value of C3, in these Budget rows:"
    );
  });

  test("a lane spelled in the Lanes table with a space Excel's TRIM keeps: the lane rows miss its lines", () => {
    const lanes: Row[] = [
      { Lane: "Media", Side: "Marketing" },
      { Lane: "Direct\u00a0mail", Side: "Marketing" },
      { Lane: "Field sales", Side: "Sales" },
    ];
    const { gaps, check } = gapsOf(() => {}, undefined, lanes);
    expect(check.metrics.year.byLane["Direct\u00a0mail"]).toBe(45000);
    const words = gaps.rows.map((r) => r.words);
    expect(words).toHaveLength(3); // Spring mailer, Webinar platform, Renewal mailer
    expect(words[0]).toBe(
      "Budget row 3: Lane 'Direct mail' is not spelled 'Direct\u00a0mail' once Excel's TRIM has read it: the formulas leave out what the pane counts: $18,000 in the lane rows. Retype it to fix."
    );
    expect(gaps.missed).toBe(0); // the Total is right
  });

  test("the list stops at `max` rows and says how many more", () => {
    const { gaps } = gapsOf((b) => {
      for (const row of b) for (const m of MONTHS) if (row[m] as Cell) row[m] = String(row[m]);
    });
    expect(gaps.rows).toHaveLength(9);
    const lines = gapLines(gaps, "USD", 2);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      "The Joint Plan pane's total is $398,000; the Total above leaves out $398,000 the pane counts, in these Budget rows:"
    );
    expect(lines[3]).toBe(
      "... and 7 more Budget rows (the pane's Flags view lists the rows it leaves out)."
    );
  });
});
