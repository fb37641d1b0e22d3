/**
 * The host the workbook layer talks to: Excel through Office.js, or the
 * simulated Excel of the tests and the browser preview. Both run the same
 * Office.js batches; only where `run` sends them differs.
 */

import {
  type DialogEvents,
  type DialogPage,
  type OpenedDialog,
  officeOffersDialogs,
  openOfficeDialog,
} from "./dialog";

/** `Excel.run`'s shape: run a batch of proxy operations against a workbook. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A change to the workbook, made here ("Local") or by a co-author ("Remote"). */
export interface PlanChange {
  source: "Local" | "Remote";
}

/** The colours of the Office theme the user chose, for the pane to match. */
export interface HostTheme {
  bodyBackgroundColor: string;
}

export interface ExcelHost {
  run: ExcelRun;
  /** Calls `listener` after every change to the workbook's tables or sheets; resolves to an unsubscribe. */
  subscribe(listener: (change: PlanChange) => void): Promise<() => Promise<void>>;
  /** Whether this Excel offers a requirement set, e.g. ("ExcelApi", "1.9"); absent: every set. */
  isSetSupported?(name: string, version: string): boolean;
  /** The Office theme, where the host has one (absent or undefined: follow the browser). */
  officeTheme?(): HostTheme | undefined;
  /**
   * Opens a full-size page (an Office dialog in Excel, a full-window view in the preview) that
   * shows the plan the pane sends it; absent where the host cannot.
   */
  openDialog?(page: DialogPage, events: DialogEvents): Promise<OpenedDialog>;
}

/**
 * Whether `host` offers ExcelApi `version` (e.g. "1.8"). A host that cannot say
 * (a test double) is taken to offer every set.
 */
export function offersExcelApi(host: ExcelHost, version: string): boolean {
  return host.isSetSupported ? host.isSetSupported("ExcelApi", version) : true;
}

/** The real Excel, through Office.js. Call after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    openDialog: officeOffersDialogs() ? openOfficeDialog : undefined,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    officeTheme() {
      try {
        if (typeof Office === "undefined") return undefined;
        const colour = Office.context?.officeTheme?.bodyBackgroundColor;
        return colour ? { bodyBackgroundColor: colour } : undefined;
      } catch {
        return undefined; // not every Office host offers a theme
      }
    },
    async subscribe(listener) {
      const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
      const onChanged = async (event: { source: string }) =>
        listener({ source: event.source === "Remote" ? "Remote" : "Local" });
      await Excel.run(async (context) => {
        // ExcelApi 1.7: any table's data, and sheets added or removed (a table may come or go with them).
        handlers.push(context.workbook.tables.onChanged.add(onChanged));
        handlers.push(context.workbook.worksheets.onAdded.add(onChanged));
        handlers.push(context.workbook.worksheets.onDeleted.add(onChanged));
        // ExcelApi 1.9: cells outside tables too, e.g. a row typed just below a table.
        if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
          handlers.push(context.workbook.worksheets.onChanged.add(onChanged));
        }
        await context.sync();
      });
      return async () => {
        // All handlers were added in one context: remove them together, in one sync.
        if (handlers.length === 0) return;
        await Excel.run(handlers[0].context, async (context) => {
          handlers.forEach((handler) => handler.remove());
          await context.sync();
        });
      };
    },
  };
}

/** Whether this Excel offers what Joint Plan needs; a sentence for the user when it does not. */
export function hostSupport(): { ok: true } | { ok: false; message: string } {
  if (typeof Office === "undefined" || !Office.context?.requirements) {
    return {
      ok: false,
      message: "Joint Plan runs inside Excel. Open it from Home > Joint Plan in Excel.",
    };
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    return {
      ok: false,
      message:
        "This version of Excel is too old for Joint Plan (it needs Excel API 1.7: Excel 2019, Microsoft 365 or Excel on the web). Update Excel, or open the workbook in Excel on the web.",
    };
  }
  return { ok: true };
}
