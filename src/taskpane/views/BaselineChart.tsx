/** Plan against baseline by month, as grouped bars (loaded with the finance part of the Budget view). */
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChartMonth } from "../model/finance";
import { money, moneyShort } from "../model/format";
import { useLegendProps } from "./chartLegends";

const useStyles = makeStyles({ figure: { margin: 0 } });

export function BaselineChart({
  months,
  baselineName,
  currency,
}: {
  months: ChartMonth[];
  baselineName: string;
  currency: string;
}) {
  const styles = useStyles();
  const legendProps = useLegendProps();
  const data = months.map((m) => ({
    name: m.short,
    series: [
      {
        key: "baseline",
        data: m.baseline,
        legend: "Baseline",
        color: tokens.colorNeutralForeground3,
        xAxisCalloutData: m.label,
        yAxisCalloutData: money(m.baseline, currency),
      },
      {
        key: "now",
        data: m.now,
        legend: "Plan now",
        color: tokens.colorBrandBackground,
        xAxisCalloutData: m.label,
        yAxisCalloutData: money(m.now, currency),
      },
    ],
  }));
  return (
    <figure
      className={styles.figure}
      aria-label={`Plan now against baseline ${baselineName} by month; the table has the figures.`}
    >
      <GroupedVerticalBarChart
        data={data}
        height={200}
        chartTitle={`Plan now against ${baselineName} by month`}
        // Full amounts ("$80,000") are wider than the axis' margin at 350 px and were cut off.
        yAxisTickFormat={(v: number) => moneyShort(v, currency)}
        legendProps={legendProps}
        hideLabels
      />
    </figure>
  );
}
