/**
 * Watching the plan: after every change (local or a co-author's), wait for the
 * edits to settle, re-read the whole plan and re-check it. This module only
 * reads: it never writes and never opens a dialog in response to a change.
 */
import { checkReadPlan, type Plan, type PlanCheck, parsePlan } from "../domain";
import type { ExcelHost } from "./host";
import { readWorkbookPlan, type WorkbookPlan } from "./read";

export interface PlanState {
  workbook: WorkbookPlan;
  plan: Plan;
  /** The checker's answer, with the workbook's own problems (missing tables) first. */
  check: PlanCheck;
}

export interface PlanWatch {
  /** Re-read now, e.g. when the pane becomes visible again or the user presses Refresh. */
  refresh(): Promise<void>;
  stop(): Promise<void>;
}

/** Reads and checks the plan once. */
export async function loadPlan(host: ExcelHost): Promise<PlanState> {
  const workbook = await readWorkbookPlan(host);
  // One read of the rows serves both the plan and its check.
  const plan = parsePlan(workbook.input);
  const check = checkReadPlan(plan);
  return {
    workbook,
    plan,
    check: { ...check, problems: [...workbook.problems, ...check.problems] },
  };
}

export interface PollOptions {
  /**
   * Re-read this long after the last read, for the changes Excel raises no event
   * for (a dropdown pick in Excel on the web, a table renamed). 0: never.
   */
  pollMs?: number;
  /** Whether the pane is visible; a hidden pane does not poll (it re-reads when shown). */
  visible?: () => boolean;
}

const documentVisible = () =>
  typeof document === "undefined" || document.visibilityState !== "hidden";

/**
 * Calls `onState` with the plan now and after every change, `debounceMs` after
 * the last of a burst of changes. Reads never overlap: a change during a read
 * leads to one more read after it. While the pane is visible it also reads
 * `pollMs` after the last read, and calls `onState` only when the plan differs.
 */
export async function watchPlan(
  host: ExcelHost,
  onState: (state: PlanState) => void,
  onError: (error: unknown) => void,
  debounceMs = 150,
  { pollMs = 3000, visible = documentVisible }: PollOptions = {}
): Promise<PlanWatch> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let poll: ReturnType<typeof setTimeout> | null = null;
  let reading: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let last = "";

  const schedulePoll = () => {
    if (poll) clearTimeout(poll);
    poll = null;
    if (stopped || pollMs <= 0) return;
    poll = setTimeout(() => {
      poll = null;
      if (reading || !visible()) schedulePoll();
      else void read(true);
    }, pollMs);
  };

  const read = async (polled = false): Promise<void> => {
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      do {
        again = false;
        try {
          const state = await loadPlan(host);
          // A read that is not a poll is shown at once: what the workbook holds (for telling
          // whether a later poll found anything new) is noted after, off the first draw's path.
          if (!polled && !stopped) onState(state);
          const seen = JSON.stringify(state.workbook);
          const changed = seen !== last;
          last = seen;
          if (polled && !stopped && changed) onState(state);
        } catch (error) {
          if (!stopped) onError(error);
        }
        polled = false;
      } while (again && !stopped);
    })();
    try {
      await reading;
    } finally {
      reading = null;
      schedulePoll();
    }
  };

  const unsubscribe = await host.subscribe(() => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void read();
    }, debounceMs);
  });
  await read();
  return {
    refresh: () => read(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (poll) clearTimeout(poll);
      await unsubscribe();
    },
  };
}
