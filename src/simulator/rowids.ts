// Stable identities for worksheet rows, so a co-author's edit follows its row when someone else
// inserts or deletes rows above it (co-authoring with delay, see coauthoring.ts).
import { MAX_COLS, MAX_ROWS } from "./address";

/** "<key>:<n>": row n of the block of rows that `key` created ("b" = the rows the sheet started with). */
export type RowId = string;

interface Piece {
  key: string;
  from: number;
  len: number;
  /** Deleted rows stay as tombstones, so an id of a deleted row still has a place. */
  dead: boolean;
}

/** Where a row id is now: its index among the living rows (for a deleted row: the index of the row that followed it). */
export interface RowPlace {
  index: number;
  alive: boolean;
}

/** The order of the rows of one band of columns, as a piece table over row ids. */
export class RowIds {
  private pieces: Piece[] = [{ key: "b", from: 0, len: MAX_ROWS, dead: false }];

  clone(): RowIds {
    const copy = new RowIds();
    copy.pieces = this.pieces.map((p) => ({ ...p }));
    return copy;
  }

  idAt(index: number): RowId {
    let at = 0;
    for (const p of this.pieces) {
      if (p.dead) continue;
      if (index < at + p.len) return `${p.key}:${p.from + index - at}`;
      at += p.len;
    }
    return `past:${index - at}`;
  }

  find(id: RowId): RowPlace | null {
    const cut = id.lastIndexOf(":");
    const key = id.slice(0, cut);
    const n = Number(id.slice(cut + 1));
    let at = 0;
    for (const p of this.pieces) {
      if (p.key === key && n >= p.from && n < p.from + p.len)
        return p.dead ? { index: at, alive: false } : { index: at + n - p.from, alive: true };
      if (!p.dead) at += p.len;
    }
    return null;
  }

  remove(index: number, count: number): void {
    this.splitAt(index);
    this.splitAt(index + count);
    let at = 0;
    for (const p of this.pieces) {
      if (p.dead) continue;
      if (at >= index && at < index + count) p.dead = true;
      at += p.len;
    }
  }

  insert(index: number, key: string, count: number): void {
    const i = this.splitAt(index);
    this.pieces.splice(i, 0, { key, from: 0, len: count, dead: false });
  }

  /** Make a living row `index` start a piece; returns that piece's position (after any tombstones before it). */
  private splitAt(index: number): number {
    let at = 0;
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      if (p.dead) continue;
      if (index === at) return i;
      if (index < at + p.len) {
        const head = index - at;
        this.pieces.splice(i + 1, 0, { ...p, from: p.from + head, len: p.len - head });
        p.len = head;
        return i + 1;
      }
      at += p.len;
    }
    return this.pieces.length;
  }
}

/** One band of columns that has shifted together so far. */
export interface Band {
  c0: number;
  c1: number;
  ids: RowIds;
}

/**
 * The row identities of one sheet. Rows shift per column range (deleting a table row moves only the
 * table's columns), so the sheet is cut into bands of columns that have shifted together.
 */
export class SheetRows {
  private bands: Band[] = [{ c0: 0, c1: MAX_COLS - 1, ids: new RowIds() }];

  clone(): SheetRows {
    const copy = new SheetRows();
    copy.bands = this.bands.map((b) => ({ ...b, ids: b.ids.clone() }));
    return copy;
  }

  /** The bands overlapping columns c0..c1, clipped to them. */
  over(c0: number, c1: number): Band[] {
    return this.bands
      .filter((b) => b.c1 >= c0 && b.c0 <= c1)
      .map((b) => ({ c0: Math.max(b.c0, c0), c1: Math.min(b.c1, c1), ids: b.ids }));
  }

  remove(c0: number, c1: number, index: number, count: number): void {
    for (const b of this.cut(c0, c1)) b.ids.remove(index, count);
  }

  insert(c0: number, c1: number, index: number, key: string, count: number): void {
    for (const b of this.cut(c0, c1)) b.ids.insert(index, key, count);
  }

  /** Split bands so that c0..c1 is covered by whole bands, and return those. */
  private cut(c0: number, c1: number): Band[] {
    for (const at of [c0, c1 + 1]) {
      const i = this.bands.findIndex((b) => b.c0 < at && b.c1 >= at);
      if (i < 0) continue;
      const b = this.bands[i];
      this.bands.splice(i, 1, { ...b, c1: at - 1 }, { c0: at, c1: b.c1, ids: b.ids.clone() });
    }
    return this.bands.filter((b) => b.c0 >= c0 && b.c1 <= c1);
  }
}
