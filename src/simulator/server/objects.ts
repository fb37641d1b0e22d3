// Server-side objects: the base every proxy target extends, the null object and collections.
import { MAX_COLS, MAX_ROWS, Rect } from "../address";
import { SimError, fail } from "../errors";
import { Sheet, Workbook } from "../workbook";

export abstract class Obj {
  abstract readonly type: string;
  readonly isCollection: boolean = false;
  constructor(readonly wb: Workbook) {}
  /** Identity the client library uses to build indexer paths (Id / id / _Id). */
  id(): string | undefined {
    return undefined;
  }
  scalars(): string[] {
    return [];
  }
  get(name: string): unknown {
    return fail("NotImplemented", `The simulator does not implement ${this.type}.${name}.`);
  }
  set(name: string, value: unknown): void {
    void value;
    fail("NotImplemented", `The simulator cannot set ${this.type}.${name}.`);
  }
  nav(name: string): Obj {
    return fail("NotImplemented", `The simulator does not implement ${this.type}.${name}.`);
  }
  call(name: string, args: unknown[]): unknown {
    void args;
    return fail("NotImplemented", `The simulator does not implement ${this.type}.${name}().`);
  }
  index(args: unknown[]): Obj {
    void args;
    return fail("NotImplemented", `${this.type} has no indexer.`);
  }
  items(): Obj[] {
    return [];
  }
}

/** Stands in for the `*OrNullObject` results that found nothing, and everything reached through them. */
export class NullObj extends Obj {
  readonly type = "NullObject";
}

export abstract class Collection extends Obj {
  override readonly isCollection = true;
  override get(name: string): unknown {
    if (name === "Count") return this.items().length;
    return super.get(name);
  }
  override scalars(): string[] {
    return ["Count"];
  }
  protected common(name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetCount":
        return this.items().length;
      case "GetItemAt": {
        const i = Number(args[0]);
        const it = this.items();
        if (!Number.isInteger(i) || i < 0 || i >= it.length)
          fail("ItemNotFound", `There is no item at index ${args[0]}.`);
        return it[i];
      }
      case "GetItem":
        return this.index(args);
      case "GetItemOrNullObject":
        try {
          return this.index(args);
        } catch (e) {
          if (e instanceof SimError && e.code === "ItemNotFound") return null;
          throw e;
        }
    }
    return super.call(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    return this.common(name, args);
  }
}

export function checkSheetAlive(wb: Workbook, sheet: Sheet): Sheet {
  if (!wb.sheets.includes(sheet))
    fail("ItemNotFound", `The worksheet '${sheet.name}' no longer exists.`);
  return sheet;
}

export function checkedRect(r0: number, c0: number, r1: number, c1: number): Rect {
  if (
    ![r0, c0, r1, c1].every(Number.isInteger) ||
    r0 < 0 ||
    c0 < 0 ||
    r1 < r0 ||
    c1 < c0 ||
    r1 >= MAX_ROWS ||
    c1 >= MAX_COLS
  ) {
    fail("InvalidArgument", "The range would be outside the worksheet or empty.");
  }
  return { r0, c0, r1, c1 };
}
