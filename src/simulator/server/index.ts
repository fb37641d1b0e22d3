// The simulated Excel's server side: executes the Excel JS library's RichApi requests
// ({ Actions, ObjectPaths }) against a Workbook. Environment-neutral (no Node APIs).
// protocol.ts  wire format and enums        execute.ts   request execution, payload limits
// objects.ts   Obj, NullObj, Collection     serialize.ts answers to Query actions
// workbook.ts, worksheets.ts, ranges.ts, formats.ts, validation.ts, tables.ts, charts.ts: one Excel object family each.
export * from "./protocol";
export type { ExecuteOptions, ExecuteResult } from "./execute";
export { ReferenceTable, executeRequest, executeRequestBody, utf8Length } from "./execute";
export { colToLetters } from "../address";
