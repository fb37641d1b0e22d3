/** The doors, each with the sales team that answers it and its promised response time; add, edit, delete. */
import { Body1, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Door } from "../../workbook";
import { useCommonStyles } from "../components/styles";
import { type DoorFormValues, doorToForm, EMPTY_DOOR_FORM } from "../model/doorForm";
import { DoorForm, type DoorEdit } from "./DoorForm";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  unanswered: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** "Inside sales answers within 4 hours", "nobody answers this door". */
export function doorWords(door: Door): string {
  const within =
    door.responseHours === null
      ? "no response time promised"
      : `within ${door.responseHours} ${door.responseHours === 1 ? "hour" : "hours"}`;
  return door.owner === null
    ? `Nobody answers this door (${within})`
    : `${door.owner} answers, ${within}`;
}

export function DoorsSection({ state, actions }: ViewProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [open, setOpen] = useState<{ initial: DoorFormValues; edit: DoorEdit | null } | null>(null);
  const doors = state.plan.demand?.doors ?? [];
  const hasTable = Boolean(state.workbook.tables.Doors);

  const editDoor = (door: Door) => {
    const ref = actions.rowRef("Doors", door.row);
    if (ref) setOpen({ initial: doorToForm(door), edit: { ref, door: door.door } });
  };

  return (
    <div className={common.stack}>
      {doors.length === 0 ? (
        <Body1 as="p">
          No doors yet. A door is a way prospects come in (web form, phone line, reply card, shop
          counter); give each one the sales team that answers it.
        </Body1>
      ) : (
        <ul className={styles.list} aria-label="Doors">
          {doors.map((door) => (
            <li key={door.row} className={styles.item}>
              <span className={styles.text}>
                <strong>{door.door}</strong>
                <span className={mergeClasses(door.owner === null && styles.unanswered)}>
                  {doorWords(door)}
                </span>
              </span>
              <Button
                size="small"
                onClick={() => editDoor(door)}
                aria-label={`Edit door ${door.door}`}
              >
                Edit
              </Button>
            </li>
          ))}
        </ul>
      )}
      {hasTable ? (
        <div>
          <Button onClick={() => setOpen({ initial: EMPTY_DOOR_FORM, edit: null })}>
            Add door
          </Button>
        </div>
      ) : (
        <Body1 as="p" className={common.muted}>
          This workbook has no Doors table yet: use Update plan layout to add it (nothing else
          changes).
        </Body1>
      )}
      {open && (
        <DoorForm
          state={state}
          actions={actions}
          initial={open.initial}
          edit={open.edit}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
