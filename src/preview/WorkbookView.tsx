/**
 * The simulated workbook, as a co-author sees it in Excel: sheet tabs, a formula bar and a grid.
 * Edits made here go through the simulator's person.ts, i.e. as another person editing the same
 * workbook by hand, so the task pane receives them as Remote changes.
 */
import {
  Button,
  Caption1,
  Input,
  makeStyles,
  mergeClasses,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  type KeyboardEvent,
  type MouseEvent,
  startTransition,
  useEffect,
  useRef,
  useState,
} from "react";
import {
  cellAddress,
  type CellValue,
  columnLetters,
  parseCellAddress,
  person,
  type Workbook,
} from "./sheet";

/** Rows drawn at first (a big plan has thousands); "Show more rows" adds more. */
const ROW_PAGE = 200;
/**
 * Rows drawn in the page's first frame: more than a screenful. The rest of the first page follows
 * when the browser is idle, so the grid does not hold up the task pane's first read and draw.
 */
const FIRST_FRAME_ROWS = 60;

/** Runs `fn` when the browser is idle (at the latest after `timeout` ms); returns its cancellation. */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 50);
  return () => window.clearTimeout(id);
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  address: { width: "6rem" },
  value: { flexGrow: 1, minWidth: "12rem" },
  status: { color: tokens.colorNeutralForeground2, minHeight: "1.2em" },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    minHeight: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "fixed",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 2,
    width: "3rem",
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: "2px 4px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: "right",
    padding: "0 4px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
    height: "1.4rem",
  },
  number: { textAlign: "right" },
  formula: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  notes: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  inSelection: { backgroundColor: tokens.colorBrandBackground2 },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  more: { margin: tokens.spacingVerticalM },
});

export interface WorkbookViewProps {
  workbook: Workbook;
  /**
   * Changes whenever the workbook changed (edits, the pane's selection): the same
   * Workbook object then draws anew, since its props changed.
   */
  version: number;
  onDownload(): void;
  downloading: boolean;
}

// One formatter each, made once: toLocaleString with options builds a new Intl formatter on every
// call, which made drawing a 200-row grid take hundreds of milliseconds.
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const MONTH = new Intl.DateTimeFormat("en-US", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

function display(v: CellValue, format: string): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number") return v;
  if (format.includes("%")) return `${Math.round(v * 1000) / 10}%`;
  if (/[ymd]/i.test(format) && !/general/i.test(format)) {
    // An Excel date serial (1900 system): shown as the month it names, as the sheet's format does.
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return /d/i.test(format) ? date.toISOString().slice(0, 10) : MONTH.format(date);
  }
  return NUMBER.format(v);
}

