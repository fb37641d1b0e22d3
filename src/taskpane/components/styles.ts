/** Styles shared by the views: team colours that keep text contrast in light and dark themes. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Severity, Team } from "../../workbook";

export const useTeamStyles = makeStyles({
  Marketing: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderLeft("4px", "solid", tokens.colorPaletteBlueBorderActive),
  },
  Sales: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderLeft("4px", "dashed", tokens.colorPaletteGreenBorderActive),
  },
  Joint: {
    backgroundColor: tokens.colorPaletteBerryBackground2,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderLeft("4px", "double", tokens.colorPaletteBerryBorderActive),
  },
});

/** Solid fills for chart segments and legend swatches. */
export const useTeamFills = makeStyles({
  Marketing: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  Sales: { backgroundColor: tokens.colorPaletteGreenBorderActive },
  Joint: { backgroundColor: tokens.colorPaletteBerryBorderActive },
});

export const useSeverityStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export type TeamKey = Team;
export type SeverityKey = Severity;

export const useCommonStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  table: { width: "100%", borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" },
  /**
   * For Fluent's Table in a narrow pane: columns as wide as their content (Fluent's fixed layout
   * gives every column the same width, so that amounts run into each other), the table at least
   * as wide as the pane; a wider table scrolls sideways in its ScrollRegion.
   */
  fitTable: { tableLayout: "auto", width: "auto", minWidth: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  num: { textAlign: "right" },
  muted: { color: tokens.colorNeutralForeground3 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
