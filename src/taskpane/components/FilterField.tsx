/**
 * A calendar filter (team, lane, campaign). Fluent's Select and its styles are not needed to draw
 * the calendar's bars: they load beside the pane's first download (./FilterSelect); until they
 * arrive, the label over an empty box of the select's size stands in, so nothing moves.
 */
import { Label, makeStyles, tokens } from "@fluentui/react-components";
import { preloaded } from "./preloaded";

export interface FilterSelectProps {
  label: string;
  /** The first option's text, for no filter ("All teams"). */
  all: string;
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
}

export const useFilterStyles = makeStyles({
  filter: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Fluent's small Select: 24 px high, with its outline.
  emptySelect: {
    boxSizing: "border-box",
    height: "24px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export const filterSelectId = (label: string) => `calendar-filter-${label.toLowerCase()}`;

function FilterPlaceholder({ label }: FilterSelectProps) {
  const styles = useFilterStyles();
  return (
    <div className={styles.filter}>
      <Label size="small">{label}</Label>
      <div className={styles.emptySelect} />
    </div>
  );
}

export const FilterField = preloaded(
  () =>
    import(/* webpackChunkName: "filter-select" */ "./FilterSelect").then((m) => m.FilterSelect),
  FilterPlaceholder
);
