/**
 * The activity form, loaded when first needed: the dialog (./ActivityFormDialog) brings the
 * domain's zod schemas and Fluent's Dialog, Combobox, Dropdown and Textarea, which the first view
 * does not need to draw. This module stays tiny; callers use it as they would the dialog.
 */
import { lazy, Suspense } from "react";
import type { RowRef } from "../../workbook";
import { Spinner } from "../components/Spinner";
import type { ActivityFormValues } from "../model/rowForms";
import type { ViewProps } from "./types";

export interface EditTarget {
  /** The row as the user saw it when they opened the form. */
  ref: RowRef;
  id: string;
  values: ActivityFormValues;
}

export interface ActivityFormProps extends ViewProps {
  /** Set when editing an existing activity; null to add one (the form proposes its defaults). */
  edit: EditTarget | null;
  onClose: () => void;
}

let loading: Promise<typeof import("./ActivityFormDialog")> | null = null;

/** Starts loading the dialog's code (e.g. when the pointer or focus reaches "Add activity"). */
export function preloadActivityForm(): Promise<typeof import("./ActivityFormDialog")> {
  if (!loading) {
    loading = import(/* webpackChunkName: "activity-form" */ "./ActivityFormDialog");
    // A failed download may be retried by the next attempt to open the form.
    loading.catch(() => (loading = null));
  }
  return loading;
}

const Dialog = lazy(() => preloadActivityForm().then((m) => ({ default: m.ActivityFormDialog })));

export function ActivityForm(props: ActivityFormProps) {
  return (
    <Suspense fallback={<Spinner size="tiny" label="Opening the form…" />}>
      <Dialog {...props} />
    </Suspense>
  );
}
