/** A dialog's failed action: the message to show, or the dialog closes when the action succeeds. */
import { useState } from "react";
import type { ActionResult } from "./useActions";

export function useActionFailure(onClose: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  /** Closes on success; else keeps the dialog open with the action's error (or `fallback`). */
  const settle = (result: ActionResult, fallback: string) => {
    if (result.ok) onClose();
    else setFailure(result.error ?? fallback);
  };
  return { failure, setFailure, settle };
}
