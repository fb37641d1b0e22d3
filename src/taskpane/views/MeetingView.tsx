/** Meeting: the story of the year in large type for a projector, worst first (model/meeting.ts). */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SeverityIcon } from "../components/icons";
import { useSeverityStyles } from "../components/styles";
import { budgetGrid } from "../model/budget";
import { moneyOrNone, money, percent } from "../model/format";
import { Scorecard } from "./Scorecard";
import { meetingStory } from "../model/meeting";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  h2: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, margin: 0 },
  kpis: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL },
  kpi: { display: "flex", flexDirection: "column" },
  kpiValue: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  months: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  month: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    display: "flex",
    flexDirection: "column",
  },
  flag: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  p: { margin: 0 },
  headline: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Only the plan: the full-size page (MeetingPage) shows this view without any action. */
export function MeetingView({ state }: Pick<ViewProps, "state"> & Partial<ViewProps>) {
  const styles = useStyles();
  const severity = useSeverityStyles();
  const grid = budgetGrid(state.check, state.plan);
  const story = meetingStory(state);
  const currency = state.plan.settings.currency;
  const channels = state.check.metrics.channels;
  return (
    <div className={styles.root}>
      {/* The story of the year, worst first: what is broken, what is left out, then the score. */}
      {story.headline && (
        <p className={styles.headline} role="status">
          {story.headline}
        </p>
      )}
      {story.errors.length > 0 && (
        <section aria-labelledby="meeting-errors">
          <h2 className={styles.h2} id="meeting-errors">
            Errors
          </h2>
          <ul className={styles.list}>
            {story.errors.map((e, i) => (
              <li key={i}>
                <span className={mergeClasses(styles.flag, severity.error)}>
                  <SeverityIcon severity="error" />
                  <strong>{e.title}:</strong>
                </span>{" "}
                {e.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {story.leftOut.length > 0 && (
        <section aria-labelledby="meeting-left-out">
          <h2 className={styles.h2} id="meeting-left-out">
            Not counted
          </h2>
          <ul className={styles.list}>
            {story.leftOut.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
      <section className={styles.kpis} aria-label="Key figures">
        {story.score !== null && (
          <div className={styles.kpi}>
            <span>Sync score</span>
            <span className={styles.kpiValue}>{percent(story.score)}</span>
            <span>{story.scoreText}</span>
          </div>
        )}
        <div className={styles.kpi}>
          <span>Joint share of spend</span>
          <span className={styles.kpiValue}>{percent(story.jointShare)}</span>
        </div>
        <div className={styles.kpi}>
          <span>Year spend</span>
          <span className={styles.kpiValue}>{money(grid.total, currency)}</span>
        </div>
      </section>
      {story.status === "ready" && (
        <section aria-labelledby="meeting-attention">
          <h2 className={styles.h2} id="meeting-attention">
            Worst first
          </h2>
          {story.attention.length === 0 ? (
            <p className={styles.p}>No month has a flag.</p>
          ) : (
            <ul className={styles.list}>
              {story.attention.map((item) => (
                <li key={item.order}>
                  <span className={mergeClasses(styles.flag, severity[item.severity])}>
                    <SeverityIcon severity={item.severity} />
                    <strong>{item.title}:</strong>
                  </span>{" "}
                  {item.message}
                  {!item.inScore && " (Not counted in the sync score.)"}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {story.status === "ready" && (
        <section aria-labelledby="meeting-leads">
          <h2 className={styles.h2} id="meeting-leads">
            Leads: required against expected
          </h2>
          {story.demand.targets && <p className={styles.p}>{story.demand.targets}</p>}
          {story.demand.year && <p className={styles.p}>{story.demand.year}</p>}
          {story.demand.gaps.length + story.demand.overCapacity.length === 0 ? (
            <p className={styles.p}>
              No month is short of leads or over a sales team&apos;s capacity.
            </p>
          ) : (
            <ul className={styles.list}>
              {[...story.demand.gaps, ...story.demand.overCapacity].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {story.status === "ready" && (
        <section aria-labelledby="meeting-baseline">
          <h2 className={styles.h2} id="meeting-baseline">
            Changed since the latest baseline
          </h2>
          {story.baseline === null ? (
            <p className={styles.p}>
              No baseline saved yet: save one in the Budget view once finance approves the plan.
            </p>
          ) : (
            <>
              <p className={styles.p}>{story.baseline.heading}</p>
              <p className={styles.p}>{story.baseline.variance}</p>
              {story.baseline.lines.length === 0 ? (
                <p className={styles.p}>No budget line was added, removed or changed.</p>
              ) : (
                <ul className={styles.list}>
                  {story.baseline.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              {story.baseline.approved.length > 0 && (
                <ul className={styles.list} aria-label="Approved lines changed">
                  {story.baseline.approved.map((line) => (
                    <li key={line}>
                      <strong>Approved line changed:</strong> {line}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
      {story.status === "ready" && (
        <section aria-labelledby="meeting-flagged">
          <h2 className={styles.h2} id="meeting-flagged">
            Months out of sync
          </h2>
          {story.outOfSync.length === 0 ? (
            <p>None: every month is in sync.</p>
          ) : (
            <ul className={styles.list}>
              {story.outOfSync.map((m) => (
                <li key={m.month}>
                  <strong>{m.label}</strong> ({m.reasons.map((r) => r.title).join(", ")})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {story.planNotes.length > 0 && (
        <section aria-labelledby="meeting-plan-notes">
          <h2 className={styles.h2} id="meeting-plan-notes">
            The whole plan
          </h2>
          <ul className={styles.list}>
            {story.planNotes.map((r, i) => (
              <li key={i}>
                <strong>{r.title}:</strong> {r.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="meeting-joint">
        <h2 className={styles.h2} id="meeting-joint">
          Joint share
        </h2>
        <p className={styles.p}>{story.jointText}</p>
      </section>
      {story.glance.length > 0 && (
        <section aria-labelledby="meeting-year">
          <h2 className={styles.h2} id="meeting-year">
            The year at a glance
          </h2>
          <ul className={styles.months}>
            {story.glance.map((m, i) => (
              <li key={m.month} className={styles.month}>
                <strong>{m.label}</strong>
                <span>{money(grid.rows[i]?.total ?? 0, currency)}</span>
                {m.severity ? (
                  <span className={mergeClasses(styles.flag, severity[m.severity])}>
                    <SeverityIcon severity={m.severity} />
                    {m.text}
                  </span>
                ) : (
                  <span>{m.text}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="meeting-channels">
        <h2 className={styles.h2} id="meeting-channels">
          Cost per closed deal by channel
        </h2>
        {channels.length === 0 ? (
          <p className={styles.p}>No results reported yet.</p>
        ) : (
          <ul className={styles.list}>
            {channels.map((c) => (
              <li key={c.channel}>
                {c.channel}: {moneyOrNone(c.costPerClosed, currency)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Scorecard state={state} />
    </div>
  );
}
