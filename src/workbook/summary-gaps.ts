/**
 * Where the Summary's formulas and the Joint Plan pane count a Budget row differently, row by row,
 * in words the Summary writes beside its figures. Pure: the pane's reading is the checker's (the
 * valid lines and the problems); the formulas' is summary-formulas.ts' model of Excel (TRIM keeps
 * tabs and non-breaking spaces; SUMPRODUCT adds numbers only, so an amount stored as text is 0
 * there). The pane's figures are the truth: the words say what the formulas leave out or add.
 */
import {
  BUDGET_BASE_COLUMNS,
  type Cell,
  indexOfName,
  isExcelError,
  isJointLine,
  money as moneyIn,
  NO_CAMPAIGN,
  NO_LANE,
  type Plan,
  type Problem,
  type Row,
  TEAMS,
  valueByName,
} from "../domain";
import type { TableLocation } from "./read";
import { columnLetters } from "./setup";
import { amountForExcel, excelEquals, excelTrim, trimmedByExcel } from "./summary-formulas";

/** The Summary's blocks of figures a Budget row is counted in. */
export type SummarySection = "team" | "lane" | "campaign" | "joint";

const SECTION_WORDS: Record<SummarySection, string> = {
  team: "the team rows and the Total",
  lane: "the lane rows",
  campaign: "the campaign rows",
  joint: "joint spend",
};

const SECTIONS: readonly SummarySection[] = ["team", "lane", "campaign", "joint"];

export interface SummaryGapInput {
  plan: Pick<Plan, "budget" | "lanes">;
  /** The checker's problems (the Budget's say which rows the pane leaves out, and why). */
  problems: readonly Problem[];
  /** The Budget table's rows as read (data row n is index n − 1). */
  budgetRows: readonly Row[];
  /** The Budget's month headers in plan order: the formulas' month columns. */
  monthHeaders: readonly string[];
  /** Where the Budget table is, to name cells as Excel's headers show them. */
  location?: TableLocation;
  /** The campaigns the Summary has a row for (besides "(no campaign)"). */
  campaigns: readonly string[];
  /** The joint campaigns written into the joint-spend formulas. */
  jointCampaigns: readonly string[];
  currency: string;
}

/** One Budget row counted differently by the formulas. */
export interface RowGap {
  /** 1-based data row of the Budget table. */
  row: number;
  /** "Budget row 4". */
  place: string;
  /** Per section: what the formulas leave out that the pane counts, and add that it does not. */
  missed: Record<SummarySection, number>;
  added: Record<SummarySection, number>;
  /** The sentence the Summary writes. */
  words: string;
}

export interface SummaryGaps {
  rows: RowGap[];
  /** The year's total as the pane counts it. */
  paneTotal: number;
  /** Σ over the rows, for the Total (team rows). */
  missed: number;
  added: number;
  /** Error values the formulas meet (each shown in the figures over its column). */
  errors: string[];
}

const zeros = (): Record<SummarySection, number> => ({ team: 0, lane: 0, campaign: 0, joint: 0 });

