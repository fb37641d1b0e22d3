/**
 * The plan checker's contract, as docs/rules.md states it.
 * Every layer above the domain speaks in these types.
 */
import type { FLAG_KINDS } from "./flags";

/** A cell value as Office.js returns it; blank is "" or null. */
export type Cell = string | number | boolean | null;

/** One table row, keyed by column header as it stands in the workbook. */
export type Row = Record<string, Cell>;

export interface PlanInput {
  /** Setting -> Value rows of the Settings table. */
  settings: Record<string, Cell>;
  /** Rows of the Lanes table: Lane, Side. */
  lanes?: Row[];
  activities: Row[];
  budget: Row[];
  results?: Row[];
  /** Rows of the Baselines table: saved copies of the budget. */
  baselines?: Row[];
  /** Rows of the Doors table: Door, Owner, Response hours (demand and lead handling). */
  doors?: Row[];
  /** Rows of the Targets table: Month, Revenue target. */
  targets?: Row[];
}

/** A month written `YYYY-MM`. */
export type Month = string;

export type Team = "Marketing" | "Sales" | "Joint";
export type Side = "Marketing" | "Sales";
export type Status = "Draft" | "Proposed" | "Approved";
export type Severity = "error" | "warning" | "info";
export type TableName = "Settings" | "Lanes" | "Activities" | "Budget" | "Results";
/**
 * Tables the checker reports problems in: the workbook's tables, the Baselines
 * table and the optional demand tables (Doors, Targets).
 */
export type CheckedTable = TableName | "Baselines" | "Doors" | "Targets";

/** The code of each registered kind of flag ("no-follow-up", "over-cap", ...). */
export type FlagCode = (typeof FLAG_KINDS)[number]["code"];

export interface Flag {
  code: FlagCode;
  /** The plan month, or null for a flag about the whole plan. */
  month: Month | null;
  severity: Severity;
  /** IDs / Lines / `Results row N` of every row that caused the flag, each once. */
  refs: string[];
  /** What is wrong and what would fix it, in plain words. */
  message: string;
}

export interface Problem {
  table: CheckedTable;
  /** 1-based data row, or null for a setting or a whole table. */
  row: number | null;
  /** The column (or, for Settings, the setting name), or null for a whole table. */
  column: string | null;
  value: Cell;
  message: string;
}

export interface MonthMetrics {
  month: Month;
  totalSpend: number;
  spendByTeam: Record<Team, number>;
  /** Joint lines' spend / total; null when the total is 0. */
  jointShare: number | null;
  flagCount: number;
  /** Σ Followed up ÷ Σ Leads over the month's Results rows reporting both; null when that Σ Leads is 0. */
  followUpRate: number | null;
}

export interface ChannelMetrics {
  channel: string;
  /** Sums of reported figures; null when no row of the channel reported that figure. */
  spend: number | null;
  leads: number | null;
  qualified: number | null;
  closed: number | null;
  revenue: number | null;
  /** closed / leads, over rows that report both; null when not computable. */
  closeRate: number | null;
  /** spend / leads, over rows that report both; null when not computable. */
  costPerLead: number | null;
  /** spend / closed, over rows that report both; null when not computable. */
  costPerClosed: number | null;
}

export interface YearMetrics {
  totalSpend: number;
  byTeam: Record<Team, number>;
  byLane: Record<string, number>;
  byCampaign: Record<string, number>;
  /** Joint lines' spend / total; null when the total is 0. */
  jointShare: number | null;
  /** The Annual budget cap, or null when none is set. */
  cap: number | null;
}

export interface PlanMetrics {
  /** The 12 plan months in order; empty when Plan starts is missing or invalid. */
  months: MonthMetrics[];
  year: YearMetrics;
  /** Share (0..1) of the 12 months that have no warning or error flag. */
  syncScore: number;
  channels: ChannelMetrics[];
  /** Plan against the latest baseline; null when there is no baseline. */
  baseline: BaselineMetrics | null;
  /** The two-way scorecard for the year. */
  scorecard: Scorecard;
  /** Leads: expected, required and routed (docs/rules.md, Demand and lead handling). */
  demand: DemandMetrics;
}

