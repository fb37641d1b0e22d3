/** Settings: each setting saved on its own (validated as the checker reads it), and the lanes. */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { type Cell, SETTINGS_ROWS, valueByName } from "../../workbook";
import { LayoutUpdateBar } from "../components/LayoutUpdateBar";
import { LanesEditor } from "./LanesEditor";
import { SettingField } from "./SettingField";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export function SettingsView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const settings = state.workbook.input.settings;
  return (
    <div className={styles.root}>
      <LayoutUpdateBar state={state} actions={actions} />
      {!actions.dropdowns && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This version of Excel (before Excel API 1.8) cannot add dropdowns, so the plan&apos;s
            tables have none: Lane, Team, Side, Status, Door and Owner take whatever is typed, and
            the Flags view names any value the plan does not allow.
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="settings-title">
        <Subtitle2 as="h2" id="settings-title" className={styles.heading}>
          Settings
        </Subtitle2>
        {SETTINGS_ROWS.map(({ setting }) => (
          <SettingField
            key={setting}
            setting={setting}
            saved={valueByName<Cell>(settings, setting) ?? null}
            actions={actions}
            plan={state.plan}
          />
        ))}
      </section>
      <section className={styles.section} aria-labelledby="lanes-title">
        <Subtitle2 as="h2" id="lanes-title" className={styles.heading}>
          Lanes
        </Subtitle2>
        <LanesEditor state={state} actions={actions} />
      </section>
    </div>
  );
}
