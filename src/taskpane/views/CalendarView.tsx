/** Calendar: lanes × the 12 plan months, each activity a bar coloured by team, grouped by campaign. */
import {
  Body1,
  Button,
  Caption1,
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import {
  type Dispatch,
  type FocusEvent,
  memo,
  startTransition,
  useEffect,
  useCallback,
  useMemo,
  useRef,
  useState,
} from "react";
import { TEAMS } from "../../workbook";
import { SeverityIcon } from "../components/icons";
import { useCommonStyles, useSeverityStyles, useTeamStyles } from "../components/styles";
import {
  type CalendarBar,
  type CalendarLane,
  calendarModel,
  monthFlagWords,
} from "../model/calendar";
import { activityToForm } from "../model/rowForms";
import { ActivityForm, type EditTarget } from "./ActivityForm";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
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
    // Top, so that every month's name sits on one line whether or not a flag mark follows it.
    verticalAlign: "top",
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
  // A plain <button> drawn as Fluent's small, square, subtle Button: a plan has hundreds of bars,
  // and Fluent's Button costs far more to mount than the native element it renders anyway.
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "flex-start",
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    margin: 0,
    overflow: "hidden",
    padding: `3px ${tokens.spacingHorizontalXS}`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
    borderRadius: tokens.borderRadiusNone,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
      filter: "brightness(0.95)",
    },
    ":hover:active": {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    }),
    "@media (forced-colors: active)": {
      ":focus": { ...shorthands.borderColor("ButtonText") },
      ":hover": {
        backgroundColor: "HighlightText",
        ...shorthands.borderColor("Highlight"),
        color: "Highlight",
        forcedColorAdjust: "none",
      },
    },
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
  const [form, setForm] = useState<{ edit: EditTarget | null } | null>(null);
  const months = model.months;

  // The bars call the latest state and actions through a ref, so their callback never changes and
  // opening or closing the form does not draw the bars again.
  const latest = useRef({ state, actions });
  latest.current = { state, actions };
  const openEdit = useCallback((bar: CalendarBar) => {
    const { state: now, actions: act } = latest.current;
    const activity = now.plan.activities.find((a) => a.row === bar.row);
    const ref = act.rowRef("Activities", bar.row);
    if (!activity || !ref) return;
    const values = activityToForm(activity);
    setForm({ edit: { ref, id: activity.id, values } });
    void act.selectRows("Activities", [bar.row]);
  }, []);

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
        <Button appearance="primary" {...restoreFocus} onClick={() => setForm({ edit: null })}>
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
        <CalendarBody lanes={model.lanes} onOpen={openEdit} />
      </table>
      {form && (
        <ActivityForm
          state={state}
          actions={actions}
          edit={form.edit}
          onClose={() => setForm(null)}
        />
      )}
    </section>
  );
}

interface CalendarBodyProps {
  lanes: CalendarLane[];
  onOpen: Dispatch<CalendarBar>;
}

/**
 * Bars drawn in the first frame: more than the pane shows at once. A large plan's other bars
 * follow right after, as a low-priority update, so the top of the calendar appears sooner.
 */
const FIRST_FRAME_BARS = 120;

/** The lanes' rows: drawn again only when the model changes (a new read of the plan). */
const CalendarBody = memo(function CalendarBody({ lanes, onOpen }: CalendarBodyProps) {
  const styles = useStyles();
  const [barLimit, setBarLimit] = useState(FIRST_FRAME_BARS);
  const total = lanes.reduce((n, lane) => n + lane.count, 0);
  useEffect(() => {
    if (total <= barLimit) return;
    const id = setTimeout(() => startTransition(() => setBarLimit(Infinity)), 0);
    return () => clearTimeout(id);
  }, [total, barLimit]);
  let drawn = 0;
  const team = useTeamStyles();
  const restoreFocus = useRestoreFocusTarget();
  // Focus goes back to the bar that opened the form when it closes. Tabster reads its attribute
  // from every element that carries it, so a bar gets it only once it has been focused, not all
  // of them up front (the restorer takes an element that already has focus as its target).
  const markRestoreTarget = useCallback(
    (event: FocusEvent<HTMLButtonElement>) => {
      for (const [name, value] of Object.entries(restoreFocus)) {
        if (value !== undefined && event.currentTarget.getAttribute(name) !== String(value))
          event.currentTarget.setAttribute(name, String(value));
      }
    },
    [restoreFocus]
  );
  return (
    <>
      {lanes.map((lane) => (
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
          {lane.groups.map((group) =>
            drawn >= barLimit
              ? null
              : [
                  <tr key={`c-${group.label}`}>
                    <th colSpan={12} scope="colgroup" className={styles.campaign}>
                      {group.campaign ? `Campaign: ${group.label}` : group.label}
                    </th>
                  </tr>,
                  ...group.bars.map((bar) =>
                    drawn++ >= barLimit ? null : (
                      <tr key={`a-${bar.row}`}>
                        {bar.first > 0 && <td colSpan={bar.first} />}
                        <td colSpan={bar.last - bar.first + 1} className={styles.cell}>
                          <button
                            type="button"
                            className={mergeClasses(styles.bar, team[bar.team])}
                            aria-label={`${bar.name} (${bar.team}, ${bar.when})`}
                            title={`${bar.name} — ${bar.team}, ${bar.when}`}
                            onFocus={markRestoreTarget}
                            onClick={() => onOpen(bar)}
                          >
                            <span className={styles.barText}>{bar.name}</span>
                          </button>
                        </td>
                        {bar.last < 11 && <td colSpan={11 - bar.last} />}
                      </tr>
                    )
                  ),
                ]
          )}
        </tbody>
      ))}
    </>
  );
});
