/**
 * The task pane's root. Data and actions come from hooks (usePlan, useActions);
 * no component talks to Excel directly. The same App runs in Excel (officeHost)
 * and in the browser preview (a simulated host).
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, type ReactNode, type SyntheticEvent, Suspense, useState } from "react";
import { type ExcelHost, REQUIRED_TABLES } from "../workbook";
import { Header } from "./components/Header";
import { Spinner } from "./components/Spinner";
import { useActions } from "./hooks/useActions";
import { useFullSize } from "./hooks/useFullSize";
import { usePlan } from "./hooks/usePlan";
import { useSavedRows } from "./hooks/useSavedRows";
import { useTheme } from "./hooks/useTheme";
import { preloadActivityForm } from "./views/ActivityForm";
import { CalendarView } from "./views/CalendarView";

// What the pane shows only now and then (an action's outcome or progress, a lost or deleted row,
// a read error, the set-up screen) loads when first needed: left out of the first download.
const StatusBars = lazy(() =>
  import("./components/StatusBars").then((m) => ({ default: m.StatusBars }))
);
const LostRows = lazy(() => import("./components/LostRows").then((m) => ({ default: m.LostRows })));
const DeletedRow = lazy(() =>
  import("./components/DeletedRow").then((m) => ({ default: m.DeletedRow }))
);
const ProblemBar = lazy(() =>
  import("./components/ProblemBar").then((m) => ({ default: m.ProblemBar }))
);
const SetUpScreen = lazy(() =>
  import("./components/SetUpScreen").then((m) => ({ default: m.SetUpScreen }))
);

/** A part loaded on demand, with its own fallback (the rest of the pane stays as it is). */
function OnDemand({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

const BudgetView = lazy(() =>
  import("./views/BudgetView").then((m) => ({ default: m.BudgetView }))
);
const FlagsView = lazy(() => import("./views/FlagsView").then((m) => ({ default: m.FlagsView })));
const ResultsView = lazy(() =>
  import("./views/ResultsView").then((m) => ({ default: m.ResultsView }))
);
const MeetingView = lazy(() =>
  import("./views/MeetingView").then((m) => ({ default: m.MeetingView }))
);
const DemandView = lazy(() =>
  import("./views/DemandView").then((m) => ({ default: m.DemandView }))
);
const SettingsView = lazy(() =>
  import("./views/SettingsView").then((m) => ({ default: m.SettingsView }))
);

export const TABS = [
  "Calendar",
  "Budget",
  "Flags",
  "Results",
  "Demand",
  "Meeting",
  "Settings",
] as const;
export type TabName = (typeof TABS)[number];

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    minWidth: "300px",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  tabs: { flexWrap: "wrap" },
  fullSize: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  center: { paddingTop: tokens.spacingVerticalXXL },
});

/** The activity form loads on demand: start when the pointer or focus reaches "Add activity". */
function preloadForms(event: SyntheticEvent) {
  const button = (event.target as Element | null)?.closest?.("button");
  if (button && button.textContent?.trim() === "Add activity") void preloadActivityForm();
}

export function App({ host }: { host: ExcelHost }) {
  const theme = useTheme(host);
  const styles = useStyles();
  return (
    // Layout goes on an inner div: FluentProvider's own classes are copied onto portals (dialogs).
    <FluentProvider theme={theme}>
      <div className={styles.root} onPointerOver={preloadForms} onFocus={preloadForms}>
        <Pane host={host} />
      </div>
    </FluentProvider>
  );
}

function Pane({ host }: { host: ExcelHost }) {
  const styles = useStyles();
  const reading = usePlan(host);
  const saved = useSavedRows(host, reading.state);
  const actions = useActions(host, reading.state, saved.recorder);
  const [tab, setTab] = useState<TabName>("Calendar");
  const state = reading.state;
  const fullSize = useFullSize(host, state);
  // The plan tables the workbook lacks (the optional ones are not asked for).
  const missing = state ? REQUIRED_TABLES.filter((t) => !state.workbook.tables[t]) : [];

  let body: JSX.Element;
  if (!state) {
    body = reading.error ? (
      <OnDemand>
        <ProblemBar intent="error" title="The plan could not be read" message={reading.error} />
      </OnDemand>
    ) : (
      <Spinner className={styles.center} label="Reading the plan…" />
    );
  } else if (missing.length > 0) {
    body = (
      <OnDemand fallback={<Spinner className={styles.center} />}>
        <SetUpScreen missing={missing} actions={actions} />
      </OnDemand>
    );
  } else {
    const props = { state, actions, openSettings: () => setTab("Settings") };
    body = (
      <>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabName)}
          aria-label="Views"
        >
          {TABS.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" aria-label={tab}>
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            {tab === "Calendar" && <CalendarView {...props} />}
            {tab === "Budget" && <BudgetView {...props} />}
            {tab === "Flags" && <FlagsView {...props} />}
            {tab === "Results" && <ResultsView {...props} />}
            {tab === "Demand" && <DemandView {...props} />}
            {tab === "Meeting" && fullSize.open && (
              <div className={styles.fullSize}>
                <Button onClick={() => void fullSize.open?.()}>
                  Open full size (for a projector)
                </Button>
                {fullSize.error && (
                  <OnDemand>
                    <ProblemBar intent="error" message={fullSize.error} />
                  </OnDemand>
                )}
              </div>
            )}
            {tab === "Meeting" && <MeetingView {...props} />}
            {tab === "Settings" && <SettingsView {...props} />}
          </Suspense>
        </div>
      </>
    );
  }

  return (
    <>
      <Header
        state={state}
        reading={reading}
        actions={actions}
        canEdit={!!state && missing.length === 0}
      />
      <main className={styles.main}>
        {state && reading.error && (
          <OnDemand>
            <ProblemBar
              intent="warning"
              title="Could not re-read the plan"
              message={reading.error}
            />
          </OnDemand>
        )}
        {(actions.busy || actions.error || actions.notice) && (
          <OnDemand fallback={actions.busy && <Spinner size="tiny" label="Working…" />}>
            <StatusBars actions={actions} />
          </OnDemand>
        )}
        {saved.lost.length > 0 && (
          <OnDemand>
            <LostRows saved={saved} />
          </OnDemand>
        )}
        {actions.deleted && (
          <OnDemand>
            <DeletedRow key={actions.deleted.seq} actions={actions} />
          </OnDemand>
        )}
        {body}
      </main>
    </>
  );
}
