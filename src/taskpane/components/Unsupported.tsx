/**
 * Shown instead of the pane. Outside Excel (taskpane.html opened in a browser): where to open
 * Joint Plan, and the preview to try it. In an Excel too old for Joint Plan (ExcelApi 1.7): why it
 * cannot run.
 */
import {
  Body1,
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  tokens,
} from "@fluentui/react-components";
import type { ExcelHost } from "../../workbook";
import { useTheme } from "../hooks/useTheme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export function Unsupported({
  host,
  message,
  outsideExcel = false,
}: {
  host?: ExcelHost;
  message: string;
  /** Opened in a browser rather than in Excel. */
  outsideExcel?: boolean;
}) {
  const styles = useStyles();
  return (
    <FluentProvider theme={useTheme(host)}>
      <main className={styles.root}>
        {outsideExcel ? (
          <>
            <Title2 as="h1">Open Joint Plan from Excel&apos;s ribbon</Title2>
            <Body1 as="p">{message}</Body1>
            <Body1 as="p">
              {/* Relative links: they work wherever dist/ is hosted. */}
              <Link href="preview.html">Try the preview</Link>: the same pane beside a sample
              workbook, in this browser.
            </Body1>
            <Body1 as="p">
              <Link href="help.html">Help</Link>
            </Body1>
          </>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Joint Plan cannot run here</MessageBarTitle>
              {message}
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
