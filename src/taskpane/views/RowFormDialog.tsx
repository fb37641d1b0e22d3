/**
 * The dialog every add/edit row form shares (activity, budget line): title, the failure and
 * form-level messages, the fields or the delete question, and the buttons. Enter submits, Escape
 * cancels (not while saving), focus returns to the opener; a failed write keeps what was typed.
 */
import {
  Body1,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ActionError } from "../components/StatusBars";
import type { RowForm } from "../hooks/useRowForm";
import { ConflictChoices } from "./ConflictChoices";
import { FormActions } from "./FormActions";
import { useFormStyles } from "./formStyles";

export interface RowFormDialogProps {
  title: string;
  form: Omit<RowForm<Record<string, string>>, "values">;
  /** Editing an existing row (so it can be deleted), not adding one. */
  edit: boolean;
  /** The question shown before deleting, e.g. "Delete budget line B-01? …". */
  deleteQuestion: ReactNode;
  onClose: () => void;
  /** The form's fields. */
  children: ReactNode;
  /** Another way to save, beside Save. */
  extraActions?: ReactNode;
}

export function RowFormDialog(props: RowFormDialogProps) {
  const { title, form, edit, deleteQuestion, onClose, children } = props;
  const styles = useFormStyles();
  const { saving, failure, errors, confirmDelete } = form;
  // Forms made before conflicts were shown may pass a form without them.
  const conflicts = form.conflicts ?? [];
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !saving && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!confirmDelete) void form.save();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.fields}>
              {failure && <ActionError message={failure} onDismiss={form.dismissFailure} />}
              {errors._form && <ActionError message={errors._form} />}
              {!confirmDelete && (
                <ConflictChoices
                  conflicts={conflicts}
                  disabled={saving}
                  onTakeTheirs={form.takeTheirs}
                  onKeepYours={form.keepYours}
                />
              )}
              {confirmDelete ? <Body1 as="p">{deleteQuestion}</Body1> : children}
            </DialogContent>
            <FormActions
              saving={saving}
              edit={edit}
              confirmDelete={confirmDelete}
              onConfirmDelete={form.setConfirmDelete}
              onDelete={() => void form.remove()}
              onClose={onClose}
              extra={props.extraActions}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
