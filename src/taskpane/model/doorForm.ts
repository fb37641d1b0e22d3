/**
 * The door form: a Doors row as form values and back, validated with zod through the checker's own
 * reader of the Doors table (parsePlan on the one row), so the form accepts exactly what the checker
 * accepts and says it in the checker's words. Pure; loaded with the Demand view only.
 */
import { z } from "zod";
import {
  type Cell,
  type Door,
  DOORS_COLUMNS,
  keyClash,
  parsePlan,
  type PlanInput,
  type Row,
  sameName,
  valueByName,
} from "../../workbook";
import type { FieldErrors } from "./rowForms";
import type { Validated } from "./validate";

export type DoorField = (typeof DOORS_COLUMNS)[number];
export type DoorFormValues = Record<DoorField, string>;

export const EMPTY_DOOR_FORM: DoorFormValues = { Door: "", Owner: "", "Response hours": "" };

export function doorToForm(door: Door): DoorFormValues {
  return {
    Door: door.door,
    Owner: door.owner ?? "",
    "Response hours": door.responseHours === null ? "" : String(door.responseHours),
  };
}

/** The Door of every row of the Doors table as read, rows with problems included (index i is row i + 1). */
export function doorKeys(input: PlanInput): string[] {
  return (input.doors ?? []).map((r) => {
    const v = valueByName<Cell>(r, "Door");
    return v === null || v === undefined ? "" : String(v).trim();
  });
}

/** "24" as the number 24 (so the cell is a number); text that is no number stays text for the reader's message. */
function hoursCell(text: string): Cell {
  const t = text.trim();
  if (t === "") return "";
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) && /^[+-]?[\d,]*\.?\d*([eE][+-]?\d+)?$/.test(t) ? n : t;
}

/** The checker's problems with this one Doors row, given the plan's lanes as read. */
function readerIssues(row: Row, lanes: PlanInput["lanes"]) {
  const plan = parsePlan({
    settings: { "Plan starts": "2000-01" },
    lanes: lanes ?? [],
    activities: [],
    budget: [],
    doors: [row],
  });
  return plan.problems.filter((p) => p.table === "Doors");
}

/**
 * zod schema of the door form: trims, turns Response hours into a number, then asks the checker's
 * reader; a Door used by another row of the table (`keys`, skipping `ownRow`, 1-based) is refused too.
 */
export function doorSchema(
  lanes: PlanInput["lanes"],
  keys: readonly string[],
  ownRow: number | null
) {
  return z
    .object({
      Door: z.string(),
      Owner: z.string(),
      "Response hours": z.string(),
    })
    .transform((form): Row => ({
      Door: form.Door.trim(),
      Owner: form.Owner.trim(),
      "Response hours": hoursCell(form["Response hours"]),
    }))
    .superRefine((row, ctx) => {
      for (const p of readerIssues(row, lanes))
        ctx.addIssue({ code: "custom", path: [p.column ?? ""], message: p.message });
      const clash = keyClash(keys, row.Door, ownRow === null ? -1 : ownRow - 1);
      if (clash !== -1)
        ctx.addIssue({
          code: "custom",
          path: ["Door"],
          message: `Door '${String(row.Door)}' is already listed in row ${clash + 1} of Doors. Keep one row per door.`,
        });
    });
}

/** Validates the door form; on success, the Doors row to write. */
export function validateDoor(
  values: DoorFormValues,
  input: PlanInput,
  ownRow: number | null
): Validated {
  const parsed = doorSchema(input.lanes, doorKeys(input), ownRow).safeParse(values);
  if (parsed.success) return { ok: true, row: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    const key = DOORS_COLUMNS.find((c) => sameName(c, field)) ?? "_form";
    if (!errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
