/** Meeting: a large-type summary for a projector. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SeverityIcon } from "../components/icons";
import { useSeverityStyles } from "../components/styles";
import { budgetGrid } from "../model/budget";
import { monthLabel, moneyOrNone, money, percent } from "../model/format";
import { calendarModel } from "../model/calendar";
import { severityWord } from "../model/flags";
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
});

/** Only the plan: the full-size page (MeetingPage) shows this view without any action. */
export function MeetingView({ state }: Pick<ViewProps, "state"> & Partial<ViewProps>) {
  const styles = useStyles();
  const severity = useSeverityStyles();
  const grid = budgetGrid(state.check);
  const calendar = calendarModel(state.plan, state.check);
  const currency = state.plan.settings.currency;
  const flagged = calendar.months.filter((m) => m.flagCount > 0);
  const channels = state.check.metrics.channels;
  return (
    <div className={styles.root}>
      <section className={styles.kpis} aria-label="Key figures">
        <div className={styles.kpi}>
          <span>Sync score</span>
          <span className={styles.kpiValue}>{percent(state.check.metrics.syncScore)}</span>
        </div>
        <div className={styles.kpi}>
          <span>Joint share of spend</span>
          <span className={styles.kpiValue}>{percent(grid.jointShare)}</span>
        </div>
        <div className={styles.kpi}>
          <span>Year spend</span>
          <span className={styles.kpiValue}>{money(grid.total, currency)}</span>
        </div>
      </section>
      <section aria-labelledby="meeting-year">
        <h2 className={styles.h2} id="meeting-year">
          The year at a glance
        </h2>
        <ul className={styles.months}>
          {calendar.months.map((m, i) => (
            <li key={m.month} className={styles.month}>
              <strong>{m.label}</strong>
              <span>{money(grid.rows[i]?.total ?? 0, currency)}</span>
              {m.severity ? (
                <span className={mergeClasses(styles.flag, severity[m.severity])}>
                  <SeverityIcon severity={m.severity} />
                  {m.flagCount} {m.flagCount === 1 ? "flag" : "flags"} ({severityWord(m.severity)})
                </span>
              ) : (
                <span>In sync</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="meeting-flagged">
        <h2 className={styles.h2} id="meeting-flagged">
          Flagged months
        </h2>
        {flagged.length === 0 ? (
          <p>None: every month is in sync.</p>
        ) : (
          <ul className={styles.list}>
            {flagged.map((m) => (
              <li key={m.month}>
                {monthLabel(m.month)}: {m.flagCount} {m.flagCount === 1 ? "flag" : "flags"}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="meeting-channels">
        <h2 className={styles.h2} id="meeting-channels">
          Cost per closed deal by channel
        </h2>
        {channels.length === 0 ? (
          <p>No results reported yet.</p>
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
    </div>
  );
}
