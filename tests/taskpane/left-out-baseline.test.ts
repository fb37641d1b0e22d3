/**
 * A Budget line left out for a problem is not a line someone removed: the comparison with a
 * baseline (Budget view and Meeting view) names it as left out, with its place, and the year's
 * variance says what it does not count.
 */
import { samplePlan } from "../../src/domain";
import { baselineMetrics } from "../../src/workbook";
import { lineChanges } from "../../src/taskpane/model/finance";
import { leftOutRows } from "../../src/taskpane/model/leftOut";
import { meetingStory } from "../../src/taskpane/model/meeting";
import { readState } from "./fakes";

/** The sample year with 'lots' typed in Brand radio's Aug (the Budget sheet's row 6) and Renewal mailer deleted. */
function withLots() {
  const input = samplePlan(2027);
  const radio = input.budget.find((r) => r.Line === "Brand radio")!;
  radio.Aug = "lots";
  input.budget = input.budget.filter((r) => r.Line !== "Renewal mailer");
  // The baseline holds both lines as they were.
  const baseline = input.baselines![0].Baseline;
  const saved = input.baselines![0].Saved;
  input.baselines!.push(
    {
      Baseline: baseline,
      Saved: saved,
      Line: "Brand radio",
      Team: "Marketing",
      Aug: 45000,
      Sep: 30000,
    },
    { Baseline: baseline, Saved: saved, Line: "Renewal mailer", Team: "Marketing", Dec: 7000 }
  );
  return readState(input);
}

describe("a line left out for a problem, against the baseline", () => {
  const state = withLots();
  const metrics = baselineMetrics(state.plan)!;
  const leftOut = leftOutRows(state, "Budget");

  test("is named as left out, with its row and bad cell; a deleted line is still removed", () => {
    const changes = lineChanges(metrics, "USD", leftOut.rows);
    expect(changes.find((c) => c.line === "Brand radio")).toMatchObject({
      change: "left out",
      leftOut: "Budget row 6, Aug 'lots'",
      total: -75000,
    });
    expect(changes.find((c) => c.line === "Renewal mailer")).toMatchObject({
      change: "removed",
      leftOut: null,
      total: -7000,
    });
  });

  test("given no left-out rows, a line missing from the plan is removed", () => {
    const changes = lineChanges(metrics, "USD");
    expect(changes.find((c) => c.line === "Brand radio")!.change).toBe("removed");
  });

  test("the Meeting view's story says so, and its variance says what it does not count", () => {
    const story = meetingStory(state).baseline!;
    expect(story.lines).toContain(
      "Left out for a problem: Brand radio (Budget row 6, Aug 'lots'), counted as $0, −\u2060$75,000 for the year (Aug 2027 −\u2060$45,000, Sep 2027 −\u2060$30,000)."
    );
    expect(story.lines).toContain(
      "Removed: Renewal mailer, −\u2060$7,000 for the year (Dec 2027 −\u2060$7,000)."
    );
    expect(story.variance).toMatch(
      /below the baseline \(.*\)\. \$30,000 on 1 line is not counted: Budget row 6, Aug 'lots'\.$/
    );
  });
});
