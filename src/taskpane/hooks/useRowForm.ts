/**
 * The state and actions every add/edit row form shares: values, per-field errors, saving,
 * a failure message, the delete confirmation; Save validates first and writes nothing
 * unless the form is valid, and a failed write keeps everything the user typed.
 * An edit writes only the fields the user changed. When someone else changed the row meanwhile,
 * the form takes the row as it is now as its new starting point: their changes to fields the
 * user left alone show in the form, and each field both changed is a conflict the user settles
 * (take theirs or keep yours) before the next Save, which is made against that row.
 */
import { useState } from "react";
import { type Cell, type Row, type RowRef, type WritableTable, valueByName } from "../../workbook";
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
  /**
   * How a cell of the row, as read from the sheet, shows in a field (e.g. a month's date serial as
   * "2027-03"); used for someone else's values after a conflict. Default: plainCellText.
   */
  cellText?: (field: string, cell: Cell) => string;
}

/** A field both the user and someone else changed: their value (now in the sheet) and the user's. */
export interface FieldConflict {
  field: string;
  theirs: string;
  yours: string;
}

/** A cell as a field's text: numbers as digits, blank as "". */
export function plainCellText(_field: string, cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell);
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
  /** Validates, then adds or updates the row; closes on success. `change` overrides fields first. */
  save: (change?: Partial<V>) => Promise<void>;
  /** Deletes the edited row; closes on success. */
  remove: () => Promise<void>;
  /**
   * Fields both the user and a co-author changed, found when a write was refused; Save waits until
   * each is settled with takeTheirs or keepYours. Empty when there is none.
   */
  conflicts: FieldConflict[];
  /** Settles a conflict with the co-author's value (the field shows it; it is not written). */
  takeTheirs: (field: string) => void;
  /** Settles a conflict with the user's value (written by the next Save over theirs). */
  keepYours: (field: string) => void;
}

export function useRowForm<V extends Record<string, string>>(
  options: RowFormOptions<V>
): RowForm<V> {
  const { table, noun, edit, actions, validate, onClose } = options;
  const cellText = options.cellText ?? plainCellText;
  const [values, setValues] = useState<V>(options.initial);
  /** The values of the row as last seen (as opened, or as read at a conflict): what "changed" means. */
  const [base, setBase] = useState<V>(values);
  /** The row as read at a conflict: the next write's `before`. Until then, the caller's ref. */
  const [seen, setSeen] = useState<RowRef | null>(null);
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const ref = edit ? (seen ?? edit.ref) : null;

  /**
   * A write was refused because someone changed the row: it becomes the form's starting point.
   * Their changes to fields the user left alone show in the form; fields both changed (to
   * different values) become conflicts. Returns how many.
   */
  const startFrom = (current: RowRef): number => {
    const theirs = { ...base };
    for (const f of Object.keys(base)) {
      const cell = valueByName(current.before, f);
      if (cell !== undefined) (theirs as Record<string, string>)[f] = cellText(f, cell);
    }
    const found: FieldConflict[] = [];
    const next = { ...values };
    for (const f of Object.keys(base)) {
      const mine = values[f];
      const changedByThem = theirs[f] !== base[f];
      if (!changedByThem) continue;
      if (mine === base[f]) (next as Record<string, string>)[f] = theirs[f];
      else if (mine !== theirs[f]) found.push({ field: f, theirs: theirs[f], yours: mine });
    }
    setBase(theirs);
    setSeen(current);
    setValues(next);
    setConflicts(found);
    return found.length;
  };

  const settle = (field: string) => setConflicts((list) => list.filter((c) => c.field !== field));
  const takeTheirs = (field: string) => {
    const c = conflicts.find((x) => x.field === field);
    if (!c) return;
    setValues((v) => ({ ...v, [field]: c.theirs }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: "" }));
    settle(field);
  };
  const keepYours = (field: string) => settle(field);

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors((e) => ({ ...e, [name]: "" }));
  };

  const field = (name: string, label = name) => ({
    label,
    validationMessage: errors[name] || undefined,
    validationState: errors[name] ? ("error" as const) : ("none" as const),
  });

  const save = async (change?: Partial<V>) => {
    if (saving) return;
    if (conflicts.length > 0) {
      const names = conflicts.map((c) => c.field).join(", ");
      setFailure(`Choose theirs or yours for ${names} first; nothing was saved.`);
      return;
    }
    const asSaved = change ? { ...values, ...change } : values;
    const result = validate(asSaved);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(null);
      return;
    }
    setErrors({});
    setFailure(null);
    if (ref) {
      // Only what the user changed is written: a field left alone never overwrites the sheet.
      const after: Row = {};
      for (const [f, cell] of Object.entries(result.row))
        if (!(f in base) || asSaved[f] !== base[f]) after[f] = cell;
      if (Object.keys(after).length === 0) {
        onClose();
        return;
      }
      setSaving(true);
      const outcome = await actions.updateRow(ref, after);
      setSaving(false);
      if (outcome.ok) onClose();
      else if (outcome.conflict && startFrom(outcome.conflict.current) > 0) setFailure(null);
      else setFailure(outcome.error ?? `The ${noun} was not saved.`);
      return;
    }
    setSaving(true);
    const outcome = await actions.addRow(table, result.row as Row);
    setSaving(false);
    if (outcome.ok) onClose();
    else setFailure(outcome.error ?? `The ${noun} was not saved.`);
  };

  const remove = async () => {
    if (!ref || saving) return;
    setSaving(true);
    const outcome = await actions.deleteRow(ref);
    setSaving(false);
    if (outcome.ok) onClose();
    else {
      // Nothing else is written: the user sees the row as it is now, and the reason, until they act.
      if (outcome.conflict) startFrom(outcome.conflict.current);
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
    conflicts,
    takeTheirs,
    keepYours,
  };
}
