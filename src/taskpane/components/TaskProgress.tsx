/** A long task's progress bar and words (StatusBars loads it when a long task starts). */
import { Field, ProgressBar } from "@fluentui/react-components";

export function TaskProgress({ words, progress }: { words: string; progress: number | null }) {
  return (
    <Field validationMessage={words} validationState="none">
      <ProgressBar aria-label={words} value={progress ?? undefined} thickness="large" />
    </Field>
  );
}
