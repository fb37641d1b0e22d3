/** A labelled dropdown of a few choices (which spend, which month, which baseline, which team). */
import { Dropdown, Field, Option } from "@fluentui/react-components";

export interface Choice<T extends string> {
  value: T;
  /** What the person reads, in the list and in the closed dropdown. */
  text: string;
}

export function ChoiceField<T extends string>({
  label,
  choices,
  value,
  onChange,
  size,
}: {
  label: string;
  choices: ReadonlyArray<Choice<T>>;
  /** The chosen value; null shows nothing chosen. */
  value: T | null;
  onChange: (value: T) => void;
  size?: "small";
}) {
  const chosen = choices.find((c) => c.value === value);
  return (
    <Field label={label} size={size}>
      <Dropdown
        size={size}
        value={chosen?.text ?? ""}
        selectedOptions={value === null ? [] : [value]}
        onOptionSelect={(_, d) => {
          if (d.optionValue !== undefined) onChange(d.optionValue as T);
        }}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.text}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
