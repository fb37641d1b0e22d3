/**
 * The shell of a dialog that does one thing (import a CSV, import a CRM report, save a baseline):
 * its title and content, the button that does it (with a spinner while it runs) and Cancel.
 * While the action runs neither Cancel nor Escape closes it, so a write is never left half seen.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ActionDialogProps {
  title: string;
  /** The action is running. */
  busy: boolean;
  onClose: () => void;
  /** The button that does the dialog's action; with `onSubmit`, Enter presses it too. */
  primary: { label: ReactNode; disabled?: boolean; onClick?: () => void };
  /** Makes the dialog a form: Enter in a field submits it. */
  onSubmit?: () => void;
  /** Fluent names the dialog's description after its content; false where the content is a form. */
  describedByContent?: boolean;
  surfaceClassName?: string;
  contentClassName?: string;
  actionsClassName?: string;
  /** Buttons as wide as the dialog in a narrow pane. */
  fluidActions?: boolean;
  children: ReactNode;
}

export function ActionDialog(props: ActionDialogProps) {
  const { title, busy, onClose, primary, onSubmit, children } = props;
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={props.contentClassName}>{children}</DialogContent>
      <DialogActions className={props.actionsClassName} fluid={props.fluidActions}>
        <Button
          appearance="primary"
          type={onSubmit ? "submit" : undefined}
          disabled={busy || primary.disabled}
          onClick={onSubmit ? undefined : primary.onClick}
          icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        >
          {primary.label}
        </Button>
        <Button disabled={busy} onClick={onClose}>
          Cancel
        </Button>
      </DialogActions>
    </DialogBody>
  );
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface
        className={props.surfaceClassName}
        {...(props.describedByContent ? {} : { "aria-describedby": undefined })}
      >
        {onSubmit ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            {body}
          </form>
        ) : (
          body
        )}
      </DialogSurface>
    </Dialog>
  );
}
