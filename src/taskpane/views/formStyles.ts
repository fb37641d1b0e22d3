/** Layout of the add/edit dialogs (activity, budget line): usable down to a 320 px pane. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFormStyles = makeStyles({
  surface: { maxWidth: "min(560px, calc(100vw - 16px))", boxSizing: "border-box" },
  fields: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    // A control is a grid item of its Field: without this it is at least as wide as its intrinsic
    // width (Dropdown's is 250 px), and two fields side by side stick out of a narrow dialog.
    "& .fui-Input, & .fui-Dropdown, & .fui-Combobox, & .fui-Textarea": { minWidth: 0 },
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  actions: { flexWrap: "wrap" },
});
