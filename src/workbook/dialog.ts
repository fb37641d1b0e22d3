/**
 * Full-size pages (the Meeting view for a projector) in an Office dialog. Office's dialog cannot
 * run Excel batches (Microsoft: "don't use a dialog box to interact with a document"; Excel.run
 * in a dialog fails by design), so the pane, which has read the plan, sends it to the page as it
 * is read: the dialog opens with Dialog API 1.1 (displayDialogAsync, messageParent) and the plan
 * goes to it with Dialog API 1.2 (messageChild). The page checks the plan itself with the same
 * domain rules and never writes.
 */
import { type PlanState, planStateOf } from "./watch";
import type { WorkbookPlan } from "./read";

/** The pages the add-in opens full size. */
export type DialogPage = "meeting";

/** What the pane hears from an open dialog. */
export interface DialogEvents {
  /** A message from the page: "ready" (send the plan) or "close". */
  onMessage(message: string): void;
  /** The person closed the dialog. */
  onClosed(): void;
}

/** An open dialog, as the pane holds it. */
export interface OpenedDialog {
  send(message: string): void;
  close(): void;
}

/** The page's side: say it is ready, hear the plan, ask to close. */
export interface DialogParent {
  ready(): void;
  onMessage(listener: (message: string) => void): void;
  close(): void;
}

/** The message that carries the plan to the page: the rows as read, never anything to write. */
export function planMessage(state: PlanState): string {
  return JSON.stringify({ kind: "plan", workbook: state.workbook });
}

/** The plan state a page rebuilds from a plan message (checked here, as the pane checks it), or null. */
export function stateFromMessage(message: string): PlanState | null {
  let data: unknown;
  try {
    data = JSON.parse(message);
  } catch {
    return null;
  }
  if (!data || typeof data !== "object" || (data as { kind?: unknown }).kind !== "plan")
    return null;
  const workbook = (data as { workbook: WorkbookPlan }).workbook;
  if (!workbook || typeof workbook !== "object" || !workbook.input) return null;
  return planStateOf(workbook);
}

/** Whether this Office can open a full-size page and give it the plan (Dialog API 1.1 and 1.2). */
export function officeOffersDialogs(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("DialogApi", "1.1") &&
      Office.context.requirements.isSetSupported("DialogApi", "1.2")
    );
  } catch {
    return false;
  }
}

/** Opens `page` (a file beside the pane's, e.g. meeting.html) in an Office dialog as large as the screen. */
export function openOfficeDialog(page: DialogPage, events: DialogEvents): Promise<OpenedDialog> {
  const url = new URL(`${page}.html`, window.location.href).href;
  return new Promise((resolve, reject) => {
    // 100%: the largest the dialog can be; the person can move it to a projector's screen.
    Office.context.ui.displayDialogAsync(url, { height: 100, width: 100 }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new Error(dialogFailure(result.error.code, result.error.message)));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg) events.onMessage(String(arg.message));
      });
      // 12006: the person closed the dialog; other codes also end it.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => events.onClosed());
      resolve({
        send: (message) => dialog.messageChild(message),
        close: () => dialog.close(),
      });
    });
  });
}

/** A sentence for Office's dialog error codes. */
function dialogFailure(code: number, message: string): string {
  if (code === 12007) return "A Joint Plan dialog is already open. Close it first.";
  if (code === 12009)
    return "Office blocked the dialog. Allow dialogs from this add-in and try again.";
  return `The full-size view could not open: ${message}`;
}

/** The dialog page's side, in Excel: messages to and from the pane. Call after Office.onReady. */
export function officeDialogParent(): DialogParent {
  return {
    ready: () => Office.context.ui.messageParent("ready"),
    close: () => Office.context.ui.messageParent("close"),
    onMessage(listener) {
      Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
        if (arg && typeof arg === "object" && "message" in arg)
          listener(String((arg as { message: unknown }).message));
      });
    },
  };
}
