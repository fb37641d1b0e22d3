/**
 * Calendar, designed for a ~350 px task pane: per lane and campaign, one line per activity with its
 * whole name and months in words, over a 12-month strip aligned with a sticky month header. Every
 * bar has a tooltip (hover or focus) with its detail and opens its form; rows with problems stay,
 * marked, with the problem; filters by team, lane and campaign.
 */
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
  type KeyboardEvent,
  memo,
  type MouseEvent,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { TEAMS, type Team } from "../../workbook";
import { FilterField } from "../components/FilterField";
import { SeverityIcon } from "../components/icons";
import { useCommonStyles, useSeverityStyles, useTeamFills } from "../components/styles";
import { activityRowToForm, problemActivities } from "../model/activityRows";
import {
  barCount,
  barDetail,
  BARS_PER_STEP,
  type CalendarBar,
  type CalendarFilter,
  type CalendarLane,
  calendarModel,
  type CampaignGroup,
  filterLanes,
  FIRST_SCREEN_BARS,
  firstBars,
  isFiltered,
  type MonthHeader,
  monthFlagWords,
  NO_FILTER,
} from "../model/calendar";
import { activityToForm } from "../model/rowForms";
import { ActivityForm, type EditTarget } from "./ActivityForm";
import type { ViewProps } from "./types";

const TIP_ID = "calendar-bar-detail";
/** A one-line bar's height and the gap above it (px): a group's height before it is laid out. */
const BAR_HEIGHT = 32;

