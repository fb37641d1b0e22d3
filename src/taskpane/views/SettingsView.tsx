/** Settings: each setting saved on its own (validated as the checker reads it), and the lanes. */
import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { type Cell, type Side, SETTINGS_ROWS, SIDES } from "../../workbook";
import { useCommonStyles } from "../components/styles";
import { settingCell, settingError, settingText } from "../model/settings";
import type { ViewProps } from "./types";

const HINTS: Record<string, string> = {
  "Plan starts": "First month of the plan year, e.g. Jan 2027 or 2027-01.",
  Currency: "ISO code, e.g. USD or EUR.",
  "Annual budget cap": "Upper bound on the year's total spend; blank for none.",
  "Follow-up window (months)": "0 to 3 months after an activity in which sales may follow up.",
  "Air-cover window (months)":
    "0 to 3 months before a sales activity in which marketing may cover it.",
  "Siloed spend threshold": "Share of a month's spend, e.g. 50%.",
  "Response SLA (hours)": "Promised time for sales to contact a new lead.",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // Label above; the input and its Save button on one line at any pane width; hint below.
  control: {
    // A grid item of Field: without this it is at least as wide as the input's intrinsic width.
    minWidth: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  input: { flexGrow: 1, minWidth: 0 },
  save: { flexShrink: 0 },
  laneForm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  laneFields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
  },
  // Fluent's Dropdown is 250 px wide by default: too wide beside another field in a narrow pane.
  dropdown: { minWidth: 0, width: "100%" },
  addLane: { alignSelf: "flex-start" },
  lanes: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  lane: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  laneName: { minWidth: 0, overflowWrap: "anywhere" },
  laneButtons: { flexShrink: 0 },
});

function rawSetting(settings: Record<string, Cell>, name: string): Cell {
  const key = Object.keys(settings).find((k) => k.trim().toLowerCase() === name.toLowerCase());
  return key === undefined ? null : settings[key];
}

export function SettingsView({ state, actions }: ViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="settings-title">
        <Subtitle2 as="h2" id="settings-title" className={styles.heading}>
          Settings
        </Subtitle2>
        {SETTINGS_ROWS.map(({ setting }) => (
          <SettingField
            key={setting}
            setting={setting}
            saved={rawSetting(state.workbook.input.settings, setting)}
            actions={actions}
          />
        ))}
      </section>
      <Lanes state={state} actions={actions} />
    </div>
  );
}

function SettingField({
  setting,
  saved,
  actions,
}: {
  setting: string;
  saved: Cell;
  actions: ViewProps["actions"];
}) {
  const styles = useStyles();
  const [text, setText] = useState(() => settingText(setting, saved));
  const [seen, setSeen] = useState<Cell>(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A co-author's change shows up unless the user is typing a change of their own.
  if (saved !== seen && text === settingText(setting, seen)) {
    setSeen(saved);
    setText(settingText(setting, saved));
  }
  const save = async () => {
    const value = settingCell(setting, text);
    const problem = settingError(setting, value);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setSaving(true);
    const result = await actions.saveSetting(setting, seen, value);
    setSaving(false);
    if (!result.ok) return setError(result.error ?? "Not saved.");
    // What was saved is now the value seen (shown as the checker reads it, e.g. "march 2027" as
    // "Mar 2027"), so the re-read plan replaces it and Save is off until the next change.
    setSeen(value);
    setText(settingText(setting, value));
  };
  const unchanged = text === settingText(setting, seen);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        label={setting}
        hint={HINTS[setting]}
        validationMessage={error ?? undefined}
        validationState={error ? "error" : "none"}
      >
        {(control) => (
          <div className={styles.control}>
            <Input
              {...control}
              className={styles.input}
              value={text}
              onChange={(_, d) => setText(d.value)}
            />
            <Button
              className={styles.save}
              type="submit"
              disabled={saving || unchanged}
              aria-label={`Save ${setting}`}
            >
              Save
            </Button>
          </div>
        )}
      </Field>
    </form>
  );
}

function Lanes({ state, actions }: ViewProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [lane, setLane] = useState("");
  const [side, setSide] = useState<Side>("Marketing");
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<number | null>(null);
  const hasTable = !!state.workbook.tables.Lanes;
  const rows = state.workbook.input.lanes ?? [];
  const valueOf = (row: Record<string, Cell>, name: string) => {
    const key = Object.keys(row).find((k) => k.trim().toLowerCase() === name.toLowerCase());
    return key === undefined ? "" : String(row[key] ?? "");
  };

  const add = async () => {
    const name = lane.trim();
    if (name === "") return setError("Lane is required.");
    if (state.plan.lanes.some((l) => l.lane.toLowerCase() === name.toLowerCase()))
      return setError(`Lane '${name}' already exists.`);
    setError(null);
    const result = await actions.addRow("Lanes", { Lane: name, Side: side });
    if (result.ok) setLane("");
    else setError(result.error ?? "Not saved.");
  };

  return (
    <section className={styles.section} aria-labelledby="lanes-title">
      <Subtitle2 as="h2" id="lanes-title" className={styles.heading}>
        Lanes
      </Subtitle2>
      {!hasTable && (
        <Body1 as="p">
          The workbook has no Lanes table, so the standard lanes apply. Use Set up plan to add the
          table.
        </Body1>
      )}
      <ul className={styles.lanes}>
        {hasTable
          ? rows.map((row, i) => {
              const name = valueOf(row, "Lane");
              return (
                <li key={`${i}-${name}`} className={styles.lane}>
                  <Body1 className={styles.laneName}>
                    {name} ({valueOf(row, "Side")} side)
                  </Body1>
                  {confirm === i ? (
                    <span className={mergeClasses(common.row, styles.laneButtons)}>
                      <Button
                        size="small"
                        appearance="primary"
                        aria-label={`Confirm delete lane ${name}`}
                        onClick={async () => {
                          const ref = actions.rowRef("Lanes", i + 1);
                          setConfirm(null);
                          if (ref) await actions.deleteRow(ref);
                        }}
                      >
                        Delete
                      </Button>
                      <Button size="small" onClick={() => setConfirm(null)}>
                        Cancel
                      </Button>
                    </span>
                  ) : (
                    <Button
                      size="small"
                      className={styles.laneButtons}
                      aria-label={`Delete lane ${name}`}
                      onClick={() => setConfirm(i)}
                    >
                      Delete
                    </Button>
                  )}
                </li>
              );
            })
          : state.plan.lanes.map((l) => (
              <li key={l.lane}>
                <Body1>
                  {l.lane} ({l.side} side)
                </Body1>
              </li>
            ))}
      </ul>
      {hasTable && (
        <form
          className={styles.laneForm}
          aria-label="Add a lane"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <div className={styles.laneFields}>
            <Field
              label="Lane"
              validationMessage={error ?? undefined}
              validationState={error ? "error" : "none"}
            >
              <Input className={styles.input} value={lane} onChange={(_, d) => setLane(d.value)} />
            </Field>
            <Field label="Side">
              <Dropdown
                className={styles.dropdown}
                value={side}
                selectedOptions={[side]}
                onOptionSelect={(_, d) => setSide((d.optionValue as Side) ?? "Marketing")}
              >
                {SIDES.map((s) => (
                  <Option key={s} value={s}>
                    {s}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <Button className={styles.addLane} type="submit">
            Add lane
          </Button>
        </form>
      )}
    </section>
  );
}