export interface PlanCheck {
  flags: Flag[];
  problems: Problem[];
  metrics: PlanMetrics;
}

// ---------------------------------------------------------------------------
// The plan as read from the workbook (parsePlan): what the calendar, the budget
// view and the checker all draw from. Only valid rows appear here.

/** Settings with defaults applied. */
export interface PlanSettings {
  /** First plan month, or null when Plan starts is missing or not a month. */
  planStarts: Month | null;
  currency: string;
  annualBudgetCap: number | null;
  /** F: months after an activity in which sales may follow its leads up. */
  followUpWindow: number;
  /** W: months before a sales activity in which marketing may cover it. */
  airCoverWindow: number;
  siloedSpendThreshold: number;
  responseSlaHours: number;
}

export interface Lane {
  /** The lane as spelled in the Lanes table. */
  lane: string;
  side: Side;
}

export interface Activity {
  /** 1-based data row in the Activities table. */
  row: number;
  id: string;
  activity: string;
  /** Canonical lane name (as in the Lanes table). */
  lane: string;
  /** The lane's side: whether it creates demand or follows leads up. */
  side: Side;
  team: Team;
  /** Canonical campaign name (its first spelling in the workbook), or null. */
  campaign: string | null;
  start: Month;
  end: Month;
  /** Plan months in which the activity is active, in order. */
  months: Month[];
  /** The same months as positions 0..11 in the plan year. */
  monthIndexes: number[];
  expectedLeads: number | null;
  followUpHours: number | null;
  notes: string;
}

export interface BudgetLine {
  row: number;
  line: string;
  team: Team;
  lane: string | null;
  campaign: string | null;
  status: Status;
  /** 12 amounts in plan order (calendar order Jan..Dec when Plan starts is unknown). */
  amounts: number[];
  total: number;
}

export interface ResultsRow {
  row: number;
  month: Month;
  /** Position 0..11 in the plan year, or null when Plan starts is unknown. */
  monthIndex: number | null;
  channel: string;
  lane: string | null;
  campaign: string | null;
  /** null means not reported (blank), which is not 0. */
  spend: number | null;
  leads: number | null;
  qualified: number | null;
  closed: number | null;
  revenue: number | null;
  /** Leads sales contacted within the Response SLA; null means not reported. */
  followedUp: number | null;
}

export interface Plan {
  settings: PlanSettings;
  /** The 12 plan months, or [] when Plan starts is missing or invalid. */
  months: Month[];
  lanes: Lane[];
  activities: Activity[];
  budget: BudgetLine[];
  results: ResultsRow[];
  /** Saved baselines, in the order of their first valid row. */
  baselines: Baseline[];
  /** The baseline with the greatest Saved (tie: first valid row lower in the table), or null. */
  latestBaseline: Baseline | null;
  /** The measurement settings (Follow-up target, Channel shift threshold), defaults applied. */
  measurement: MeasurementSettings;
  /** Every rule a row or setting broke; those rows are left out above. */
  problems: Problem[];
  /** Doors, targets, capacities and the funnel settings; absent on a plan built by hand. */
  demand?: PlanDemand;
}

// ---------------------------------------------------------------------------
// Demand and lead handling: doors, targets, capacities and the funnel.

export interface DemandSettings {
  /** D as typed in Settings, or null when blank or invalid (then computed from Results). */
  averageDealSize: number | null;
  /** R as typed in Settings, or null when blank or invalid (then computed from Results). */
  leadToCloseRate: number | null;
  /** L: months from a lead to its closed deal. */
  salesCycle: number;
}

export interface Door {
  row: number;
  door: string;
  /** The Sales-side lane that answers this door's leads, or null when nobody owns it. */
  owner: string | null;
  responseHours: number | null;
}

export interface Target {
  row: number;
  month: Month;
  /** Position 0..11 in the plan year. */
  monthIndex: number;
  revenueTarget: number;
}

export interface PlanDemand {
  settings: DemandSettings;
  /** Capacity per Sales-side lane (canonical lane name) that has one. */
  capacity: Record<string, number>;
  /** Valid doors in table order. */
  doors: Door[];
  /**
   * The door of each valid activity that names one, indexed by the activity's row (only while a
   * door is valid); undefined for other rows. An array: thousands of rows fill it much faster than a Map.
   */
  doorOfActivity: ReadonlyArray<Door | undefined>;
  targets: Target[];
}

