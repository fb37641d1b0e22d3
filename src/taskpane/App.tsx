/**
 * The task pane's root. Data and actions come from hooks (usePlan, useActions);
 * no component talks to Excel directly. The same App runs in Excel (officeHost)
 * and in the browser preview (a simulated host).
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, type SyntheticEvent, Suspense, useState } from "react";
import type { ExcelHost } from "../workbook";
import { Header } from "./components/Header";
import { DeletedRow } from "./components/DeletedRow";
import { LostRows } from "./components/LostRows";
import { SetUpScreen, missingTables } from "./components/SetUpScreen";
import { StatusBars } from "./components/StatusBars";
import { useActions } from "./hooks/useActions";
import { useFullSize } from "./hooks/useFullSize";
import { usePlan } from "./hooks/usePlan";
import { useSavedRows } from "./hooks/useSavedRows";
import { useTheme } from "./hooks/useTheme";
import { preloadActivityForm } from "./views/ActivityForm";
import { CalendarView } from "./views/CalendarView";

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
  const missing = state ? missingTables(state) : [];

  let body: JSX.Element;
  if (!state) {
    body = reading.error ? (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>The plan could not be read</MessageBarTitle>
          {reading.error}
        </MessageBarBody>
      </MessageBar>
    ) : (
      <Spinner className={styles.center} label="Reading the plan…" />
    );
  } else if (missing.length > 0) {
    body = <SetUpScreen missing={missing} actions={actions} />;
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
                  <MessageBar intent="error">
                    <MessageBarBody>{fullSize.error}</MessageBarBody>
                  </MessageBar>
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
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Could not re-read the plan</MessageBarTitle>
              {reading.error}
            </MessageBarBody>
          </MessageBar>
        )}
        <StatusBars actions={actions} />
        <LostRows saved={saved} />
        <DeletedRow key={actions.deleted?.seq ?? 0} actions={actions} />
        {body}
      </main>
    </>
  );
}
