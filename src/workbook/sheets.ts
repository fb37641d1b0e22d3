/**
 * The sheets people read without the add-in, built or rebuilt only when a user
 * asks: "Plan calendar" (lanes × months, flagged months marked) and "Summary"
 * (live SUMIFS formulas over the Budget table, and a native chart).
 * Both sheets belong to the add-in: a rebuild clears and rewrites them.
 */
import {
  compareNames,
  flagKind,
  jointCampaigns,
  monthLabel,
  nameKey,
  NO_CAMPAIGN,
  NO_LANE,
  type Plan,
  type PlanCheck,
  type Row,
  type Severity,
} from "../domain";
import { type ExcelHost, offersExcelApi } from "./host";
import { currencyFormat, type PlanTable, TEXT_FORMAT } from "./layout";
import type { TableLocation } from "./read";
import { columnLetters } from "./setup";
import { round6, worstSeverity } from "../domain";
import { jointSpendFormula, spendWhere } from "./summary-formulas";
import { gapHeadline, gapLines, summaryGaps } from "./summary-gaps";

export const CALENDAR_SHEET = "Plan calendar";
export const SUMMARY_SHEET = "Summary";

const COLOURS = {
  error: "#F4B6B6",
  warning: "#FFE08A",
  marketing: "#DCEBFA",
  sales: "#DFF3E4",
  header: "#E7E6E6",
  /** Words saying the Summary's figures differ from the pane's: Excel's "Bad" text colour. */
  differs: "#9C0006",
};

/** A sheet cleared for a rebuild: the existing one (so links to it survive), or a new one. */
async function freshSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (existing.isNullObject) return context.workbook.worksheets.add(name);
  existing.getRange().clear();
  existing.charts.load("items/name");
  await context.sync();
  existing.charts.items.forEach((chart) => chart.delete());
  return existing;
}

/** The worst severity among a month's flags, or null. */
function monthSeverity(check: PlanCheck, month: string): Severity | null {
  return worstSeverity(check.flags.filter((f) => f.month === month));
}

