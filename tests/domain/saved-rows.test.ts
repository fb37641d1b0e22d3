import {
  changeRow,
  forgetRow,
  missingRows,
  type PlanInput,
  rememberRows,
  type Row,
} from "../../src/domain";

const activity = (id: string, name = "Fair"): Row => ({ ID: id, Activity: name, Start: "2027-02" });

/** The plan as readWorkbookPlan returns it: months as date serials, every column present. */
function read(activities: Row[], results: Row[] = []): PlanInput {
  return { settings: { "Plan starts": 46388 }, activities, budget: [], results };
}

describe("which rows this pane saved are no longer in the plan", () => {
  test("an activity is found by its ID, whatever its other values now are", () => {
    const saved = rememberRows([], "Activities", "ID", [activity("N-4"), activity("N-5")]);
    const plan = read([
      { ID: " n-4 ", Activity: "Fair (moved)", Start: 46419 },
      { ID: "N-6", Activity: "Other", Start: 46419 },
    ]);
    expect(missingRows(saved, plan).map((s) => s.values.ID)).toEqual(["N-5"]);
  });

  test("two appends to the same row: the later arrival's row is there, ours is named", () => {
    const saved = rememberRows([], "Activities", "ID", [activity("N-4", "Ours")]);
    const merged = read([{ ID: "N-5", Activity: "Theirs", Start: 46419 }]);
    expect(missingRows(saved, merged)).toEqual([
      { table: "Activities", key: "ID", values: activity("N-4", "Ours") },
    ]);
  });

  test("a Results row is matched by its values: a month typed as 2027-02 is the date Excel holds", () => {
    const web: Row = { Month: "2027-02", Channel: "Web", Spend: 10 };
    const saved = rememberRows([], "Results", null, [web]);
    const cells = { Lane: "", Campaign: "", Leads: "", Qualified: "", Closed: "", Revenue: "" };
    expect(
      missingRows(saved, read([], [{ Month: 46419, Channel: "web ", Spend: 10, ...cells }]))
    ).toEqual([]);
    // Another month, another spend: not our row.
    expect(
      missingRows(saved, read([], [{ Month: 46447, Channel: "Web", Spend: 10, ...cells }]))
    ).toHaveLength(1);
    expect(
      missingRows(saved, read([], [{ Month: 46419, Channel: "Web", Spend: 11, ...cells }]))
    ).toHaveLength(1);
  });

  test("two identical Results rows saved need two rows read", () => {
    const row: Row = { Month: "2027-02", Channel: "Web", Spend: 10 };
    const saved = rememberRows([], "Results", null, [row, row]);
    const one = read([], [{ Month: 46419, Channel: "Web", Spend: 10 }]);
    expect(missingRows(saved, one)).toHaveLength(1);
    expect(missingRows(saved, read([], [one.results![0], one.results![0]]))).toEqual([]);
  });

  test("a row the user changed is known by its new values; one the user deleted is no longer expected", () => {
    const row: Row = { Month: "2027-02", Channel: "Web", Spend: 10 };
    let saved = rememberRows([], "Results", null, [row, { ...row, Channel: "Print" }]);
    saved = changeRow(saved, "Results", { ...row, Lane: "" }, { Spend: 12 });
    saved = forgetRow(saved, "Results", { ...row, Channel: "print" });
    expect(saved).toEqual([{ table: "Results", key: null, values: { ...row, Spend: 12 } }]);
    expect(missingRows(saved, read([], [{ Month: 46419, Channel: "Web", Spend: 12 }]))).toEqual([]);
  });

  test("a setting is found among the Settings as read", () => {
    const saved = rememberRows([], "Settings", "Setting", [{ Setting: "Currency", Value: "EUR" }]);
    expect(missingRows(saved, read([]))).toHaveLength(1);
    expect(missingRows(saved, { ...read([]), settings: { Currency: "EUR" } })).toEqual([]);
  });
});
