/**
 * A wrapper that scrolls sideways when its content (a wide table) is wider than the pane.
 * A keyboard user must be able to reach it to scroll it (WCAG 2.1.1, axe
 * "scrollable-region-focusable"), so it is a named, focusable region; and while its content is
 * wider than it, a visible line says so (a cut-off column gives no other hint that there is more).
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";

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
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
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
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div>
      <div
        ref={ref}
        role="region"
        aria-label={label}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={0}
        className={mergeClasses(styles.scroll, className)}
      >
        {children}
      </div>
      {overflows && (
        <Caption1 id={hintId} className={styles.hint}>
          Scroll sideways for more columns →
        </Caption1>
      )}
    </div>
  );
}
