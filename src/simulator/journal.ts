// The operation log of one co-author's replica (co-authoring with delay, see coauthoring.ts):
// records each edit made on the replica at the workbook's mutation primitives, with rows named by
// stable id, and replays other co-authors' edits onto it so they land on the rows they were made on.
import type { Rect } from "./address";
import { SimError } from "./errors";
import type { HostProfile } from "./profile";
import { RowId, SheetRows } from "./rowids";
import { ListValidationRule, Sheet, StoredCell, Visibility, Workbook } from "./workbook";

type CellFormatPatch = Parameters<Workbook["setCellFormat"]>[2];

/** Rows named by id, for one band of columns of the replica that recorded them. */
export interface RowList {
  c0: number;
  c1: number;
  rows: RowId[];
}

/** The rows from `first` to `last`, for one band of columns. */
export interface RowSpan {
  c0: number;
  c1: number;
  first: RowId;
  last: RowId;
}

type Prop = "input" | "numberFormat";

/** The workbook's mutation primitives: every shared change goes through one of them. */
type Primitive =
  | "writeInput"
  | "setNumberFormat"
  | "setCellFormat"
  | "clear"
  | "setValidation"
  | "deleteUp"
  | "insertTableRows"
  | "addTableColumn"
  | "addTable"
  | "deleteTable"
  | "renameTable"
  | "addSheet"
  | "renameSheet"
  | "deleteSheet"
  | "moveSheet"
  | "setVisibility";

/** One edit, as recorded on the replica it was made on. Sheets and tables are named by id. */
export type Op =
  | { kind: "write"; prop: Prop; sheet: string; c0: number; rows: RowList[]; block: unknown[][] }
  | { kind: "fill"; prop: Prop; sheet: string; span: RowSpan[]; input: unknown }
  | { kind: "format"; sheet: string; span: RowSpan[]; patch: CellFormatPatch }
  | { kind: "clear"; sheet: string; span: RowSpan[]; applyTo: string }
  | { kind: "validation"; sheet: string; span: RowSpan[]; rule: ListValidationRule | null }
  | { kind: "cells"; sheet: string; c0: number; rows: RowList[]; cells: StoredCell[][] }
  | { kind: "deleteRows"; sheet: string; rows: RowList[] }
  | { kind: "insertRows"; table: string; before: RowId | null; count: number; key: string }
  | {
      kind: "addTable";
      sheet: string;
      c0: number;
      c1: number;
      first: RowId;
      last: RowId;
      id: string;
      name: string;
      columnIds: string[];
      headers: string[];
    }
  | { kind: "addTableColumn"; table: string; name: string; id: string }
  | { kind: "deleteTable"; table: string; keepCells: boolean }
  | { kind: "renameTable"; table: string; name: string }
  | { kind: "addSheet"; id: string; name: string }
  | { kind: "renameSheet"; sheet: string; name: string }
  | { kind: "deleteSheet"; sheet: string }
  | { kind: "moveSheet"; sheet: string; position: number }
  | { kind: "sheetVisibility"; sheet: string; visibility: Visibility };

/** A resolved piece of a row list: the rows' current indices (null = deleted) in columns c0..c1. */
interface Placed {
  c0: number;
  c1: number;
  indices: (number | null)[];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Consecutive living rows of a placed list: [position in the list, first row, count]. */
function runs(indices: (number | null)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  indices.forEach((r, i) => {
    if (r === null) return;
    const last = out[out.length - 1];
    if (last && last[0] + last[2] === i && last[1] + last[2] === r) last[2]++;
    else out.push([i, r, 1]);
  });
  return out;
}

export class Journal {
  private rowsBySheet = new Map<string, SheetRows>();
  private depth = 0;
  private replaying = false;
  private insertKey: string | null = null;
  private inserts = 0;

  constructor(
    readonly wb: Workbook,
    /** Names the rows this replica inserts, so their ids are unique among co-authors. */
    private readonly author: string,
    private readonly record: (op: Op) => void = () => undefined
  ) {
    this.attach();
  }

  /** Take over another journal's row identities (after its workbook's state was copied onto ours). */
  copyRowsFrom(other: Journal): void {
    this.rowsBySheet = new Map([...other.rowsBySheet].map(([id, rows]) => [id, rows.clone()]));
  }

