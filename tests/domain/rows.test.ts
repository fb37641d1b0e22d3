import { ACTIVITY_COLUMNS, RESULTS_COLUMNS, checkPlan, parsePlan } from "../../src/domain";
import { activity, line, plan } from "./helpers";

describe("Activities", () => {
  test("canonical columns", () => {
    expect(ACTIVITY_COLUMNS).toEqual([
      "ID",
      "Activity",
      "Lane",
      "Team",
      "Campaign",
      "Start",
      "End",
      "Expected leads",
      "Follow-up hours",
      "Notes",
    ]);
  });

  test("a valid activity is read with its lane's side and its active plan months", () => {
    const read = parsePlan(
      plan({
        settings: { "Plan starts": "2026-07" },
        activities: [
          {
            " id ": 7,
            ACTIVITY: "  Spring TV spot ",
            lane: "MEDIA",
            Team: "joint",
            Campaign: " Spring  Launch ",
            Start: "Nov",
            End: "Feb",
            "Expected leads": 120,
            "FOLLOW-UP HOURS": "12",
            Notes: "booked",
            Extra: "ignored",
          },
        ],
      })
    );
    expect(read.problems).toEqual([]);
    expect(read.activities).toEqual([
      {
        row: 1,
        id: "7",
        activity: "Spring TV spot",
        lane: "Media",
        side: "Marketing",
        team: "Joint",
        campaign: "Spring Launch",
        start: "2026-11",
        end: "2027-02",
        months: ["2026-11", "2026-12", "2027-01", "2027-02"],
        monthIndexes: [4, 5, 6, 7],
        expectedLeads: 120,
        followUpHours: 12,
        notes: "booked",
      },
    ]);
  });

  test("blank End means Start", () => {
    const read = parsePlan(plan({ activities: [activity("A1", "Media", "2027-03", { End: "" })] }));
    expect(read.activities[0].months).toEqual(["2027-03"]);
  });

  test.each([
    ["ID", "", /ID is required/],
    ["Activity", null, /Activity is required/],
    ["Lane", "Radio", /Lane 'Radio' is not one of the lanes \(Media, Direct mail, Field sales\)/],
    ["Lane", "", /Lane is required/],
    ["Team", "Finance", /Team 'Finance' should be Marketing, Sales or Joint/],
    ["Team", "", /Team is required/],
    ["Start", "", /Start is required|Start .* is not a month/],
    ["Start", "Marhc", /Start 'Marhc' is not a month/],
    ["End", "soon", /End 'soon' is not a month/],
    ["Expected leads", -1, /Expected leads -1 should be a whole number of 0 or more/],
    ["Expected leads", 2.5, /whole number/],
    ["Expected leads", "many", /Expected leads 'many' is not a number/],
    ["Follow-up hours", 0, /Follow-up hours 0 should be a number above 0/],
    ["Follow-up hours", -3, /above 0/],
    ["ID", true, /ID TRUE should be text/],
  ])("%s %p is a problem", (column, value, message) => {
    const result = checkPlan(
      plan({ activities: [activity("A1", "Media", "2027-03", { [column]: value })] })
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        table: "Activities",
        row: 1,
        column,
        value,
        message: expect.stringMatching(message),
      }),
    ]);
    expect(result.flags).toEqual([]);
  });

  test("End before Start is a problem", () => {
    const result = checkPlan(
      plan({ activities: [activity("A1", "Media", "2027-05", { End: "2027-03" })] })
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 1,
        column: "End",
        value: "2027-03",
        message: expect.stringMatching(/before Start/),
      }),
    ]);
  });

  test("months outside the plan year are ignored; an activity with none inside is a problem", () => {
    const read = parsePlan(
      plan({
        activities: [
          activity("A1", "Media", "2026-11", { End: "2027-02" }),
          activity("A2", "Media", "2027-12", { End: "2028-03" }),
          activity("A3", "Media", "2028-01", { End: "2028-03" }),
          activity("A4", "Media", "2026-01"),
        ],
      })
    );
    expect(read.activities.map((a) => [a.id, a.months])).toEqual([
      ["A1", ["2027-01", "2027-02"]],
      ["A2", ["2027-12"]],
    ]);
    expect(read.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Start"],
      [4, "Start"],
    ]);
    expect(read.problems[0].message).toMatch(/outside the plan year \(Jan–Dec 2027\)/);
  });

  test("duplicate IDs: the first is valid, each later one is a problem (case-insensitive)", () => {
    const read = parsePlan(
      plan({
        activities: [
          activity("A1", "Media", "2027-01"),
          activity("A2", "Media", "2027-01"),
          activity("a1", "Media", "2027-02"),
          activity(" A1 ", "Media", "2027-03"),
        ],
      })
    );
    expect(read.activities.map((a) => a.id)).toEqual(["A1", "A2"]);
    expect(read.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, "ID", "ID 'a1' is already used in row 1. Give this row its own ID."],
      [4, "ID", "ID 'A1' is already used in row 1. Give this row its own ID."],
    ]);
  });

  test("a missing required column is one problem for the table and no row is valid", () => {
    const rows = [
      { ID: "A1", Activity: "TV", Lane: "Media", Start: "2027-01" },
      { ID: "A2", Activity: "Radio", Lane: "Media", Start: "bad" },
    ];
    const result = checkPlan(plan({ activities: rows }));
    expect(result.problems).toEqual([
      expect.objectContaining({ table: "Activities", row: null, column: "Team", value: null }),
    ]);
    expect(parsePlan(plan({ activities: rows })).activities).toEqual([]);
  });

  test("optional columns may be absent", () => {
    const read = parsePlan(
      plan({
        activities: [{ ID: "A1", Activity: "TV", Lane: "Media", Team: "Marketing", Start: "Jan" }],
      })
    );
    expect(read.problems).toEqual([]);
    expect(read.activities[0]).toMatchObject({
      campaign: null,
      expectedLeads: null,
      followUpHours: null,
      notes: "",
    });
  });

  test("entirely blank rows are skipped silently but still counted in row numbers", () => {
    const result = checkPlan(
      plan({
        activities: [
          { ID: "", Activity: null, Lane: "  ", Team: "", Start: "" },
          {},
          null as never,
          activity("A1", "Media", "bad"),
        ],
      })
    );
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([[4, "Start"]]);
  });

  test("rows that are not rows, and tables that are not lists, are problems, not exceptions", () => {
    const result = checkPlan({
      settings: { "Plan starts": "2027-01" },
      activities: [5 as never, "x" as never, activity("A1", "Media", "2027-01")],
      budget: "nonsense" as never,
      results: {} as never,
    });
    expect(result.problems.map((p) => [p.table, p.row])).toEqual([
      ["Activities", 1],
      ["Activities", 2],
      ["Budget", null],
      ["Results", null],
    ]);
  });
});

