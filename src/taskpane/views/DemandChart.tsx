/**
 * The Demand view's two charts: expected against required leads as a pair of bars per month (only
 * the months with a target have the second bar: a line would join months that have none), and a
 * lane's routed leads as bars under its capacity line. A short or flooded month's bar takes the
 * second colour and legend, and the table beside each chart holds the same figures as text.
 */
import { GroupedVerticalBarChart, VerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { leadsText } from "../model/demand";
import { monthShort } from "../model/format";
import { useLegendProps } from "./chartLegends";

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
  const legendProps = useLegendProps();
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
        legendProps={legendProps}
        barWidth="auto"
        maxBarWidth={18}
        yAxisTickCount={4}
      />
    </div>
  );
}

export interface PairMonth {
  month: string;
  expected: number;
  /** null when unknown: the month has no second bar. */
  required: number | null;
  short: boolean;
}

/** Expected leads beside required leads, month by month. */
export function LeadsChart({ title, months }: { title: string; months: PairMonth[] }) {
  const styles = useStyles();
  const legendProps = useLegendProps();
  const data = months.map((m) => ({
    name: monthShort(m.month),
    series: [
      {
        key: `${m.month}-expected`,
        data: m.expected,
        legend: m.short ? "Expected, short of target" : "Expected leads",
        color: m.short ? MARKED : BAR,
        yAxisCalloutData: leadsText(m.expected),
      },
      ...(m.required === null
        ? []
        : [
            {
              key: `${m.month}-required`,
              data: m.required,
              legend: "Required leads",
              color: LINE,
              yAxisCalloutData: leadsText(m.required),
            },
          ]),
    ],
  }));
  return (
    <div className={styles.chart}>
      <GroupedVerticalBarChart
        chartTitle={title}
        data={data}
        height={220}
        hideLabels
        legendProps={legendProps}
        maxBarWidth={12}
        yAxisTickCount={4}
      />
    </div>
  );
}