/** A cell's value as a sentence quotes it: text in quotes, as typed (clipped). */
function quote(value: Cell | undefined): string {
  if (typeof value === "string")
    return `'${value.length > 30 ? `${value.slice(0, 27)}...` : value}'`;
  if (value === null || value === undefined) return "(blank)";
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/** Which whitespace in `text` Excel's TRIM keeps, in words, or null. */
function keptSpace(text: string): string | null {
  if (/\u00a0/.test(text)) return "a non-breaking space";
  if (/\t/.test(text)) return "a tab";
  if (/[\r\n]/.test(text)) return "a line break";
  if (/[^\S ]/.test(text)) return "a space character other than the ordinary one";
  return null;
}

/** "A, B and C" */
function listAnd(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Rewrites the checker's "in row 3" (a data row) as the sheet row a person sees. */
function withSheetRows(message: string, sheetRowOf: (row: number) => number): string {
  return message.replace(
    /\b(in|by) row (\d+)\b/g,
    (_, word: string, n: string) => `${word} row ${sheetRowOf(Number(n))}`
  );
}

/** The label a row is counted under in each section (null: in no row of that section), and its amount. */
interface Reading {
  labels: Record<SummarySection, string | null>;
  amount: number;
}

/** What the sentences need from the table: cell names, money, the month columns. */
interface Words {
  cellOf: (header: string, row: number) => string;
  money: (amount: number) => string;
  monthHeaders: readonly string[];
  sheetRowOf: (row: number) => number;
}

type LabelSection = Exclude<SummarySection, "joint">;

/** A row the pane counts: the cells the formulas read otherwise, what they leave out, the fix. */
function countedRowWords(
  w: Words,
  row: number,
  where: string,
  amounts: readonly number[],
  typed: readonly (Cell | undefined)[],
  labelCells: Record<LabelSection, [string, Cell | undefined]>,
  pane: Reading,
  formulas: Reading,
  left: Record<SummarySection, number>
): string {
  const causes: string[] = [];
  const textCells = w.monthHeaders
    .map((h, m) => ({ h, m }))
    .filter(({ m }) => typeof typed[m] === "string" && amounts[m] !== 0)
    .map(({ h, m }) => `${w.cellOf(h, row)} ${quote(typed[m])}`);
  if (textCells.length > 0) {
    const shown =
      textCells.length > 3
        ? [
            ...textCells.slice(0, 3),
            `${textCells.length - 3} more ${textCells.length === 4 ? "cell" : "cells"}`,
          ]
        : textCells;
    causes.push(`${listAnd(shown)} ${textCells.length === 1 ? "is" : "are"} stored as text`);
  }
  let names = 0;
  for (const s of ["team", "lane", "campaign"] as const) {
    if (pane.labels[s] === formulas.labels[s]) continue;
    const [column, value] = labelCells[s];
    const kept = typeof value === "string" ? keptSpace(value) : null;
    causes.push(
      kept
        ? `${column} ${quote(value)} holds ${kept}, which Excel's TRIM keeps`
        : `${column} ${quote(value)} is not spelled ${quote(pane.labels[s])} once Excel's TRIM has read it`
    );
    names++;
  }
  const sections = SECTIONS.filter((s) => left[s] !== 0);
  // One amount for the whole row only when every block the pane counts it in leaves out as much.
  const counted = SECTIONS.filter((s) => pane.labels[s] !== null);
  const same = left.team !== 0 && counted.every((s) => left[s] === left.team);
  const consequence = same
    ? `the formulas leave out ${w.money(left.team)} the pane counts`
    : `the formulas leave out what the pane counts: ${sections
        .map((s) => `${w.money(left[s])} in ${SECTION_WORDS[s]}`)
        .join(", ")}`;
  const cells = textCells.length + names;
  const fix =
    cells === 0
      ? ""
      : names === 0
        ? ` Retype ${cells === 1 ? "it as a number" : "them as numbers"} to fix.`
        : ` Retype ${cells === 1 ? "it" : "them"} to fix.`;
  return `${where}: ${causes.join("; ")}: ${consequence}.${fix}`;
}

/** A row the pane leaves out: why (the checker's words), and what the formulas count of it. */
function leftOutRowWords(
  w: Words,
  where: string,
  problems: readonly Problem[],
  formulas: Reading,
  extra: Record<SummarySection, number>
): string {
  const why = problems.length
    ? problems.map((p) => withSheetRows(p.message, w.sheetRowOf).replace(/\.$/, "")).join("; ")
    : "it has a problem";
  const sections = SECTIONS.filter((s) => extra[s] !== 0);
  const same =
    extra.team !== 0 &&
    SECTIONS.filter((s) => formulas.labels[s] !== null).every((s) => extra[s] === extra.team);
  const consequence =
    sections.length === 0
      ? "the formulas count none of it either"
      : same
        ? `the formulas count its ${w.money(extra.team)}, which the pane does not`
        : `the formulas count what the pane does not: ${sections
            .map((s) => `${w.money(extra[s])} in ${SECTION_WORDS[s]}`)
            .join(", ")}`;
  return `${where}: the pane leaves this line out (${why}): ${consequence}. Fix the row in the Budget table.`;
}

/**
 * Every Budget row the formulas count differently from the pane, with the sentence saying which
 * cells, what amount, and how to fix it.
 */
export function summaryGaps(input: SummaryGapInput): SummaryGaps {
  const { plan, budgetRows, monthHeaders, location, currency } = input;
  // Not located: the table as Set up plan makes it, from A1 on the Budget sheet.
  const where = location ?? {
    sheet: "Budget",
    headerRow: 0,
    firstColumn: 0,
    headers: [...BUDGET_BASE_COLUMNS, ...monthHeaders],
  };
  const sheetRowOf = (row: number) => where.headerRow + 1 + row;
  const sheet = where.sheet;
  const cellOf = (header: string, row: number) => {
    const index = indexOfName(where.headers, header);
    return index < 0 ? header : `${columnLetters(where.firstColumn + index)}${sheetRowOf(row)}`;
  };
  const money = (n: number) => moneyIn(n, currency);
  const ctx: Words = { cellOf, money, monthHeaders, sheetRowOf };

  // The name of the row a trimmed text finds, by Excel's `=` (letter case ignored).
  const rowByText = (names: readonly string[]) => {
    const map = new Map<string, string>();
    for (const name of names) {
      const key = excelTrim(name).toLowerCase();
      if (!map.has(key)) map.set(key, name);
    }
    return (text: string) => map.get(text.toLowerCase()) ?? null;
  };
  const laneRow = rowByText(plan.lanes.map((l) => l.lane));
  const campaignRow = rowByText(input.campaigns);
  const jointNames = new Set(input.jointCampaigns);
  const jointLiterals = input.jointCampaigns.map(excelTrim);
  const lineByRow = new Map(plan.budget.map((line) => [line.row, line]));
  const problemsByRow = new Map<number, Problem[]>();
  for (const p of input.problems) {
    if (p.table !== "Budget" || p.row === null) continue;
    problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p]);
  }

  const errors = new Set<string>();
  const rows: RowGap[] = [];
  let paneTotal = 0;
  budgetRows.forEach((cells, i) => {
    const row = i + 1;
    const line = lineByRow.get(row);
    const raw = (column: string) => valueByName(cells, column) as Cell | undefined;
    const rawTeam = raw("Team");
    const rawLane = raw("Lane");
    const rawCampaign = raw("Campaign");
    const rawAmounts = monthHeaders.map((h) => raw(h));

    // How the formulas read the row.
    const team = trimmedByExcel(rawTeam);
    const lane = trimmedByExcel(rawLane);
    const campaign = trimmedByExcel(rawCampaign);
    const isJoint =
      excelEquals(team, "Joint") || jointLiterals.some((c) => excelEquals(campaign, c));
    const formulas: Reading = {
      labels: {
        team: TEAMS.find((t) => excelEquals(team, t)) ?? null,
        lane: lane === "" ? NO_LANE : laneRow(lane),
        campaign: campaign === "" ? NO_CAMPAIGN : campaignRow(campaign),
        joint: isJoint ? "joint" : null,
      },
      amount: rawAmounts.reduce<number>((sum, v) => sum + amountForExcel(v), 0),
    };
    // How the pane reads it: the checker's line, or nothing when the row is left out.
    const pane: Reading | null = line
      ? {
          labels: {
            team: line.team,
            lane: line.lane ?? NO_LANE,
            campaign: line.campaign ?? NO_CAMPAIGN,
            joint: isJointLine(line, jointNames) ? "joint" : null,
          },
          amount: line.total,
        }
      : null;
    if (line) paneTotal += line.total;

    const missed = zeros();
    const added = zeros();
    for (const s of SECTIONS) {
      const paneLabel = pane?.labels[s] ?? null;
      const paneAmount = paneLabel === null ? 0 : pane!.amount;
      const formulaLabel = formulas.labels[s];
      const formulaAmount = formulaLabel === null ? 0 : formulas.amount;
      if (paneLabel === formulaLabel) {
        const d = formulaAmount - paneAmount;
        if (d < 0) missed[s] += -d;
        else added[s] += d;
      } else {
        missed[s] += paneAmount;
        added[s] += formulaAmount;
      }
    }

    // Error values: each shows in every figure over its column, whatever row holds it.
    const rowErrors: string[] = [];
    const labelCells: [string, Cell | undefined][] = [
      ["Team", rawTeam],
      ["Lane", rawLane],
      ["Campaign", rawCampaign],
    ];
    for (const [column, value] of labelCells)
      if (isExcelError(value)) rowErrors.push(`${cellOf(column, row)} holds ${value}`);
    monthHeaders.forEach((h, m) => {
      if (isExcelError(rawAmounts[m])) rowErrors.push(`${cellOf(h, row)} holds ${rawAmounts[m]}`);
    });
    rowErrors.forEach((e) => errors.add(e));

    const differs = SECTIONS.some((s) => missed[s] !== 0 || added[s] !== 0);
    if (!differs && rowErrors.length === 0) return;
    const place = `${sheet} row ${sheetRowOf(row)}`;
    if (rowErrors.length > 0) {
      // The figures show the error, not an amount: say so, and claim no amount for the row.
      const why = (problemsByRow.get(row) ?? []).map((p) => p.message.replace(/\.$/, ""));
      const one = rowErrors.length === 1;
      rows.push({
        row,
        place,
        missed: zeros(),
        added: zeros(),
        words: `${place}: ${listAnd(rowErrors)}${why.length ? ` (${why.join("; ")})` : ""}: every figure above that reads ${one ? "its column shows it" : "their columns shows them"} until ${one ? "it is" : "they are"} fixed; the pane leaves this line out.`,
      });
      return;
    }
    const words = line
      ? countedRowWords(
          ctx,
          row,
          place,
          line.amounts,
          rawAmounts,
          { team: ["Team", rawTeam], lane: ["Lane", rawLane], campaign: ["Campaign", rawCampaign] },
          pane!,
          formulas,
          missed
        )
      : leftOutRowWords(ctx, place, problemsByRow.get(row) ?? [], formulas, added);
    rows.push({ row, place, missed, added, words });
  });
  return {
    rows,
    paneTotal,
    missed: rows.reduce((sum, r) => sum + r.missed.team, 0),
    added: rows.reduce((sum, r) => sum + r.added.team, 0),
    errors: [...errors],
  };
}

