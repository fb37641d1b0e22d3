/**
 * The rows this pane saved in this session (in memory only, never in the
 * workbook), and those the plan as last read no longer holds: where two
 * co-authors append to the same row at the same moment, Excel's merge keeps the
 * later one. The pane offers to put a lost row back, by the user's explicit
 * action only; nothing is written in response to a change.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import {
  changeRow,
  type ExcelHost,
  forgetRow,
  missingRows,
  type PlanState,
  rememberRows,
  type Row,
  type SavedRow,
  type CheckedTable,
  tableSpecs,
} from "../../workbook";
import { type ActionResult, writes } from "./useActions";
import { errorText } from "./usePlan";

/** What the add, change and delete actions tell the list after they succeeded. */
export interface SavedRowsRecorder {
  added(table: CheckedTable, rows: Row[]): void;
  changed(table: CheckedTable, before: Row, after: Row): void;
  deleted(table: CheckedTable, before: Row): void;
}

export interface SavedRowsHook {
  /** Rows saved in this session that the latest read no longer holds. */
  lost: SavedRow[];
  recorder: SavedRowsRecorder;
  /** Adds the row again (refused, with the reason, when its key is now used). */
  putBack(row: SavedRow): Promise<ActionResult>;
  /** Stop offering to put the row back. */
  dismiss(row: SavedRow): void;
}

interface Entry {
  row: SavedRow;
  /** The plan as read when the row was saved: the row is looked for only in later reads. */
  since: PlanState | null;
}

const KEYS = tableSpecs(0);

export function useSavedRows(host: ExcelHost, state: PlanState | null): SavedRowsHook {
  const [entries, setEntries] = useState<Entry[]>([]);
  const stateRef = useRef(state);
  stateRef.current = state;

  /** Applies a change of the saved-rows list, keeping each row's `since` (but `fresh`'s, which starts again now). */
  const update = useCallback((change: (rows: SavedRow[]) => SavedRow[], fresh?: SavedRow) => {
    setEntries((old) => {
      const rows = change(old.map((e) => e.row));
      return rows.map((row) => {
        const kept = old.find((e) => e.row === row);
        return { row, since: kept && row !== fresh ? kept.since : stateRef.current };
      });
    });
  }, []);

  const recorder = useMemo<SavedRowsRecorder>(
    () => ({
      added: (table, rows) => update((list) => rememberRows(list, table, KEYS[table].key, rows)),
      changed: (table, before, after) => update((list) => changeRow(list, table, before, after)),
      deleted: (table, before) => update((list) => forgetRow(list, table, before)),
    }),
    [update]
  );

  const lost = useMemo(() => {
    if (!state) return [];
    const judged = entries.filter((e) => e.since !== state).map((e) => e.row);
    return missingRows(judged, state.workbook.input);
  }, [entries, state]);

  const currency = state?.plan.settings.currency ?? "USD";
  const putBack = useCallback(
    async (row: SavedRow): Promise<ActionResult> => {
      try {
        await (await writes()).addRow(host, row.table, row.values, { currency });
        // Looked for again from the next read on.
        update((list) => list, row);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: errorText(e) };
      }
    },
    [host, currency, update]
  );

  const dismiss = useCallback(
    (row: SavedRow) => update((list) => list.filter((r) => r !== row)),
    [update]
  );

  return { lost, recorder, putBack, dismiss };
}
