/** Shown instead of the pane when this Excel lacks what Joint Plan needs (ExcelApi 1.7). */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { ExcelHost } from "../../workbook";
import { useTheme } from "../hooks/useTheme";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
});

export function Unsupported({ host, message }: { host?: ExcelHost; message: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={useTheme(host)}>
      <main className={styles.root}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Joint Plan cannot run here</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
