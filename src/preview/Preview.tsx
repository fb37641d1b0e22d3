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
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import { App } from "../taskpane/App";
import { MeetingPage } from "../taskpane/MeetingPage";
import type { DialogParent, ExcelHost } from "../workbook";
import { dialogPair } from "./dialog";
import { FullWindow } from "./FullWindow";
import type { OnRedraw } from "./host";
import type { Workbook } from "./sheet";
import { WorkbookView } from "./WorkbookView";

const PANE_WIDTH = 400;
/** The grid is drawn this long after the page opened at the latest, if the pane ran no batch. */
const GRID_AT_THE_LATEST_MS = 1000;

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
  opening: { display: "block", padding: tokens.spacingHorizontalM },
});

/**
 * Whether the grid may be drawn: once the pane's first batch (its first read of the plan) has run
 * and the page has been painted after it, so that the grid's drawing, styles and layout never
 * delay the pane's first screen; after GRID_AT_THE_LATEST_MS at the latest (a pane that read
 * nothing, or a hidden page that gets no frames).
 */
function useGridAfterPanePaint(onRedraw: OnRedraw): boolean {
  const [shown, setShown] = useState(false);
  // A layout effect: listening before the pane's first read, which starts in the same commit.
  useLayoutEffect(() => {
    if (shown) return undefined;
    let frame: number | undefined;
    let queued: ReturnType<typeof setTimeout> | undefined;
    const show = () => startTransition(() => setShown(true));
    const stop = onRedraw(() => {
      if (frame !== undefined) return;
      // A task queued from the next frame's callback runs after that frame was painted.
      frame = requestAnimationFrame(() => {
        queued = setTimeout(show, 0);
      });
    });
    const latest = setTimeout(show, GRID_AT_THE_LATEST_MS);
    return () => {
      stop();
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(queued);
      clearTimeout(latest);
    };
  }, [onRedraw, shown]);
  return shown;
}

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
  const gridShown = useGridAfterPanePaint(onRedraw);
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
        {gridShown ? (
          <WorkbookView
            workbook={workbook}
            version={version}
            onDownload={() => void download()}
            downloading={downloading}
          />
        ) : (
          <Caption1 className={styles.opening}>Opening the workbook…</Caption1>
        )}
      </section>
      {dialog && (
        <FullWindow label="Meeting (full size)" onClose={dialog.close}>
          <MeetingPage parent={dialog.parent} host={host} />
        </FullWindow>
      )}
    </FluentProvider>
  );
}
