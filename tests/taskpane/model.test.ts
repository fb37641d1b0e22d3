/** The pane's pure data shaping: calendar bars, flags by month, the budget grid, forms. */
import { checkPlan, type PlanInput, parsePlan, samplePlan, worstSeverity } from "../../src/domain";
import { budgetGrid, barSegments } from "../../src/taskpane/model/budget";
import { calendarModel } from "../../src/taskpane/model/calendar";
import { groupFlags, refsToRows } from "../../src/taskpane/model/flags";
import {
  money,
  monthLabel,
  monthRange,
  moneyOrNone,
  moneyShort,
  percent,
} from "../../src/taskpane/model/format";
import { nextId } from "../../src/taskpane/model/ids";
import {
  activityToForm,
  budgetMonthHeaders,
  budgetToForm,
  emptyActivityForm,
  emptyBudgetForm,
} from "../../src/taskpane/model/rowForms";
import { validateActivity, validateBudgetLine } from "../../src/taskpane/model/validate";

function sample(): PlanInput {
  const rows = samplePlan(2027);
  return {
    settings: rows.settings,
    lanes: rows.lanes,
    activities: rows.activities,
    budget: rows.budget,
    results: rows.results,
  };
}

function small(): PlanInput {
  return {
    settings: { "Plan starts": "2027-01", "Annual budget cap": 1000 },
    activities: [
      {
        ID: "A-1",
        Activity: "TV spot",
        Lane: "Media",
        Team: "Marketing",
        Campaign: "Spring",
        Start: "2027-03",
        End: "2027-04",
      },
      {
        ID: "A-2",
        Activity: "Calls",
        Lane: "Field sales",
        Team: "Sales",
        Campaign: "Spring",
        Start: "2027-04",
      },
      {
        ID: "A-3",
        Activity: "Banner",
        Lane: "Media",
        Team: "Joint",
        Campaign: "",
        Start: "2027-01",
      },
      {
        ID: "A-4",
        Activity: "Ads",
        Lane: "Media",
        Team: "Marketing",
        Campaign: "Autumn",
        Start: "2027-09",
        End: "2028-03",
      },
      { ID: "A-5", Activity: "Broken", Lane: "Nowhere", Team: "Sales", Start: "2027-01" },
    ],
    budget: [
      { Line: "B-1", Team: "Marketing", Campaign: "Spring", Mar: 600, Apr: 200 },
      { Line: "B-2", Team: "Sales", Lane: "Field sales", Apr: 500 },
    ],
    results: [{ Month: "2027-03", Channel: "TV", Spend: 100, Leads: 10 }],
  };
}

describe("format", () => {
  it("labels months and ranges", () => {
    expect(monthLabel("2027-03")).toBe("Mar 2027");
    expect(monthRange("2027-03", "2027-05")).toBe("Mar–May 2027");
    expect(monthRange("2027-12", "2028-02")).toBe("Dec 2027–Feb 2028");
    expect(monthRange("2027-03", "2027-03")).toBe("Mar 2027");
  });
  it("writes not reported for null, never 0", () => {
    expect(moneyOrNone(null, "USD")).toBe("not reported");
    expect(moneyOrNone(0, "USD")).toBe("$0");
    expect(money(1234, "EUR")).toContain("1,234");
    expect(money(5, "XXQ1")).toBe("5 XXQ1");
    expect(percent(0.425)).toBe("43%");
    expect(percent(null)).toBe("none");
  });
  it("shortens a chart axis' amounts so they fit a 350 px pane", () => {
    expect(moneyShort(80000, "USD")).toBe("$80K");
    expect(moneyShort(0, "USD")).toBe("$0");
    expect(moneyShort(1250000, "EUR")).toBe("€1.3M");
    expect(moneyShort(84000, "XXQ1")).toBe("84K XXQ1");
  });
});

