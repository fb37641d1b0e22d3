import fc from "fast-check";
import {
  ACTIVITY_COLUMNS,
  DEFAULT_LANES,
  activitySchema,
  budgetLineSchema,
  checkPlan,
  parsePlan,
  resultsRowSchema,
  rowContext,
} from "../../src/domain";
import type { Row } from "../../src/domain";
import { cellArb, shapeArb, validActivityArb } from "./arbitraries";
import { plan } from "./helpers";

const ctx = rowContext(DEFAULT_LANES, "2026-07");

describe("form schemas use the checker's rules", () => {
  test("a valid activity parses to what parsePlan reads", () => {
    const row = {
      ID: "A1",
      Activity: "TV",
      Lane: "media",
      Team: "marketing",
      Campaign: "Spring",
      Start: "Mar",
      End: "Apr 2027",
      "Expected leads": 5,
      "Follow-up hours": "",
      Notes: "",
    };
    const parsed = activitySchema(ctx).safeParse(row);
    expect(parsed.success).toBe(true);
    const read = parsePlan(plan({ settings: { "Plan starts": "2026-07" }, activities: [row] }));
    expect(parsed.data).toEqual({ ...read.activities[0], row: 0 });
  });

  test("an invalid activity gives the checker's messages, on the right fields", () => {
    const parsed = activitySchema(ctx).safeParse({
      ID: "A1",
      Activity: "TV",
      Lane: "Radio",
      Team: "Marketing",
      Start: "Marhc",
    });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["Lane", expect.stringMatching(/Lane 'Radio' is not one of the lanes/)],
      ["Start", "Start 'Marhc' is not a month. Write it like Mar 2027 or 2027-03."],
    ]);
    const endBeforeStart = activitySchema(ctx).safeParse({
      ID: "A1",
      Activity: "TV",
      Lane: "Media",
      Team: "Marketing",
      Start: "May",
      End: "Apr",
    });
    expect(endBeforeStart.error!.issues.map((i) => i.path.join("."))).toEqual(["End"]);
  });

  test("budget line and results row schemas", () => {
    const line = budgetLineSchema(ctx).safeParse({ Line: "TV", Team: "Joint", Jul: 5, Jan: "10" });
    expect(line.success).toBe(true);
    expect(line.data!.amounts).toEqual([5, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0]);
    expect(line.data!.status).toBe("Draft");
    expect(
      budgetLineSchema(ctx).safeParse({ Line: "TV", Team: "Joint", Mar: -1 }).error!.issues[0].path
    ).toEqual(["Mar"]);
    const result = resultsRowSchema(ctx).safeParse({
      Month: "Mar",
      Channel: "TV",
      Leads: 2,
      Closed: 3,
    });
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["Closed"]);
    expect(
      resultsRowSchema(ctx).safeParse({ Month: "Mar", Channel: "TV", Leads: "" }).data
    ).toMatchObject({ month: "2027-03", leads: null });
  });

  test("on any activity row, the form accepts exactly what the checker accepts", () => {
    const columns = ACTIVITY_COLUMNS;
    const rowArb = fc.oneof(
      shapeArb.chain(() => validActivityArb({ startYear: 2026, startMonth: 6 }, "A1")),
      fc
        .tuple(...columns.map(() => cellArb))
        .map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]])) as Row)
    );
    fc.assert(
      fc.property(rowArb, (row) => {
        const blank = Object.values(row).every(
          (v) => v === null || (typeof v === "string" && v.trim() === "")
        );
        fc.pre(!blank); // the checker skips a blank row; a form never submits one
        const checked = checkPlan(
          plan({ settings: { "Plan starts": "2026-07" }, activities: [row] })
        );
        const form = activitySchema(ctx).safeParse(row);
        expect(form.success).toBe(checked.problems.length === 0);
        if (!form.success) {
          expect(form.error.issues.map((i) => i.message).sort()).toEqual(
            checked.problems.map((p) => p.message).sort()
          );
        }
      }),
      { numRuns: 300 }
    );
  });
});
