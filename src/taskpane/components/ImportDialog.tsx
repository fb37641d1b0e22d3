/** Import CSV: choose or paste a file, see what would be added and what is rejected, then add. */
import {
  Body1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { PlanState } from "../../workbook";
import { useActionFailure } from "../hooks/useActionFailure";
import type { Actions } from "../hooks/useActions";
import { type ImportPreview, previewCsv } from "../import/csv";
import { ActionDialog } from "./ActionDialog";
import { FilePicker } from "./FilePicker";
import { ActionError } from "./StatusBars";

const useStyles = makeStyles({
  surface: { maxWidth: "min(600px, calc(100vw - 16px))" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "30vh", overflowY: "auto" },
});

interface Props {
  state: PlanState;
  actions: Actions;
  onClose: () => void;
}

export function ImportDialog({ state, actions, onClose }: Props) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const { failure, settle } = useActionFailure(onClose);
  const busy = actions.busy === "import";

  const show = (csv: string) => {
    setText(csv);
    setPreview(csv.trim() === "" ? null : previewCsv(csv, state.plan));
  };

  const add = async () => {
    if (!preview?.table || preview.accepted.length === 0) return;
    const result = await actions.importRows(
      preview.table,
      preview.accepted.map((r) => r.row)
    );
    settle(result, "The rows were not added.");
  };

  const count = preview?.accepted.length ?? 0;
  return (
    <ActionDialog
      title="Import CSV"
      busy={busy}
      onClose={onClose}
      describedByContent
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      primary={{
        label: count > 0 ? `Add ${count} ${count === 1 ? "row" : "rows"}` : "Add rows",
        disabled: count === 0,
        onClick: () => void add(),
      }}
    >
      <Body1 as="p">
        A CSV file with a header row: activities (ID, Activity, Lane, Team, Campaign, Start, End,
        …), results (Month, Channel, Lane, Campaign, Spend, Leads, Qualified, Closed, Revenue) or
        budget lines (Line, Team, Lane, Campaign, Status, Jan … Dec). Nothing is written until you
        confirm.
      </Body1>
      <FilePicker label="CSV file" button="Choose CSV file…" accept=".csv,text/csv" onText={show} />
      <Field label="Or paste CSV text">
        <Textarea value={text} resize="vertical" rows={4} onChange={(_, d) => show(d.value)} />
      </Field>
      {preview && <PreviewList preview={preview} />}
      {failure && <ActionError message={failure} />}
    </ActionDialog>
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
