/**
 * The pane's one table of figures: a first column that names each row (a month, a team, a
 * channel, a measure) and one column per figure — or per month, when the months run across.
 * It sits in a ScrollRegion (a named, focusable region that scrolls sideways in a narrow pane),
 * its first column stays in sight while the rest scrolls, and a cell can be marked (over plan,
 * short of target) in colour and weight, never by colour alone: the marked cell also says so.
 * Every cell, the first included, is a plain cell (role "cell"), as the tables always were.
 */
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ScrollRegion } from "./ScrollRegion";
import { useCommonStyles } from "./styles";

/** How a cell is marked: "error" (red: over plan), "warning" (orange: short of target, over capacity). */
export type CellMark = "error" | "warning";

/** A cell with more than its text: a mark, figures aligned right, or spanning columns. */
export interface FigureCell {
  text: ReactNode;
  mark?: CellMark;
  numeric?: boolean;
  span?: number;
}

export type MonthTableCell = string | FigureCell;

export interface MonthTableRow {
  key: string;
  /** The first column: what the row is (a month, "Year", a team, a channel). */
  first: ReactNode;
  cells: MonthTableCell[];
  /** A total row, in semibold. */
  strong?: boolean;
}

/** A column's header; a plain string is its own key. */
export type MonthTableColumn = string | { key: string; header: ReactNode };

const useStyles = makeStyles({
  // The first column stays put while the figures scroll under it, so it needs the pane's background.
  first: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Fluent's row hover colours the row; the first cell's own background must follow it.
  row: { ":hover > :first-child": { backgroundColor: tokens.colorSubtleBackgroundHover } },
  strong: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function MonthTable({
  label,
  first,
  columns,
  rows,
  size = "extra-small",
  wrap = false,
}: {
  /** The table's name; its region is named "<label>, scrolls sideways". */
  label: string;
  /** The first column's header ("Month", "Channel", "Measure"). */
  first: ReactNode;
  columns: MonthTableColumn[];
  rows: MonthTableRow[];
  size?: "extra-small" | "small";
  /** Let long text wrap in its cell (figures never wrap by default). */
  wrap?: boolean;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <ScrollRegion label={`${label}, scrolls sideways`}>
      <Table size={size} aria-label={label} className={common.fitTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.first}>{first}</TableHeaderCell>
            {columns.map((c) =>
              typeof c === "string" ? (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ) : (
                <TableHeaderCell key={c.key}>{c.header}</TableHeaderCell>
              )
            )}
          </TableRow>
        </TableHeader>
        <TableBody className={wrap ? undefined : common.nowrap}>
          {rows.map((row) => (
            <TableRow
              key={row.key}
              className={mergeClasses(styles.row, row.strong && styles.strong)}
            >
              <TableCell className={styles.first}>{row.first}</TableCell>
              {row.cells.map((cell, i) => (
                // The columns are fixed for a table, so a cell's place is its identity.
                <FigureTableCell key={i} cell={cell} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function FigureTableCell({ cell }: { cell: MonthTableCell }) {
  const styles = useStyles();
  const common = useCommonStyles();
  if (typeof cell === "string") return <TableCell>{cell}</TableCell>;
  return (
    <TableCell
      colSpan={cell.span}
      className={mergeClasses(cell.numeric && common.num, cell.mark && styles[cell.mark])}
    >
      {cell.text}
    </TableCell>
  );
}
