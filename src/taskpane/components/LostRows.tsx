/** One banner per row this pane saved that a co-author's change, arriving at the same moment, took away. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { type Cell, monthLabel, type SavedRow } from "../../workbook";
import type { SavedRowsHook } from "../hooks/useSavedRows";

const WORDS: Record<SavedRow["table"], string> = {
  Activities: "activity",
  Budget: "budget line",
  Lanes: "lane",
  Settings: "setting",
  Results: "Results row",
  Doors: "door",
  Targets: "target",
  Baselines: "baseline row",
};

/** How the user knows the row: "activity N-4", or for a Results row its channel and month. */
export function savedRowName(row: SavedRow): string {
  const text = (v: Cell | undefined) => String(v ?? "").trim();
  if (row.key) return `${WORDS[row.table]} ${text(row.values[row.key])}`;
  const what = [text(row.values.Channel), monthLabel(text(row.values.Month))].filter(Boolean);
  return what.length > 0 ? `${WORDS[row.table]} (${what.join(", ")})` : WORDS[row.table];
}

export function LostRows({ saved }: { saved: SavedRowsHook }) {
  return (
    <>
      {saved.lost.map((row, i) => (
        <LostRow key={`${i} ${savedRowName(row)}`} row={row} saved={saved} />
      ))}
    </>
  );
}

function LostRow({ row, saved }: { row: SavedRow; saved: SavedRowsHook }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const putBack = async () => {
    setBusy(true);
    const result = await saved.putBack(row);
    setBusy(false);
    setError(result.ok ? null : (result.error ?? null));
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Row lost</MessageBarTitle>
        Your {savedRowName(row)} was lost when a co-author&apos;s change arrived at the same moment.
        {error && <div role="alert">Not put back: {error}</div>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss" onClick={() => saved.dismiss(row)}>
            ✕
          </Button>
        }
      >
        <Button onClick={putBack} disabled={busy}>
          Put it back
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
