/**
 * The plan as the workbook holds it now: read on mount, after every change
 * (local or a co-author's, via watchPlan), when the pane becomes visible again,
 * and on demand (Refresh). Only reads; never writes in response to a change.
 */
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type ExcelHost, type PlanState, type PlanWatch, watchPlan } from "../../workbook";

/** The plan as last read from the workbook, and how that reading stands. */
export interface PlanReading {
  state: PlanState | null;
  error: string | null;
  /** Re-reads the plan now. */
  refresh: () => Promise<void>;
  /** True until the first read has come back, and while a manual refresh runs. */
  loading: boolean;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "Something went wrong while talking to Excel.";
}

export function usePlan(host: ExcelHost): PlanReading {
  const [state, setState] = useState<PlanState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const watch = useRef<PlanWatch | null>(null);

  // A layout effect, not a passive one: the first read starts as soon as the pane is mounted,
  // without waiting for the browser to paint the "loading" state first.
  useLayoutEffect(() => {
    let cancelled = false;
    let started: PlanWatch | null = null;
    let first = true;
    setLoading(true);
    watchPlan(
      host,
      (next) => {
        if (cancelled) return;
        const apply = () => {
          setState(next);
          setError(null);
          setLoading(false);
        };
        // The first plan is drawn at once, in the same task that read it: the browser does not
        // lay out and paint the loading state in between. Later reads update as usual.
        if (first) {
          first = false;
          flushSync(apply);
        } else apply();
      },
      (e) => {
        if (cancelled) return;
        setError(errorText(e));
        setLoading(false);
      },
      150
    ).then(
      (w) => {
        started = w;
        if (cancelled) void w.stop();
        else watch.current = w;
      },
      (e) => {
        if (cancelled) return;
        setError(errorText(e));
        setLoading(false);
      }
    );
    const onVisible = () => {
      if (document.visibilityState === "visible") void watch.current?.refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisible);
      watch.current = null;
      if (started) void started.stop();
    };
  }, [host]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      if (watch.current) await watch.current.refresh();
    } finally {
      setLoading(false);
    }
  }, []);

  return { state, error, refresh, loading };
}
