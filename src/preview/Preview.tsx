/**
 * The preview page: the task pane (the same App that runs in Excel) beside the simulated workbook
 * it talks to. Nothing leaves the page: no Excel, no server, no network.
 */
import {
  Caption1,
  FluentProvider,
  makeStyles,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import { App } from "../taskpane/App";
import { MeetingPage } from "../taskpane/MeetingPage";
import type { DialogParent, ExcelHost } from "../workbook";
import { dialogPair } from "./dialog";
import { FullWindow } from "./FullWindow";
import type { OnRedraw } from "./host";
import type { Workbook } from "./sheet";
import { WorkbookView } from "./WorkbookView";

const PANE_WIDTH = 400;

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "grid",
    gridTemplateRows: "auto 1fr",
    gridTemplateColumns: `${PANE_WIDTH}px 1fr`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    gridColumn: "1 / 3",
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#107c41",
    color: tokens.colorNeutralForegroundOnBrand,
  },
  // Each side is laid out on its own: drawing the pane's calendar does not lay out the grid again.
  pane: {
    contain: "strict",
    overflow: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  workbook: {
    contain: "strict",
    minHeight: 0,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewProps {
  workbook: Workbook;
  host: ExcelHost;
  /** Registers a callback for "something changed, redraw the grid"; returns its removal. */
  onRedraw: OnRedraw;
}

export function Preview({ workbook, host, onRedraw }: PreviewProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [downloading, setDownloading] = useState(false);
  // The full-size Meeting view: in Excel an Office dialog; here the same page over the whole window.
  const [dialog, setDialog] = useState<{ parent: DialogParent; close: () => void } | null>(null);
  const paneHost = useMemo<ExcelHost>(
    () => ({
      ...host,
      openDialog: (_page, events) => {
        const close = () => {
          setDialog(null);
          events.onClosed();
        };
        const pair = dialogPair(events, close);
        setDialog({ parent: pair.parent, close });
        return Promise.resolve(pair.opened);
      },
    }),
    [host]
  );

  useEffect(() => {
    let queued = false;
    const redraw = () => {
      if (queued) return;
      queued = true;
      setTimeout(() => {
        queued = false;
        // The grid is redrawn at low priority: the task pane's own updates come first.
        startTransition(() => setVersion((v) => v + 1));
      }, 0);
    };
    const stopEdits = workbook.subscribe(redraw);
    const stopRuns = onRedraw(redraw);
    return () => {
      stopEdits();
      stopRuns();
    };
  }, [workbook, onRedraw]);

  const download = useCallback(async () => {
    setDownloading(true);
    try {
      // exceljs is big: loaded only when someone downloads.
      const { saveXlsx } = await import(/* webpackChunkName: "xlsx" */ "../simulator/xlsx");
      const data = await saveXlsx(workbook);
      const blob = new Blob([data as ArrayBuffer], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = "Joint Plan.xlsx";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } finally {
      setDownloading(false);
    }
  }, [workbook]);

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header className={styles.header}>
        <Text weight="semibold" size={400}>
          Joint Plan — preview
        </Text>
        <Caption1>
          The task pane on a simulated workbook in your browser: no Excel, nothing is sent anywhere.
        </Caption1>
      </header>
      <div id="pane" className={styles.pane}>
        <App host={paneHost} />
      </div>
      <section className={styles.workbook} aria-label="Simulated workbook">
        <WorkbookView
          workbook={workbook}
          version={version}
          onDownload={() => void download()}
          downloading={downloading}
        />
      </section>
      {dialog && (
        <FullWindow label="Meeting (full size)" onClose={dialog.close}>
          <MeetingPage parent={dialog.parent} host={host} />
        </FullWindow>
      )}
    </FluentProvider>
  );
}
