/**
 * The measurement view: every channel side by side over the months (a chart
 * and the same figures as a table), the months prospects changed channel, the
 * two-way scorecard, Results rows added and edited in a form, and Import CRM
 * report. Blank figures read "not reported", never 0.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { countOrNone, moneyOrNone, monthLabel, monthShort } from "../model/format";
import { nameKey, rateBasis } from "../../workbook";
import {
  channelBases,
  channelSeries,
  closeRateText,
  costPerClosedText,
  shiftMarks,
  shiftNotes,
} from "../model/measurement";
import { emptyResultForm, resultToForm, type ResultFormValues } from "../model/rowForms";
import { leftOutRows } from "../model/leftOut";
import { LeftOutList } from "../components/LeftOutList";
import { MonthTable } from "../components/MonthTable";
import { useCommonStyles } from "../components/styles";
import { PlanVersusActual } from "./PlanVersusActual";
import { ChannelChart } from "./ChannelChart";
import type { ResultEdit } from "./ResultForm";
import { Scorecard } from "./Scorecard";
import type { ViewProps } from "./types";

const ResultForm = lazy(() => import("./ResultForm").then((m) => ({ default: m.ResultForm })));
const CrmImportDialog = lazy(() =>
  import("../components/CrmImportDialog").then((m) => ({ default: m.CrmImportDialog }))
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  shift: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The chart's width: the pane's, less its padding (the pane is 320–500 px wide). */
const NO_BASIS = rateBasis([]);

const chartWidth = () => Math.max(260, Math.min(640, (globalThis.innerWidth || 350) - 40));

export function ResultsView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const { plan, check } = state;
  const currency = plan.settings.currency;
  const series = useMemo(() => channelSeries(plan), [plan]);
  const bases = useMemo(() => channelBases(plan), [plan]);
  const shifts = shiftNotes(check);
  const shiftMonths = new Set(shifts.map((f) => f.month));
  const [figure, setFigure] = useState<"leads" | "closed">("leads");
  const [form, setForm] = useState<{ initial: ResultFormValues; edit: ResultEdit | null } | null>(
    null
  );
  const [importing, setImporting] = useState(false);
  const busy = actions.busy !== null;
  // Rows with a problem are in no channel's figures: say so, and keep them in sight.
  const leftOut = useMemo(() => leftOutRows(state, "Results"), [state]);

  const edit = (row: number) => {
    const r = plan.results.find((x) => x.row === row);
    const ref = actions.rowRef("Results", row);
    if (!r || !ref) return;
    setForm({
      initial: resultToForm(r),
      edit: { ref, label: `${monthLabel(r.month)} ${r.channel}` },
    });
  };

  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="toolbar" aria-label="Results actions">
        <Button
          size="small"
          disabled={busy}
          onClick={() => setForm({ initial: emptyResultForm(plan), edit: null })}
        >
          Add results
        </Button>
        <Button size="small" disabled={busy} onClick={() => setImporting(true)}>
          Import CRM report
        </Button>
      </div>

      {leftOut.sentence && (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>{leftOut.sentence}</MessageBarBody>
          </MessageBar>
          <LeftOutList table="Results" rows={leftOut.rows} actions={actions} />
        </>
      )}

      {series.length === 0 ? (
        <Body1 as="p">
          No results yet. Add results here, import a CRM report, or type rows into the Results table
          (Month, Channel, Spend, Leads, Qualified, Closed, Revenue, Followed up).
        </Body1>
      ) : (
        <>
          <section className={styles.section} aria-label="Channels side by side">
            <Subtitle2 as="h2">Channels side by side</Subtitle2>
            <TabList
              size="small"
              selectedValue={figure}
              onTabSelect={(_, d) => setFigure(d.value as "leads" | "closed")}
              aria-label="Figure"
            >
              <Tab value="leads">Leads</Tab>
              <Tab value="closed">Closed deals</Tab>
            </TabList>
            {/* The chart is keyboard-reachable itself; the table below gives the same figures as text. */}
            <ChannelChart
              months={plan.months}
              series={series}
              figure={figure}
              width={chartWidth()}
              shifts={shiftMarks(plan.months, shifts)}
            />
            <MonthTable
              label={
                figure === "leads"
                  ? "Leads by channel and month"
                  : "Closed deals by channel and month"
              }
              size="small"
              first="Channel"
              columns={plan.months.map((m) => ({
                key: m,
                header: shiftMonths.has(m) ? (
                  <span className={styles.shift} title="Channel shift">
                    {monthShort(m)} (shift)
                  </span>
                ) : (
                  monthShort(m)
                ),
              }))}
              rows={series.map((s) => ({
                key: s.channel,
                first: s.channel,
                cells: s[figure].map((v) => (v === null ? "—" : countOrNone(v))),
              }))}
            />
            <Body1 as="p">A dash means the month does not report it: not the same as 0.</Body1>
            {shifts.length === 0 ? (
              <Body1 as="p">
                No channel shift: no month where some channels fell while others rose and the total
                held.
              </Body1>
            ) : (
              <ul className={styles.list} aria-label="Channel shifts">
                {shifts.map((f) => (
                  <li key={f.month}>
                    <span className={styles.shift}>{f.month ? monthLabel(f.month) : ""}:</span>{" "}
                    {f.message}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <Scorecard state={state} />

          <section className={styles.section} aria-label="The year by channel">
            <Subtitle2 as="h2">The year by channel</Subtitle2>
            <MonthTable
              label="Results by channel"
              size="small"
              first="Channel"
              columns={[
                "Spend",
                "Leads",
                "Qualified",
                "Closed",
                "Close rate",
                "Cost per lead",
                "Cost per closed deal",
              ]}
              rows={check.metrics.channels.map((c) => ({
                key: c.channel,
                first: c.channel,
                cells: [
                  moneyOrNone(c.spend, currency),
                  countOrNone(c.leads),
                  countOrNone(c.qualified),
                  countOrNone(c.closed),
                  closeRateText(c.closeRate, c, bases.get(nameKey(c.channel)) ?? NO_BASIS),
                  moneyOrNone(c.costPerLead, currency),
                  costPerClosedText(
                    c.costPerClosed,
                    c,
                    bases.get(nameKey(c.channel)) ?? NO_BASIS,
                    currency
                  ),
                ],
              }))}
            />
          </section>

          <section className={styles.section} aria-label="Results rows">
            <Subtitle2 as="h2">Results rows</Subtitle2>
            <MonthTable
              label="Results rows"
              size="small"
              first="Month"
              columns={[
                "Channel",
                "Leads",
                "Closed",
                "Followed up",
                { key: "edit", header: <span className={common.visuallyHidden}>Edit</span> },
              ]}
              rows={plan.results.map((r) => ({
                key: String(r.row),
                first: monthShort(r.month),
                cells: [
                  r.channel,
                  countOrNone(r.leads),
                  countOrNone(r.closed),
                  countOrNone(r.followedUp),
                  {
                    text: (
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        aria-label={`Edit results ${monthLabel(r.month)} ${r.channel}`}
                        onClick={() => edit(r.row)}
                      >
                        Edit
                      </Button>
                    ),
                  },
                ],
              }))}
            />
          </section>
        </>
      )}

      <PlanVersusActual state={state} />

      <Suspense fallback={null}>
        {form && (
          <ResultForm
            state={state}
            actions={actions}
            initial={form.initial}
            edit={form.edit}
            onClose={() => setForm(null)}
          />
        )}
        {importing && (
          <CrmImportDialog state={state} actions={actions} onClose={() => setImporting(false)} />
        )}
      </Suspense>
    </div>
  );
}