describe("calendarModel", () => {
  const input = small();
  const plan = parsePlan(input);
  const model = calendarModel(plan, checkPlan(input));

  it("has the 12 plan months with flag counts and worst severity", () => {
    expect(model.months).toHaveLength(12);
    expect(model.months[0].short).toBe("Jan");
    const check = checkPlan(input);
    for (const m of model.months) {
      const flags = check.flags.filter((f) => f.month === m.month);
      expect(m.flagCount).toBe(flags.length);
      expect(m.severity).toBe(worstSeverity(flags));
    }
  });

  it("puts each valid activity in its lane, grouped by campaign, no campaign last", () => {
    const media = model.lanes.find((l) => l.lane === "Media")!;
    expect(media.groups.map((g) => g.label)).toEqual(["Autumn", "Spring", "No campaign"]);
    expect(media.count).toBe(3);
    const tv = media.groups[1].bars[0];
    expect(tv).toMatchObject({ id: "A-1", name: "TV spot", team: "Marketing", first: 2, last: 3 });
    // An activity running past the plan year is clipped to it.
    expect(media.groups[0].bars[0]).toMatchObject({ first: 8, last: 11 });
    // The invalid row is a problem, not a bar.
    const all = model.lanes.flatMap((l) => l.groups.flatMap((g) => g.bars.map((b) => b.id)));
    expect(all).not.toContain("A-5");
    expect(model.lanes.map((l) => l.lane)).toEqual(["Media", "Direct mail", "Field sales"]);
  });

  it("works on the sample plan", () => {
    const s = sample();
    const m = calendarModel(parsePlan(s), checkPlan(s));
    const bars = m.lanes.flatMap((l) => l.groups.flatMap((g) => g.bars));
    expect(bars.length).toBe(parsePlan(s).activities.length);
    for (const b of bars) expect(b.first!).toBeLessThanOrEqual(b.last!);
  });
});

describe("groupFlags", () => {
  it("puts plan-level problems and flags first, then months in order", () => {
    const input = small();
    const plan = parsePlan(input);
    const check = checkPlan(input);
    const groups = groupFlags(plan, check);
    expect(groups[0].month).toBeNull();
    expect(groups[0].items.some((i) => i.kind === "problem" && /Nowhere/.test(i.message))).toBe(
      true
    );
    expect(
      groups[0].items.some(
        (i) => i.message === check.flags.find((f) => f.code === "over-cap")?.message
      )
    ).toBe(true);
    const months = groups.slice(1).map((g) => g.month!);
    expect(months).toEqual([...months].sort());
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    expect(total).toBe(check.flags.length + check.problems.length);
    for (const g of groups) for (const i of g.items) expect(i.fix).not.toBe("");
  });

  it("maps refs to the rows that caused them", () => {
    const plan = parsePlan(small());
    // Without the tables' places, headers are taken to be on sheet row 1.
    expect(refsToRows(plan, ["A-2", "b-1", "Results row 1", "unknown"])).toEqual([
      { table: "Activities", rows: [2], sheetRows: [3], sheet: "Activities" },
      { table: "Budget", rows: [1], sheetRows: [2], sheet: "Budget" },
      { table: "Results", rows: [1], sheetRows: [2], sheet: "Results" },
    ]);
  });

  it("gives a problem the row it is on", () => {
    const input = small();
    const groups = groupFlags(parsePlan(input), checkPlan(input));
    const broken = groups[0].items.find((i) => /Nowhere/.test(i.message))!;
    expect(broken.rows).toEqual([
      { table: "Activities", rows: [5], sheetRows: [6], sheet: "Activities" },
    ]);
  });

  it("names the sheet row Excel's row header shows, and titles each card with its kind", () => {
    const input = small();
    input.activities.push({ ...input.activities[0] }); // a second A-1: "already used in row 1"
    const located = (table: string, headerRow: number) => ({
      table,
      sheet: `Plan ${table}`,
      headerRow,
      firstColumn: 0,
      headers: [],
      rowCount: 10,
    });
    const tables = {
      Activities: located("Activities", 3),
      Results: located("Results", 0),
    } as never;
    const groups = groupFlags(parsePlan(input), checkPlan(input), tables);
    const items = groups.flatMap((g) => g.items);
    const broken = items.find((i) => /Nowhere/.test(i.message))!;
    // Header on 0-based row 3 (Excel's row 4): data row 5 is Excel's row 9.
    expect(broken.rows).toEqual([
      { table: "Activities", rows: [5], sheetRows: [9], sheet: "Plan Activities" },
    ]);
    expect(broken.title).toBe("Row left out: Plan Activities row 9");
    expect(broken.fix).toMatch(/in Plan Activities row 9;/);
    const duplicate = items.find((i) => /already used/.test(i.message))!;
    expect(duplicate.message).toMatch(/already used in row 5\./);
    const titles = new Set(items.filter((i) => i.kind === "flag").map((i) => i.title));
    expect(titles).toContain("No follow-up");
    expect(titles).toContain("Over cap");
    expect([...titles]).not.toContain("Warning");
  });
});