/** Writes the calendar sheet from the plan as checked. */
export async function buildCalendarSheet(
  host: ExcelHost,
  plan: Plan,
  check: PlanCheck
): Promise<void> {
  await host.run(async (context) => {
    const sheet = await freshSheet(context, CALENDAR_SHEET);
    const months = plan.months;
    const width = 2 + months.length;
    const text = (row: number, col: number, rows: string[][]) => {
      const range = sheet.getRangeByIndexes(row, col, rows.length, rows[0].length);
      // Activity and lane names are people's text: never let one become a formula.
      range.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
      range.values = rows;
      return range;
    };
    text(0, 0, [
      [
        `Plan calendar ${months.length ? `${monthLabel(months[0])} – ${monthLabel(months[11])}` : ""}`,
      ],
    ]).format.font.bold = true;
    text(1, 0, [
      [
        "Built by Joint Plan from the Activities table. Rebuild it from the Joint Plan pane; edits here are replaced.",
      ],
    ]);
    const header = text(3, 0, [["Lane", "Side", ...months.map(monthLabel)]]);
    header.format.font.bold = true;
    header.format.fill.color = COLOURS.header;
    const rows = plan.lanes.map((lane) => [
      lane.lane,
      lane.side,
      ...months.map((_, m) =>
        plan.activities
          .filter((a) => a.lane === lane.lane && a.monthIndexes.includes(m))
          .map((a) => (a.campaign ? `${a.activity} [${a.campaign}]` : a.activity))
          .join("; ")
      ),
    ]);
    if (rows.length > 0) {
      text(4, 0, rows);
      plan.lanes.forEach((lane, i) => {
        sheet.getRangeByIndexes(4 + i, 0, 1, 2).format.fill.color =
          lane.side === "Marketing" ? COLOURS.marketing : COLOURS.sales;
      });
    }
    const flagRow = 4 + rows.length;
    text(flagRow, 0, [
      [
        "Flags",
        "",
        // In words, as the Flags view titles them ("No follow-up"), each kind once a month.
        ...months.map((month) =>
          [
            ...new Set(
              check.flags.filter((f) => f.month === month).map((f) => flagKind(f.code).title)
            ),
          ].join(", ")
        ),
      ],
    ]).format.font.bold = true;
    months.forEach((month, m) => {
      const severity = monthSeverity(check, month);
      if (severity === "error" || severity === "warning") {
        sheet.getRangeByIndexes(3, 2 + m, rows.length + 2, 1).format.fill.color = COLOURS[severity];
      }
    });
    const legend = flagRow + 2;
    text(legend, 0, [["Legend"]]).format.font.bold = true;
    const entries: [string, string][] = [
      [COLOURS.warning, "Month with a warning flag (out of sync or siloed)"],
      [COLOURS.error, "Month with an error flag"],
      [COLOURS.marketing, "Marketing-side lane (creates demand)"],
      [COLOURS.sales, "Sales-side lane (follows leads up and closes them)"],
    ];
    entries.forEach(([colour, words], i) => {
      sheet.getRangeByIndexes(legend + 1 + i, 0, 1, 1).format.fill.color = colour;
      text(legend + 1 + i, 1, [[words]]);
    });
    sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 110;
    sheet.getRangeByIndexes(0, 2, 1, width - 2).format.columnWidth = 140;
    sheet.freezePanes.freezeRows(4);
    if (months.length === 12 && offersExcelApi(host, "1.9")) {
      // Printed, a page per half year: two print areas (Excel starts each on a new page), each
      // fitted to one landscape page, with the lanes (A:B) and the month header (row 4) on both.
      const lastRow = legend + 1 + entries.length;
      const layout = sheet.pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      layout.setPrintArea(`C1:H${lastRow},I1:N${lastRow}`);
      layout.setPrintTitleColumns("$A:$B");
      layout.setPrintTitleRows("$4:$4");
    }
    await context.sync();
  });
}

/** The Summary sheet's layout: which row holds what, so tests and people can find it. */
export const SUMMARY_ROWS = {
  header: 3,
  marketing: 4,
  sales: 5,
  joint: 6,
  total: 7,
  jointSpend: 8,
  jointShare: 9,
};

/** What the Summary's newer sections draw on besides the plan. */
export interface SummaryExtras {
  /** The check of the plan: expected and required leads are written from it as values. */
  check?: PlanCheck;
  /** Where the tables are, with their headers: a formula is written only over columns that exist. */
  tables?: Partial<Record<PlanTable, TableLocation>>;
  /**
   * The Budget table's rows as read (the check's input): with `check`, the sheet names each row
   * its formulas count differently from the pane (summary-gaps.ts).
   */
  budgetRows?: readonly Row[];
}

/** Campaigns of the plan's budget lines, as the pane lists them (one spelling each, natural order). */
export function budgetCampaigns(plan: Pick<Plan, "budget">): string[] {
  const byKey = new Map<string, string>();
  for (const line of plan.budget)
    if (line.campaign !== null && !byKey.has(nameKey(line.campaign)))
      byKey.set(nameKey(line.campaign), line.campaign);
  return [...byKey.values()].sort(compareNames);
}

/** Splits words into lines of at most `width` characters, so a printed page shows all of them. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Characters of a note line: about what columns A:N hold (130 pt + 13 columns of 48 pt, in
 * Calibri 11), so a note overflows into cells of the sheet's own width and prints with the figures.
 */
const NOTE_WIDTH = 120;

/** Rows of both `a` and `b` reported (not blank), as SUMIFS criteria over the Results table. */
const reported = (...columns: string[]) => columns.map((c) => `Results[${c}],"<>"`).join(",");

/**
 * Writes the Summary sheet: per month and team, the totals as SUMIFS over the
 * Budget table, so finance can audit them and they stay live as co-authors edit;
 * the latest baseline and the variance, the leads by month and the two-way
 * scorecard when the plan has them.
 */
