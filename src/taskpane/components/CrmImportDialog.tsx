/**
 * Import CRM report: choose a Salesforce or HubSpot export (or any CSV, mapped
 * here), see the date format it uses, the Results rows to add and update and
 * every rejected line, then write. Rows typed by hand are changed only when the
 * person ticks the box; nothing is written for a file that cannot be read.
 */
import {
  Body1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  type CrmFigures,
  type CrmMapping,
  DATE_FORMAT_EXAMPLE,
  DATE_FORMATS,
  type DateFormat,
  type PlanState,
} from "../../workbook";
import { useActionFailure } from "../hooks/useActionFailure";
import type { Actions } from "../hooks/useActions";
import {
  crmWrites,
  type CrmPreview,
  parseCrmFile,
  type ParsedCrmFile,
  previewCrm,
} from "../import/crm";
import { monthLabel } from "../model/format";
import { ActionDialog } from "./ActionDialog";
import { FilePicker } from "./FilePicker";
import { ActionError } from "./StatusBars";

const useStyles = makeStyles({
  surface: { maxWidth: "min(640px, calc(100vw - 16px))" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "25vh", overflowY: "auto" },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  // Fluent's Dropdown and Input keep their own minimum width; in a 350 px pane they must shrink
  // to their grid cell, or the last one is cut off at the dialog's right edge.
  control: { minWidth: 0, width: "100%" },
});

/** Lists longer than this show their first lines and say how many more there are. */
const SHOWN = 200;

interface Props {
  state: PlanState;
  actions: Actions;
  onClose: () => void;
}

const MAPPED: ReadonlyArray<[keyof CrmMapping, string]> = [
  ["channel", "Channel (lead source)"],
  ["created", "Created date"],
  ["stage", "Stage"],
  ["won", "Won (yes/no)"],
  ["closeDate", "Close date"],
  ["amount", "Amount"],
];

const BLANK_MAPPING: CrmMapping = {
  channel: "",
  created: null,
  stage: null,
  won: null,
  closeDate: null,
  amount: null,
  wonStages: [],
  dateFormat: null,
};

export function CrmImportDialog({ state, actions, onClose }: Props) {
  const styles = useStyles();
  const [file, setFile] = useState<ParsedCrmFile | null>(null);
  const [mapping, setMapping] = useState<CrmMapping | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [keep, setKeep] = useState<boolean | null>(null);
  const { failure, setFailure, settle } = useActionFailure(onClose);
  const busy = actions.busy === "import";

  const preview = useMemo(
    () => (file ? previewCrm(file, state, mapping) : null),
    [file, state, mapping]
  );
  // A mapping chosen or changed here is kept by default; a recognised export needs none.
  const keepMapping = keep ?? Boolean(file && (!preview?.recognised || mapping !== null));
  const writes = preview
    ? crmWrites(preview, state, { overwriteByHand: overwrite, keepMapping })
    : null;
  const changes = writes ? writes.updates.length + writes.additions.length : 0;

  const onFile = (text: string) => {
    setMapping(null);
    setFailure(null);
    setFile(parseCrmFile(text));
  };

  const write = async () => {
    if (!writes || (changes === 0 && writes.settings.length === 0)) return;
    settle(await actions.importCrm(writes), "The import was not written.");
  };

  const current = mapping ?? preview?.mapping ?? { ...BLANK_MAPPING };
  const change = (next: Partial<CrmMapping>) => setMapping({ ...current, ...next });

  return (
    <ActionDialog
      title="Import CRM report"
      busy={busy}
      onClose={onClose}
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      primary={{
        label: changes > 0 ? `Write ${changes} ${changes === 1 ? "row" : "rows"}` : "Write",
        disabled: !writes || (changes === 0 && writes.settings.length === 0),
        onClick: () => void write(),
      }}
    >
      <Body1 as="p">
        The CSV export of a Salesforce or HubSpot report of leads or opportunities (deals), or any
        CSV whose columns you map here. Leads count in the month they were created, won deals and
        their amounts in the month they closed, per lead source. Nothing is written until you
        confirm.
      </Body1>
      <FilePicker
        label="CRM report file"
        button="Choose CRM export…"
        accept=".csv,text/csv,text/plain"
        onText={onFile}
      />
      {preview && (
        <>
          <MappingFields
            preview={preview}
            mapping={current}
            onChange={change}
            keep={keepMapping}
            onKeep={setKeep}
          />
          <CrmPreviewList preview={preview} overwrite={overwrite} onOverwrite={setOverwrite} />
        </>
      )}
      {failure && <ActionError message={failure} />}
    </ActionDialog>
  );
}

