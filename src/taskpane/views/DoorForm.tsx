/** Add or edit a door: its name, the sales team that answers it, its promised response time. */
import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import type { RowRef } from "../../workbook";
import { useRowForm } from "../hooks/useRowForm";
import { type DoorFormValues, validateDoor } from "../model/doorForm";
import { RowFormDialog } from "./RowFormDialog";
import { useFormStyles } from "./formStyles";
import type { ViewProps } from "./types";

export interface DoorEdit {
  ref: RowRef;
  door: string;
}

interface Props extends ViewProps {
  initial: DoorFormValues;
  edit: DoorEdit | null;
  onClose: () => void;
}

const NOBODY = "(nobody)";

export function DoorForm({ state, actions, initial, edit, onClose }: Props) {
  const styles = useFormStyles();
  const salesLanes = state.plan.lanes.filter((l) => l.side === "Sales").map((l) => l.lane);
  const form = useRowForm<DoorFormValues>({
    table: "Doors",
    noun: "door",
    initial,
    edit,
    actions,
    validate: (values) => validateDoor(values, state.workbook.input, edit ? edit.ref.row : null),
    onClose,
  });
  const { values, set, field } = form;
  // An owner typed in the sheet that is no sales lane stays selectable, so the form shows what is there.
  const owners =
    values.Owner && !salesLanes.some((l) => l.toLowerCase() === values.Owner.toLowerCase())
      ? [...salesLanes, values.Owner]
      : salesLanes;

  return (
    <RowFormDialog
      title={edit ? `Edit door ${edit.door}` : "Add door"}
      form={form}
      edit={Boolean(edit)}
      deleteQuestion={`Delete door ${edit?.door}? Its row is removed from the Doors table; activities that name it will need another door.`}
      onClose={onClose}
    >
      <Field
        {...field("Door")}
        required
        hint="The way prospects come in, e.g. Web form, Phone line."
      >
        <Input value={values.Door} onChange={(_, d) => set("Door", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field {...field("Owner")} hint="The sales team that answers its leads.">
          <Dropdown
            value={values.Owner || NOBODY}
            selectedOptions={[values.Owner]}
            onOptionSelect={(_, d) => set("Owner", d.optionValue ?? "")}
          >
            <Option value="">{NOBODY}</Option>
            {owners.map((o) => (
              <Option key={o} value={o}>
                {o}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field {...field("Response hours")} hint="Promised time to first contact.">
          <Input
            inputMode="decimal"
            value={values["Response hours"]}
            onChange={(_, d) => set("Response hours", d.value)}
          />
        </Field>
      </div>
    </RowFormDialog>
  );
}
