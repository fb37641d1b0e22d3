/**
 * The channels' leads (or closed deals) over the plan months, one line per channel. A month a
 * channel does not report has no point and breaks its line (never 0, never bridged); the
 * channel-shift months are marked with a dashed vertical line and named in the caption.
 */
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Month } from "../../workbook";
import { channelLine, type ChannelSeries, notReportedText } from "../model/measurement";
import { monthLabel, monthShort } from "../model/format";
import { useLegendProps } from "./chartLegends";

interface Props {
  months: readonly Month[];
  series: readonly ChannelSeries[];
  figure: "leads" | "closed";
  width: number;
  /** The channel-shift months to mark, in month order. */
  shifts: readonly Month[];
}

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const firstDay = (month: Month) =>
  new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

export function ChannelChart({ months, series, figure, width, shifts }: Props) {
  const styles = useStyles();
  const legendProps = useLegendProps();
  const data = useMemo<LineChartPoints[]>(
    () =>
      series.map((s) => {
        const line = channelLine(s[figure]);
        return {
          legend: s.channel,
          data: line.points.map((p) => ({ x: firstDay(months[p.month]), y: p.value })),
          gaps: line.gaps,
        };
      }),
    [months, series, figure]
  );
  const name = figure === "leads" ? "Leads by channel" : "Closed deals by channel";
  const title =
    shifts.length === 0 ? name : `${name}; channel shift in ${shifts.map(monthLabel).join(", ")}`;
  const missing = notReportedText(series, figure, (i) => monthShort(months[i]));
  return (
    <figure className={styles.figure}>
      <LineChart
        data={{ chartTitle: title, lineChartData: data }}
        width={width}
        height={220}
        // Every channel's name shown as written, wrapped, not hidden behind "+2 more" at 350 px.
        legendProps={legendProps}
        eventAnnotationProps={
          shifts.length === 0
            ? undefined
            : {
                events: shifts.map((m) => ({ date: firstDay(m), event: "Channel shift" })),
                mergedLabel: (n: number) => `${n} channel shifts`,
              }
        }
        customDateTimeFormatter={(d: Date) =>
          monthShort(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`)
        }
      />
      <figcaption>
        <Caption1>
          {title}.{shifts.length > 0 && " Dashed lines mark the channel-shift months."}
          {missing && ` ${missing}`}
        </Caption1>
      </figcaption>
    </figure>
  );
}