  /**
   * Apply another co-author's edit, attributed to `origin` and made in an Excel of `profile` (whether
   * a write below a table grows it is decided in the author's Excel). An edit that no longer fits
   * (its table or sheet is gone) is dropped.
   */
  replay(op: Op, origin: string, profile: HostProfile = {}): void {
    this.replaying = true;
    try {
      this.wb.withOrigin(origin, () => this.apply(op), profile);
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
    } finally {
      this.replaying = false;
      this.insertKey = null;
    }
  }

  // ---- recording ------------------------------------------------------------------------

  private rows(sheetId: string): SheetRows {
    let rows = this.rowsBySheet.get(sheetId);
    if (!rows) {
      rows = new SheetRows();
      this.rowsBySheet.set(sheetId, rows);
    }
    return rows;
  }

  private list(sheet: Sheet, rect: Rect): RowList[] {
    return this.rows(sheet.id)
      .over(rect.c0, rect.c1)
      .map((b) => ({
        c0: b.c0,
        c1: b.c1,
        rows: range(rect.r0, rect.r1).map((r) => b.ids.idAt(r)),
      }));
  }

  private span(sheet: Sheet, rect: Rect): RowSpan[] {
    return this.rows(sheet.id)
      .over(rect.c0, rect.c1)
      .map((b) => ({ c0: b.c0, c1: b.c1, first: b.ids.idAt(rect.r0), last: b.ids.idAt(rect.r1) }));
  }

  /**
   * Route one mutation primitive of this workbook object through the journal. Only the outermost
   * primitive is recorded (deleting a table clears its cells as part of the same edit). `before`
   * sees the workbook before the edit and returns what to do after it: update row identities and
   * give the op to record.
   */
  private wrap<K extends Primitive>(
    name: K,
    before: (...args: Parameters<Workbook[K]>) => (result: ReturnType<Workbook[K]>) => Op
  ): void {
    type Args = Parameters<Workbook[K]>;
    const run = (this.wb[name] as (...args: Args) => ReturnType<Workbook[K]>).bind(this.wb);
    const wrapped = (...args: Args): ReturnType<Workbook[K]> => {
      if (this.depth > 0) return run(...args);
      const after = before(...args);
      this.depth++;
      let result: ReturnType<Workbook[K]>;
      try {
        result = run(...args);
      } finally {
        this.depth--;
      }
      const op = after(result);
      if (!this.replaying) this.record(op);
      return result;
    };
    Object.assign(this.wb, { [name]: wrapped });
  }

