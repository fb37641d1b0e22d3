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

/** Connect one simulated Excel client (one person's add-in) to the workbook. */
export function connectBrowserClient(workbook: Workbook, id: string): SimClient {
  return connectClientWith(browserExcelApi(), workbook, { id });
}

/** Registers a callback for "the workbook changed, redraw"; returns its removal. */
export type OnRedraw = (redraw: () => void) => () => void;
