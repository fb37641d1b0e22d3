/** One setting: its input and its own Save, validated as the checker reads it before it is written. */
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Cell, Plan } from "../../workbook";
import type { Actions } from "../hooks/useActions";
import {
  planStartsStory,
  type PlanStartsStory,
  settingCell,
  settingError,
  settingText,
} from "../model/settings";

const HINTS: Record<string, string> = {
  "Plan starts": "First month of the plan year, e.g. Jan 2027 or 2027-01.",
  Currency: "ISO code, e.g. USD or EUR.",
  "Annual budget cap": "Upper bound on the year's total spend; blank for none.",
  "Follow-up window (months)": "0 to 3 months after an activity in which sales may follow up.",
  "Air-cover window (months)":
    "0 to 3 months before a sales activity in which marketing may cover it.",
  "Siloed spend threshold": "Share of a month's spend, e.g. 50%.",
  "Response SLA (hours)": "Promised time for sales to contact a new lead.",
  // The funnel (Demand view): how a revenue target becomes the leads a month needs.
  "Average deal size":
    "Revenue of one closed deal; turns each revenue target into deals. Blank: from Results.",
  "Lead-to-close rate":
    "Share of leads that close, e.g. 12%; turns deals into required leads. Blank: from Results.",
  "Sales cycle (months)":
    "0 to 12: months from a lead to its deal; a target's leads are needed this much earlier.",
  // Measurement (the two-way scorecard).
  "Follow-up target":
    "Share of leads sales should contact within the Response SLA, e.g. 90%; below it is flagged.",
  "Channel shift threshold":
    "How far a channel must fall or rise, e.g. 30%, while total leads hold, to flag a shift.",
};

const useStyles = makeStyles({
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
  confirm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SettingFieldProps {
  setting: string;
  /** The setting's cell as the workbook holds it now. */
  saved: Cell;
  actions: Actions;
  /** The plan as read now: a new Plan starts shows what it moves before it is saved. */
  plan?: Plan;
}

export function SettingField({ setting, saved, actions, plan }: SettingFieldProps) {
  const styles = useStyles();
  const [text, setText] = useState(() => settingText(setting, saved));
  const [seen, setSeen] = useState<Cell>(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A change that moves money or activities waits here until the user confirms it.
  const [pending, setPending] = useState<{ value: Cell; story: PlanStartsStory } | null>(null);
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
    const story = plan ? planStartsStory(setting, value, plan, plan.settings.currency) : null;
    if (story) {
      setPending({ value, story });
      return;
    }
    await write(value);
  };
  const write = async (value: Cell) => {
    setPending(null);
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
              onChange={(_, d) => {
                setText(d.value);
                setPending(null);
              }}
            />
            <Button
              className={styles.save}
              type="submit"
              disabled={saving || unchanged || pending !== null}
              aria-label={`Save ${setting}`}
            >
              Save
            </Button>
          </div>
        )}
      </Field>
      {pending && (
        <MessageBar intent="warning" layout="multiline" className={styles.confirm}>
          <MessageBarBody className={styles.confirm}>
            <MessageBarTitle>Changing {setting} moves the plan</MessageBarTitle>
            {pending.story.money.length > 0 && (
              <>
                <Body1 as="p">
                  The Budget&apos;s month columns follow the plan year, so their money changes date:
                </Body1>
                <ul className={styles.list} aria-label="Money that changes date">
                  {pending.story.money.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            {pending.story.outside.length > 0 && (
              <>
                <Body1 as="p">Activities and results keep their months:</Body1>
                <ul className={styles.list} aria-label="What falls outside the year">
                  {pending.story.outside.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => void write(pending.value)}>
                Change {setting}
              </Button>
              <Button onClick={() => setPending(null)}>Keep {settingText(setting, seen)}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
