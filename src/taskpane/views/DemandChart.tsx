/**
 * The Demand view's two charts: bars per month with a line across them (expected leads against
 * required leads; a lane's routed leads against its capacity). Bars over the line take the second
 * colour and legend, so short or flooded months stand out without colour alone (the legend says
 * which is which, and the table beside each chart holds the same figures as text).
 */
import { VerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { leadsText } from "../model/demand";
import { monthShort } from "../model/format";

export interface ChartMonth {
  month: string;
  bar: number;
  /** The line's value in this month; null leaves the month off the line. */
  line: number | null;
  /** The month is marked (short of target, over capacity). */
  marked: boolean;
}

export interface DemandChartProps {
  /** The chart's name for assistive technology, e.g. "Expected against required leads by month". */
  title: string;
  months: ChartMonth[];
  barLegend: string;
  markedLegend: string;
  lineLegend: string;
}

// Theme tokens (CSS variables), so the bars keep their contrast in the light and dark themes.
const BAR = tokens.colorPaletteBlueForeground2;
const MARKED = tokens.colorPaletteDarkOrangeForeground2;
const LINE = tokens.colorNeutralForeground1;

const useStyles = makeStyles({
  // The chart fits the pane: at 350 px its twelve bars stay a few pixels wide each.
  chart: { width: "100%", minWidth: 0, overflow: "hidden" },
});

export function DemandChart({
  title,
  months,
  barLegend,
  markedLegend,
  lineLegend,
}: DemandChartProps) {
  const styles = useStyles();
  const data = months.map((m) => ({
    x: monthShort(m.month),
    y: m.bar,
    legend: m.marked ? markedLegend : barLegend,
    color: m.marked ? MARKED : BAR,
    xAxisCalloutData: monthShort(m.month),
    yAxisCalloutData: leadsText(m.bar),
    ...(m.line === null ? {} : { lineData: { y: m.line, yAxisCalloutData: leadsText(m.line) } }),
  }));
  return (
    <div className={styles.chart}>
      <VerticalBarChart
        chartTitle={title}
        data={data}
        height={220}
        lineLegendText={lineLegend}
        lineLegendColor={LINE}
        hideLabels
        barWidth="auto"
        maxBarWidth={18}
        yAxisTickCount={4}
      />
    </div>
  );
}
