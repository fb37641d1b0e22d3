/**
 * Add or edit an activity (loaded on demand through ./ActivityForm): fields labelled by column
 * header, validated with the domain's activitySchema before anything is written.
 */
import { Dropdown, Field, Input, Option, Textarea } from "@fluentui/react-components";
import { CampaignField } from "./CampaignField";
import { useRowForm } from "../hooks/useRowForm";
import { TEAMS } from "../../workbook";
import { monthLabel } from "../model/format";
import { tableKeys } from "../model/ids";
import { activityCellText, type ActivityFormValues, emptyActivityForm } from "../model/rowForms";
import { validateActivity } from "../model/validate";
import type { ActivityFormProps } from "./ActivityForm";
import { RowFormDialog } from "./RowFormDialog";
import { useFormStyles } from "./formStyles";

/**
 * The activity form's state: the activity's values, or a new one's defaults (computed here, once,
 * from every row of the table), checked against every row's ID before a write.
 */
export function useActivityForm({ state, actions, edit, onClose }: ActivityFormProps) {
  return useRowForm<ActivityFormValues>({
    table: "Activities",
    noun: "activity",
    initial: () => (edit ? edit.values : emptyActivityForm(state)),
    edit,
    actions,
    validate: (values) =>
      validateActivity(values, state.plan, edit ? edit.id : null, {
        keys: tableKeys(state, "Activities"),
        ownRow: edit ? edit.ref.row : null,
      }),
    onClose,
    cellText: activityCellText(state.plan),
  });
}

export function ActivityFormDialog(props: ActivityFormProps) {
  const { state, edit, onClose } = props;
  const styles = useFormStyles();
  const plan = state.plan;
  const form = useActivityForm(props);
  const { values, set, field } = form;

  const monthOptions = plan.months.map((m) => (
    <Option key={m} value={m} text={monthLabel(m)}>
      {monthLabel(m)}
    </Option>
  ));
  const monthDropdown = (name: "Start" | "End") => (
    <Field {...field(name)} required={name === "Start"}>
      <Dropdown
        value={values[name] ? monthLabel(values[name]) : ""}
        selectedOptions={values[name] ? [values[name]] : []}
        onOptionSelect={(_, d) => set(name, d.optionValue ?? "")}
      >
        {monthOptions}
      </Dropdown>
    </Field>
  );

  return (
    <RowFormDialog
      title={edit ? `Edit activity ${edit.id}` : "Add activity"}
      form={form}
      edit={Boolean(edit)}
      deleteQuestion={`Delete activity ${edit?.id} “${edit?.values.Activity}”? Its row is removed from the Activities table.`}
      onClose={onClose}
    >
      <div className={styles.pair}>
        <Field {...field("ID")} required>
          <Input value={values.ID} onChange={(_, d) => set("ID", d.value)} />
        </Field>
        <Field {...field("Team")} required>
          <Dropdown
            value={values.Team}
            selectedOptions={values.Team ? [values.Team] : []}
            onOptionSelect={(_, d) => set("Team", d.optionValue ?? "")}
          >
            {TEAMS.map((t) => (
              <Option key={t} value={t}>
                {t}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field {...field("Activity")} required>
        <Input value={values.Activity} onChange={(_, d) => set("Activity", d.value)} />
      </Field>
      <Field {...field("Lane")} required>
        <Dropdown
          value={values.Lane}
          selectedOptions={values.Lane ? [values.Lane] : []}
          onOptionSelect={(_, d) => set("Lane", d.optionValue ?? "")}
        >
          {plan.lanes.map((l) => (
            <Option key={l.lane} value={l.lane} text={l.lane}>
              {`${l.lane} (${l.side} side)`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <CampaignField form={form} plan={plan} />
      <div className={styles.pair}>
        {monthDropdown("Start")}
        {monthDropdown("End")}
      </div>
      <div className={styles.pair}>
        <Field {...field("Expected leads")}>
          <Input
            inputMode="numeric"
            value={values["Expected leads"]}
            onChange={(_, d) => set("Expected leads", d.value)}
          />
        </Field>
        <Field {...field("Follow-up hours")}>
          <Input
            inputMode="decimal"
            value={values["Follow-up hours"]}
            onChange={(_, d) => set("Follow-up hours", d.value)}
          />
        </Field>
      </div>
      <Field {...field("Notes")}>
        <Textarea
          value={values.Notes}
          resize="vertical"
          onChange={(_, d) => set("Notes", d.value)}
        />
      </Field>
    </RowFormDialog>
  );
}
