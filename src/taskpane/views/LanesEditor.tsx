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
import { useState } from "react";
import { type Row, type Side, SIDES } from "../../workbook";
import { useCommonStyles } from "../components/styles";
import type { Actions } from "../hooks/useActions";
import { useRowForm } from "../hooks/useRowForm";
import { capacityText, hasCapacityColumn, laneRowsToAdd, lanesInForce } from "../model/lanes";
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
  laneItem: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  lane: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  laneName: { minWidth: 0, overflowWrap: "anywhere" },
  laneButtons: { flexShrink: 0 },
});

export function LanesEditor({ state, actions }: ViewProps) {
  const styles = useStyles();
  const inForce = lanesInForce(state);
  if (!state.workbook.tables.Lanes) {
    return (
      <>
        <Body1 as="p">
          The workbook has no Lanes table, so the standard lanes apply. Use Set up plan to add the
          table.
        </Body1>
        <DefaultLanes lanes={inForce.lanes} />
      </>
    );
  }
  return (
    <>
      {inForce.fromTable ? (
        <ul className={styles.lanes} aria-label="Lanes">
          {inForce.rows.map((r) => (
            <LaneItem
              key={`${r.row}-${r.lane}`}
              row={r.row}
              values={{ Lane: r.lane, Side: r.side as Side, Capacity: r.capacity }}
              state={state}
              actions={actions}
            />
          ))}
        </ul>
      ) : (
        <>
          <Body1 as="p">
            The Lanes table is empty, so these default lanes apply. Adding a lane writes them into
            the table with it, so that they stay.
          </Body1>
          <DefaultLanes lanes={inForce.lanes} />
        </>
      )}
      {!hasCapacityColumn(state) && (
        <Body1 as="p" block>
          This plan&apos;s Lanes table has no Capacity column: Update plan layout adds it, so that
          each Sales-side lane can say how many new leads it can follow up a month.
        </Body1>
      )}
      <AddLaneForm state={state} actions={actions} />
    </>
  );
}

/** The lanes in force when the table holds none: listed, not deletable (they are in no row). */
function DefaultLanes({ lanes }: { lanes: Array<{ lane: string; side: string }> }) {
  const styles = useStyles();
  return (
    <ul className={styles.lanes} aria-label="Lanes">
      {lanes.map((l) => (
        <li key={l.lane}>
          <Body1>
            {l.lane} ({l.side} side)
          </Body1>
        </li>
      ))}
    </ul>
  );
}

interface LaneItemProps extends ViewProps {
  /** 1-based data row of the Lanes table. */
  row: number;
  values: LaneFormValues;
}

/**
 * A lane of the table, with its capacity (Sales side), Edit capacity and Delete with its
 * confirmation. The capacity is written through useRowForm: only the changed cell, refused with
 * the co-author's value if the cell changed meanwhile.
 */
