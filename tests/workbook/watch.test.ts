import { samplePlan } from "../../src/domain";
import { type ExcelHost, type PlanState, setUpPlan, watchPlan } from "../../src/workbook";
import { emptyWorkbook, person, seat } from "./sim";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for what a re-read brings, however loaded the machine (the debounce is not what is tested here). */
async function until(done: () => boolean, timeoutMs = 10_000) {
  const start = Date.now();
  while (!done() && Date.now() - start < timeoutMs) await wait(20);
}

async function watched() {
  const wb = emptyWorkbook();
  const author = seat(wb, "author");
  await setUpPlan(author.host, { rows: samplePlan(2027) });
  const pane = seat(wb, "pane");
  const states: PlanState[] = [];
  const errors: unknown[] = [];
  const changes: string[] = [];
  wb.subscribe((change) => changes.push(change.origin));
  const watch = await watchPlan(
    pane.host,
    (s) => states.push(s),
    (e) => errors.push(e),
    50
  );
  return { wb, pane, states, errors, changes, watch };
}

describe("watching the plan", () => {
  test("reads and checks the plan at once, then again after a co-author's edit", async () => {
    const { wb, states, errors, watch } = await watched();
    expect(states).toHaveLength(1);
    expect(states[0].plan.activities.find((a) => a.id === "A-07")!.activity).toBe(
      "Brand awareness radio"
    );
    person(wb).setCell("Activities", "B8", "Brand awareness podcast");
    await until(() => states.length >= 2);
    expect(states.length).toBe(2);
    expect(states[1].plan.activities.find((a) => a.id === "A-07")!.activity).toBe(
      "Brand awareness podcast"
    );
    expect(errors).toEqual([]);
    await watch.stop();
  });

  test("a burst of edits leads to one re-read after it settles", async () => {
    const { wb, states, watch } = await watched();
    for (let i = 0; i < 10; i++) person(wb).setCell("Activities", "J2", `note ${i}`);
    await until(() => states.length >= 2);
    await wait(250);
    expect(states).toHaveLength(2);
    expect(states[1].workbook.input.activities[0].Notes).toBe("note 9");
    await watch.stop();
  });

  test("never writes in response to a change, and stops listening when stopped", async () => {
    const { wb, pane, states, changes, watch } = await watched();
    person(wb).setCell("Budget", "F2", 1234);
    await until(() => states.length >= 2);
    expect(states).toHaveLength(2);
    expect(changes.filter((origin) => origin === pane.client.id)).toEqual([]);
    await watch.stop();
    person(wb).setCell("Budget", "F2", 99);
    await wait(200);
    expect(states).toHaveLength(2);
  });

  test("refresh re-reads on demand, e.g. when an event was missed", async () => {
    const { wb, states, watch } = await watched();
    person(wb).setValues("Activities", "J3", [["quiet edit"]]);
    await watch.refresh();
    expect(states[states.length - 1].workbook.input.activities[1].Notes).toBe("quiet edit");
    await watch.stop();
  });

  test("while visible, catches up within seconds on a change Excel raised no event for; one read per poll, no writes", async () => {
    const wb = emptyWorkbook();
    const author = seat(wb, "author");
    await setUpPlan(author.host, { rows: samplePlan(2027) });
    const pane = seat(wb, "pane");
    const changes: string[] = [];
    wb.subscribe((change) => changes.push(change.origin));
    const states: PlanState[] = [];
    let visible = true;
    jest.useFakeTimers();
    try {
      // An Excel that sends the pane no change event at all (dropdown picks on the web, table renames).
      const deaf = { ...pane.host, subscribe: async () => async () => {} };
      const watch = await watchPlan(
        deaf,
        (s) => states.push(s),
        () => {},
        50,
        { pollMs: 2000, visible: () => visible }
      );
      expect(states).toHaveLength(1);
      person(wb).setValues("Activities", "J3", [["picked"]]);
      pane.client.stats.reset();
      await jest.advanceTimersByTimeAsync(2000);
      expect(states).toHaveLength(2);
      expect(states[1].workbook.input.activities[1].Notes).toBe("picked");
      expect(pane.client.stats.syncs).toBe(1); // one read: every table in one sync
      // Nothing new: polls go on reading once each, and tell nobody.
      pane.client.stats.reset();
      await jest.advanceTimersByTimeAsync(6000);
      expect(pane.client.stats.syncs).toBe(3);
      expect(states).toHaveLength(2);
      // A hidden pane does not poll.
      visible = false;
      pane.client.stats.reset();
      await jest.advanceTimersByTimeAsync(10000);
      expect(pane.client.stats.syncs).toBe(0);
      expect(changes.filter((origin) => origin === pane.client.id)).toEqual([]);
      await watch.stop();
    } finally {
      jest.useRealTimers();
    }
  });

  describe("in an Excel where subscribing is a round trip of its own (Excel on the web)", () => {
    /** The pane's host, with a subscription that answers only when `answer` is called. */
    async function slowToSubscribe() {
      const wb = emptyWorkbook();
      const author = seat(wb, "author");
      await setUpPlan(author.host, { rows: samplePlan(2027) });
      const pane = seat(wb, "pane");
      let answer: (ok: boolean) => void = () => {};
      const answered = new Promise<boolean>((resolve) => (answer = resolve));
      const host: ExcelHost = {
        ...pane.host,
        subscribe: async (listener) => {
          if (!(await answered)) throw new Error("Excel refused the change handlers.");
          return pane.host.subscribe(listener);
        },
      };
      return { wb, pane, host, answer };
    }

    /** Starts watching; resolves once the first plan has been given (the watch may still be starting). */
    async function firstPlanOf(host: ExcelHost) {
      const states: PlanState[] = [];
      const watching = watchPlan(
        host,
        (s) => states.push(s),
        () => {},
        50
      );
      await until(() => states.length >= 1);
      return { states, watching };
    }

    test("the first plan is given before the subscription answers", async () => {
      const { host, answer } = await slowToSubscribe();
      const { states, watching } = await firstPlanOf(host);
      expect(states).toHaveLength(1);
      expect(states[0].plan.activities.find((a) => a.id === "A-07")!.activity).toBe(
        "Brand awareness radio"
      );
      answer(true);
      const watch = await watching;
      expect(states).toHaveLength(1); // read again once subscribed: nothing new, nobody told
      await watch.stop();
    });

    test("a co-author's edit made before the subscription answers is shown once it has", async () => {
      const { wb, host, answer } = await slowToSubscribe();
      const { states, watching } = await firstPlanOf(host);
      // No handler is there yet to hear of this edit.
      person(wb).setCell("Activities", "B8", "Brand awareness podcast");
      answer(true);
      const watch = await watching;
      expect(states).toHaveLength(2);
      expect(states[1].plan.activities.find((a) => a.id === "A-07")!.activity).toBe(
        "Brand awareness podcast"
      );
      // And later edits arrive through the handlers as usual.
      person(wb).setCell("Activities", "B8", "Brand awareness TV");
      await until(() => states.length >= 3);
      expect(states[2].plan.activities.find((a) => a.id === "A-07")!.activity).toBe(
        "Brand awareness TV"
      );
      await watch.stop();
    });

    test("a subscription Excel refuses ends the watch: the error is given, and no poll reads on", async () => {
      const { pane, host, answer } = await slowToSubscribe();
      jest.useFakeTimers();
      try {
        const states: PlanState[] = [];
        const watching = watchPlan(
          host,
          (s) => states.push(s),
          () => {},
          50,
          { pollMs: 2000 }
        );
        const failed = expect(watching).rejects.toThrow("Excel refused the change handlers.");
        await jest.advanceTimersByTimeAsync(0);
        expect(states).toHaveLength(1);
        answer(false);
        await failed;
        pane.client.stats.reset();
        await jest.advanceTimersByTimeAsync(20_000);
        expect(pane.client.stats.syncs).toBe(0);
      } finally {
        jest.useRealTimers();
      }
    });
  });
});
