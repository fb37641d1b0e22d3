/** The poll's cost: a read that finds the workbook as it was is not parsed or checked again, and a big plan is polled less often. */
import { samplePlan } from "../../src/domain";
import { type ExcelHost, type PlanState, setUpPlan, watchPlan } from "../../src/workbook";
import { pollDelay, POLL_MAX_MS, type PollOptions } from "../../src/workbook/watch";
import { emptyWorkbook, person, seat } from "./sim";

// The checker as it is, counted: how often the watch checks the plan.
jest.mock("../../src/domain", () => {
  const actual = jest.requireActual("../../src/domain");
  return { ...actual, checkReadPlan: jest.fn(actual.checkReadPlan) };
});
const checker = jest.requireMock("../../src/domain").checkReadPlan as jest.Mock;

/** A pane on the sample plan whose Excel sends no change event (only the poll sees changes). */
async function deafPane(wrap: (host: ExcelHost) => ExcelHost = (h) => h) {
  const wb = emptyWorkbook();
  await setUpPlan(seat(wb, "author").host, { rows: samplePlan(2027) });
  const pane = seat(wb, "pane");
  const host = wrap({ ...pane.host, subscribe: async () => async () => {} });
  return { wb, pane, host };
}

/** Watches `host`, keeping every state and error the watch reports. */
async function watching(host: ExcelHost, options: PollOptions) {
  const states: PlanState[] = [];
  const errors: unknown[] = [];
  const watch = await watchPlan(
    host,
    (s) => states.push(s),
    (e) => errors.push(e),
    50,
    options
  );
  return { states, errors, watch };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("a poll that finds the workbook unchanged reads it once and neither checks it nor tells the pane", async () => {
  const { wb, pane, host } = await deafPane();
  const { states, watch } = await watching(host, { pollMs: 2000 });
  expect(states).toHaveLength(1);
  expect(checker).toHaveBeenCalledTimes(1);
  checker.mockClear();
  pane.client.stats.reset();
  await jest.advanceTimersByTimeAsync(6000);
  expect(pane.client.stats.syncs).toBe(3); // three polls, one read each
  expect(checker).not.toHaveBeenCalled();
  expect(states).toHaveLength(1);
  // A change the poll finds is checked once and reaches the pane.
  person(wb).setValues("Activities", "J3", [["picked"]]);
  await jest.advanceTimersByTimeAsync(2000);
  expect(checker).toHaveBeenCalledTimes(1);
  expect(states).toHaveLength(2);
  expect(states[1].workbook.input.activities[1].Notes).toBe("picked");
  expect(states[1].plan.activities[1].notes).toBe("picked");
  await watch.stop();
});

test("Refresh on an unchanged workbook gives the pane the plan as it stands without checking it again", async () => {
  const { host } = await deafPane();
  const { states, watch } = await watching(host, { pollMs: 0 });
  checker.mockClear();
  await watch.refresh();
  expect(states).toHaveLength(2);
  expect(states[1]).toBe(states[0]);
  expect(checker).not.toHaveBeenCalled();
  await watch.stop();
});

test("after a read that failed, the next read is told even if the workbook is as it was", async () => {
  let fail = false;
  const { host } = await deafPane((h) => ({
    ...h,
    run: (batch) => (fail ? Promise.reject(new Error("Excel is busy")) : h.run(batch)),
  }));
  const { states, errors, watch } = await watching(host, {
    pollMs: 2000,
  });
  fail = true;
  await jest.advanceTimersByTimeAsync(2000);
  expect(errors).toHaveLength(1);
  fail = false;
  await jest.advanceTimersByTimeAsync(2000);
  expect(states).toHaveLength(2);
  expect(states[1].workbook.input).toEqual(states[0].workbook.input);
  await watch.stop();
});

test("a plan that costs long to read is polled less often: ten times the read's cost, at most a minute", async () => {
  // Every read costs 1.5 s on the watch's clock.
  let clock = 0;
  const { wb, pane, host } = await deafPane((h) => ({
    ...h,
    run: (batch) => {
      clock += 1500;
      return h.run(batch);
    },
  }));
  const { states, watch } = await watching(host, {
    pollMs: 2000,
    now: () => clock,
  });
  person(wb).setValues("Activities", "J3", [["picked"]]);
  pane.client.stats.reset();
  await jest.advanceTimersByTimeAsync(14_000);
  expect(pane.client.stats.syncs).toBe(0);
  expect(states).toHaveLength(1);
  await jest.advanceTimersByTimeAsync(1000);
  expect(pane.client.stats.syncs).toBe(1);
  expect(states).toHaveLength(2);
  await watch.stop();
  expect(pollDelay(3000, 0)).toBe(3000);
  expect(pollDelay(3000, 1000)).toBe(10_000);
  expect(pollDelay(3000, 60_000)).toBe(POLL_MAX_MS);
});
