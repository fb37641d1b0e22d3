/**
 * The preview's host: Microsoft's Excel JS library (loaded by a <script> tag in preview.html)
 * connected to an in-memory simulated workbook, adapted to the workbook layer's ExcelHost.
 */
import { connectClientWith, type ExcelApi, type SimClient, Workbook } from "../simulator";

/** The library's globals, as excel-web-16.00.js defines them on `window`. */
export function browserExcelApi(): ExcelApi {
  const w = window as unknown as Partial<ExcelApi>;
  if (!w.Excel || !w.OfficeExtension) {
    throw new Error("excel-web-16.00.js did not load: Excel and OfficeExtension are missing.");
  }
  return { Excel: w.Excel, OfficeExtension: w.OfficeExtension };
}

/**
 * Settles once preview.html's async <script id="excel-js"> has run or failed to load (then
 * browserExcelApi says what is missing). The workbook is filled meanwhile.
 */
export function excelLibrary(): Promise<void> {
  const w = window as unknown as Partial<ExcelApi>;
  const script = document.getElementById("excel-js");
  if ((w.Excel && w.OfficeExtension) || !script) return Promise.resolve();
  if ("loaded" in script.dataset || "failed" in script.dataset) return Promise.resolve();
  return new Promise((resolve) => {
    script.addEventListener("load", () => resolve(), { once: true });
    script.addEventListener("error", () => resolve(), { once: true });
  });
}

/** Connect one simulated Excel client (one person's add-in) to the workbook. */
export function connectBrowserClient(workbook: Workbook, id: string): SimClient {
  return connectClientWith(browserExcelApi(), workbook, { id });
}

/** Registers a callback for "the workbook changed, redraw"; returns its removal. */
export type OnRedraw = (redraw: () => void) => () => void;
