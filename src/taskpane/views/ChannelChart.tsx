/** The channels' leads (or closed deals) over the plan months, one line per channel. */
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { useMemo } from "react";
import type { Month } from "../../workbook";
import type { ChannelSeries } from "../model/measurement";
import { monthShort } from "../model/format";

interface Props {
  months: readonly Month[];
  series: readonly ChannelSeries[];
  figure: "leads" | "closed";
  width: number;
}

const firstDay = (month: Month) =>
  new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

export function ChannelChart({ months, series, figure, width }: Props) {
  const data = useMemo<LineChartPoints[]>(
    () =>
      series.map((s) => ({
        legend: s.channel,
        // A month that does not report the figure has no point: a gap is not a 0.
        data: months.flatMap((m, i) => {
          const y = s[figure][i];
          return y === null ? [] : [{ x: firstDay(m), y }];
        }),
      })),
    [months, series, figure]
  );
  const title = figure === "leads" ? "Leads by channel" : "Closed deals by channel";
  return (
    <LineChart
      data={{ chartTitle: title, lineChartData: data }}
      width={width}
      height={220}
      // Every channel's name shown, wrapped onto more lines, not hidden behind "+2 more" at 350 px.
      legendProps={{ enabledWrapLines: true }}
      customDateTimeFormatter={(d: Date) =>
        monthShort(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`)
      }
    />
  );
}
