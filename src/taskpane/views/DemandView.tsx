/**
 * Demand: from the revenue target to the leads each month needs, and to the sales teams that answer
 * them. By month, required against expected leads (months short of target marked, and what would
 * close each gap); by sales-side lane, routed leads against capacity; the doors; the funnel in use.
 * Each chart has a table with the same figures beside it.
 */
import { Body1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { MonthTable } from "../components/MonthTable";
import {
  demandMonths,
  funnelLines,
  gapAdvice,
  type LaneDemand,
  laneDemand,
  leadsText,
  noRequiredLeadsText,
  overCapacityText,
  targetLeads,
} from "../model/demand";
import { DemandChart, LeadsChart } from "./DemandChart";
import { DoorsSection } from "./DoorsSection";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  lane: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  funnel: { margin: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginLeft: 0, marginBottom: tokens.spacingVerticalS },
});

export function DemandView({ state, actions, openSettings }: ViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="demand-months">
        <Subtitle2 as="h2" id="demand-months" className={styles.heading}>
          Leads by month
        </Subtitle2>
        <MonthsSection state={state} />
      </section>
      <section className={styles.section} aria-labelledby="demand-lanes">
        <Subtitle2 as="h2" id="demand-lanes" className={styles.heading}>
          Sales teams: leads against capacity
        </Subtitle2>
        <LanesSection state={state} openSettings={openSettings} />
      </section>
      <section className={styles.section} aria-labelledby="demand-doors">
        <Subtitle2 as="h2" id="demand-doors" className={styles.heading}>
          Doors
        </Subtitle2>
        <DoorsSection state={state} actions={actions} />
      </section>
      <section className={styles.section} aria-labelledby="demand-funnel">
        <Subtitle2 as="h2" id="demand-funnel" className={styles.heading}>
          Funnel in use
        </Subtitle2>
        <dl className={styles.funnel}>
          {funnelLines(state).map((f) => (
            <div key={f.name}>
              <dt className={styles.term}>
                {f.name}: {f.value}
              </dt>
              <dd className={styles.definition}>{f.source}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

function MonthsSection({ state }: Pick<ViewProps, "state">) {
  const styles = useStyles();
  const months = demandMonths(state);
  if (months.length === 0)
    return <Body1 as="p">Set Plan starts in Settings to see the leads of each month.</Body1>;
  // The same comparison as the Meeting view's: required against expected over the same months.
  const leads = targetLeads(state);
  const currency = state.plan.settings.currency;
  return (
    <>
      <Body1 as="p">{leads ? leads.sentence : noRequiredLeadsText(state)}</Body1>
      {leads?.yearSentence && <Body1 as="p">{leads.yearSentence}</Body1>}
      {leads && leads.short.length > 0 && (
        <ul className={styles.list} aria-label="What would close the gaps">
          {leads.short.map((m) => (
            <li key={m.month}>{gapAdvice(m, currency)}</li>
          ))}
        </ul>
      )}
      <LeadsChart
        title="Expected leads against required leads by month"
        months={months.map((m) => ({
          month: m.month,
          expected: m.expected,
          required: m.required,
          short: m.gap > 0,
        }))}
      />
      <MonthTable
        label="Leads by month"
        size="small"
        first="Month"
        columns={["Expected", "Required", "Short by"]}
        rows={months.map((m) => ({
          key: m.month,
          first: m.label,
          cells: [
            { text: leadsText(m.expected), numeric: true },
            { text: m.required === null ? "—" : leadsText(m.required), numeric: true },
            {
              text: m.gap > 0 ? leadsText(m.gap) : m.required === null ? "" : "none",
              mark: m.gap > 0 ? "warning" : undefined,
            },
          ],
        }))}
      />
    </>
  );
}

function LanesSection({ state, openSettings }: Pick<ViewProps, "state" | "openSettings">) {
  const lanes = laneDemand(state);
  if (lanes.length === 0)
    return <Body1 as="p">The plan has no Sales-side lane: add one under Settings, Lanes.</Body1>;
  if ((state.plan.demand?.doors.length ?? 0) === 0)
    return (
      <Body1 as="p">
        No leads are routed yet: add doors below, each with the sales team that answers it, and pick
        each activity&apos;s Door.
      </Body1>
    );
  return (
    <>
      {lanes.map((lane) => (
        <LaneBlock key={lane.lane} lane={lane} openSettings={openSettings} />
      ))}
    </>
  );
}

function LaneBlock({ lane, openSettings }: { lane: LaneDemand; openSettings?: () => void }) {
  const styles = useStyles();
  const id = `lane-${lane.lane.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.lane}>
        {lane.lane}
      </h3>
      <Body1 as="p">
        {lane.capacity === null
          ? "No Capacity planned: the lane is not checked against one (set it in the Lanes table)."
          : lane.overMonths.length === 0
            ? `Capacity ${leadsText(lane.capacity)} new leads a month; no month is over it.`
            : `Capacity ${leadsText(lane.capacity)} new leads a month; over capacity in ${lane.overMonths.map((m) => m.label).join(", ")}.`}
        {openSettings && (
          <>
            {" "}
            <Link as="button" onClick={openSettings}>
              Change {lane.lane}&apos;s capacity in Settings
            </Link>
          </>
        )}
      </Body1>
      {lane.overMonths.length > 0 && (
        <ul className={styles.list} aria-label={`${lane.lane}: over-capacity months`}>
          {lane.overMonths.map((m) => (
            <li key={m.month}>{overCapacityText(lane, m)}</li>
          ))}
        </ul>
      )}
      <DemandChart
        title={`${lane.lane}: routed leads against capacity by month`}
        months={lane.months.map((m) => ({
          month: m.month,
          bar: m.routed,
          line: m.capacity,
          marked: m.over > 0,
        }))}
        barLegend="Routed leads"
        markedLegend="Routed, over capacity"
        lineLegend="Capacity"
      />
      <MonthTable
        label={`${lane.lane} by month`}
        size="small"
        first="Month"
        columns={["Routed leads", "Capacity", "Over by"]}
        rows={lane.months.map((m) => ({
          key: m.month,
          first: m.label,
          cells: [
            { text: leadsText(m.routed), numeric: true },
            { text: m.capacity === null ? "—" : leadsText(m.capacity), numeric: true },
            { text: m.over > 0 ? leadsText(m.over) : "", mark: m.over > 0 ? "warning" : undefined },
          ],
        }))}
      />
    </section>
  );
}
