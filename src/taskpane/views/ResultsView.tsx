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
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
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
  shiftNotes,
} from "../model/measurement";
import { emptyResultForm, resultToForm, type ResultFormValues } from "../model/rowForms";
import { leftOutRows } from "../model/leftOut";
import { LeftOutList } from "../components/LeftOutList";
import { ScrollRegion } from "../components/ScrollRegion";
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
            />
            <ScrollRegion label="Channels by month, scrolls sideways">
              <Table
                size="small"
                aria-label={
                  figure === "leads"
                    ? "Leads by channel and month"
                    : "Closed deals by channel and month"
                }
                className={common.fitTable}
              >
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Channel</TableHeaderCell>
                    {plan.months.map((m) => (
                      <TableHeaderCell key={m}>
                        {shiftMonths.has(m) ? (
                          <span className={styles.shift} title="Channel shift">
                            {monthShort(m)} (shift)
                          </span>
                        ) : (
                          monthShort(m)
                        )}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody className={common.nowrap}>
                  {series.map((s) => (
                    <TableRow key={s.channel}>
                      <TableCell>{s.channel}</TableCell>
                      {s[figure].map((v, i) => (
                        <TableCell key={plan.months[i]}>
                          {v === null ? "—" : countOrNone(v)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
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
            <ScrollRegion label="Results by channel, scrolls sideways">
              <Table size="small" aria-label="Results by channel" className={common.fitTable}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Channel</TableHeaderCell>
                    <TableHeaderCell>Spend</TableHeaderCell>
                    <TableHeaderCell>Leads</TableHeaderCell>
                    <TableHeaderCell>Qualified</TableHeaderCell>
                    <TableHeaderCell>Closed</TableHeaderCell>
                    <TableHeaderCell>Close rate</TableHeaderCell>
                    <TableHeaderCell>Cost per lead</TableHeaderCell>
                    <TableHeaderCell>Cost per closed deal</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody className={common.nowrap}>
                  {check.metrics.channels.map((c) => (
                    <TableRow key={c.channel}>
                      <TableCell>{c.channel}</TableCell>
                      <TableCell>{moneyOrNone(c.spend, currency)}</TableCell>
                      <TableCell>{countOrNone(c.leads)}</TableCell>
                      <TableCell>{countOrNone(c.qualified)}</TableCell>
                      <TableCell>{countOrNone(c.closed)}</TableCell>
                      <TableCell>
                        {closeRateText(c.closeRate, c, bases.get(nameKey(c.channel)) ?? NO_BASIS)}
                      </TableCell>
                      <TableCell>{moneyOrNone(c.costPerLead, currency)}</TableCell>
                      <TableCell>
                        {costPerClosedText(
                          c.costPerClosed,
                          c,
                          bases.get(nameKey(c.channel)) ?? NO_BASIS,
                          currency
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          </section>

          <section className={styles.section} aria-label="Results rows">
            <Subtitle2 as="h2">Results rows</Subtitle2>
            <ScrollRegion label="Results rows, scrolls sideways">
              <Table size="small" aria-label="Results rows" className={common.fitTable}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Month</TableHeaderCell>
                    <TableHeaderCell>Channel</TableHeaderCell>
                    <TableHeaderCell>Leads</TableHeaderCell>
                    <TableHeaderCell>Closed</TableHeaderCell>
                    <TableHeaderCell>Followed up</TableHeaderCell>
                    <TableHeaderCell>
                      <span className={common.visuallyHidden}>Edit</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody className={common.nowrap}>
                  {plan.results.map((r) => (
                    <TableRow key={r.row}>
                      <TableCell>{monthShort(r.month)}</TableCell>
                      <TableCell>{r.channel}</TableCell>
                      <TableCell>{countOrNone(r.leads)}</TableCell>
                      <TableCell>{countOrNone(r.closed)}</TableCell>
                      <TableCell>{countOrNone(r.followedUp)}</TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          appearance="subtle"
                          disabled={busy}
                          aria-label={`Edit results ${monthLabel(r.month)} ${r.channel}`}
                          onClick={() => edit(r.row)}
                        >
                          Edit
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
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
