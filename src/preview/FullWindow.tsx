/**
 * The preview's "dialog as large as the screen": a page over the whole browser window, as Excel's
 * full-size Office dialog would show it. Escape or the page's Close button closes it; focus moves
 * into it and back to where it was.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";

const useStyles = makeStyles({
  window: {
    position: "fixed",
    inset: 0,
    zIndex: 1000,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function FullWindow(props: { label: string; onClose: () => void; children: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      before?.focus?.();
    };
  }, [onClose]);
  return (
    <div
      ref={ref}
      className={styles.window}
      role="dialog"
      aria-modal="true"
      aria-label={props.label}
      tabIndex={-1}
    >
      {props.children}
    </div>
  );
}
