/**
 * A wrapper that scrolls sideways when its content (a wide table) is wider than the pane.
 * A keyboard user must be able to reach it to scroll it (WCAG 2.1.1, axe
 * "scrollable-region-focusable"), so it is a named, focusable region.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
});

export function ScrollRegion({
  label,
  className,
  children,
}: {
  /** What the region holds, e.g. "Results by channel (scrolls sideways)". */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={mergeClasses(styles.scroll, className)}
    >
      {children}
    </div>
  );
}