const useStyles = makeStyles({
  root: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
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
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: tokens.spacingHorizontalXXS,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  table: { width: "100%", tableLayout: "fixed", borderCollapse: "separate", borderSpacing: 0 },
  monthHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase100,
    textAlign: "center",
    padding: `${tokens.spacingVerticalXXS} 0`,
    // Top, so that every month's name sits on one line whether or not a flag mark follows it.
    verticalAlign: "top",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
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
  laneProblem: { color: tokens.colorPaletteRedForeground1 },
  campaign: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingTop: tokens.spacingVerticalXXS,
  },
  cell: { padding: "1px 0" },
  // A campaign's bars out of sight are laid out and painted only as they near the screen: they
  // stay in the page, focusable, found by find-in-page and in the accessibility tree, so a plan
  // of 1,000 activities costs the layout of the bars on screen. Until the group has been laid out
  // once, its height is taken as that many one-line bars (set on the element).
  bars: { contentVisibility: "auto" },
  // A plain <button> drawn as Fluent's subtle Button: a plan has hundreds of bars, and Fluent's
  // Button costs far more to mount than the native element it renders anyway.
  bar: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    boxSizing: "border-box",
    width: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} 0`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    cursor: "pointer",
    outlineStyle: "none",
    // Bars stacked in their campaign's cell, as far apart as when each had a row of its own.
    ":not(:first-child)": { marginTop: "2px" },
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":hover:active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    }),
    "@media (forced-colors: active)": {
      ":focus": { ...shorthands.borderColor("ButtonText") },
      ":hover": { ...shorthands.borderColor("Highlight") },
    },
  },
  barProblem: {
    ...shorthands.border(tokens.strokeWidthThin, "dashed", tokens.colorPaletteRedBorder2),
  },
  // Inline text, so that the button's name is its visible words with their spaces (axe
  // label-content-name-mismatch: no aria-label that differs from what is shown).
  label: {
    display: "block",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  problem: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase100,
    overflowWrap: "anywhere",
  },
  // The months, one column each, aligned with the month header above.
  strip: {
    display: "grid",
    gridTemplateColumns: "repeat(12, minmax(0, 1fr))",
    height: "6px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  segment: { borderRadius: tokens.borderRadiusSmall, minWidth: "4px" },
  unknownMonths: {
    gridColumn: "1 / 13",
    backgroundImage: `repeating-linear-gradient(90deg, ${tokens.colorPaletteRedBorder2} 0 4px, transparent 4px 8px)`,
  },
  empty: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tip: {
    position: "absolute",
    zIndex: 3,
    maxWidth: "min(320px, 100%)",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    pointerEvents: "none",
  },
  tipLine: { display: "block" },
});

interface Tip {
  bar: CalendarBar;
  top: number;
  left: number;
}

export function CalendarView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const fills = useTeamFills();
  const restoreFocus = useRestoreFocusTarget();
  const model = useMemo(
    () => calendarModel(state.plan, state.check, problemActivities(state)),
    [state]
  );
  const [filter, setFilter] = useState<CalendarFilter>(NO_FILTER);
  const lanes = useMemo(() => filterLanes(model.lanes, filter), [model, filter]);
  const [form, setForm] = useState<{ edit: EditTarget | null } | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const months = model.months;

  // The bars call the latest state and actions through a ref, so their callbacks never change and
  // opening or closing the form (or the tooltip) does not draw the bars again.
  const latest = useRef({ state, actions });
  latest.current = { state, actions };
  const openEdit = useCallback((bar: CalendarBar) => {
    const { state: now, actions: act } = latest.current;
    const ref = act.rowRef("Activities", bar.row);
    if (!ref) return;
    const activity = now.plan.activities.find((a) => a.row === bar.row);
    const cells = now.workbook.input.activities[bar.row - 1];
    const values = activity
      ? activityToForm(activity)
      : cells
        ? activityRowToForm(cells, now.plan.settings.planStarts)
        : null;
    if (!values) return;
    setTip(null);
    setForm({ edit: { ref, id: bar.id || values.ID, values } });
    void act.selectRows("Activities", [bar.row]);
  }, []);
  const showTip = useCallback((bar: CalendarBar, element: HTMLElement) => {
    const root = rootRef.current;
    if (!root) return;
    const box = element.getBoundingClientRect();
    const frame = root.getBoundingClientRect();
    setTip({ bar, top: box.bottom - frame.top + 2, left: Math.max(0, box.left - frame.left) });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);

  if (months.length === 0) {
    return (
      <Body1 as="p">
        The plan has no valid Plan starts setting, so there are no plan months to show. Set Plan
        starts in Settings.
      </Body1>
    );
  }

  const total = barCount(model.lanes);
  const shown = barCount(lanes);
  const setField = (field: keyof CalendarFilter) => (value: string) =>
    setFilter((f) => ({ ...f, [field]: value }));

  return (
    <section className={styles.root} aria-label="Calendar view" ref={rootRef}>
      <div className={styles.toolbar}>
        <Button appearance="primary" {...restoreFocus} onClick={() => setForm({ edit: null })}>
          Add activity
        </Button>
        <ul className={styles.legend} aria-label="Teams">
          {TEAMS.map((t) => (
            <li key={t}>
              <span className={mergeClasses(styles.swatch, fills[t])} aria-hidden="true" />
              <Caption1>{t}</Caption1>
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.filters} role="group" aria-label="Show only">
        <FilterField
          label="Team"
          all="All teams"
          options={TEAMS}
          value={filter.team}
          onChange={setField("team")}
        />
        <FilterField
          label="Lane"
          all="All lanes"
          options={state.plan.lanes.map((l) => l.lane)}
          value={filter.lane}
          onChange={setField("lane")}
        />
        <FilterField
          label="Campaign"
          all="All campaigns"
          options={model.campaigns}
          value={filter.campaign}
          onChange={setField("campaign")}
        />
      </div>
      {isFiltered(filter) && (
        <Caption1 role="status">
          Showing {shown} of {total} activities.{" "}
          <Button size="small" appearance="transparent" onClick={() => setFilter(NO_FILTER)}>
            Show all
          </Button>
        </Caption1>
      )}
      <CalendarTable
        months={months}
        lanes={lanes}
        onOpen={openEdit}
        onTip={showTip}
        onUntip={hideTip}
      />
      {isFiltered(filter) && shown === 0 && (
        <Body1 as="p">No activity matches these filters.</Body1>
      )}
      <div
        id={TIP_ID}
        role="tooltip"
        className={styles.tip}
        hidden={!tip}
        style={tip ? { top: tip.top, left: tip.left } : undefined}
      >
        {tip &&
          barDetail(tip.bar).map((line, i) => (
            <span key={i} className={styles.tipLine}>
              {line}
            </span>
          ))}
      </div>
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

interface CalendarTableProps {
  months: MonthHeader[];
  lanes: CalendarLane[];
  onOpen: Dispatch<CalendarBar>;
  onTip: (bar: CalendarBar, element: HTMLElement) => void;
  onUntip: () => void;
}

/** The bar button an event happened in, if any. */
function barButton(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest<HTMLButtonElement>("button[data-row]") : null;
}

/**
 * Runs `step` once the page has been painted: after the next animation frame's rendering (a task
 * queued from its callback runs after that frame), or after 100 ms if no frame comes (a hidden
 * pane gets none). Returns what cancels it.
 */
function afterPaint(step: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    step();
  };
  let queued: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => {
          queued = setTimeout(run, 0);
        })
      : undefined;
  const fallback = setTimeout(run, 100);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(queued);
    clearTimeout(fallback);
  };
}

/**
 * How many of the lanes' bars to draw now. A big calendar draws its first screen (the first
 * FIRST_SCREEN_BARS bars in display order), then BARS_PER_STEP more after each paint, as a
 * transition (a click or a keystroke goes first), until every bar is in the page. The count
 * carries over when the plan or the filter changes (the bars drawn are always the current
 * lanes' own, by key), so an edit during the drawing neither shows stale bars nor starts again;
 * a plan that grows later is drawn on in steps too.
 */
function useDrawnLimit(total: number): number {
  const [limit, setLimit] = useState(FIRST_SCREEN_BARS);
  const drawing = total > limit;
  useEffect(() => {
    if (!drawing) return undefined;
    return afterPaint(() => startTransition(() => setLimit((l) => l + BARS_PER_STEP)));
  }, [drawing, limit]);
  return limit;
}

/**
 * The calendar's table. One set of handlers on the table finds the bar from the button's
 * data-row (hover and focus show the one shared tooltip, a click or Enter opens the activity), so
 * the bars have none of their own. A big plan's bars are drawn a screen first, then in steps
 * (useDrawnLimit); while they are, the table is busy and a line after it says so. Counts shown
 * elsewhere come from the model, so they are whole from the start.
 */
const CalendarTable = memo(function CalendarTable({
  months,
  lanes,
  onOpen,
  onTip,
  onUntip,
}: CalendarTableProps) {
  const styles = useStyles();
  const severity = useSeverityStyles();
  const common = useCommonStyles();
  const fills = useTeamFills();
  const restoreFocus = useRestoreFocusTarget();
  const total = useMemo(() => barCount(lanes), [lanes]);
  const limit = useDrawnLimit(total);
  const drawn = useMemo(() => firstBars(lanes, limit), [lanes, limit]);
  const drawing = total > limit;
  // Class names merged once, not once per bar (Griffel returns the same classes every render).
  const classes = useMemo<BarClasses>(
    () => ({
      bar: styles.bar,
      barWithProblem: mergeClasses(styles.bar, styles.barProblem),
      segments: {
        Marketing: mergeClasses(styles.segment, fills.Marketing),
        Sales: mergeClasses(styles.segment, fills.Sales),
        Joint: mergeClasses(styles.segment, fills.Joint),
      },
      unknownSegment: mergeClasses(styles.segment, styles.unknownMonths),
    }),
    [styles, fills]
  );
  const byRow = useMemo(() => {
    const bars = new Map<string, CalendarBar>();
    for (const lane of lanes)
      for (const group of lane.groups) for (const bar of group.bars) bars.set(String(bar.row), bar);
    return bars;
  }, [lanes]);
  const barAt = (target: EventTarget | null) => {
    const el = barButton(target);
    const bar = el?.dataset.row !== undefined ? byRow.get(el.dataset.row) : undefined;
    return el && bar ? { el, bar } : null;
  };
  // Focus goes back to the bar that opened the form when it closes. Tabster reads its attribute
  // from every element that carries it, so a bar gets it only once it has been focused, not all
  // of them up front. The tooltip is described-by only from the bar it is about.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const at = barAt(event.target);
    if (!at) return;
    for (const [name, value] of Object.entries(restoreFocus)) {
      if (value !== undefined && at.el.getAttribute(name) !== String(value))
        at.el.setAttribute(name, String(value));
    }
    at.el.setAttribute("aria-describedby", TIP_ID);
    onTip(at.bar, at.el);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const el = barButton(event.target);
    if (!el) return;
    el.removeAttribute("aria-describedby");
    onUntip();
  };
  // Hover: the tooltip follows the pointer from bar to bar and goes when it leaves them.
  const onMouseOver = (event: MouseEvent<HTMLElement>) => {
    const at = barAt(event.target);
    if (at && !at.el.contains(event.relatedTarget as Node | null)) onTip(at.bar, at.el);
  };
  const onMouseOut = (event: MouseEvent<HTMLElement>) => {
    const el = barButton(event.target);
    if (el && !el.contains(event.relatedTarget as Node | null)) onUntip();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape" && barButton(event.target)) onUntip();
  };
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const at = barAt(event.target);
    if (at) onOpen(at.bar);
  };
  return (
    <>
      <table
        className={styles.table}
        aria-label="Calendar"
        aria-busy={drawing || undefined}
        {...{ onFocus, onBlur, onMouseOver, onMouseOut, onKeyDown, onClick }}
      >
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
        {drawn.map((lane) => (
          <LaneRows key={lane.lane} lane={lane} classes={classes} />
        ))}
      </table>
      {drawing && (
        <Caption1 role="status">Drawing {total.toLocaleString("en-US")} activities…</Caption1>
      )}
    </>
  );
});

interface BarClasses {
  bar: string;
  barWithProblem: string;
  segments: Record<Team, string>;
  unknownSegment: string;
}

/**
 * A lane's rows: drawn again only when that lane changes (a later drawing step leaves the lanes
 * already whole as they are, and within the lane it cuts, the whole campaign groups).
 */
const LaneRows = memo(function LaneRows({
  lane,
  classes,
}: {
  lane: CalendarLane;
  classes: BarClasses;
}) {
  const styles = useStyles();
  return (
    <tbody>
      <tr>
        <th
          colSpan={12}
          scope="colgroup"
          className={mergeClasses(styles.lane, lane.side === null && styles.laneProblem)}
        >
          {lane.lane} {lane.side && <Caption1>({lane.side} side)</Caption1>}
        </th>
      </tr>
      {lane.count === 0 && (
        <tr>
          <td colSpan={12} className={styles.empty}>
            No activities in this lane.
          </td>
        </tr>
      )}
      {lane.groups.map((group) => (
        <GroupRows key={group.label} group={group} classes={classes} />
      ))}
    </tbody>
  );
});

/** A campaign's heading row and the row of its bars. */
const GroupRows = memo(function GroupRows({
  group,
  classes,
}: {
  group: CampaignGroup;
  classes: BarClasses;
}) {
  const styles = useStyles();
  return (
    <>
      <tr>
        <th colSpan={12} scope="colgroup" className={styles.campaign}>
          {group.campaign ? `Campaign: ${group.label}` : group.label}
        </th>
      </tr>
      {/* A campaign's bars share one row: a table of a thousand rows costs far more to draw and
          lay out than a hundred rows of stacked bars, and each bar is a button anyway. */}
      <tr>
        <td colSpan={12} className={styles.cell}>
          <div
            className={styles.bars}
            style={{ containIntrinsicHeight: `auto ${group.bars.length * BAR_HEIGHT}px` }}
          >
            {group.bars.map((bar) => {
              const problem = bar.problems.length > 0;
              return (
                <button
                  key={bar.row}
                  type="button"
                  data-activity={bar.id}
                  data-row={bar.row}
                  data-problem={problem ? "true" : undefined}
                  className={problem ? classes.barWithProblem : classes.bar}
                >
                  <span className={styles.label}>
                    <span className={styles.name}>{bar.name}</span>
                    <span className={styles.meta}>
                      {` (${bar.team ?? "team unknown"}, ${bar.when})`}
                    </span>
                  </span>
                  {problem && (
                    <span className={styles.problem}>
                      <SeverityIcon severity="error" />
                      {` Problem: ${bar.problems.join(" ")}`}
                    </span>
                  )}
                  <span className={styles.strip} aria-hidden="true">
                    {bar.first !== null && bar.last !== null ? (
                      <span
                        className={bar.team ? classes.segments[bar.team] : classes.unknownSegment}
                        style={{ gridColumn: `${bar.first + 1} / ${bar.last + 2}` }}
                      />
                    ) : (
                      <span className={styles.unknownMonths} />
                    )}
                  </span>
                </button>
              );
            })}
          </div>
        </td>
      </tr>
    </>
  );
});