  private attach(): void {
    const cellWrite =
      (prop: Prop) =>
      (sheet: Sheet, rect: Rect, input: unknown): (() => Op) => {
        if (!Array.isArray(input)) {
          const span = this.span(sheet, rect);
          return () => ({ kind: "fill", prop, sheet: sheet.id, span, input });
        }
        const rows = this.list(sheet, rect);
        const block = (input as unknown[][]).map((row) => [...row]);
        return () => ({ kind: "write", prop, sheet: sheet.id, c0: rect.c0, rows, block });
      };
    this.wrap("writeInput", cellWrite("input"));
    this.wrap("setNumberFormat", cellWrite("numberFormat"));
    this.wrap("setCellFormat", (sheet, rect, patch) => {
      const span = this.span(sheet, rect);
      return () => ({ kind: "format", sheet: sheet.id, span, patch: { ...patch } });
    });
    this.wrap("clear", (sheet, rect, applyTo = "All") => {
      const span = this.span(sheet, rect);
      return () => ({ kind: "clear", sheet: sheet.id, span, applyTo });
    });
    this.wrap("setValidation", (sheet, rect, rule) => {
      const span = this.span(sheet, rect);
      return () => ({ kind: "validation", sheet: sheet.id, span, rule });
    });
    this.wrap("deleteUp", (sheet, rect) => {
      const rows = this.list(sheet, rect);
      return () => {
        this.rows(sheet.id).remove(rect.c0, rect.c1, rect.r0, rect.r1 - rect.r0 + 1);
        return { kind: "deleteRows", sheet: sheet.id, rows };
      };
    });
    this.wrap("insertTableRows", (t, index, count) => {
      const atEnd = index === null || index === undefined || index === t.rowCount;
      const firstRow = t.headerRow + 1 + (atEnd ? t.rowCount : index);
      const before = atEnd ? null : this.rows(t.sheet.id).over(t.c0, t.c0)[0].ids.idAt(firstRow);
      const key = this.insertKey ?? `${this.author}.${++this.inserts}`;
      return () => {
        this.rows(t.sheet.id).insert(t.c0, t.c1, firstRow, key, count);
        return { kind: "insertRows", table: t.id, before, count, key };
      };
    });
    this.wrap("addTable", (sheet) => (t) => {
      const ids = this.rows(sheet.id).over(t.c0, t.c0)[0].ids;
      return {
        kind: "addTable",
        sheet: sheet.id,
        c0: t.c0,
        c1: t.c1,
        first: ids.idAt(t.headerRow),
        last: ids.idAt(t.lastRow),
        id: t.id,
        name: t.name,
        columnIds: [...t.columnIds],
        headers: t.columnNames(),
      };
    });
    this.wrap("addTableColumn", (t) => (at) => ({
      kind: "addTableColumn",
      table: t.id,
      name: t.columnName(at),
      id: t.columnIds[at],
    }));
    this.wrap("deleteTable", (t, keepCells) => () => ({
      kind: "deleteTable",
      table: t.id,
      keepCells,
    }));
    this.wrap("renameTable", (t, name) => () => ({ kind: "renameTable", table: t.id, name }));
    this.wrap("addSheet", () => (s) => ({ kind: "addSheet", id: s.id, name: s.name }));
    this.wrap("renameSheet", (s, name) => () => ({ kind: "renameSheet", sheet: s.id, name }));
    this.wrap("deleteSheet", (s) => () => ({ kind: "deleteSheet", sheet: s.id }));
    this.wrap("moveSheet", (s, position) => () => ({ kind: "moveSheet", sheet: s.id, position }));
    this.wrap("setVisibility", (s, visibility) => () => ({
      kind: "sheetVisibility",
      sheet: s.id,
      visibility,
    }));

    // Cells changed outside the primitives (a sort, a column renamed) are recorded as they are after the change.
    const emit = this.wb.emit.bind(this.wb);
    this.wb.emit = (sheet, rect, changeType, table) => {
      emit(sheet, rect, changeType, table);
      if (this.depth > 0 || this.replaying || changeType !== "RangeEdited" || !rect) return;
      const cells = range(rect.r0, rect.r1).map((r) =>
        range(rect.c0, rect.c1).map((c) => ({ ...(sheet.cell(r, c) ?? emptyCell()) }))
      );
      this.record({
        kind: "cells",
        sheet: sheet.id,
        c0: rect.c0,
        rows: this.list(sheet, rect),
        cells,
      });
    };
  }

  // ---- replay ---------------------------------------------------------------------------

  private place(sheet: Sheet, parts: RowList[]): Placed[] {
    const out: Placed[] = [];
    for (const part of parts)
      for (const band of this.rows(sheet.id).over(part.c0, part.c1)) {
        const indices = part.rows.map((id) => {
          const at = band.ids.find(id);
          return at && at.alive ? at.index : null;
        });
        const prev = out[out.length - 1];
        // Neighbouring bands whose rows sit in the same places are one piece.
        if (prev && prev.c1 + 1 === band.c0 && sameRows(prev.indices, indices)) prev.c1 = band.c1;
        else out.push({ c0: band.c0, c1: band.c1, indices });
      }
    return out;
  }

  private rects(sheet: Sheet, spans: RowSpan[]): Rect[] {
    const out: Rect[] = [];
    for (const span of spans)
      for (const band of this.rows(sheet.id).over(span.c0, span.c1)) {
        const first = band.ids.find(span.first);
        const last = band.ids.find(span.last);
        if (!first || !last) continue;
        const r1 = last.alive ? last.index : last.index - 1;
        if (r1 >= first.index) out.push({ r0: first.index, r1, c0: band.c0, c1: band.c1 });
      }
    return out;
  }

  private sheet(id: string): Sheet {
    return this.wb.sheet(id);
  }