describe("budgetGrid", () => {
  it("sums months by team, with the cap", () => {
    const input = small();
    const grid = budgetGrid(checkPlan(input), parsePlan(input));
    expect(grid.rows).toHaveLength(12);
    const apr = grid.rows[3];
    expect(apr.byTeam).toEqual({ Marketing: 200, Sales: 500, Joint: 0 });
    // B-1 is Marketing's, but its campaign Spring is joint: it counts in the Joint column.
    expect(apr.split).toEqual({ Marketing: 0, Sales: 500, Joint: 200 });
    expect(apr.total).toBe(700);
    expect(grid.total).toBe(1300);
    expect(grid.cap).toBe(1000);
    expect(grid.overBy).toBe(300);
    expect(grid.maxMonth).toBe(700);
    expect(barSegments(apr, grid.maxMonth)).toEqual({
      Marketing: 0,
      Sales: (500 / 700) * 100,
      Joint: (200 / 700) * 100,
    });
    expect(grid.rows[0].jointShare).toBeNull();
  });

  it("makes the Joint column agree with the joint share, month by month and for the year", () => {
    const s = sample();
    const grid = budgetGrid(checkPlan(s), parsePlan(s));
    for (const row of grid.rows) {
      if (row.total === 0) continue;
      expect(row.split.Joint / row.total).toBeCloseTo(row.jointShare!, 10);
      expect(row.split.Marketing + row.split.Sales + row.split.Joint).toBeCloseTo(row.total, 6);
    }
    expect(grid.splitTotals.Joint / grid.total).toBeCloseTo(grid.jointShare!, 10);
  });
});

describe("forms", () => {
  const plan = parsePlan(small());

  it("proposes the next free ID", () => {
    expect(nextId(["A-1", "A-09", "x"], "A-")).toBe("A-10");
    expect(nextId([], "B-")).toBe("B-01");
    expect(emptyActivityForm(plan).Start).toBe("2027-01");
  });

  it("accepts a valid activity and returns the row to write", () => {
    const form = { ...emptyActivityForm(plan), Activity: "Webinar", "Expected leads": "1,200" };
    const result = validateActivity(form, plan, null);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.row.Activity).toBe("Webinar");
      expect(result.row["Expected leads"]).toBe(1200);
      expect(result.row.Lane).toBe("Media");
    }
  });

  it("puts each broken rule next to its field, with the checker's words", () => {
    const form = {
      ...emptyActivityForm(plan),
      ID: "a-1",
      Activity: "",
      Lane: "Nowhere",
      Start: "2027-05",
      End: "2027-03",
      "Follow-up hours": "0",
    };
    const result = validateActivity(form, plan, null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.Activity).toBe("Activity is required.");
      expect(result.errors.Lane).toMatch(/not one of the lanes/);
      expect(result.errors["Follow-up hours"]).toMatch(/above 0/);
    }
    const dup = validateActivity(
      { ...emptyActivityForm(plan), ID: "a-1", Activity: "X" },
      plan,
      null
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.errors.ID).toMatch(/already used/);
    const end = validateActivity(
      { ...emptyActivityForm(plan), Activity: "X", Start: "2027-05", End: "2027-03" },
      plan,
      null
    );
    expect(!end.ok && end.errors.End).toMatch(/before Start/);
  });

  it("lets an edited activity keep its own ID", () => {
    const a = plan.activities[0];
    const result = validateActivity(activityToForm(a), plan, a.id);
    expect(result.ok).toBe(true);
  });

  it("validates budget lines by month header", () => {
    const headers = budgetMonthHeaders(plan);
    expect(headers[0]).toBe("Jan");
    const form = { ...emptyBudgetForm(plan, headers), Mar: "100" };
    const ok = validateBudgetLine(form, plan, headers, null);
    expect(ok.ok && ok.row.Mar).toBe(100);
    const bad = validateBudgetLine(
      { ...form, Line: "B-1", Apr: "-5", Status: "Maybe" },
      plan,
      headers,
      null
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.Line).toMatch(/already used/);
      expect(bad.errors.Apr).toBeTruthy();
      expect(bad.errors.Status).toBeTruthy();
    }
    const line = plan.budget[0];
    const edit = budgetToForm(line, headers);
    expect(edit.Mar).toBe("600");
    expect(validateBudgetLine(edit, plan, headers, line.line).ok).toBe(true);
  });
});
