/**
 * The Meeting view full size, for a projector: the page of an Office dialog in Excel (meeting.html)
 * and of the preview's full-window view. It gets the plan from the pane that opened it (a dialog
 * cannot read the workbook), checks it with the same rules, and never writes.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type DialogParent, type ExcelHost, type PlanState, stateFromMessage } from "../workbook";
import { useTheme } from "./hooks/useTheme";
import { MeetingView } from "./views/MeetingView";

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
});

export function MeetingPage({ parent, host }: { parent: DialogParent; host?: ExcelHost }) {
  const theme = useTheme(host);
  const styles = useStyles();
  const [state, setState] = useState<PlanState | null>(null);
  useEffect(() => {
    parent.onMessage((message) => {
      const next = stateFromMessage(message);
      if (next) setState(next);
    });
    parent.ready();
  }, [parent]);
  return (
    <FluentProvider theme={theme} style={{ height: "100%" }}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" size={700} weight="semibold" className={styles.title}>
            Joint Plan — the year for the meeting
          </Text>
          <Button onClick={() => parent.close()}>Close full size</Button>
        </header>
        <main>
          {state ? (
            <MeetingView state={state} />
          ) : (
            <Spinner label="Waiting for the plan from the Joint Plan pane…" />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
