/**
 * "Update plan layout": adds to an existing plan only what a newer layout has
 * and it lacks — the optional tables (Doors, Targets, Baselines), the added
 * columns (Lanes' Capacity, Activities' Door, Results' Followed up) at the end
 * of their tables, and the added settings' rows — never touching a row or cell
 * that is already there. Each step looks again at what is missing, so a run
 * that was interrupted is completed by the next.
 */
import { type Cell, sameName } from "../domain";
import { type ExcelHost, offersExcelApi } from "./host";
import {
  ADDED_COLUMNS,
  ADDED_SETTINGS,
  listSource,
  OPTIONAL_TABLES,
  type OptionalTable,
  type PlanTable,
  tableSpecs,
  TEXT_FORMAT,
} from "./layout";
import { refreshOwnerDropdown } from "./owner-list";
import { readWorkbookPlan, type WorkbookPlan } from "./read";
import { columnLetters, setUpPlan } from "./setup";
import { addRows, WriteRefused } from "./write";

export interface LayoutGaps {
  /** Optional tables the workbook lacks. */
  tables: OptionalTable[];
  /** Added columns that a table of the plan lacks. */
  columns: { table: PlanTable; header: string }[];
  /** Added settings the Settings table has no row for. */
  settings: string[];
}

/** What the plan, as read, lacks of the current layout (nothing, for a plan set up today). */
export function layoutGaps(read: WorkbookPlan): LayoutGaps {
  const settings = Object.keys(read.input.settings);
  return {
    tables: OPTIONAL_TABLES.filter((name) => !read.tables[name]),
    columns: ADDED_COLUMNS.filter(({ table, header }) => {
      const location = read.tables[table];
      return location !== undefined && !location.headers.some((h) => sameName(h, header));
    }),
    settings: read.tables.Settings
      ? ADDED_SETTINGS.map((s) => s.setting).filter(
          (name) => !settings.some((k) => sameName(k, name))
        )
      : [],
  };
}

export function lacksLayout(gaps: LayoutGaps): boolean {
  return gaps.tables.length + gaps.columns.length + gaps.settings.length > 0;
}

/** The gaps in a sentence for the pane: "the Doors and Targets tables, the Door column of Activities, …". */
export function describeGaps(gaps: LayoutGaps): string {
  const list = (items: string[]) =>
    items.length <= 1
      ? items.join("")
      : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  const parts: string[] = [];
  if (gaps.tables.length > 0)
    parts.push(`the ${list(gaps.tables)} table${gaps.tables.length > 1 ? "s" : ""}`);
  for (const { table, header } of gaps.columns) parts.push(`the ${header} column of ${table}`);
  if (gaps.settings.length > 0)
    parts.push(`the setting${gaps.settings.length > 1 ? "s" : ""} ${list(gaps.settings)}`);
  return list(parts);
}

export interface LayoutUpdate {
  /** What was added: the gaps found before the update. */
  added: LayoutGaps;
  /** False below ExcelApi 1.8: the new tables and columns came without dropdowns. */
  dropdowns: boolean;
}

/** Adds what the plan lacks; refuses, changing nothing, where it would have to write over someone's cells. */
export async function updatePlanLayout(
  host: ExcelHost,
  options: { currency?: string } = {}
): Promise<LayoutUpdate> {
  const read = await readWorkbookPlan(host);
  const gaps = layoutGaps(read);
  const dropdowns = offersExcelApi(host, "1.8");
  if (!lacksLayout(gaps)) return { added: gaps, dropdowns };
  const specs = tableSpecs(0);

  // A new column takes the sheet column right of its table: refuse if someone keeps anything there.
  if (gaps.columns.length > 0) {
    const blocked = await host.run(async (context) => {
      const looks = gaps.columns.map(({ table }) => ({
        location: read.tables[table]!,
        right: context.workbook.tables
          .getItem(table)
          .getRange()
          .getLastColumn()
          .getOffsetRange(0, 1)
          .getUsedRangeOrNullObject(true)
          .load("address"),
      }));
      await context.sync();
      return looks
        .filter((l) => !l.right.isNullObject)
        .map(
          ({ location: l }) =>
            `column ${columnLetters(l.firstColumn + l.headers.length)} of sheet '${l.sheet}', right of the ${l.table} table`
        );
    });
    if (blocked.length > 0)
      throw new WriteRefused(
        `The plan layout needs ${blocked.join(", and ")}, which holds other data. Move that data, then Update plan layout again. Nothing was changed.`
      );
  }

  // Tables first (they refuse a same-named sheet in use before writing anything), then columns.
  if (gaps.tables.length > 0) await setUpPlan(host, { refuseSheetsInUse: true });
  if (gaps.columns.length > 0) {
    await host.run(async (context) => {
      for (const { table, header } of gaps.columns) {
        const spec = specs[table].columns.find((c) => sameName(c.header, header))!;
        const column = context.workbook.tables
          .getItem(table)
          .columns.add(undefined, undefined, header);
        column.getHeaderRowRange().numberFormat = [[TEXT_FORMAT]];
        column.getHeaderRowRange().format.columnWidth = spec.width;
        // The whole body column and nothing below, so Excel extends it to the rows the table grows by.
        if (spec.list && dropdowns)
          column.getDataBodyRange().dataValidation.rule = {
            list: { inCellDropDown: true, source: listSource(spec.list) },
          };
      }
      await context.sync();
    });
  }
  // A Doors table that was already there gets its Owner dropdown from today's sales lanes.
  if (dropdowns && !gaps.tables.includes("Doors")) await refreshOwnerDropdown(host);
  if (gaps.settings.length > 0) {
    const defaults = new Map<string, Cell>(ADDED_SETTINGS.map((s) => [s.setting, s.default]));
    await addRows(
      host,
      "Settings",
      gaps.settings.map((setting) => ({ Setting: setting, Value: defaults.get(setting) ?? null })),
      { currency: options.currency }
    );
  }
  return { added: gaps, dropdowns };
}