  private apply(op: Op): void {
    const wb = this.wb;
    switch (op.kind) {
      case "write":
      case "cells": {
        const sheet = this.sheet(op.sheet);
        const block: unknown[][] = op.kind === "write" ? op.block : op.cells;
        for (const piece of this.place(sheet, op.rows))
          for (const [i, r0, n] of runs(piece.indices)) {
            const rect = { r0, r1: r0 + n - 1, c0: piece.c0, c1: piece.c1 };
            const part = block
              .slice(i, i + n)
              .map((row) => row.slice(piece.c0 - op.c0, piece.c1 - op.c0 + 1));
            if (op.kind === "cells") this.putCells(sheet, rect, part as StoredCell[][]);
            else if (op.prop === "input") wb.writeInput(sheet, rect, part, "values");
            else wb.setNumberFormat(sheet, rect, part);
          }
        return;
      }
      case "fill": {
        const sheet = this.sheet(op.sheet);
        for (const rect of this.rects(sheet, op.span))
          if (op.prop === "input") wb.writeInput(sheet, rect, op.input, "values");
          else wb.setNumberFormat(sheet, rect, op.input);
        return;
      }
      case "format": {
        const sheet = this.sheet(op.sheet);
        for (const rect of this.rects(sheet, op.span)) wb.setCellFormat(sheet, rect, op.patch);
        return;
      }
      case "clear": {
        const sheet = this.sheet(op.sheet);
        for (const rect of this.rects(sheet, op.span)) wb.clear(sheet, rect, op.applyTo);
        return;
      }
      case "validation": {
        const sheet = this.sheet(op.sheet);
        for (const rect of this.rects(sheet, op.span)) wb.setValidation(sheet, rect, op.rule);
        return;
      }
      case "deleteRows": {
        const sheet = this.sheet(op.sheet);
        const rects = this.place(sheet, op.rows).flatMap((piece) =>
          runs(piece.indices).map(([, r0, n]) => ({
            r0,
            r1: r0 + n - 1,
            c0: piece.c0,
            c1: piece.c1,
          }))
        );
        // Bottom up, so the rows still to delete keep their places.
        for (const rect of rects.sort((a, b) => b.r0 - a.r0)) wb.deleteUp(sheet, rect);
        return;
      }
      case "insertRows": {
        const t = wb.table(op.table);
        let index: number | null = null;
        if (op.before !== null) {
          const at = this.rows(t.sheet.id).over(t.c0, t.c0)[0].ids.find(op.before);
          if (at) index = Math.min(Math.max(at.index - t.headerRow - 1, 0), t.rowCount);
        }
        this.insertKey = op.key;
        wb.insertTableRows(t, index, op.count);
        return;
      }
      case "addTableColumn": {
        wb.addTableColumn(wb.table(op.table), op.name, op.id);
        return;
      }
      case "addTable": {
        const sheet = this.sheet(op.sheet);
        const [rect] = this.rects(sheet, [
          { c0: op.c0, c1: op.c0, first: op.first, last: op.last },
        ]);
        if (!rect) return;
        const t = wb.addTable(sheet, { ...rect, c1: op.c1 }, true, op.name, op.id);
        t.columnIds = [...op.columnIds];
        op.headers.forEach((name, i) => {
          const cell = sheet.ensureCell(t.headerRow, t.c0 + i);
          cell.value = name;
          cell.formula = null;
        });
        return;
      }
      case "deleteTable":
        return wb.deleteTable(wb.table(op.table), op.keepCells);
      case "renameTable":
        return wb.renameTable(wb.table(op.table), op.name);
      case "addSheet": {
        wb.addSheet(op.name, op.id);
        return;
      }
      case "renameSheet":
        return wb.renameSheet(this.sheet(op.sheet), op.name);
      case "deleteSheet":
        return wb.deleteSheet(this.sheet(op.sheet));
      case "moveSheet":
        return wb.moveSheet(this.sheet(op.sheet), Math.min(op.position, wb.sheets.length - 1));
      case "sheetVisibility":
        return wb.setVisibility(this.sheet(op.sheet), op.visibility);
    }
  }

  /** Set cells to the exact state recorded (a sort or a column rename on another replica). */
  private putCells(sheet: Sheet, rect: Rect, cells: StoredCell[][]): void {
    cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        Object.assign(sheet.ensureCell(rect.r0 + i, rect.c0 + j), cell);
        sheet.pruneCell(rect.r0 + i, rect.c0 + j);
      })
    );
    this.wb.emit(sheet, rect, "RangeEdited");
  }
}

const sameRows = (a: (number | null)[], b: (number | null)[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A cell as the workbook creates it (empty, unformatted). */
const emptyCell = (): StoredCell => new Sheet("", "").ensureCell(0, 0);
