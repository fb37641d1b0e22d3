/**
 * The legend of every chart: names as the plan writes them, wrapped onto more lines at 350 px.
 * @fluentui/react-charts styles its legend buttons `text-transform: capitalize`, which shows the
 * channel "Spring mailer" as "Spring Mailer"; the legend's own `styles.legend` slot (merged after
 * the library's class, so its text-transform wins) turns that off.
 */
import type { LegendsProps } from "@fluentui/react-charts";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ legend: { textTransform: "none" } });

/** `legendProps` for a chart: every name shown as written, none hidden behind "+2 more". */
export function useLegendProps(): Partial<LegendsProps> {
  const styles = useStyles();
  return { enabledWrapLines: true, styles: { legend: styles.legend } };
}
