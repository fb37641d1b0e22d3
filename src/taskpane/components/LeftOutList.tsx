/**
 * Rows a view cannot count, kept in sight: each marked, with its problems in words and a button
 * that selects the offending cell in the sheet, so a person goes straight to it.
 */
import { Body1, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TableName } from "../../workbook";
import type { Actions } from "../hooks/useActions";
import type { LeftOutRow } from "../model/leftOut";
import { SeverityIcon } from "./icons";
import { useSeverityStyles } from "./styles";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  title: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  problem: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  message: { overflowWrap: "anywhere" },
});

export interface LeftOutListProps {
  table: TableName;
  rows: LeftOutRow[];
  /** The row's figure to show beside its place (e.g. its readable money), or null. */
  figure?: (row: LeftOutRow) => string | null;
  actions: Actions;
}

export function LeftOutItem({
  table,
  row,
  figure,
  actions,
}: {
  table: TableName;
  row: LeftOutRow;
  figure?: (row: LeftOutRow) => string | null;
  actions: Actions;
}) {
  const styles = useStyles();
  const severity = useSeverityStyles();
  const amount = figure?.(row) ?? null;
  return (
    <li className={styles.item} aria-label={`${row.place}, not counted`}>
      <span className={mergeClasses(styles.title, severity.warning)}>
        <SeverityIcon severity="warning" />
        {row.name ? `${row.name} · ` : ""}
        {row.place} · not counted{amount ? ` (${amount})` : ""}
      </span>
      {row.problems.map((p, i) => (
        <div key={i} className={styles.problem}>
          <Body1 className={styles.message}>{p.message}</Body1>
          <Button
            size="small"
            onClick={() => void actions.selectCell(table, row.row, p.column)}
            // The name starts with the visible text (label in name), then says which row.
            aria-label={
              p.column ? `Select ${p.column} cell in ${row.place}` : `Select row: ${row.place}`
            }
          >
            {p.column ? `Select ${p.column} cell` : "Select row"}
          </Button>
        </div>
      ))}
    </li>
  );
}

/** A list of left-out rows; nothing when there are none. */
export function LeftOutList({ table, rows, figure, actions }: LeftOutListProps) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={`${table} rows not counted`}>
      {rows.map((r) => (
        <LeftOutItem key={r.row} table={table} row={r} figure={figure} actions={actions} />
      ))}
    </ul>
  );
}
