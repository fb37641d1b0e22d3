/** Settings: each setting saved on its own (validated as the checker reads it), and the lanes. */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import {
  type Cell,
  DEMAND_SETTING,
  MEASUREMENT_SETTINGS_ROWS,
  SETTINGS_ROWS,
  valueByName,
} from "../../workbook";
import { LayoutUpdateBar } from "../components/LayoutUpdateBar";
import { LanesEditor } from "./LanesEditor";
import { SettingField } from "./SettingField";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** The settings of the funnel (Demand view) and of measurement, each saved on its own like the others. */
const FUNNEL_SETTINGS = [
  DEMAND_SETTING.averageDealSize,
  DEMAND_SETTING.leadToCloseRate,
  DEMAND_SETTING.salesCycle,
];
const MEASUREMENT_SETTINGS = MEASUREMENT_SETTINGS_ROWS.map((r) => r.setting);

export function SettingsView({ state, actions }: ViewProps) {
  const styles = useStyles();
  const settings = state.workbook.input.settings;
  const field = (setting: string) => (
    <SettingField
      key={setting}
      setting={setting}
      saved={valueByName<Cell>(settings, setting) ?? null}
      actions={actions}
      plan={state.plan}
    />
  );
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
        {SETTINGS_ROWS.map(({ setting }) => field(setting))}
      </section>
      <section className={styles.section} aria-labelledby="funnel-title">
        <Subtitle2 as="h2" id="funnel-title" className={styles.heading}>
          Funnel
        </Subtitle2>
        {FUNNEL_SETTINGS.map(field)}
      </section>
      <section className={styles.section} aria-labelledby="measurement-title">
        <Subtitle2 as="h2" id="measurement-title" className={styles.heading}>
          Measurement
        </Subtitle2>
        {MEASUREMENT_SETTINGS.map(field)}
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
