/**
 * Watching the plan: after every change (local or a co-author's), wait for the
 * edits to settle, re-read the whole plan and re-check it. This module only
 * reads: it never writes and never opens a dialog in response to a change.
 */
import { checkReadPlan, type Plan, type PlanCheck, parsePlan } from "../domain";
import type { ExcelHost } from "./host";
import { readWorkbookPlan, type WorkbookPlan } from "./read";
import { sameRead } from "./same-read";

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

/**
 * The plan state of a workbook as read: its rows parsed and checked, the workbook's own
 * problems (missing tables) before the checker's. The pane and the full-size page both use it.
 */
export function planStateOf(workbook: WorkbookPlan): PlanState {
  // One read of the rows serves both the plan and its check.
  const plan = parsePlan(workbook.input);
  const check = checkReadPlan(plan);
  return {
    workbook,
    plan,
    check: { ...check, problems: [...workbook.problems, ...check.problems] },
  };
}

/** Reads and checks the plan once. */
export async function loadPlan(host: ExcelHost): Promise<PlanState> {
  return planStateOf(await readWorkbookPlan(host));
}

export interface PollOptions {
  /**
   * Re-read this long after the last read, for the changes Excel raises no event
   * for (a dropdown pick in Excel on the web, a table renamed). 0: never.
   */
  pollMs?: number;
  /** Whether the pane is visible; a hidden pane does not poll (it re-reads when shown). */
  visible?: () => boolean;
  /** The clock a read's cost is measured with, in ms (tests give their own). */
  now?: () => number;
}

/**
 * A poll waits at least this many times what the last read cost (a big plan is re-read at
 * most a tenth of the time), and never more than POLL_MAX_MS, so a change Excel raised no
 * event for still shows within a minute.
 */
export const POLL_COST_FACTOR = 10;
export const POLL_MAX_MS = 60_000;

/** How long after a read the next poll comes: `pollMs`, longer for a read that cost more. */
export function pollDelay(pollMs: number, lastReadMs: number): number {
  return Math.max(pollMs, Math.min(POLL_MAX_MS, POLL_COST_FACTOR * lastReadMs));
}

const clock = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

const documentVisible = () =>
  typeof document === "undefined" || document.visibilityState !== "hidden";

/**
 * Calls `onState` with the plan now and after every change, `debounceMs` after
 * the last of a burst of changes. Reads never overlap: a change during a read
 * leads to one more read after it. While the pane is visible it also reads
 * `pollDelay(pollMs, cost of the last read)` after the last read, and calls
 * `onState` only when the plan differs. A read that finds the workbook as it was
 * is not parsed and checked again: the last state stands.
 */
export async function watchPlan(
  host: ExcelHost,
  onState: (state: PlanState) => void,
  onError: (error: unknown) => void,
  debounceMs = 150,
  { pollMs = 3000, visible = documentVisible, now = clock }: PollOptions = {}
): Promise<PlanWatch> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let poll: ReturnType<typeof setTimeout> | null = null;
  let reading: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let last: PlanState | null = null;
  let lastReadMs = 0;

  const schedulePoll = () => {
    if (poll) clearTimeout(poll);
    poll = null;
    if (stopped || pollMs <= 0) return;
    poll = setTimeout(
      () => {
        poll = null;
        if (reading || !visible()) schedulePoll();
        else void read(true);
      },
      pollDelay(pollMs, lastReadMs)
    );
  };

  const read = async (polled = false): Promise<void> => {
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      do {
        again = false;
        const start = now();
        try {
          const workbook = await readWorkbookPlan(host);
          // Parse and check only what is new; a poll that finds nothing new tells nobody.
          const state = last && sameRead(workbook, last.workbook) ? last : planStateOf(workbook);
          const changed = state !== last;
          last = state;
          if (!stopped && (changed || !polled)) onState(state);
        } catch (error) {
          // The next read that succeeds is told, even if the workbook is as it was.
          last = null;
          if (!stopped) onError(error);
        }
        lastReadMs = now() - start;
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

  // The plan is read before the subscription is made, not after: in Excel on the web adding the
  // change handlers is a round trip of its own, and the first plan is drawn one round trip sooner.
  // A change made between that read and the subscription reaches no handler, so the plan is read
  // once more once subscribed; a read that finds the workbook as it was tells nobody.
  await read();
  let unsubscribe: () => Promise<void>;
  try {
    unsubscribe = await host.subscribe(() => {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void read();
      }, debounceMs);
    });
  } catch (error) {
    // Without a watch to stop, the caller could never end the polls: end them here.
    stopped = true;
    if (poll) clearTimeout(poll);
    throw error;
  }
  await read(true);
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
