/** The workbook layer: the only code that calls Office.js. */
export {
  type ExcelHost,
  type ExcelRun,
  type PlanChange,
  hostSupport,
  officeHost,
  offersExcelApi,
} from "./host";
export {
  type DialogEvents,
  type DialogPage,
  type DialogParent,
  officeDialogParent,
  type OpenedDialog,
  planMessage,
  stateFromMessage,
} from "./dialog";
export { readWorkbookPlan, type TableLocation, type WorkbookPlan } from "./read";
export { setUpPlan, type SetUpOptions, type SetUpResult } from "./setup";
export {
  describeGaps,
  lacksLayout,
  type LayoutGaps,
  layoutGaps,
  type LayoutUpdate,
  updatePlanLayout,
} from "./update-layout";
export {
  addRow,
  addRows,
  deleteRow,
  type RowRef,
  RowsRefused,
  type RowUpdate,
  saveSetting,
  updateRow,
  updateRows,
  type WritableTable,
  WriteConflict,
  WriteRefused,
} from "./write";
export { rowRuns, selectCell, selectRows, selectSetting } from "./select";
export { saveBaseline, type SaveBaselineOptions, type SavedBaseline } from "./baseline";
export {
  ADDED_COLUMNS,
  OPTIONAL_TABLES,
  type OptionalTable,
  PLAN_TABLES,
  type PlanTable,
  TABLE_NAMES,
  tableSpecs,
} from "./layout";
export { loadPlan, type PlanState, planStateOf, type PlanWatch, watchPlan } from "./watch";
export {
  buildCalendarSheet,
  buildSummarySheet,
  CALENDAR_SHEET,
  SUMMARY_ROWS,
  SUMMARY_SHEET,
} from "./sheets";

// The pane sees the plan's model and rules through this layer only (each layer imports only the one below it).
export * from "../domain";
