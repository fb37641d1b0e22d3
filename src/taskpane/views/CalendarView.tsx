/** Calendar: lanes × the 12 plan months, each activity a bar coloured by team, grouped by campaign. */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { TEAMS } from "../../workbook";
import { SeverityIcon } from "../components/icons";
import { useCommonStyles, useSeverityStyles, useTeamStyles } from "../components/styles";
import { type CalendarBar, calendarModel, monthFlagWords } from "../model/calendar";
import { activityToForm, emptyActivityForm, type ActivityForm as FormValues } from "../model/forms";
import { ActivityForm, type EditTarget } from "./ActivityForm";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  legendItem: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
  },
  table: { width: "100%", tableLayout: "fixed", borderCollapse: "collapse", minWidth: "288px" },
  monthHead: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase100,
    textAlign: "center",
    paddingBottom: tokens.spacingVerticalXXS,
    verticalAlign: "bottom",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  flagMark: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    fontSize: tokens.fontSizeBase100,
  },
  lane: {
    textAlign: "left",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  campaign: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingTop: tokens.spacingVerticalXXS,
  },
  cell: { padding: "1px 0" },
  bar: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    ":hover": { filter: "brightness(0.95)" },
  },
  barText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function CalendarView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const team = useTeamStyles();
  const severity = useSeverityStyles();
  const common = useCommonStyles();
  const restoreFocus = useRestoreFocusTarget();
  const model = useMemo(() => calendarModel(state.plan, state.check), [state]);
  const [form, setForm] = useState<{ initial: FormValues; edit: EditTarget | null } | null>(null);
  const months = model.months;

  const openEdit = (bar: CalendarBar) => {
    const activity = state.plan.activities.find((a) => a.row === bar.row);
    const ref = actions.rowRef("Activities", bar.row);
    if (!activity || !ref) return;
    const values = activityToForm(activity);
    setForm({ initial: values, edit: { ref, id: activity.id, values } });
    void actions.selectRows("Activities", [bar.row]);
  };

  if (months.length === 0) {
    return (
      <Body1 as="p">
        The plan has no valid Plan starts setting, so there are no plan months to show. Set Plan
        starts in Settings.
      </Body1>
    );
  }

  return (
    <section className={styles.root} aria-label="Calendar view">
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          {...restoreFocus}
          onClick={() => setForm({ initial: emptyActivityForm(state.plan), edit: null })}
        >
          Add activity
        </Button>
        <ul className={styles.legend} aria-label="Teams">
          {TEAMS.map((t) => (
            <li key={t} className={mergeClasses(styles.legendItem, team[t])}>
              <Caption1>{t}</Caption1>
            </li>
          ))}
        </ul>
      </div>
      <table className={styles.table} aria-label="Calendar">
        <thead>
          <tr>
            {months.map((m) => (
              <th key={m.month} scope="col" className={styles.monthHead} title={monthFlagWords(m)}>
                <span aria-hidden="true">{m.short}</span>
                <span className={common.visuallyHidden}>{monthFlagWords(m)}</span>
                {m.severity && (
                  <span
                    className={mergeClasses(styles.flagMark, severity[m.severity])}
                    aria-hidden="true"
                  >
                    <SeverityIcon severity={m.severity} />
                    {m.flagCount}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {model.lanes.map((lane) => (
          <tbody key={lane.lane}>
            <tr>
              <th colSpan={12} scope="colgroup" className={styles.lane}>
                {lane.lane} <Caption1>({lane.side} side)</Caption1>
              </th>
            </tr>
            {lane.count === 0 && (
              <tr>
                <td colSpan={12} className={styles.empty}>
                  No activities in this lane.
                </td>
              </tr>
            )}
            {lane.groups.map((group) => [
              <tr key={`c-${group.label}`}>
                <th colSpan={12} scope="colgroup" className={styles.campaign}>
                  {group.campaign ? `Campaign: ${group.label}` : group.label}
                </th>
              </tr>,
              ...group.bars.map((bar) => (
                <tr key={`a-${bar.row}`}>
                  {bar.first > 0 && <td colSpan={bar.first} />}
                  <td colSpan={bar.last - bar.first + 1} className={styles.cell}>
                    <Button
                      size="small"
                      shape="square"
                      appearance="subtle"
                      className={mergeClasses(styles.bar, team[bar.team])}
                      aria-label={`${bar.name} (${bar.team}, ${bar.when})`}
                      title={`${bar.name} — ${bar.team}, ${bar.when}`}
                      {...restoreFocus}
                      onClick={() => openEdit(bar)}
                    >
                      <span className={styles.barText}>{bar.name}</span>
                    </Button>
                  </td>
                  {bar.last < 11 && <td colSpan={11 - bar.last} />}
                </tr>
              )),
            ])}
          </tbody>
        ))}
      </table>
      {form && (
        <ActivityForm
          state={state}
          actions={actions}
          initial={form.initial}
          edit={form.edit}
          onClose={() => setForm(null)}
        />
      )}
    </section>
  );
}