/** How the Total differs from the pane's: what it leaves out, adds, and the errors it shows. */
function totalParts(gaps: SummaryGaps, money: (n: number) => string): string[] {
  const parts: string[] = [];
  if (gaps.missed !== 0) parts.push(`leaves out ${money(gaps.missed)} the pane counts`);
  if (gaps.added !== 0) parts.push(`counts ${money(gaps.added)} the pane leaves out`);
  if (gaps.errors.length > 0)
    parts.push(
      `shows the error ${gaps.errors.length === 1 ? "value" : "values"} of ${listAnd(gaps.errors.map((e) => e.replace(/ holds .*/, "")))}`
    );
  return parts;
}

/** What the Summary writes under its heading: the pane's total, what differs, and the rows (up to `max`). */
export function gapLines(gaps: SummaryGaps, currency: string, max = 20): string[] {
  const money = (n: number) => moneyIn(n, currency);
  if (gaps.rows.length === 0)
    return [
      `Every Budget row is counted here as the Joint Plan pane counts it (the pane's total: ${money(gaps.paneTotal)}).`,
    ];
  const parts = totalParts(gaps, money);
  const first = parts.length
    ? `The Joint Plan pane's total is ${money(gaps.paneTotal)}; the Total above ${parts.join(" and ")}, in these Budget rows:`
    : `The Joint Plan pane's total is ${money(gaps.paneTotal)}, as the Total above; other figures differ, in these Budget rows:`;
  const shown = gaps.rows.slice(0, max).map((r) => r.words);
  const rest = gaps.rows.length - shown.length;
  if (rest > 0)
    shown.push(
      `... and ${rest} more Budget ${rest === 1 ? "row" : "rows"} (the pane's Flags view lists the rows it leaves out).`
    );
  return [first, ...shown];
}

/** The one line under the Summary's title when its figures differ from the pane's, else null. */
export function gapHeadline(
  gaps: SummaryGaps,
  currency: string,
  detailsRow: number
): string | null {
  if (gaps.rows.length === 0) return null;
  const money = (n: number) => moneyIn(n, currency);
  const parts = totalParts(gaps, money);
  const what = parts.length ? `the Total ${parts.join(" and ")}` : "some figures differ";
  return `Differs from the Joint Plan pane at the last rebuild: ${what}. See row ${detailsRow}.`;
}
