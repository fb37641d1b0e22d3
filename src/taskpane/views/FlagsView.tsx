/** Flags: every flag and problem, grouped by month, with its reason, its fix, and its rows. */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { SeverityIcon } from "../components/icons";
import { useSeverityStyles } from "../components/styles";
import { groupFlags, severityWord } from "../model/flags";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  severity: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    margin: 0,
  },
  word: { fontWeight: tokens.fontWeightRegular },
  fix: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function FlagsView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const severity = useSeverityStyles();
  const groups = useMemo(() => groupFlags(state.plan, state.check, state.workbook.tables), [state]);
  if (groups.length === 0) {
    return <Body1 as="p">No flags and no problems: every month is in sync.</Body1>;
  }
  return (
    <div className={styles.root}>
      {groups.map((group) => (
        <section key={group.month ?? "plan"} aria-labelledby={`flags-${group.month ?? "plan"}`}>
          <Subtitle2 as="h2" id={`flags-${group.month ?? "plan"}`}>
            {group.label} ({group.items.length})
          </Subtitle2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <li key={item.key} className={styles.item}>
                <h3 className={mergeClasses(styles.severity, severity[item.severity])}>
                  <SeverityIcon severity={item.severity} />
                  {item.title}
                  <span className={styles.word}>({severityWord(item.severity).toLowerCase()})</span>
                </h3>
                <Body1>{item.message}</Body1>
                <Caption1 className={styles.fix}>To fix: {item.fix}</Caption1>
                {item.rows.length > 0 && (
                  <div className={styles.buttons}>
                    {item.rows.map((rows) => (
                      <Button
                        key={rows.table}
                        size="small"
                        onClick={() => void actions.selectRows(rows.table, rows.rows)}
                      >
                        {`Select ${rows.sheetRows.length === 1 ? "row" : "rows"} ${rows.sheetRows.join(", ")} in ${rows.sheet}`}
                      </Button>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
