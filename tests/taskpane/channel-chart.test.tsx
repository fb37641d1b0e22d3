/** @jest-environment jsdom */
/**
 * The channels chart (issue 12: what is not reported is not shown as zero): a month a channel does
 * not report breaks its line and is named in the caption; the channel-shift months are marked.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import {
  channelLine,
  type ChannelSeries,
  notReportedText,
  shiftMarks,
} from "../../src/taskpane/model/measurement";
import { ChannelChart } from "../../src/taskpane/views/ChannelChart";
import type { Flag, Month } from "../../src/workbook";

const MONTHS = Array.from(
  { length: 12 },
  (_, i) => `2027-${String(i + 1).padStart(2, "0")}` as Month
);
const n = null;

/** Spring mailer reports March and May but not April; Web reports every month to May. */
const SERIES: ChannelSeries[] = [
  {
    channel: "Spring mailer",
    leads: [n, n, 100, n, 140, n, n, n, n, n, n, n],
    closed: [n, n, 8, n, 12, n, n, n, n, n, n, n],
  },
  {
    channel: "Web",
    leads: [50, 60, 70, 80, 90, n, n, n, n, n, n, n],
    closed: [1, 2, 3, 4, 5, n, n, n, n, n, n, n],
  },
];

const flag = (month: Month): Flag => ({ code: "channel-shift", month }) as unknown as Flag;

describe("a channel's chart line", () => {
  it("breaks at a month that is not reported instead of bridging it", () => {
    expect(channelLine(SERIES[0].leads)).toEqual({
      points: [
        { month: 2, value: 100 },
        { month: 4, value: 140 },
      ],
      gaps: [{ startIndex: 0, endIndex: 1 }],
      notReported: [3],
    });
  });

  it("has no break for an unbroken run, nor for the months before the first or after the last report", () => {
    const web = channelLine(SERIES[1].leads);
    expect(web.points.map((p) => p.month)).toEqual([0, 1, 2, 3, 4]);
    expect(web.gaps).toEqual([]);
    expect(web.notReported).toEqual([]);
  });

  it("keeps a reported 0 as a point: 0 is reported, blank is not", () => {
    const line = channelLine([0, n, n, 0, 5, n, n, n, n, n, n, n]);
    expect(line.points).toEqual([
      { month: 0, value: 0 },
      { month: 3, value: 0 },
      { month: 4, value: 5 },
    ]);
    expect(line.gaps).toEqual([{ startIndex: 0, endIndex: 1 }]);
    expect(line.notReported).toEqual([1, 2]);
  });

  it("names the months not reported per channel, and nothing when every line is whole", () => {
    const name = (i: number) => ["Jan", "Feb", "Mar", "Apr", "May"][i] ?? `#${i}`;
    expect(notReportedText(SERIES, "leads", name)).toBe(
      "Not reported, so the line breaks there: Spring mailer Apr."
    );
    expect(notReportedText([SERIES[1]], "closed", name)).toBeNull();
  });

  it("marks each channel-shift month once, in month order", () => {
    expect(shiftMarks(MONTHS, [flag("2027-05"), flag("2027-02"), flag("2027-05")])).toEqual([
      "2027-02",
      "2027-05",
    ]);
    expect(shiftMarks(MONTHS, [])).toEqual([]);
  });
});

const show = (shifts: Month[] = []) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ChannelChart months={MONTHS} series={SERIES} figure="leads" width={500} shifts={shifts} />
    </FluentProvider>
  );

describe("the channels chart", () => {
  it("says which months are not reported and which are channel shifts", () => {
    const { container } = show(["2027-04"]);
    const caption = container.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("Leads by channel; channel shift in Apr 2027.");
    expect(caption).toContain("Dashed lines mark the channel-shift months.");
    expect(caption).toContain("Not reported, so the line breaks there: Spring mailer Apr.");
    // Spring mailer (the first line) has its two points and no segment joining March to May;
    // Web (the second) has its four segments.
    const segments = (line: number) =>
      [...container.querySelectorAll("line[id^=lineID]")].filter((l) =>
        new RegExp(`_${line}_\\d+$`).test(l.id)
      ).length;
    expect(segments(0)).toBe(0);
    expect(segments(1)).toBe(4);
    expect(container.querySelectorAll("[id^=circle][id*=_0_]").length).toBeGreaterThanOrEqual(2);
    // The shift month's dashed marker.
    expect(container.querySelectorAll("line[stroke-dasharray='8']")).toHaveLength(1);
  });

  it("shows each channel's name in the legend as written, not capitalised", () => {
    show();
    const legend = screen.getByRole("option", { name: "Spring mailer" });
    // The library's legend buttons are `text-transform: capitalize` ("Spring Mailer").
    expect(getComputedStyle(legend).textTransform).toBe("none");
  });

  it("names no shift when there is none", () => {
    const { container } = show();
    expect(container.querySelector("figcaption")?.textContent).toMatch(/^Leads by channel\. Not/);
    expect(screen.queryByText(/Channel shift/)).toBeNull();
    expect(container.querySelectorAll("line[stroke-dasharray='8']")).toHaveLength(0);
  });
});
