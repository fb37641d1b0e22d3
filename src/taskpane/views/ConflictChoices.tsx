/**
 * After a write refused because someone changed the row: per field both changed, their value and
 * the user's, and a choice between them. Nothing is written until the user saves again.
 */
import { Body1, Body1Strong, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldConflict } from "../hooks/useRowForm";
import { monthLabel } from "../model/format";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  values: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/** A field's text as a person reads it: months as "Mar 2027", a blank said in words. */
function shown(text: string): string {
  if (text.trim() === "") return "(blank)";
  return /^\d{4}-\d{2}$/.test(text.trim()) ? monthLabel(text.trim()) : text;
}

export interface ConflictChoicesProps {
  conflicts: FieldConflict[];
  /** The field's label, as the form shows it. */
  label?: (field: string) => string;
  onTakeTheirs: (field: string) => void;
  onKeepYours: (field: string) => void;
  disabled?: boolean;
}

export function ConflictChoices(props: ConflictChoicesProps) {
  const { conflicts, label = (f: string) => f, onTakeTheirs, onKeepYours, disabled } = props;
  const styles = useStyles();
  if (conflicts.length === 0) return null;
  return (
    <div
      role="group"
      aria-label="Fields someone else changed while you were editing"
      className={styles.root}
    >
      <Body1 as="p">
        Someone else changed {conflicts.length === 1 ? "this field" : "these fields"} while you were
        editing. Your change was not saved: for each, take their value or keep yours, then Save.
      </Body1>
      {conflicts.map((c) => (
        <div key={c.field} role="group" aria-label={label(c.field)} className={styles.field}>
          <Body1Strong>{label(c.field)}</Body1Strong>
          <ul className={styles.values}>
            <li>Theirs: {shown(c.theirs)}</li>
            <li>Yours: {shown(c.yours)}</li>
          </ul>
          <div className={styles.buttons}>
            <Button size="small" disabled={disabled} onClick={() => onTakeTheirs(c.field)}>
              Take theirs
            </Button>
            <Button size="small" disabled={disabled} onClick={() => onKeepYours(c.field)}>
              Keep yours
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
