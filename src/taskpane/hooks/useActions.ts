/**
 * The user's actions on the workbook, wrapped for the views: each returns
 * whether it succeeded and keeps its error message for a MessageBar.
 * Long operations (set up, rebuild, import) report `busy` and cannot start twice.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import {
  addRow,
  addRows,
  buildCalendarSheet,
  type Cell,
  type PlanRows,
  type Row,
  samplePlan,
  type WritableTable,
  buildSummarySheet,
  deleteRow,
  type ExcelHost,
  offersExcelApi,
  type PlanState,
  planRows,
  type RowRef,
  saveSetting,
  selectRows,
  setUpPlan,
  updatePlanLayout,
  updateRow,
} from "../../workbook";
import { budgetMonthHeaders } from "../model/rowForms";
import { errorText } from "./usePlan";
import type { SavedRowsRecorder } from "./useSavedRows";

export type LongTask = "setup" | "rebuild" | "import" | "layout";

export interface ActionResult {
  ok: boolean;
  error?: string;
}

export interface Actions {
  /** The long task running now, if any. */
  busy: LongTask | null;
  /** 0..1 while a long task reports progress, else null. */
  progress: number | null;
  /** The last failed action's message (shown in a MessageBar until dismissed). */
  error: string | null;
  dismissError: () => void;
  /** A short confirmation of the last long task. */
  notice: string | null;
  dismissNotice: () => void;
  addRow: (table: WritableTable, row: Row) => Promise<ActionResult>;
  updateRow: (ref: RowRef, after: Row) => Promise<ActionResult>;
  deleteRow: (ref: RowRef) => Promise<ActionResult>;
  /** The row as the user sees it now, to pass as `before`. */
  rowRef: (table: WritableTable, row: number) => RowRef | null;
  selectRows: (table: WritableTable, rows: number[]) => Promise<void>;
  setUpPlan: (withSample: boolean) => Promise<ActionResult>;
  /** Adds what a plan set up before the newer layout lacks (tables, columns, settings); changes nothing else. */
  updatePlanLayout: () => Promise<ActionResult>;
  /** False where Excel is below ExcelApi 1.8: set-ups and layout updates add no dropdowns. */
  dropdowns: boolean;
  rebuildSheets: () => Promise<ActionResult>;
  importRows: (table: WritableTable, rows: Row[]) => Promise<ActionResult>;
  saveSetting: (setting: string, before: Cell, after: Cell) => Promise<ActionResult>;
}

/** `saved` is told of every row added, changed or deleted, so the pane can see if one is lost. */
export function useActions(
  host: ExcelHost,
  state: PlanState | null,
  saved?: SavedRowsRecorder
): Actions {
  const [busy, setBusy] = useState<LongTask | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const running = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const currency = state?.plan.settings.currency ?? "USD";

  /** Runs a write; a failure becomes the error message, never an exception. */
  const attempt = useCallback(async (work: () => Promise<unknown>): Promise<ActionResult> => {
    try {
      await work();
      setError(null);
      return { ok: true };
    } catch (e) {
      const message = errorText(e);
      setError(message);
      return { ok: false, error: message };
    }
  }, []);

  /** A long task: one at a time, with progress. */
  const long = useCallback(
    async (task: LongTask, work: () => Promise<unknown>, done: string): Promise<ActionResult> => {
      if (running.current) return { ok: false, error: "Another operation is still running." };
      running.current = true;
      setBusy(task);
      setProgress(null);
      setNotice(null);
      try {
        const result = await attempt(work);
        if (result.ok) setNotice(done);
        return result;
      } finally {
        running.current = false;
        setBusy(null);
        setProgress(null);
      }
    },
    [attempt]
  );

  return useMemo<Actions>(
    () => ({
      busy,
      progress,
      error,
      dismissError: () => setError(null),
      notice,
      dismissNotice: () => setNotice(null),
      addRow: (table, row) =>
        attempt(async () => {
          await addRow(host, table, row, { currency });
          saved?.added(table, [row]);
        }),
      updateRow: (ref, after) =>
        attempt(async () => {
          await updateRow(host, ref, after, { currency });
          saved?.changed(ref.table, ref.before, after);
        }),
      deleteRow: (ref) =>
        attempt(async () => {
          await deleteRow(host, ref);
          saved?.deleted(ref.table, ref.before);
        }),
      rowRef: (table, row) => {
        const s = stateRef.current;
        const before = s ? planRows(s.workbook.input, table)[row - 1] : undefined;
        return before ? { table, row, before: { ...before } } : null;
      },
      selectRows: async (table, rows) => {
        const location = stateRef.current?.workbook.tables[table];
        if (!location || rows.length === 0) return;
        // Selecting is navigation: a failure (e.g. the sheet is protected) is shown, never thrown.
        await attempt(() => selectRows(host, location, rows));
      },
      setUpPlan: (withSample) =>
        long(
          "setup",
          () => {
            const year = new Date().getFullYear() + 1;
            const rows: Partial<PlanRows> | undefined = withSample ? samplePlan(year) : undefined;
            return setUpPlan(host, {
              ...(rows ? { rows } : {}),
              onProgress: (x) => setProgress(x),
            });
          },
          withSample ? "The plan is set up with the sample plan." : "The plan is set up."
        ),
      updatePlanLayout: () =>
        long(
          "layout",
          () => updatePlanLayout(host, { currency }),
          "The plan layout is up to date: nothing already in the workbook was changed."
        ),
      dropdowns: offersExcelApi(host, "1.8"),
      rebuildSheets: () =>
        long(
          "rebuild",
          async () => {
            const s = stateRef.current;
            if (!s)
              throw new Error("The plan has not been read yet. Press Refresh, then try again.");
            setProgress(0);
            await buildCalendarSheet(host, s.plan, s.check);
            setProgress(0.5);
            await buildSummarySheet(host, s.plan, budgetMonthHeaders(s.plan), {
              check: s.check,
              tables: s.workbook.tables,
            });
            setProgress(1);
          },
          "The Plan calendar and Summary sheets are rebuilt."
        ),
      importRows: (table, rows) =>
        long(
          "import",
          async () => {
            await addRows(host, table, rows, { currency });
            saved?.added(table, rows);
          },
          `${rows.length} ${rows.length === 1 ? "row was" : "rows were"} added to ${table}.`
        ),
      saveSetting: (setting, before, after) =>
        attempt(() => saveSetting(host, setting, before, after, { currency })),
    }),
    [busy, progress, error, notice, host, currency, attempt, long, saved]
  );
}
