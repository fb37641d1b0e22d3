import { Button, DialogActions, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useFormStyles } from "./formStyles";

export interface FormActionsProps {
  /** A write is under way: every button waits. */
  saving: boolean;
  /** Editing an existing row (so it can be deleted), not adding one. */
  edit: boolean;
  /** The user asked to delete and must confirm. */
  confirmDelete: boolean;
  onConfirmDelete: (confirming: boolean) => void;
  onDelete: () => void;
  onClose: () => void;
  /** Another way to save, shown beside Save (e.g. "Save as Proposed"). */
  extra?: ReactNode;
}

/**
 * The buttons under a row's form: Save (submits the form), Delete with a confirmation step, Cancel.
 * Each button has its own key: React must never turn the confirming Delete into Save in place, or
 * a click on it could end up submitting the form (issue 9 §1).
 */
export function FormActions(props: FormActionsProps) {
  const styles = useFormStyles();
  const { saving, edit, confirmDelete, onConfirmDelete, onDelete, onClose, extra } = props;
  return (
    <DialogActions className={styles.actions} fluid>
      {confirmDelete ? (
        <>
          <Button
            key="confirm-delete"
            type="button"
            appearance="primary"
            disabled={saving}
            onClick={onDelete}
          >
            Delete
          </Button>
          <Button
            key="cancel-delete"
            type="button"
            disabled={saving}
            onClick={() => onConfirmDelete(false)}
          >
            Cancel
          </Button>
        </>
      ) : (
        <>
          <Button
            key="save"
            appearance="primary"
            type="submit"
            disabled={saving}
            icon={saving ? <Spinner size="extra-tiny" /> : undefined}
          >
            Save
          </Button>
          {extra}
          {edit && (
            <Button
              key="delete"
              type="button"
              disabled={saving}
              onClick={() => onConfirmDelete(true)}
            >
              Delete
            </Button>
          )}
          <Button key="cancel" type="button" disabled={saving} onClick={onClose}>
            Cancel
          </Button>
        </>
      )}
    </DialogActions>
  );
}
