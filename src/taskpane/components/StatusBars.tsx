/** The last action's error (e.g. a co-author conflict) and long tasks' progress and outcome. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
} from "@fluentui/react-components";
import type { Actions } from "../hooks/useActions";

const TASK_WORDS = {
  setup: "Setting up the plan…",
  rebuild: "Rebuilding the Plan calendar and Summary sheets…",
  import: "Importing rows…",
  layout: "Updating the plan layout…",
  baseline: "Saving the baseline…",
};

export function StatusBars({ actions }: { actions: Actions }) {
  return (
    <>
      {actions.busy && (
        <Field validationMessage={TASK_WORDS[actions.busy]} validationState="none">
          <ProgressBar
            aria-label={TASK_WORDS[actions.busy]}
            value={actions.progress ?? undefined}
            thickness="large"
          />
        </Field>
      )}
      {actions.error && <ActionError message={actions.error} onDismiss={actions.dismissError} />}
      {actions.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{actions.notice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss" onClick={actions.dismissNotice}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      )}
    </>
  );
}

export function ActionError({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not saved</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>
              ✕
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}
