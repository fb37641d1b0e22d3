/** The Budget view's part for finance, loaded on demand: the budget by status, and baselines. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { BaselineCompare } from "./BaselineCompare";
import { StatusTotals } from "./StatusTotals";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export function FinanceSection(props: ViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <StatusTotals state={props.state} />
      <BaselineCompare {...props} />
    </div>
  );
}
