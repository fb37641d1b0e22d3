/**
 * The Meeting view full size: opens the host's dialog (Excel) or full-window view (preview) and
 * sends it the plan as read, now and after every re-read, until it is closed. Never writes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { type ExcelHost, type OpenedDialog, type PlanState, planMessage } from "../../workbook";

export interface FullSize {
  /** Opens the full-size Meeting view; null where the host has no dialogs. */
  open: (() => Promise<void>) | null;
  /** Why it could not open, in words. */
  error: string | null;
}

export function useFullSize(host: ExcelHost, state: PlanState | null): FullSize {
  const dialog = useRef<OpenedDialog | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const [error, setError] = useState<string | null>(null);

  // Every new reading of the plan goes to an open dialog, so it stays live in the meeting.
  useEffect(() => {
    if (dialog.current && state) dialog.current.send(planMessage(state));
  }, [state]);

  const openDialog = host.openDialog?.bind(host);
  const open = useCallback(async () => {
    if (!openDialog) return;
    setError(null);
    if (dialog.current) dialog.current.close();
    try {
      const opened = await openDialog("meeting", {
        onMessage(message) {
          if (message === "ready" && latest.current)
            dialog.current?.send(planMessage(latest.current));
          if (message === "close") {
            dialog.current?.close();
            dialog.current = null;
          }
        },
        onClosed() {
          dialog.current = null;
        },
      });
      dialog.current = opened;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [openDialog]);

  return { open: openDialog ? open : null, error };
}
