/** One of the calendar's filters: a label over Fluent's Select, "All …" first, then the options. */
import { Label, Select } from "@fluentui/react-components";
import { type FilterSelectProps, filterSelectId, useFilterStyles } from "./FilterField";

export function FilterSelect(props: FilterSelectProps) {
  const styles = useFilterStyles();
  const id = filterSelectId(props.label);
  return (
    <div className={styles.filter}>
      <Label htmlFor={id} size="small">
        {props.label}
      </Label>
      <Select
        id={id}
        size="small"
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      >
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </div>
  );
}