export function WorkbookView({ workbook, onDownload, downloading }: WorkbookViewProps) {
  const styles = useStyles();
  const sheets = workbook.sheets.filter((s) => s.visibility === "Visible");
  const activeId = workbook.activeSheetId;
  const [sheetId, setSheetId] = useState<string | null>(activeId);
  const [rowsShown, setRowsShown] = useState(FIRST_FRAME_ROWS);
  const [address, setAddress] = useState("A1");
  const [value, setValue] = useState("");
  const [status, setStatus] = useState("");
  const valueRef = useRef<HTMLInputElement>(null);

  useEffect(
    () => whenIdle(() => startTransition(() => setRowsShown((n) => Math.max(n, ROW_PAGE))), 2000),
    []
  );

  // Follow the workbook's active sheet when the pane activates one (e.g. selecting an activity),
  // and only then: another change to the workbook leaves the sheet the user chose by its tab.
  const activations = workbook.activations;
  useEffect(() => {
    if (activeId) setSheetId(activeId);
  }, [activeId, activations]);

  const sheet = sheets.find((s) => s.id === sheetId) ?? sheets[0];
  const selection =
    sheet && workbook.selection && workbook.selection.sheetId === sheet.id
      ? workbook.selection.rect
      : null;

  // Recomputed on every draw: `version` changes when the workbook does.
  const used = sheet ? workbook.usedRect(sheet, true) : null;
  const lastRow = Math.max(used ? used.r1 : 0, 19);
  const lastCol = Math.max(used ? used.c1 : 0, 7);
  const rowEnd = Math.min(lastRow, rowsShown - 1);

  const pick = (r: number, c: number) => {
    if (!sheet) return;
    setAddress(cellAddress(r, c));
    setValue(String(workbook.formulaAt(sheet, r, c)));
  };

  // One handler for the whole grid (a cell says where it is in data-address), not two per cell.
  const cellAt = (event: MouseEvent<HTMLElement>) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>("td[data-address]");
    return td?.dataset.address ? parseCellAddress(td.dataset.address) : null;
  };
  const onGridClick = (event: MouseEvent<HTMLElement>) => {
    const at = cellAt(event);
    if (at) pick(at.r, at.c);
  };
  const onGridDoubleClick = (event: MouseEvent<HTMLElement>) => {
    const at = cellAt(event);
    if (!at) return;
    pick(at.r, at.c);
    valueRef.current?.focus();
  };
  const current = address.toUpperCase();

  const commit = () => {
    if (!sheet) return;
    const at = parseCellAddress(address);
    if (!at) {
      setStatus(`"${address}" is not a cell address (try B3).`);
      return;
    }
    try {
      person(workbook).setCell(sheet.name, cellAddress(at.r, at.c), value === "" ? null : value);
      setStatus(`A co-author typed into ${sheet.name}!${cellAddress(at.r, at.c)}.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const onValueKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      commit();
    }
  };

  const columns: number[] = [];
  for (let c = 0; c <= lastCol; c++) columns.push(c);
  const rows: number[] = [];
  for (let r = 0; r <= rowEnd; r++) rows.push(r);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Text weight="semibold">Workbook</Text>
        <Caption1>Edits here are made as a co-author, as if someone else typed in Excel.</Caption1>
        <span style={{ flexGrow: 1 }} />
        <Button onClick={onDownload} disabled={downloading}>
          {downloading ? "Preparing .xlsx…" : "Download as .xlsx"}
        </Button>
      </div>
      <Caption1 as="p" className={styles.notes}>
        This simulated workbook does not calculate formulas: a cell with a formula shows the
        formula; Excel shows its result. The .xlsx download has no chart (Excel&apos;s own workbook
        has the Summary sheet&apos;s chart); Excel calculates its formulas when you open it.
      </Caption1>
      <TabList
        aria-label="Sheets"
        size="small"
        selectedValue={sheet?.id}
        onTabSelect={(_, data) => {
          setSheetId(String(data.value));
          setRowsShown(ROW_PAGE);
        }}
      >
        {sheets.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.bar} role="group" aria-label="Formula bar">
        <Input
          className={styles.address}
          aria-label="Cell address"
          value={address}
          onChange={(_, data) => setAddress(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              const at = parseCellAddress(address);
              if (at) pick(at.r, at.c);
              valueRef.current?.focus();
            }
          }}
        />
        <Input
          className={styles.value}
          aria-label="Cell value"
          input={{ ref: valueRef }}
          value={value}
          onChange={(_, data) => setValue(data.value)}
          onKeyDown={onValueKey}
        />
        <Button appearance="primary" onClick={commit}>
          Enter
        </Button>
        <Caption1 className={styles.status} role="status">
          {status}
        </Caption1>
      </div>
      <div
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={sheet ? `Sheet ${sheet.name}` : "No sheets"}
      >
        {sheet && (
          <table className={styles.table} aria-label={`Cells of ${sheet.name}`}>
            <colgroup>
              <col style={{ width: "3rem" }} />
              {columns.map((c) => {
                const w = sheet.columnWidths.get(c);
                return (
                  <col key={c} style={{ width: `${Math.min(240, Math.max(56, w ?? 80))}px` }} />
                );
              })}
            </colgroup>
            <thead>
              <tr>
                <td className={styles.corner} />
                {columns.map((c) => (
                  <th key={c} scope="col" className={styles.colHead}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody onClick={onGridClick} onDoubleClick={onGridDoubleClick}>
              {rows.map((r) => (
                <tr key={r}>
                  <th scope="row" className={styles.rowHead}>
                    {r + 1}
                  </th>
                  {columns.map((c) => {
                    const cell = sheet.cell(r, c);
                    // The simulated workbook does not calculate most formulas (SUMIFS, …): a
                    // formula cell shows its formula, never a 0 Excel would not show.
                    const formula = cell?.formula ?? null;
                    const v = cell ? workbook.valueAt(sheet, r, c) : "";
                    const text =
                      formula !== null
                        ? formula
                        : cell
                          ? display(v, workbook.numberFormatAt(sheet, r, c))
                          : "";
                    const selected =
                      selection &&
                      r >= selection.r0 &&
                      r <= selection.r1 &&
                      c >= selection.c0 &&
                      c <= selection.c1;
                    const at = cellAddress(r, c);
                    const here = at === current;
                    return (
                      <td
                        key={c}
                        data-address={at}
                        title={text}
                        className={mergeClasses(
                          styles.cell,
                          cell && formula === null && typeof v === "number"
                            ? styles.number
                            : undefined,
                          formula !== null ? styles.formula : undefined,
                          cell?.bold ? styles.bold : undefined,
                          selected ? styles.inSelection : undefined,
                          here ? styles.current : undefined
                        )}
                        style={
                          cell?.fill && !selected
                            ? { backgroundColor: cell.fill, color: cell.fontColor ?? undefined }
                            : cell?.fontColor
                              ? { color: cell.fontColor }
                              : undefined
                        }
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rowEnd < lastRow && (
          <Button className={styles.more} onClick={() => setRowsShown((n) => n + ROW_PAGE * 5)}>
            Show more rows ({lastRow - rowEnd} more)
          </Button>
        )}
      </div>
    </div>
  );
}
