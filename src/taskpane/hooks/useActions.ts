/**
 * The user's actions on the workbook, wrapped for the views: each returns
 * whether it succeeded and keeps its error message for a MessageBar.
 * Long operations (set up, rebuild, import) report `busy` and cannot start twice.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import {
  type Cell,
  type PlanRows,
  type Row,
  type WritableTable,
  type ExcelHost,
  offersExcelApi,
  type PlanState,
  planRows,
  type RowRef,
  type WriteConflict,
} from "../../workbook";
import type { CrmWrites } from "../import/crm";
import { budgetMonthHeaders } from "../model/rowForms";
import { errorText } from "./usePlan";
import type { SavedRowsRecorder } from "./useSavedRows";

/**
 * The writing code, loaded on the first action: the first view only reads, so the pane's first
 * download leaves it out. Prefetched once the pane has loaded, so the first action does not wait.
 */
export const writes = () =>
  import(/* webpackChunkName: "writes", webpackPrefetch: true */ "../../workbook/writes");

/** A write refused because a co-author changed the row (by name: the class is in the writes chunk). */
const isConflict = (e: unknown): e is WriteConflict =>
  e instanceof Error && e.name === "WriteConflict";

export type LongTask = "setup" | "rebuild" | "import" | "layout" | "baseline";

export interface ActionResult {
  ok: boolean;
  error?: string;
  /**
   * Set when a change or delete was refused because someone changed the row since the user saw
   * it: the columns they changed, and the row as it is now (to pass as the next `before`).
   */
  conflict?: { columns: string[]; current: RowRef };
}

/** A row the user deleted in this session, which they may put back. */
export interface DeletedRow {
  table: WritableTable;
  /** Every cell of the row as it was deleted, by header. */
  values: Row;
  /** Counts the deletes of this session: a new delete is a new offer. */
  seq: number;
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
  /**
   * Changes the cells of `after` that differ from `ref.before`. A conflict is returned (with the
   * row as it is now) for the form to show, and not put in `error`.
   */
  updateRow: (ref: RowRef, after: Row) => Promise<ActionResult>;
  deleteRow: (ref: RowRef) => Promise<ActionResult>;
  /**
   * The row the user deleted last, offered to be put back until dismissed or put back. (These three
   * are optional only so that stand-in Actions in tests need not list them; useActions gives all.)
   */
  deleted?: DeletedRow | null;
  /**
   * Appends the deleted row again, as a new row below the table (addRows); refused, with the
   * reason, when its key is now used. Never called but by the user's explicit action.
   */
  putBackDeleted?: () => Promise<ActionResult>;
  dismissDeleted?: () => void;
  /** The row as the user sees it now, to pass as `before`. */
  rowRef: (table: WritableTable, row: number) => RowRef | null;
  selectRows: (table: WritableTable, rows: number[]) => Promise<void>;
  /** Selects one cell of a 1-based data row (the row when `column` is null or not in the table). */
  selectCell: (table: WritableTable, row: number, column: string | null) => Promise<void>;
  /** Selects a setting's Value cell in Settings (the one holding `value` where several rows name it). */
  selectSetting: (setting: string, value?: Cell) => Promise<void>;
  /** Appends rows to a table in one write (e.g. the default lanes with a new one). */
  addRows: (table: WritableTable, rows: Row[]) => Promise<ActionResult>;
  setUpPlan: (withSample: boolean) => Promise<ActionResult>;
  /** Adds what a plan set up before the newer layout lacks (tables, columns, settings); changes nothing else. */
  updatePlanLayout: () => Promise<ActionResult>;
  /** False where Excel is below ExcelApi 1.8: set-ups and layout updates add no dropdowns. */
  dropdowns: boolean;
  rebuildSheets: () => Promise<ActionResult>;
  importRows: (table: WritableTable, rows: Row[]) => Promise<ActionResult>;
  saveSetting: (setting: string, before: Cell, after: Cell) => Promise<ActionResult>;
  /** Saves a copy of every valid budget line as the baseline `name`; the Budget is not changed. */
  saveBaseline: (name: string) => Promise<ActionResult>;
  /** Writes a confirmed CRM import: updates (changed cells only), then new rows, then its settings. */
  importCrm: (writes: CrmWrites) => Promise<ActionResult>;
}