describe("Budget", () => {
  test("a valid line: amounts in plan order, blank means 0, status blank means Draft", () => {
    const read = parsePlan(
      plan({
        settings: { "Plan starts": "2026-07" },
        budget: [
          {
            LINE: "TV",
            team: "marketing",
            Lane: "media",
            Campaign: "Spring",
            Status: "",
            Jul: 100,
            jan: "1,200",
            Jun: "",
            march: 5,
          },
        ],
      })
    );
    expect(read.problems).toEqual([]);
    expect(read.budget).toEqual([
      {
        row: 1,
        line: "TV",
        team: "Marketing",
        lane: "Media",
        campaign: "Spring",
        status: "Draft",
        amounts: [100, 0, 0, 0, 0, 0, 1200, 0, 5, 0, 0, 0],
        total: 1305,
      },
    ]);
  });

  test.each([
    ["Line", "", /Line is required/],
    ["Team", "Finance", /Team 'Finance' should be Marketing, Sales or Joint/],
    ["Lane", "Radio", /Lane 'Radio' is not one of the lanes/],
    ["Status", "Done", /Status 'Done' should be Draft, Proposed or Approved/],
    ["Mar", -5, /Mar -5 should be a number of 0 or more/],
    ["Apr", "lots", /Apr 'lots' is not a number/],
  ])("%s %p is a problem", (column, value, message) => {
    const result = checkPlan(
      plan({ budget: [line("L1", "Marketing", { Jan: 10 }, { [column]: value })] })
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        table: "Budget",
        row: 1,
        column,
        value,
        message: expect.stringMatching(message),
      }),
    ]);
    expect(result.metrics.year.totalSpend).toBe(0);
  });

  test("lane and campaign are optional; statuses match case-insensitively", () => {
    const read = parsePlan(
      plan({ budget: [line("L1", "Joint", { Jan: 1 }, { Status: "APPROVED" })] })
    );
    expect(read.budget[0]).toMatchObject({ lane: null, campaign: null, status: "Approved" });
  });

  test("duplicate Lines: the first is valid, later ones are problems", () => {
    const read = parsePlan(
      plan({ budget: [line("TV", "Marketing", { Jan: 1 }), line("tv", "Sales", { Jan: 2 })] })
    );
    expect(read.budget.map((l) => l.line)).toEqual(["TV"]);
    expect(read.problems).toEqual([
      expect.objectContaining({ row: 2, column: "Line", value: "tv" }),
    ]);
  });

  test("a missing Team column is one problem and no line counts", () => {
    const result = checkPlan(plan({ budget: [{ Line: "L1", Jan: 5 }] }));
    expect(result.problems).toEqual([
      expect.objectContaining({ table: "Budget", row: null, column: "Team" }),
    ]);
    expect(result.metrics.year.totalSpend).toBe(0);
  });
});

