/** The Budget view's figures named so the joint-share split and the Team column cannot be confused. */
import { checkPlan, parsePlan, samplePlan } from "../../src/domain";
import { budgetGrid, SPLIT_HEADINGS, spendTicks } from "../../src/taskpane/model/budget";
import { compareByTeam, lineChanges } from "../../src/taskpane/model/finance";
import { moneyShort } from "../../src/taskpane/model/format";

describe("Budget view labels for finance", () => {
  const input = samplePlan(2027);
  const check = checkPlan(input);
  const grid = budgetGrid(check, parsePlan(input));

  it("names the split by the rule and the comparison by Team, so no two figures share a name", () => {
    const split = Object.values(SPLIT_HEADINGS);
    const byTeam = compareByTeam(check.metrics.baseline!).map((r) => r.label);
    expect(split).toEqual(["Marketing only", "Sales only", "Joint lines (rule)"]);
    expect(byTeam).toEqual(["Team Marketing", "Team Sales", "Team Joint", "All teams"]);
    expect(split.filter((h) => byTeam.includes(h))).toEqual([]);
    // The two Joint figures differ on the sample (a Marketing line of a joint campaign).
    const teamJoint = compareByTeam(check.metrics.baseline!)[2].now;
    expect(grid.splitTotals.Joint).not.toBe(teamJoint);
  });

  it("labels chart axes compactly, so '$84,000' is not cut to '4,000' at 350 px", () => {
    expect(moneyShort(84000, "USD")).toBe("$84K");
    expect(moneyShort(1250000, "USD")).toBe("$1.3M");
    expect(moneyShort(0, "USD")).toBe("$0");
    expect(moneyShort(84000, "XYZ")).toMatch(/^84K XYZ$|XYZ.?84K/);
    expect(spendTicks(grid.maxMonth).map((v) => moneyShort(v, "USD"))).toEqual([
      moneyShort(grid.maxMonth, "USD"),
      moneyShort(grid.maxMonth / 2, "USD"),
      "$0",
    ]);
  });

  it("lists a Status change since the baseline: Approved saved as Proposed, with or without new amounts", () => {
    const input = samplePlan(2027);
    const statusOf = (line: string) => input.budget.find((r) => r.Line === line)!;
    statusOf("TV and online media").Status = "Proposed";
    const approved = input.budget.find(
      (r) => r.Status === "Approved" && r.Line !== "TV and online media"
    )!;
    approved.Status = "Proposed";
    const metrics = checkPlan(input).metrics.baseline!;
    const changes = lineChanges(metrics, "USD");
    expect(changes.find((c) => c.line === "TV and online media")).toMatchObject({
      change: "changed",
      status: "status Approved → Proposed",
    });
    expect(changes.find((c) => c.line === approved.Line)).toMatchObject({
      change: "unchanged",
      status: "status Approved → Proposed",
    });
    expect(metrics.lines.find((l) => l.line === approved.Line)!.statusChange).toEqual({
      from: "Approved",
      to: "Proposed",
    });
  });
});
