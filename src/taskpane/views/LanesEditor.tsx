/**
 * The Lanes table in Settings: each lane with Delete (confirmed first), and a form to add one.
 * Both go through useRowForm, as the activity and budget line forms do.
 */
import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  tokens,
} from "@fluentui/react-components";
import { type Row, type Side, SIDES, valueByName } from "../../workbook";
import { useCommonStyles } from "../components/styles";
import type { Actions } from "../hooks/useActions";
import { useRowForm } from "../hooks/useRowForm";
import type { LaneFormValues } from "../model/rowForms";
import { validateLane } from "../model/validate";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  input: { flexGrow: 1, minWidth: 0 },
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

const text = (row: Row, name: string) => String(valueByName(row, name) ?? "");

export function LanesEditor({ state, actions }: ViewProps) {
  const styles = useStyles();
  if (!state.workbook.tables.Lanes) {
    return (
      <>
        <Body1 as="p">
          The workbook has no Lanes table, so the standard lanes apply. Use Set up plan to add the
          table.
        </Body1>
        <ul className={styles.lanes}>
          {state.plan.lanes.map((l) => (
            <li key={l.lane}>
              <Body1>
                {l.lane} ({l.side} side)
              </Body1>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const rows = state.workbook.input.lanes ?? [];
  return (
    <>
      <ul className={styles.lanes}>
        {rows.map((row, i) => (
          <LaneItem
            key={`${i}-${text(row, "Lane")}`}
            row={i + 1}
            values={{ Lane: text(row, "Lane"), Side: text(row, "Side") as Side }}
            state={state}
            actions={actions}
          />
        ))}
      </ul>
      <AddLaneForm state={state} actions={actions} />
    </>
  );
}

interface LaneItemProps extends ViewProps {
  /** 1-based data row of the Lanes table. */
  row: number;
  values: LaneFormValues;
}

/** A lane of the table, with Delete and its confirmation. */
function LaneItem({ row, values, state, actions }: LaneItemProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const ref = actions.rowRef("Lanes", row);
  // The list only deletes; a failed delete shows in the pane's status bar (actions.error).
  const form = useRowForm<LaneFormValues>({
    table: "Lanes",
    noun: "lane",
    initial: values,
    edit: ref ? { ref } : null,
    actions,
    validate: (v) => validateLane(v, state.plan),
    onClose: () => {},
  });
  const name = values.Lane;
  return (
    <li className={styles.lane}>
      <Body1 className={styles.laneName}>
        {name} ({values.Side} side)
      </Body1>
      {form.confirmDelete ? (
        <span className={mergeClasses(common.row, styles.laneButtons)}>
          <Button
            size="small"
            appearance="primary"
            disabled={form.saving}
            aria-label={`Confirm delete lane ${name}`}
            onClick={() => void form.remove()}
          >
            Delete
          </Button>
          <Button size="small" disabled={form.saving} onClick={() => form.setConfirmDelete(false)}>
            Cancel
          </Button>
        </span>
      ) : (
        <Button
          size="small"
          className={styles.laneButtons}
          aria-label={`Delete lane ${name}`}
          onClick={() => form.setConfirmDelete(true)}
        >
          Delete
        </Button>
      )}
    </li>
  );
}

/** Adds a lane; what was typed stays when the write fails, the name clears when it succeeds. */
function AddLaneForm({ state, actions }: { state: ViewProps["state"]; actions: Actions }) {
  const styles = useStyles();
  const form = useRowForm<LaneFormValues>({
    table: "Lanes",
    noun: "lane",
    initial: { Lane: "", Side: "Marketing" },
    edit: null,
    actions,
    validate: (values) => validateLane(values, state.plan),
    // The form stays for the next lane, on the same side.
    onClose: () => form.set("Lane", ""),
  });
  const { values, set, field, failure } = form;
  const lane = field("Lane");
  return (
    <form
      className={styles.laneForm}
      aria-label="Add a lane"
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      <div className={styles.laneFields}>
        <Field
          label={lane.label}
          validationMessage={lane.validationMessage ?? failure ?? undefined}
          validationState={lane.validationMessage || failure ? "error" : "none"}
        >
          <Input
            className={styles.input}
            value={values.Lane}
            onChange={(_, d) => set("Lane", d.value)}
          />
        </Field>
        <Field label="Side">
          <Dropdown
            className={styles.dropdown}
            value={values.Side}
            selectedOptions={[values.Side]}
            onOptionSelect={(_, d) => set("Side", d.optionValue ?? "Marketing")}
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
  );
}