/** "3 Results rows updated, 12 added." */
function crmNotice(w: CrmWrites): string {
  const parts = [
    w.updates.length > 0 &&
      `${w.updates.length} Results ${w.updates.length === 1 ? "row" : "rows"} updated`,
    w.additions.length > 0 && `${w.additions.length} added`,
    w.keptByHand > 0 && `${w.keptByHand} typed by hand left as they were`,
  ].filter(Boolean);
  return parts.length > 0
    ? `CRM report imported: ${parts.join(", ")}.`
    : "CRM report imported: nothing changed.";
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
  const [deleted, setDeleted] = useState<DeletedRow | null>(null);
  const running = useRef(false);
  const deletes = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  const currency = state?.plan.settings.currency ?? "USD";

  /**
   * Runs a write; a failure becomes the error message, never an exception. With `formShowsConflict`,
   * a conflict is left to the form that asked (it shows theirs and yours per field), not repeated
   * in the pane's error bar with words that no longer fit.
   */
  const attempt = useCallback(
    async (work: () => Promise<unknown>, formShowsConflict = false): Promise<ActionResult> => {
      // What the last action did is no longer news once another one runs.
      setNotice(null);
      try {
        await work();
        setError(null);
        return { ok: true };
      } catch (e) {
        const message = errorText(e);
        if (!(formShowsConflict && isConflict(e))) setError(message);
        return isConflict(e)
          ? { ok: false, error: message, conflict: { columns: e.columns, current: e.current } }
          : { ok: false, error: message };
      }
    },
    []
  );

  /**
   * After the pane changed the Lanes table: the Doors' Owner dropdown (a typed list of the
   * sales lanes) is written again. The lane is saved either way; a refusal here (e.g. a
   * protected Doors sheet) leaves the list for the next Rebuild sheets, and is not an error.
   */
  const lanesChanged = useCallback(
    async (table: string) => {
      if (table !== "Lanes") return;
      try {
        await (await writes()).refreshOwnerDropdown(host);
      } catch {
        // Rebuild sheets writes it again.
      }
    },
    [host]
  );

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
          await (await writes()).addRow(host, table, row, { currency });
          saved?.added(table, [row]);
          await lanesChanged(table);
        }),
      updateRow: (ref, after) =>
        attempt(async () => {
          await (await writes()).updateRow(host, ref, after, { currency });
          saved?.changed(ref.table, ref.before, after);
          await lanesChanged(ref.table);
        }, true),
      deleteRow: (ref) =>
        attempt(async () => {
          const values = await (await writes()).deleteRow(host, ref);
          saved?.deleted(ref.table, ref.before);
          await lanesChanged(ref.table);
          deletes.current += 1;
          setDeleted({ table: ref.table, values, seq: deletes.current });
        }),
      deleted,
      putBackDeleted: async () => {
        if (!deleted) return { ok: false, error: "There is no deleted row to put back." };
        // The offer shows its own refusal, beside its button; not the pane's error bar as well.
        try {
          await (await writes()).addRows(host, deleted.table, [deleted.values], { currency });
        } catch (e) {
          return { ok: false, error: errorText(e) };
        }
        saved?.added(deleted.table, [deleted.values]);
        setDeleted(null);
        return { ok: true };
      },
      dismissDeleted: () => setDeleted(null),
      rowRef: (table, row) => {
        const s = stateRef.current;
        const before = s ? planRows(s.workbook.input, table)[row - 1] : undefined;
        return before ? { table, row, before: { ...before } } : null;
      },
      selectRows: async (table, rows) => {
        const location = stateRef.current?.workbook.tables[table];
        if (!location || rows.length === 0) return;
        // Selecting is navigation: a failure (e.g. the sheet is protected) is shown, never thrown.
        await attempt(async () => (await writes()).selectRows(host, location, rows));
      },
      selectCell: async (table, row, column) => {
        const location = stateRef.current?.workbook.tables[table];
        if (!location) return;
        await attempt(async () => (await writes()).selectCell(host, location, row, column));
      },
      selectSetting: async (setting, value) => {
        const location = stateRef.current?.workbook.tables.Settings;
        if (!location) return;
        await attempt(async () => (await writes()).selectSetting(host, location, setting, value));
      },
      addRows: (table, rows) =>
        attempt(async () => {
          await (await writes()).addRows(host, table, rows, { currency });
          saved?.added(table, rows);
          await lanesChanged(table);
        }),
      setUpPlan: (withSample) =>
        long(
          "setup",
          async () => {
            const { samplePlan, setUpPlan } = await writes();
            const year = new Date().getFullYear() + 1;
            const rows: Partial<PlanRows> | undefined = withSample
              ? samplePlan(year, new Date()) // its baseline dated before today's saves
              : undefined;
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
          async () => (await writes()).updatePlanLayout(host, { currency }),
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
            await (await writes()).buildCalendarSheet(host, s.plan, s.check);
            setProgress(0.5);
            await (
              await writes()
            ).buildSummarySheet(host, s.plan, budgetMonthHeaders(s.plan), {
              check: s.check,
              tables: s.workbook.tables,
              budgetRows: s.workbook.input.budget,
            });
            // The Doors' Owner dropdown is a typed list of the sales lanes: brought up to date here.
            await (await writes()).refreshOwnerDropdown(host);
            setProgress(1);
          },
          "The Plan calendar and Summary sheets are rebuilt."
        ),
      importRows: (table, rows) =>
        long(
          "import",
          async () => {
            await (await writes()).addRows(host, table, rows, { currency });
            saved?.added(table, rows);
          },
          `${rows.length} ${rows.length === 1 ? "row was" : "rows were"} added to ${table}.`
        ),
      saveSetting: (setting, before, after) =>
        attempt(async () =>
          (await writes()).saveSetting(host, setting, before, after, { currency })
        ),
      saveBaseline: (name) =>
        long(
          "baseline",
          async () => (await writes()).saveBaseline(host, name, { currency }),
          `Baseline '${name.trim()}' is saved: a copy of every valid budget line.`
        ),
      importCrm: (crm) =>
        long(
          "import",
          async () =>
            (await import("../import/crmWrite")).writeCrmImport(host, crm, {
              currency,
              onProgress: setProgress,
              changed: (before, after) => saved?.changed("Results", before, after),
              added: (rows) => saved?.added("Results", rows),
            }),
          crmNotice(crm)
        ),
    }),
    [busy, progress, error, notice, deleted, host, currency, attempt, long, saved, lanesChanged]
  );
}
