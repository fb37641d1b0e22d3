// Node host: loads Microsoft's Excel JS library (unmodified) into a vm context and connects
// simulated clients to a Workbook. The browser preview loads the same file with a <script> tag and
// then calls installTransport / connectClientWith from client.ts.
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { connectClientWith, ConnectOptions, ExcelApi, SimClient } from "./client";
import type { Workbook } from "./workbook";

let cached: ExcelApi | null = null;

/** Path of the library file the simulator runs. */
export function excelLibraryPath(): string {
  return path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist",
    "excel-web-16.00.js"
  );
}

/** Load excel-web-16.00.js once (per process) in a vm context with minimal window/navigator/document stubs. */
export function loadExcelApi(): ExcelApi {
  if (cached) return cached;
  const code = fs.readFileSync(excelLibraryPath(), "utf8");
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    navigator: { userAgent: "node" },
    document: {},
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: "excel-web-16.00.js" });
  const api = { Excel: sandbox.Excel, OfficeExtension: sandbox.OfficeExtension } as ExcelApi;
  if (!api.Excel || !api.OfficeExtension)
    throw new Error("excel-web-16.00.js did not define Excel / OfficeExtension");
  cached = api;
  return api;
}

/** Connect a simulated Excel client (one co-author's add-in) to `workbook`. */
export function connectClient(workbook: Workbook, options: ConnectOptions): SimClient {
  return connectClientWith(loadExcelApi(), workbook, options);
}

/**
 * Make the loaded library's `Excel` and `OfficeExtension` globals of this realm (as they are in a
 * task pane), so code that writes `Excel.ChartType.line` or `instanceof OfficeExtension.Error` runs in Node.
 */
export function installExcelGlobals(): ExcelApi {
  const api = loadExcelApi();
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = api.Excel;
  g.OfficeExtension = api.OfficeExtension;
  return api;
}
