/**
 * The state and actions every add/edit row form shares: values, per-field errors, saving,
 * a failure message, the delete confirmation; Save validates first and writes nothing
 * unless the form is valid, and a failed write keeps everything the user typed.
 */
import { useState } from "react";
import type { Row, RowRef, WritableTable } from "../../workbook";
import type { FieldErrors } from "../model/rowForms";
import type { Validated } from "../model/validate";
import type { Actions } from "./useActions";

export interface RowFormOptions<V extends Record<string, string>> {
  table: WritableTable;
  /** What the row is called in messages: "activity", "budget line". */
  noun: string;
  initial: V | (() => V);
  /** The row being edited, or null when adding one. */
  edit: { ref: RowRef } | null;
  actions: Actions;
  validate: (values: V) => Validated;
  onClose: () => void;
}

/** What a form's fields and its dialog (RowFormDialog) use. */
export interface RowForm<V extends Record<string, string>> {
  values: V;
  /** Changes one field, and clears its error. */
  set: (name: string, value: string) => void;
  errors: FieldErrors;
  /** Props for a Fluent Field: its label and its error, next to it. */
  field: (
    name: string,
    label?: string
  ) => { label: string; validationMessage?: string; validationState: "error" | "none" };
  /** A write is under way. */
  saving: boolean;
  /** Why the last write failed, or null. */
  failure: string | null;
  dismissFailure: () => void;
  /** The user asked to delete and must confirm. */
  confirmDelete: boolean;
  setConfirmDelete: (confirming: boolean) => void;
  /** Validates, then adds or updates the row; closes on success. */
  save: () => Promise<void>;
  /** Deletes the edited row; closes on success. */
  remove: () => Promise<void>;
}

export function useRowForm<V extends Record<string, string>>(
  options: RowFormOptions<V>
): RowForm<V> {
  const { table, noun, edit, actions, validate, onClose } = options;
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors((e) => ({ ...e, [name]: "" }));
  };

  const field = (name: string, label = name) => ({
    label,
    validationMessage: errors[name] || undefined,
    validationState: errors[name] ? ("error" as const) : ("none" as const),
  });

  const save = async () => {
    if (saving) return;
    const result = validate(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    const outcome = edit
      ? await actions.updateRow(edit.ref, result.row as Row)
      : await actions.addRow(table, result.row as Row);
    setSaving(false);
    if (outcome.ok) onClose();
    else setFailure(outcome.error ?? `The ${noun} was not saved.`);
  };

  const remove = async () => {
    if (!edit || saving) return;
    setSaving(true);
    const outcome = await actions.deleteRow(edit.ref);
    setSaving(false);
    if (outcome.ok) onClose();
    else {
      setConfirmDelete(false);
      setFailure(outcome.error ?? `The ${noun} was not deleted.`);
    }
  };

  return {
    values,
    set,
    errors,
    field,
    saving,
    failure,
    dismissFailure: () => setFailure(null),
    confirmDelete,
    setConfirmDelete,
    save,
    remove,
  };
}