describe("Results", () => {
  test("canonical columns", () => {
    expect(RESULTS_COLUMNS).toEqual([
      "Month",
      "Channel",
      "Lane",
      "Campaign",
      "Spend",
      "Leads",
      "Qualified",
      "Closed",
      "Revenue",
    ]);
  });

  test("blank means not reported, which is not 0", () => {
    const read = parsePlan(
      plan({ results: [{ Month: "Mar", Channel: "LinkedIn ads", Spend: 0, Leads: "", Closed: 0 }] })
    );
    expect(read.problems).toEqual([]);
    expect(read.results[0]).toMatchObject({
      month: "2027-03",
      monthIndex: 2,
      spend: 0,
      leads: null,
      qualified: null,
      closed: 0,
      revenue: null,
    });
  });

  test.each([
    ["Month", "", /Month is required/],
    ["Month", "2026-12", /outside the plan year/],
    ["Month", "Marhc", /is not a month/],
    ["Channel", "", /Channel is required/],
    ["Lane", "Radio", /not one of the lanes/],
    ["Spend", -1, /Spend -1 should be a number of 0 or more/],
    ["Revenue", "n/a", /Revenue 'n\/a' is not a number/],
  ])("%s %p is a problem", (column, value, message) => {
    const row = {
      Month: "2027-01",
      Channel: "Google search",
      Leads: 5,
      Closed: 1,
      [column]: value,
    };
    const result = checkPlan(plan({ results: [row] }));
    expect(result.problems).toEqual([
      expect.objectContaining({
        table: "Results",
        row: 1,
        column,
        value,
        message: expect.stringMatching(message),
      }),
    ]);
    expect(result.metrics.channels).toEqual([]);
  });

  test("Closed may not exceed Leads when both are reported", () => {
    const result = checkPlan(
      plan({
        results: [
          { Month: "Jan", Channel: "A", Leads: 5, Closed: 6 },
          { Month: "Jan", Channel: "B", Leads: "", Closed: 6 },
          { Month: "Jan", Channel: "C", Leads: 6, Closed: 6 },
        ],
      })
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        table: "Results",
        row: 1,
        column: "Closed",
        value: 6,
        message: expect.stringMatching(/more than Leads/),
      }),
    ]);
    expect(result.metrics.channels.map((c) => c.channel)).toEqual(["B", "C"]);
  });

  test("a missing Channel column is one problem", () => {
    const result = checkPlan(plan({ results: [{ Month: "Jan", Leads: 4 }] }));
    expect(result.problems).toEqual([
      expect.objectContaining({ table: "Results", row: null, column: "Channel" }),
    ]);
  });
});

describe("matching names", () => {
  test("campaigns match ignoring case and stray spaces, spelled as first written", () => {
    const read = parsePlan(
      plan({
        activities: [
          activity("A1", "Media", "Jan", { Campaign: "  Spring   Launch " }),
          activity("S1", "Field sales", "Jan", { Campaign: "spring launch" }),
        ],
        budget: [line("L1", "Marketing", { Jan: 1 }, { Campaign: "SPRING LAUNCH" })],
        results: [{ Month: "Jan", Channel: "TV", Campaign: "Spring launch " }],
      })
    );
    expect(read.activities.map((a) => a.campaign)).toEqual(["Spring Launch", "Spring Launch"]);
    expect(read.budget[0].campaign).toBe("Spring Launch");
    expect(read.results[0].campaign).toBe("Spring Launch");
  });
});
