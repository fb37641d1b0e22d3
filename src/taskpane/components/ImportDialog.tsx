/** Import CSV: choose or paste a file, see what would be added and what is rejected, then add. */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { PlanState } from "../../workbook";
import type { Actions } from "../hooks/useActions";
import { type ImportPreview, previewCsv } from "../import/csv";
import { ActionError } from "./StatusBars";

const useStyles = makeStyles({
  surface: { maxWidth: "min(600px, calc(100vw - 16px))" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "30vh", overflowY: "auto" },
});

interface Props {
  state: PlanState;
  actions: Actions;
  onClose: () => void;
}

export function ImportDialog({ state, actions, onClose }: Props) {
  const styles = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = actions.busy === "import";

  const show = (csv: string) => {
    setText(csv);
    setPreview(csv.trim() === "" ? null : previewCsv(csv, state.plan));
  };

  const onFile = async (list: FileList | null) => {
    const f = list?.[0];
    if (!f) return;
    setFileName(f.name);
    show(await f.text());
  };

  const add = async () => {
    if (!preview?.table || preview.accepted.length === 0) return;
    const result = await actions.importRows(
      preview.table,
      preview.accepted.map((r) => r.row)
    );
    if (result.ok) onClose();
    else setError(result.error ?? "The rows were not added.");
  };

  const count = preview?.accepted.length ?? 0;
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Import CSV</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p">
              A CSV file with a header row: activities (ID, Activity, Lane, Team, Campaign, Start,
              End, …), results (Month, Channel, Lane, Campaign, Spend, Leads, Qualified, Closed,
              Revenue) or budget lines (Line, Team, Lane, Campaign, Status, Jan … Dec). Nothing is
              written until you confirm.
            </Body1>
            <input
              ref={file}
              className={styles.hiddenInput}
              type="file"
              accept=".csv,text/csv"
              aria-label="CSV file"
              tabIndex={-1}
              onChange={(e) => void onFile(e.target.files)}
            />
            <div>
              <Button onClick={() => file.current?.click()}>Choose CSV file…</Button>
              {fileName && <Body1> {fileName}</Body1>}
            </div>
            <Field label="Or paste CSV text">
              <Textarea
                value={text}
                resize="vertical"
                rows={4}
                onChange={(_, d) => show(d.value)}
              />
            </Field>
            {preview && <PreviewList preview={preview} />}
            {error && <ActionError message={error} />}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || count === 0}
              onClick={() => void add()}
              icon={busy ? <Spinner size="extra-tiny" /> : undefined}
            >
              {count > 0 ? `Add ${count} ${count === 1 ? "row" : "rows"}` : "Add rows"}
            </Button>
            <Button disabled={busy} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function PreviewList({ preview }: { preview: ImportPreview }) {
  const styles = useStyles();
  return (
    <section aria-label="Import preview">
      {preview.errors.map((e) => (
        <MessageBar key={e} intent="error">
          <MessageBarBody>{e}</MessageBarBody>
        </MessageBar>
      ))}
      {preview.table && (
        <Body1 as="p">
          {preview.accepted.length} {preview.accepted.length === 1 ? "row" : "rows"} to add to{" "}
          {preview.table}; {preview.rejected.length} rejected.
          {preview.ignoredColumns.length > 0 &&
            ` Ignored columns: ${preview.ignoredColumns.join(", ")}.`}
        </Body1>
      )}
      {preview.accepted.length > 0 && (
        <ul className={styles.list} aria-label="Rows to add">
          {preview.accepted.map((r) => (
            <li key={r.line}>
              Line {r.line}: {r.label}
            </li>
          ))}
        </ul>
      )}
      {preview.rejected.length > 0 && (
        <ul className={styles.list} aria-label="Rows rejected">
          {preview.rejected.map((r) => (
            <li key={r.line}>
              Line {r.line} ({r.label}) rejected: {r.reasons.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
