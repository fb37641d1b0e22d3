/**
 * The preview's stand-in for an Office dialog: the pane's side and the page's side of one
 * full-window view, passing the same messages Office's Dialog API would (asynchronously, as text).
 */
import type { DialogEvents, DialogParent, OpenedDialog } from "../workbook";

export interface DialogPair {
  /** What the pane holds (Office's Dialog). */
  opened: OpenedDialog;
  /** What the page holds (Office.context.ui in the dialog). */
  parent: DialogParent;
}

/** Connects the pane's `events` to a page; `onClose` takes the page away. */
export function dialogPair(events: DialogEvents, onClose: () => void): DialogPair {
  let listener: ((message: string) => void) | null = null;
  const pending: string[] = [];
  const later = (fn: () => void) => void setTimeout(fn, 0);
  return {
    opened: {
      send: (message) =>
        later(() => {
          if (listener) listener(message);
          else pending.push(message);
        }),
      close: onClose,
    },
    parent: {
      ready: () => later(() => events.onMessage("ready")),
      close: () => later(() => events.onMessage("close")),
      onMessage(next) {
        listener = next;
        pending.splice(0).forEach((m) => next(m));
      },
    },
  };
}