/** Where a funnel figure comes from: the Settings table, the Results table, or unknown. */
export type FunnelSource = "setting" | "results" | null;

export interface FunnelFigure {
  value: number | null;
  source: FunnelSource;
}

export interface LaneLeads {
  lane: string;
  routedLeads: number;
  /** The lane's Capacity (for the year: 12 × the monthly capacity), or null when none is planned. */
  capacity: number | null;
}

export interface DemandMonthMetrics {
  month: Month;
  expectedLeads: number;
  /** null when unknown. */
  requiredLeads: number | null;
  /** Every Sales-side lane, in Lanes order. */
  lanes: LaneLeads[];
}

export interface DemandMetrics {
  months: DemandMonthMetrics[];
  year: {
    expectedLeads: number;
    /** Sum over the months whose required leads are known; null when none is known. */
    requiredLeads: number | null;
    lanes: LaneLeads[];
  };
  averageDealSize: FunnelFigure;
  leadToCloseRate: FunnelFigure;
}

// ---------------------------------------------------------------------------
// Baselines (finance) and measurement (the two-way scorecard): docs/rules.md §5.

export interface MeasurementSettings {
  /** Share 0..1 of leads sales should contact within the Response SLA. */
  followUpTarget: number;
  /** t, 0 < t ≤ 1: how much a channel must fall or rise to count as a channel shift. */
  channelShiftThreshold: number;
}

/** One valid row of the Baselines table: a budget line as it was saved (row: its Baselines row). */
export interface BaselineLine extends BudgetLine {
  /** Saved as an Excel date serial (its fraction the time of day). */
  saved: number;
}

export interface Baseline {
  /** The name as written in its first valid row. */
  name: string;
  /** The greatest Saved among its valid rows (Excel date serial). */
  saved: number;
  /** Row of its first valid row. */
  firstRow: number;
  lines: BaselineLine[];
}

export interface BaselineMonth {
  month: Month;
  baselineSpend: number;
  baselineByTeam: Record<Team, number>;
  /** Spend now − baseline spend. */
  variance: number;
  varianceByTeam: Record<Team, number>;
}

/** How a budget line moved since the baseline. */
export type LineChange = "added" | "removed" | "changed" | "unchanged";

export interface BaselineLineMetrics {
  /** As written in Budget, or in the baseline for a removed line. */
  line: string;
  change: LineChange;
  /**
   * Amount now − amount in the baseline, per plan month (12 values; a missing side counts as 0).
   * Read only: every unchanged line shares one list of zeros.
   */
  variance: readonly number[];
  /** Plan months whose amount differs (empty without a plan year). Read only, as variance. */
  changedMonths: readonly Month[];
  /** The Status in the baseline and now, when it differs (Approved → Proposed); else null. */
  statusChange: { from: Status; to: Status } | null;
}

export interface BaselineMetrics {
  name: string;
  saved: number;
  /** Per plan month; empty without a plan year. */
  months: BaselineMonth[];
  /** The year: baseline spend and variance, in total and by team. */
  year: Omit<BaselineMonth, "month">;
  /** Every line of Budget (table order), then every line only in the baseline (baseline order). */
  lines: BaselineLineMetrics[];
}

/** The two-way scorecard: marketing on closes, sales on following up (docs/rules.md §5). */
export interface Scorecard {
  marketing: {
    /** Σ reported Leads; null when no row reports Leads. */
    leads: number | null;
    /** Σ reported Closed; null when no row reports Closed. */
    closed: number | null;
    /** Σ Closed ÷ Σ Leads over rows reporting both; null when that Σ Leads is 0. */
    closeRate: number | null;
    /** Σ Spend ÷ Σ Closed over rows reporting both; null when that Σ Closed is 0. */
    costPerClosed: number | null;
  };
  sales: {
    /** The follow-up rate of all valid Results rows; null when none. */
    followUpRate: number | null;
    /** The Follow-up target it is measured against. */
    followUpTarget: number;
    /** Σ Closed over rows that report both Leads and Closed; null when no row reports both. */
    closedFromReportedLeads: number | null;
  };
}