function LaneItem({ row, values, state, actions }: LaneItemProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const ref = actions.rowRef("Lanes", row);
  const [editing, setEditing] = useState(false);
  const columns = state.workbook.tables.Lanes?.headers ?? [];
  // A failed delete shows in the pane's status bar (actions.error); a failed edit under its field.
  const form = useRowForm<LaneFormValues>({
    table: "Lanes",
    noun: "lane",
    initial: values,
    edit: ref ? { ref } : null,
    actions,
    validate: (v) => validateLane(v, state.plan, { columns, ownLane: values.Lane }),
    onClose: () => setEditing(false),
  });
  const name = values.Lane;
  const sales = values.Side === "Sales";
  const canEdit = sales && hasCapacityColumn(state) && ref !== null;
  const capacity = form.field("Capacity");
  const conflict = form.conflicts.find((c) => c.field === "Capacity");
  return (
    <li className={styles.laneItem}>
      <div className={styles.lane}>
        <Body1 className={styles.laneName}>
          {name || "(no name)"} ({values.Side || "no"} side)
          {sales && `, ${capacityText(values.Capacity)}`}
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
            <Button
              size="small"
              disabled={form.saving}
              onClick={() => form.setConfirmDelete(false)}
            >
              Cancel
            </Button>
          </span>
        ) : (
          <span className={mergeClasses(common.row, styles.laneButtons)}>
            {canEdit && !editing && (
              <Button
                size="small"
                aria-label={`Edit capacity of lane ${name}`}
                onClick={() => setEditing(true)}
              >
                Capacity
              </Button>
            )}
            <Button
              size="small"
              aria-label={`Delete lane ${name}`}
              onClick={() => form.setConfirmDelete(true)}
            >
              Delete
            </Button>
          </span>
        )}
      </div>
      {editing && (
        <form
          className={styles.laneForm}
          aria-label={`Capacity of lane ${name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void form.save();
          }}
        >
          <Field
            label="Capacity (new leads a month)"
            hint="Blank: no capacity planned."
            validationMessage={
              capacity.validationMessage ??
              (conflict
                ? `Someone else changed it to ${conflict.theirs || "blank"} meanwhile; nothing was saved. Use theirs or keep yours (${conflict.yours || "blank"}).`
                : (form.failure ?? undefined))
            }
            validationState={
              capacity.validationMessage || conflict || form.failure ? "error" : "none"
            }
          >
            <Input
              className={styles.input}
              inputMode="numeric"
              value={form.values.Capacity}
              onChange={(_, d) => form.set("Capacity", d.value)}
            />
          </Field>
          <span className={common.row}>
            <Button
              type="button"
              appearance="primary"
              size="small"
              disabled={form.saving}
              onClick={() => void form.save()}
            >
              Save capacity
            </Button>
            {conflict && (
              <>
                <Button size="small" type="button" onClick={() => form.takeTheirs("Capacity")}>
                  Use theirs
                </Button>
                <Button size="small" type="button" onClick={() => form.keepYours("Capacity")}>
                  Keep yours
                </Button>
              </>
            )}
            <Button size="small" type="button" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </span>
        </form>
      )}
    </li>
  );
}

/** Adds a lane; what was typed stays when the write fails, the name clears when it succeeds. */
function AddLaneForm({ state, actions }: { state: ViewProps["state"]; actions: Actions }) {
  const styles = useStyles();
  const columns = state.workbook.tables.Lanes?.headers ?? [];
  const form = useRowForm<LaneFormValues>({
    table: "Lanes",
    noun: "lane",
    initial: { Lane: "", Side: "Marketing", Capacity: "" },
    edit: null,
    actions,
    validate: (values) => validateLane(values, state.plan, { columns }),
    // The form stays for the next lane, on the same side.
    onClose: () => {
      form.set("Lane", "");
      form.set("Capacity", "");
    },
  });
  const { values, set, field } = form;
  const [adding, setAdding] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const failure = form.failure ?? failed;
  // While the table holds no lane, the defaults are written with the new one (one write), so
  // that adding "Events" does not leave Events the only lane.
  const submit = async () => {
    if (lanesInForce(state).fromTable) return form.save();
    const checked = validateLane(values, state.plan, { columns });
    if (!checked.ok) return form.save(); // shows the field's error
    if (adding) return;
    setAdding(true);
    setFailed(null);
    const outcome = await actions.addRows("Lanes", laneRowsToAdd(state, checked.row as Row));
    setAdding(false);
    if (outcome.ok) {
      set("Lane", "");
      set("Capacity", "");
    } else setFailed(outcome.error ?? "The lane was not added.");
  };
  const lane = field("Lane");
  const capacity = field("Capacity", "Capacity (new leads a month)");
  const showCapacity = values.Side === "Sales" && hasCapacityColumn(state);
  return (
    <form
      className={styles.laneForm}
      aria-label="Add a lane"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
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
            onOptionSelect={(_, d) => {
              set("Side", d.optionValue ?? "Marketing");
              // A Marketing-side lane has no capacity: what was typed for a Sales lane goes.
              if (d.optionValue !== "Sales") set("Capacity", "");
            }}
          >
            {SIDES.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {showCapacity && (
          <Field
            label={capacity.label}
            hint="Blank: no capacity planned."
            validationMessage={capacity.validationMessage}
            validationState={capacity.validationState}
          >
            <Input
              className={styles.input}
              inputMode="numeric"
              value={values.Capacity}
              onChange={(_, d) => set("Capacity", d.value)}
            />
          </Field>
        )}
      </div>
      <Button className={styles.addLane} type="submit">
        Add lane
      </Button>
    </form>
  );
}
