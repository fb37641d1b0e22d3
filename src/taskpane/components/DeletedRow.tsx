/** After a delete, the offer to put the row back: by the user's explicit action only. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { tableSpecs } from "../../workbook";
import type { Actions } from "../hooks/useActions";
import { savedRowName } from "./LostRows";

/** Give it `key={actions.deleted?.seq}`, so that a later delete starts with no old refusal. */
export function DeletedRow({ actions }: { actions: Actions }) {
  const deleted = actions.deleted;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!deleted) return null;
  const name = savedRowName({
    table: deleted.table,
    key: tableSpecs(0)[deleted.table].key ?? null,
    values: deleted.values,
  });
  const putBack = async () => {
    setBusy(true);
    const result = (await actions.putBackDeleted?.()) ?? { ok: false };
    setBusy(false);
    setError(result.ok ? null : (result.error ?? "It was not put back."));
  };
  const dismiss = () => {
    setError(null);
    actions.dismissDeleted?.();
  };
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Deleted {name}</MessageBarTitle>
        Put it back adds it again as a new row at the end of the {deleted.table} table.
        {error && <div role="alert">Not put back: {error}</div>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss" onClick={dismiss}>
            ✕
          </Button>
        }
      >
        <Button onClick={() => void putBack()} disabled={busy}>
          Put it back
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
