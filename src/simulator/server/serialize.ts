// Answers to Query actions: an object's properties as the library expects them (PascalCase, Select/Top/Skip).
import { hasMember, requireMember } from "../profile";
import { NullObj, Obj } from "./objects";

/** `obj`, once it is known that this Excel has `obj.type`.`name` (else ApiNotFound, as Excel answers). */
export function member<T extends Obj>(obj: T, name: string): T {
  requireMember(obj.wb.profile, obj.type, name);
  return obj;
}

export const pascal = (s: string) =>
  s.startsWith("_") ? s : s.charAt(0).toUpperCase() + s.slice(1);

export function serialize(
  obj: Obj,
  select: string[] | undefined,
  top?: number,
  skip?: number
): unknown {
  if (obj instanceof NullObj) return null;
  const all = !select || select.length === 0 || select.includes("*");
  const out: Record<string, unknown> = {};
  // An older Excel does not know newer properties: "all scalars" leaves them out, naming one fails.
  const own = obj.scalars().filter((n) => hasMember(obj.wb.profile, obj.type, n));
  const groups = new Map<string, string[]>();
  const names: string[] = [];
  if (!all) {
    for (const path of select!) {
      const [head, ...rest] = path.split("/");
      const p = pascal(head);
      if (rest.length === 0) names.push(p);
      else groups.set(p, [...(groups.get(p) ?? []), rest.join("/")]);
    }
  }
  if (obj.isCollection) {
    const itemNames: string[] = [];
    for (const n of names) {
      if (own.includes(n)) out[n] = obj.get(n);
      else itemNames.push(n);
    }
    const itemPaths = [
      ...itemNames.map((n) => n),
      ...[...groups].flatMap(([h, rs]) => rs.map((r) => `${h}/${r}`)),
    ];
    if (all || itemPaths.length > 0 || (names.length === 0 && groups.size === 0)) {
      let items = obj.items();
      if (skip) items = items.slice(skip);
      if (top !== undefined && top !== null) items = items.slice(0, top);
      out._Items = items.map((it) => serialize(it, all ? undefined : itemPaths));
    }
    return out;
  }
  const id = obj.id();
  if (id !== undefined) out.Id = id;
  for (const n of all ? own : names) out[n] = member(obj, n).get(n);
  for (const [h, rest] of groups) out[h] = serialize(resolveNav(obj, h), rest);
  return out;
}

export function resolveNav(obj: Obj, name: string): Obj {
  if (obj instanceof NullObj) return obj;
  return member(obj, name).nav(name);
}
