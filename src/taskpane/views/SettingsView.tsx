/** Settings: each setting saved on its own (validated as the checker reads it), and the lanes. */
import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { type Cell, type Side, SETTINGS_ROWS, SIDES } from "../../workbook";
import { useCommonStyles } from "../components/styles";
import { monthLabel } from "../model/format";
import { settingCell, settingError, settingText } from "../model/settings";
import type { ViewProps } from "./types";

const HINTS: Record<string, string> = {
  "Plan starts": "First month of the plan year, e.g. 2027-01 or Jan 2027.",
  Currency: "ISO code, e.g. USD or EUR.",
  "Annual budget cap": "Upper bound on the year's total spend; blank for none.",
  "Follow-up window (months)": "0 to 3 months after an activity in which sales may follow up.",
  "Air-cover window (months)": "0 to 3 months before a sales activity in which marketing may cover it.",
  "Siloed spend threshold": "Share of a month's spend, e.g. 50%.",
  "Response SLA (hours)": "Promised time for sales to contact a new lead.",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  setting: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  grow: { flexGrow: 1, minWidth: "180px" },
  lanes: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  lane: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

function rawSetting(settings: Record<string, Cell>, name: string): Cell {
  const key = Object.keys(settings).find((k) => k.trim().toLowerCase() === name.toLowerCase());
  return key === undefined ? null : settings[key];
}

export function SettingsView({ state, actions }: ViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <section aria-labelledby="settings-title">
        <Subtitle2 as="h2" id="settings-title">
          Settings
        </Subtitle2>
        {SETTINGS_ROWS.map(({ setting }) => (
          <SettingField
            key={setting}
            setting={setting}
            saved={rawSetting(state.workbook.input.settings, setting)}
            actions={actions}
            planStarts={state.plan.settings.planStarts}
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
  planStarts,
}: {
  setting: string;
  saved: Cell;
  actions: ViewProps["actions"];
  planStarts: string | null;
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
    if (!result.ok) setError(result.error ?? "Not saved.");
  };
  const hint =
    setting === "Plan starts" && planStarts ? `${HINTS[setting]} Now ${monthLabel(planStarts)}.` : HINTS[setting];
  return (
    <form
      className={styles.setting}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        className={styles.grow}
        label={setting}
        hint={hint}
        validationMessage={error ?? undefined}
        validationState={error ? "error" : "none"}
      >
        <Input value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button type="submit" disabled={saving || text === settingText(setting, seen)} aria-label={`Save ${setting}`}>
        Save
      </Button>
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
    <section aria-labelledby="lanes-title">
      <Subtitle2 as="h2" id="lanes-title">
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
                  <Body1>
                    {name} ({valueOf(row, "Side")} side)
                  </Body1>
                  {confirm === i ? (
                    <span className={common.row}>
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
                    <Button size="small" aria-label={`Delete lane ${name}`} onClick={() => setConfirm(i)}>
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
          className={styles.setting}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Field
            label="Lane"
            className={styles.grow}
            validationMessage={error ?? undefined}
            validationState={error ? "error" : "none"}
          >
            <Input value={lane} onChange={(_, d) => setLane(d.value)} />
          </Field>
          <Field label="Side">
            <Dropdown
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
          <Button type="submit">Add lane</Button>
        </form>
      )}
    </section>
  );
}
