/**
 * Activities as read, rows with problems included: the checker leaves a bad row out of flags and
 * metrics, but the views keep showing it, marked, with its problem (issue 9). Pure functions.
 */
import {
  type Cell,
  findName,
  normalName,
  parseMonth,
  type PlanState,
  type Row,
  TEAMS,
  type Team,
  valueByName,
} from "../../workbook";
import type { ActivityFormValues } from "./rowForms";

/** An Activities row the checker reported problems in, as far as it can be read. */
export interface ProblemActivity {
  /** 1-based data row. */
  row: number;
  id: string;
  name: string;
  lane: string;
  /** The team, when the cell names one. */
  team: Team | null;
  campaign: string | null;
  /** `YYYY-MM`, when the cell is a month. */
  start: string | null;
  end: string | null;
  /** The checker's messages about the row. */
  problems: string[];
}

const text = (v: Cell | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/**
 * Reads a row's cells by column name as valueByName does (case and spaces ignored), resolving each
 * name once for all the rows that have the same columns in the same order (every row of a read
 * table): a plan with hundreds of rows with problems would otherwise normalise every header of
 * every row for every cell asked for.
 */
function columnReader(): (cells: Row) => (column: string) => Cell | undefined {
  let columns: string[] = [];
  let keys = new Map<string, string | undefined>();
  return (cells) => {
    const names = Object.keys(cells);
    if (names.length !== columns.length || names.some((name, i) => name !== columns[i])) {
      columns = names;
      keys = new Map();
    }
    return (column) => {
      if (!keys.has(column)) keys.set(column, findName(cells, column));
      const key = keys.get(column);
      return key === undefined ? undefined : cells[key];
    };
  };
}

const TEAM_KEYS = TEAMS.map((t) => [normalName(t), t] as const);

/** The rows of the Activities table with problems, in table order. */
export function problemActivities(state: PlanState): ProblemActivity[] {
  const columnsOf = columnReader();
  const byRow = new Map<number, string[]>();
  for (const p of state.check.problems) {
    if (p.table !== "Activities" || p.row === null) continue;
    const list = byRow.get(p.row);
    if (list) list.push(p.message);
    else byRow.set(p.row, [p.message]);
  }
  const planStart = state.plan.settings.planStarts;
  const out: ProblemActivity[] = [];
  for (const [row, problems] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const cells = state.workbook.input.activities[row - 1];
    if (!cells) continue;
    const cell = columnsOf(cells);
    const month = (column: string) => {
      const read = parseMonth(cell(column), planStart);
      return read.ok ? read.month : null;
    };
    const teamKey = normalName(cell("Team"));
    const team = TEAM_KEYS.find(([key]) => key === teamKey)?.[1];
    out.push({
      row,
      id: text(cell("ID")),
      name: text(cell("Activity")) || "(no name)",
      lane: text(cell("Lane")),
      team: team ?? null,
      campaign: text(cell("Campaign")) || null,
      start: month("Start"),
      end: month("End"),
      problems,
    });
  }
  return out;
}

/** A row as the activity form shows it: each cell's text, months as `YYYY-MM` where they read as one. */
export function activityRowToForm(cells: Row, planStart: string | null): ActivityFormValues {
  const cell = (column: string) => text(valueByName(cells, column));
  const month = (column: string) => {
    const read = parseMonth(valueByName(cells, column), planStart);
    return read.ok ? read.month : cell(column);
  };
  return {
    ID: cell("ID"),
    Activity: cell("Activity"),
    Lane: cell("Lane"),
    Team: cell("Team"),
    Campaign: cell("Campaign"),
    Start: month("Start"),
    End: month("End"),
    "Expected leads": cell("Expected leads"),
    "Follow-up hours": cell("Follow-up hours"),
    Notes: cell("Notes"),
  };
}