interface MappingProps {
  preview: CrmPreview;
  mapping: CrmMapping;
  onChange: (next: Partial<CrmMapping>) => void;
  keep: boolean;
  onKeep: (keep: boolean) => void;
}

function MappingFields({ preview, mapping, onChange, keep, onKeep }: MappingProps) {
  const styles = useStyles();
  const headers = preview.file.headers;
  if (preview.file.errors.length > 0 || headers.length === 0) return null;
  const detected = preview.report?.dates;
  return (
    <section aria-label="Columns">
      <Subtitle2 as="h3">
        {preview.recognised
          ? `Columns: ${preview.recognised.kind === "saved mapping" ? "as mapped last time" : `a ${preview.recognised.kind} export`}`
          : "Columns: not a Salesforce or HubSpot export. Choose which column holds what."}
      </Subtitle2>
      <div className={styles.fields}>
        {MAPPED.map(([key, label]) => (
          <Field key={key} label={label} size="small">
            <Dropdown
              size="small"
              className={styles.control}
              value={(mapping[key] as string | null) || "(none)"}
              selectedOptions={[(mapping[key] as string | null) ?? ""]}
              onOptionSelect={(_, d) =>
                onChange({
                  [key]: key === "channel" ? (d.optionValue ?? "") : d.optionValue || null,
                })
              }
            >
              <Option value="">(none)</Option>
              {headers.map((h, i) => (
                <Option key={`${i}:${h}`} value={h}>
                  {h || `(column ${i + 1})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
        <Field label="Dates are written as" size="small">
          <Dropdown
            size="small"
            className={styles.control}
            value={
              mapping.dateFormat ??
              (detected ? `${detected.format} (detected)` : "Detect from the file")
            }
            selectedOptions={[mapping.dateFormat ?? ""]}
            onOptionSelect={(_, d) =>
              onChange({ dateFormat: (d.optionValue || null) as DateFormat | null })
            }
          >
            <Option value="">Detect from the file</Option>
            {DATE_FORMATS.map((f) => (
              <Option key={f} value={f} text={f}>
                {`${f} (${DATE_FORMAT_EXAMPLE[f]})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Other won stages" size="small" hint="Comma-separated">
          <Input
            size="small"
            className={styles.control}
            value={mapping.wonStages.join(", ")}
            onChange={(_, d) =>
              onChange({
                wonStages: d.value
                  .split(",")
                  .map((s) => s.trim())
                  .filter((s) => s !== ""),
              })
            }
          />
        </Field>
      </div>
      <Checkbox
        checked={keep}
        onChange={(_, d) => onKeep(Boolean(d.checked))}
        label="Keep this mapping in the Settings table for next time"
      />
    </section>
  );
}

interface ListProps {
  preview: CrmPreview;
  overwrite: boolean;
  onOverwrite: (overwrite: boolean) => void;
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** What a row's revenue leaves out: won deals without an Amount (unknown, never counted as 0). */
function leftOutText(f: CrmFigures) {
  const n = f.revenueLeftOut ?? 0;
  if (n === 0) return "";
  const deals = count(n, "won deal");
  return f.revenue === null
    ? ` (${deals} without an Amount)`
    : ` (leaves out ${deals} without an Amount)`;
}

/** The revenue in words, with what it leaves out. */
function revenueText(f: CrmFigures) {
  const revenue = f.revenue === null ? "not reported" : f.revenue.toLocaleString("en-US");
  return `revenue ${revenue}${leftOutText(f)}`;
}

function figuresText(f: CrmFigures) {
  return [
    f.leads !== null && count(f.leads, "lead"),
    f.closed !== null && count(f.closed, "closed deal"),
    (f.revenue !== null || f.revenueLeftOut) && revenueText(f),
  ]
    .filter(Boolean)
    .join(", ");
}

function Capped<T>({
  items,
  label,
  render,
}: {
  items: T[];
  label: string;
  render: (item: T) => string;
}) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label} tabIndex={0}>
      {items.slice(0, SHOWN).map((item, i) => (
        <li key={i}>{render(item)}</li>
      ))}
      {items.length > SHOWN && <li>…and {count(items.length - SHOWN, "more line")}.</li>}
    </ul>
  );
}

export function CrmPreviewList({ preview, overwrite, onOverwrite }: ListProps) {
  const { report, merge } = preview;
  const byHand = merge?.updates.filter((u) => u.byHand) ?? [];
  return (
    <section aria-label="Import preview">
      {preview.errors.map((e) => (
        <MessageBar key={e} intent="error">
          <MessageBarBody>{e} Nothing will be written.</MessageBarBody>
        </MessageBar>
      ))}
      {report && report.errors.length === 0 && (
        <Body1 as="p" block role="note" aria-label="Date format">
          Dates read as {report.dates.format} (for example{" "}
          {DATE_FORMAT_EXAMPLE[report.dates.format]}): {report.dates.read.toLocaleString("en-US")}{" "}
          of {report.dates.total.toLocaleString("en-US")} dates.
          {report.dates.alsoFits.length > 0 &&
            ` They could also be ${report.dates.alsoFits.join(" or ")}: choose the format above if so.`}
        </Body1>
      )}
      {report && merge && (
        <Body1 as="p" block role="note" aria-label="Import summary">
          {count(report.lines, "line")}: {count(merge.additions.length, "Results row")} to add,{" "}
          {merge.updates.length.toLocaleString("en-US")} to update,{" "}
          {merge.unchanged.toLocaleString("en-US")} unchanged;{" "}
          {count(report.rejected.length, "line")} rejected
          {report.partial.length > 0 && `, ${count(report.partial.length, "line")} counted in part`}
          .
          {report.footerLines > 0 &&
            ` The report's footer (${count(report.footerLines, "line")}) is skipped.`}
          {!report.reports.closes &&
            " This file reports no closed deals: Closed stays blank (not reported), never 0."}
        </Body1>
      )}
      {merge && (
        <>
          <Capped
            items={merge.additions}
            label="Rows to add"
            render={(a) =>
              `${monthLabel(a.figures.month)} ${a.figures.channel}: ${figuresText(a.figures)}`
            }
          />
          <Capped
            items={merge.updates}
            label="Rows to update"
            render={(u) =>
              `Results row ${u.row}, ${monthLabel(u.month)} ${u.channel}: ` +
              u.changes
                .map(
                  (c) =>
                    `${c.column} ${c.from === "" || c.from === null ? "(blank)" : String(c.from)} → ${c.to}`
                )
                .join(", ") +
              (u.figures.revenueLeftOut ? `; ${revenueText(u.figures)}` : "") +
              (u.byHand ? " (typed by hand)" : "")
            }
          />
          {byHand.length > 0 && (
            <Checkbox
              checked={overwrite}
              onChange={(_, d) => onOverwrite(Boolean(d.checked))}
              label={`Also overwrite ${count(byHand.length, "row")} typed by hand (left as they are unless ticked)`}
            />
          )}
          <Capped
            items={merge.ambiguous}
            label="Rows left alone"
            render={(a) =>
              `${monthLabel(a.month)} ${a.channel}: Results rows ${a.rows.join(", ")} share this month and channel, so the import cannot tell which to update. Merge them into one row to import it.`
            }
          />
        </>
      )}
      {report && (
        <>
          <Capped
            items={report.rejected}
            label="Lines rejected"
            render={(r) => `Line ${r.line}: ${r.message}`}
          />
          <Capped
            items={report.partial}
            label="Lines counted in part"
            render={(r) => `Line ${r.line}: ${r.message}`}
          />
          <Capped
            items={report.warnings}
            label="Lines to check"
            render={(r) => `Line ${r.line}: ${r.message}`}
          />
        </>
      )}
    </section>
  );
}
