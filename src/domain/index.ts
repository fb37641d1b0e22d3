/** The plan checker's public API: pure TypeScript, no Office, DOM or Node. */
export * from "./types";
export { checkPlan, checkReadPlan } from "./check";
export { planRowContext, readPlan, rowContext } from "./plan";
export type { RowContext, Issue } from "./rows";
export { activitySchema, budgetLineSchema, resultsRowSchema } from "./schemas";
export {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  formatMonth,
  monthLabel,
  monthWords,
  parseMonth,
  planMonths,
  serialToMonthNumber,
} from "./months";
export {
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  DEFAULT_LANES,
  LANES_COLUMNS,
  NO_CAMPAIGN,
  NO_LANE,
  RESULTS_COLUMNS,
  SETTING,
  SETTINGS_COLUMNS,
  SETTINGS_ROWS,
  SIDES,
  STATUSES,
  TEAMS,
  budgetColumns,
  budgetMonthColumns,
} from "./columns";
export { DEFAULT_SETTINGS, readSettings } from "./settings";
export { FLAG_ORDER, FLAG_SEVERITY } from "./flags";
export { jointCampaigns } from "./joint";
export { samplePlan, type PlanRows } from "./sample";
export {
  REQUIRED_TABLES,
  findName,
  indexOfName,
  keyClash,
  normalName,
  sameName,
  valueByName,
} from "./names";
export {
  changeRow,
  forgetRow,
  isSameRow,
  missingRows,
  planRows,
  rememberRows,
  type SavedRow,
} from "./saved-rows";