export async function buildSummarySheet(
  host: ExcelHost,
  plan: Plan,
  budgetMonthHeaders: string[],
  extras: SummaryExtras = {}
): Promise<void> {
  await host.run(async (context) => {
    const sheet = await freshSheet(context, SUMMARY_SHEET);
    const money = currencyFormat(plan.settings.currency);
    const year = columnLetters(1 + budgetMonthHeaders.length); // the Year column
    const cols = budgetMonthHeaders.map((_, i) => columnLetters(1 + i));
    const joint = jointCampaigns(plan);
    const R = SUMMARY_ROWS;
    const put = (row: number, cells: (string | number)[], format?: string) => {
      const range = sheet.getRangeByIndexes(row - 1, 0, 1, cells.length);
      if (format) range.numberFormat = [cells.map((_, i) => (i === 0 ? TEXT_FORMAT : format))];
      range.formulas = [cells];
      return range;
    };
    const title = sheet.getRangeByIndexes(0, 0, 1, 1);
    title.numberFormat = [[TEXT_FORMAT]];
    title.values = [["Summary of the combined budget (live formulas over the Budget table)"]];
    title.format.font.bold = true;
    const header = put(R.header, ["Spend", ...plan.months.map(monthLabel), "Year"], TEXT_FORMAT);
    header.format.font.bold = true;
    header.format.fill.color = COLOURS.header;
    const spendRow = (column: string, name: string) =>
      budgetMonthHeaders.map((month) => spendWhere(column, name, month));
    const teamRow = (team: string) => spendRow("Team", team);
    const sumAcross = (row: number) => `=SUM(${cols[0]}${row}:${cols[cols.length - 1]}${row})`;
    for (const [team, row] of [
      ["Marketing", R.marketing],
      ["Sales", R.sales],
      ["Joint", R.joint],
    ] as const) {
      put(row, [team, ...teamRow(team), sumAcross(row)], money);
    }
    put(
      R.total,
      ["Total", ...cols.map((c) => `=SUM(${c}${R.marketing}:${c}${R.joint})`), sumAcross(R.total)],
      money
    ).format.font.bold = true;
    // Joint spend: Team "Joint", plus other teams' lines on a joint campaign (as of this rebuild).
    const jointSpend = budgetMonthHeaders.map((month) => jointSpendFormula(month, joint));
    put(R.jointSpend, ["Joint spend", ...jointSpend, sumAcross(R.jointSpend)], money);
    put(
      R.jointShare,
      [
        "Joint share",
        ...[...cols, year].map(
          (c) => `=IF(${c}${R.total}=0,"",${c}${R.jointSpend}/${c}${R.total})`
        ),
      ],
      "0%"
    );
    const capRow = R.jointShare + 2;
    put(
      capRow,
      [
        "Annual budget cap",
        ...cols.map(() => ""),
        `=IFERROR(INDEX(Settings[Value],MATCH("Annual budget cap",Settings[Setting],0)),"")`,
      ],
      money
    );
    put(
      capRow + 1,
      [
        "Left under the cap",
        ...cols.map(() => ""),
        `=IF(ISNUMBER(${year}${capRow}),${year}${capRow}-${year}${R.total},"")`,
      ],
      money
    );
    const label = (row: number, words: string) => {
      const range = sheet.getRangeByIndexes(row - 1, 0, 1, 1);
      range.numberFormat = [[TEXT_FORMAT]];
      range.values = [[words]];
      return range;
    };
    /** Note lines from `row` on, each sentence wrapped to the page; returns the row after them. */
    const noteLines = (row: number, sentences: string[]) => {
      const lines = sentences.flatMap((words) =>
        wrapWords(words, NOTE_WIDTH).map((line, i) => (i === 0 ? line : `    ${line}`))
      );
      const range = sheet.getRangeByIndexes(row - 1, 0, lines.length, 1);
      range.numberFormat = lines.map(() => [TEXT_FORMAT]);
      range.values = lines.map((line) => [line]);
      return row + lines.length;
    };

    // How these figures stand against the pane's, next to them: the pane's figures are the truth.
    const agreement = capRow + 3;
    label(agreement, "Against the Joint Plan pane (as of the last rebuild)").format.font.bold =
      true;
    let next: number;
    if (extras.check && extras.budgetRows) {
      const gaps = summaryGaps({
        plan,
        problems: extras.check.problems,
        budgetRows: extras.budgetRows,
        monthHeaders: budgetMonthHeaders,
        location: extras.tables?.Budget,
        campaigns: budgetCampaigns(plan),
        jointCampaigns: joint,
        currency: plan.settings.currency,
      });
      next = noteLines(agreement + 1, gapLines(gaps, plan.settings.currency));
      const headline = gapHeadline(gaps, plan.settings.currency, agreement);
      if (headline !== null) {
        const warning = label(2, headline);
        warning.format.font.bold = true;
        warning.format.font.color = COLOURS.differs;
      }
    } else {
      next = noteLines(agreement + 1, [
        "The formulas add the numbers in every Budget row as typed; the Joint Plan pane also reads numbers stored as text, and leaves out rows it reports as problems.",
      ]);
    }

    // Spend by lane and by campaign: a row for lines with none, and a live row for what is in no
    // row above (a lane or campaign typed since the rebuild, a problem row), so each adds up to the Total.
    const breakdown = (title: string, column: string, names: string[], none: string) => {
      const start = next + 1;
      put(start, [title, ...plan.months.map(monthLabel), "Year"], TEXT_FORMAT).format.font.bold =
        true;
      [...names, ""].forEach((name, i) => {
        const row = start + 1 + i;
        put(row, [name === "" ? none : name, ...spendRow(column, name), sumAcross(row)], money);
      });
      const last = start + names.length + 1;
      const rest = last + 1;
      put(
        rest,
        [
          "Not in the rows above",
          ...cols.map((c) => `=${c}${R.total}-SUM(${c}${start + 1}:${c}${last})`),
          sumAcross(rest),
        ],
        money
      ).format.font.italic = true;
      next = rest + 1;
    };
    breakdown(
      "Spend by lane",
      "Lane",
      plan.lanes.map((lane) => lane.lane),
      NO_LANE
    );
    breakdown("Spend by campaign", "Campaign", budgetCampaigns(plan), NO_CAMPAIGN);
    next += 1;
    const has = (table: PlanTable, ...headers: string[]) => {
      const location = extras.tables?.[table];
      return (
        location !== undefined &&
        headers.every((h) =>
          location.headers.some((x) => x.trim().toLowerCase() === h.toLowerCase())
        )
      );
    };

    // (a) The latest baseline (named as of this rebuild) and the variance: live SUMIFS.
    const baseline = plan.latestBaseline;
    if (baseline && has("Baselines", "Baseline", ...budgetMonthHeaders)) {
      label(next, "Latest baseline (as of the last rebuild)").format.font.bold = true;
      const name = sheet.getRangeByIndexes(next - 1, 1, 1, 1);
      name.numberFormat = [[TEXT_FORMAT]];
      name.values = [[baseline.name]];
      const nameCell = `$B$${next}`;
      const base = next + 1;
      put(
        base,
        [
          "Baseline spend",
          ...cols.map(
            (_, i) => `=SUMIFS(Baselines[${budgetMonthHeaders[i]}],Baselines[Baseline],${nameCell})`
          ),
          sumAcross(base),
        ],
        money
      );
      put(
        base + 1,
        ["Variance (now − baseline)", ...[...cols, year].map((c) => `=${c}${R.total}-${c}${base}`)],
        money
      );
      next = base + 3;
    }

    // (b) Leads by month: values from the checker at this rebuild (Excel cannot spread an
    // activity's leads over its months, or apply the funnel, from the tables alone).
    const demand = extras.check?.metrics.demand;
    if (demand && demand.months.length === cols.length) {
      put(
        next,
        ["Leads (values at the last rebuild)", ...plan.months.map(monthLabel), "Year"],
        TEXT_FORMAT
      ).format.font.bold = true;
      // People read whole leads: the value keeps the checker's 6 decimals, the format rounds.
      const wholeLeads = "#,##0";
      put(
        next + 1,
        ["Expected leads", ...demand.months.map((m) => m.expectedLeads), demand.year.expectedLeads],
        wholeLeads
      );
      put(
        next + 2,
        [
          "Required leads",
          ...demand.months.map((m) => m.requiredLeads ?? ""),
          demand.year.requiredLeads ?? "",
        ],
        wholeLeads
      );
      // Required leads are known only in the months that close a target: the row below puts
      // beside them the expected leads of those same months, so that the two Year figures
      // compare like with like (the Year of "Expected leads" counts all twelve months).
      const targeted = demand.months.map((m) => m.requiredLeads !== null);
      if (targeted.some(Boolean))
        put(
          next + 3,
          [
            "Expected leads, months with a target",
            ...demand.months.map((m, i) => (targeted[i] ? m.expectedLeads : "")),
            round6(
              demand.months.reduce((sum, m, i) => sum + (targeted[i] ? m.expectedLeads : 0), 0)
            ),
          ],
          wholeLeads
        );
      next += targeted.some(Boolean) ? 5 : 4;
    }

    // (c) The two-way scorecard for the year: live formulas over the Results table.
    if (has("Results", "Spend", "Leads", "Closed")) {
      label(next, "Two-way scorecard (live formulas over the Results table)").format.font.bold =
        true;
      const score: [string, string, string][] = [
        ["Marketing: leads reported", "=SUM(Results[Leads])", "#,##0"],
        ["Marketing: closed deals", "=SUM(Results[Closed])", "#,##0"],
        [
          "Marketing: close rate",
          `=IFERROR(SUMIFS(Results[Closed],${reported("Leads", "Closed")})/SUMIFS(Results[Leads],${reported("Leads", "Closed")}),"")`,
          "0.0%",
        ],
        [
          "Marketing: cost per closed deal",
          `=IFERROR(SUMIFS(Results[Spend],${reported("Spend", "Closed")})/SUMIFS(Results[Closed],${reported("Spend", "Closed")}),"")`,
          money,
        ],
      ];
      if (has("Results", "Followed up"))
        score.push([
          "Sales: follow-up rate",
          `=IFERROR(SUMIFS(Results[Followed up],${reported("Followed up", "Leads")})/SUMIFS(Results[Leads],${reported("Followed up", "Leads")}),"")`,
          "0.0%",
        ]);
      score.push(
        [
          "Sales: follow-up target",
          `=IFERROR(INDEX(Settings[Value],MATCH("Follow-up target",Settings[Setting],0)),"")`,
          "0%",
        ],
        [
          "Sales: deals closed from reported leads",
          `=SUMIFS(Results[Closed],${reported("Leads", "Closed")})`,
          "#,##0",
        ]
      );
      score.forEach(([words, formula, format], i) => {
        const row = next + 1 + i;
        label(row, words);
        const cell = sheet.getRangeByIndexes(row - 1, 1, 1, 1);
        cell.numberFormat = [[format]];
        cell.formulas = [[formula]];
      });
      next += score.length + 2;
    }

    const afterNotes = noteLines(next, [
      joint.length
        ? `Joint campaigns (as of the last rebuild): ${joint.join(", ")}.`
        : "No joint campaign yet.",
    ]);
    sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 130;
    const chart = sheet.charts.add(
      "ColumnStacked",
      sheet.getRange(`A${R.header}:${cols[cols.length - 1]}${R.joint}`),
      "Rows"
    );
    chart.name = "Spend by month and team";
    chart.title.text = "Spend by month and team";
    chart.setPosition(`A${afterNotes + 1}`);
    sheet.freezePanes.freezeRows(R.header);
    await context.sync();
  });
}
