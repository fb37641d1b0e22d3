/** The plan checker's public API: pure TypeScript, no Office, DOM or Node. */
export * from "./types";
export { checkPlan, checkReadPlan } from "./check";
export { parsePlan, rowContext } from "./plan";
export type { RowContext, Issue } from "./rows";
export { activitySchema, budgetLineSchema, resultsRowSchema } from "./schemas";
export {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  formatMonth,
  monthLabel,
  parseMonth,
  planMonths,
  serialToMonthNumber,
} from "./months";
export {
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  DEFAULT_LANES,
  LANES_COLUMNS,
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
export { readSettings } from "./settings";
export { readLanes } from "./lanes";
export {
  type LimitedTable,
  MAX_EXPECTED_LEADS,
  MAX_FOLLOW_UP_HOURS,
  MAX_MONTH_AMOUNT,
  MAX_RESULT_COUNT,
  MAX_RESULT_REVENUE,
  MAX_RESULT_SPEND,
  limitOf,
  overLimit,
} from "./limits";
export { FLAG_KINDS, countsInSyncScore, flagKind, worstSeverity, type FlagKind } from "./flags";
export {
  BASELINE_BASE_COLUMNS,
  FOLLOWED_UP,
  MEASUREMENT_SETTINGS_ROWS,
  NO_CAMPAIGN,
  NO_LANE,
} from "./columns";
export { isExcelError } from "./errors";
export { money } from "./money";
export { readSaved } from "./baselines";
export { isJointLine, jointCampaigns, jointLines } from "./joint";
export {
  changesAnything,
  planStartsChange,
  type ActivityOutside,
  type MoneyMove,
  type PlanStartsChange,
} from "./plan-starts";
export { baselineMetrics } from "./baseline-metrics";
export { baselineNameIssue, baselineRows, defaultBaselineName, savedSerial } from "./baseline-save";
export { statusTotals, type StatusMonth, type StatusTotals } from "./status-metrics";
export {
  overPlan,
  planVersusActual,
  type PlanActualGroup,
  type PlanVersusActual,
  type SpendAgainstPlan,
  type ReportedAgainstPlan,
} from "./plan-actual";
export { samplePlan, type PlanRows } from "./sample";
export {
  REQUIRED_TABLES,
  compareNames,
  findName,
  indexOfName,
  keyClash,
  nameKey,
  normalName,
  sameName,
  valueByName,
} from "./names";
// Demand and lead handling: the new tables' headers and settings, for the workbook and the pane.
export {
  CAPACITY_COLUMN,
  DEMAND_SETTING,
  DOOR_COLUMN,
  DOORS_COLUMNS,
  TARGETS_COLUMNS,
} from "./columns";
export {
  changeRow,
  forgetRow,
  isSameRow,
  missingRows,
  planRows,
  rememberRows,
  type SavedRow,
} from "./saved-rows";
export * from "./crm";
export { leadWords, wholeLeads } from "./lead-words";
export { round6 } from "./demand";
export {
  channelLeads,
  followUpRate,
  type RateBasis,
  rateBasis,
  resultsByMonth,
  scorecard,
} from "./measurement";
