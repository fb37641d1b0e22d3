/** The workbook's tables: canonical headers, setting names and defaults. */
import { MONTH_ABBREVIATIONS } from "./months";
import type { Cell, Lane, Side, Status, Team } from "./types";

export const TEAMS: readonly Team[] = ["Marketing", "Sales", "Joint"];
export const SIDES: readonly Side[] = ["Marketing", "Sales"];
export const STATUSES: readonly Status[] = ["Draft", "Proposed", "Approved"];

export const ACTIVITY_COLUMNS = [
  "ID",
  "Activity",
  "Lane",
  "Team",
  "Campaign",
  "Start",
  "End",
  "Expected leads",
  "Follow-up hours",
  "Notes",
] as const;

/** Budget columns before the 12 month columns. */
export const BUDGET_BASE_COLUMNS = ["Line", "Team", "Lane", "Campaign", "Status"] as const;

/** Three-letter month headers in plan order, e.g. Jul..Dec, Jan..Jun for a July start. */
export function budgetMonthColumns(planStartMonthIndex: number): string[] {
  const start = Number.isInteger(planStartMonthIndex) ? ((planStartMonthIndex % 12) + 12) % 12 : 0;
  return Array.from({ length: 12 }, (_, i) => MONTH_ABBREVIATIONS[(start + i) % 12]);
}

/** All Budget headers for a plan starting in month 0..11 (0 = January). */
export function budgetColumns(planStartMonthIndex: number): string[] {
  return [...BUDGET_BASE_COLUMNS, ...budgetMonthColumns(planStartMonthIndex)];
}

export const RESULTS_COLUMNS = [
  "Month",
  "Channel",
  "Lane",
  "Campaign",
  "Spend",
  "Leads",
  "Qualified",
  "Closed",
  "Revenue",
] as const;

/** Results' measurement column, read after RESULTS_COLUMNS: leads contacted within the Response SLA. */
export const FOLLOWED_UP = "Followed up";

/** Baselines columns before the 12 month columns (which are headed as in Budget). */
export const BASELINE_BASE_COLUMNS = ["Baseline", "Saved", ...BUDGET_BASE_COLUMNS] as const;

export const LANES_COLUMNS = ["Lane", "Side"] as const;
export const SETTINGS_COLUMNS = ["Setting", "Value"] as const;

/** Setting names as they appear in the Settings table. */
export const SETTING = {
  planStarts: "Plan starts",
  currency: "Currency",
  annualBudgetCap: "Annual budget cap",
  followUpWindow: "Follow-up window (months)",
  airCoverWindow: "Air-cover window (months)",
  siloedSpendThreshold: "Siloed spend threshold",
  responseSlaHours: "Response SLA (hours)",
  followUpTarget: "Follow-up target",
  channelShiftThreshold: "Channel shift threshold",
} as const;

/** The Settings table's rows in order, with the value a new plan starts with (null = none). */
export const SETTINGS_ROWS: ReadonlyArray<{ setting: string; default: Cell; required: boolean }> = [
  { setting: SETTING.planStarts, default: null, required: true },
  { setting: SETTING.currency, default: "USD", required: false },
  { setting: SETTING.annualBudgetCap, default: null, required: false },
  { setting: SETTING.followUpWindow, default: 1, required: false },
  { setting: SETTING.airCoverWindow, default: 1, required: false },
  { setting: SETTING.siloedSpendThreshold, default: 0.5, required: false },
  { setting: SETTING.responseSlaHours, default: 24, required: false },
];

/** The measurement settings' rows, with the value a new plan starts with. */
export const MEASUREMENT_SETTINGS_ROWS: ReadonlyArray<{
  setting: string;
  default: Cell;
  required: boolean;
}> = [
  { setting: SETTING.followUpTarget, default: 0.9, required: false },
  { setting: SETTING.channelShiftThreshold, default: 0.3, required: false },
];

/** Lanes used when the Lanes table is absent or empty. */
export const DEFAULT_LANES: readonly Lane[] = [
  { lane: "Media", side: "Marketing" },
  { lane: "Direct mail", side: "Marketing" },
  { lane: "Field sales", side: "Sales" },
];

/** Budget line key for lines without a lane / campaign in the year's totals. */
export const NO_LANE = "(no lane)";
export const NO_CAMPAIGN = "(no campaign)";

// ---- Demand and lead handling ----------------------------------------------

/** The funnel settings (rows of the Settings table). */
export const DEMAND_SETTING = {
  averageDealSize: "Average deal size",
  leadToCloseRate: "Lead-to-close rate",
  salesCycle: "Sales cycle (months)",
} as const;

export const DOORS_COLUMNS = ["Door", "Owner", "Response hours"] as const;
export const TARGETS_COLUMNS = ["Month", "Revenue target"] as const;
/** The optional column of the Lanes table: leads a Sales-side lane can follow up in a month. */
export const CAPACITY_COLUMN = "Capacity";
/** The optional column of the Activities table: the door its leads come in by. */
export const DOOR_COLUMN = "Door";
