/** Title, sync score, and the pane-wide actions: Refresh, Rebuild sheets, Import CSV. */
import {
  Button,
  makeStyles,
  mergeClasses,
  shorthands,
  Title3,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { PlanState } from "../../workbook";
import type { Actions } from "../hooks/useActions";
import type { PlanReading } from "../hooks/usePlan";
import { percent } from "../model/format";
import { scoreOf } from "../model/score";
import { Spinner } from "./Spinner";

const ImportDialog = lazy(() =>
  import("./ImportDialog").then((m) => ({ default: m.ImportDialog }))
);

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { marginRight: "auto" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface HeaderProps {
  state: PlanState | null;
  reading: PlanReading;
  actions: Actions;
  /** Whether the plan's tables exist, so that sheets can be rebuilt and rows imported. */
  canEdit: boolean;
}

export function Header({ state, reading, actions, canEdit }: HeaderProps) {
  const styles = useStyles();
  const [importing, setImporting] = useState(false);
  const busy = actions.busy !== null;
  // No score for a plan with no year or nothing in it (model/score.ts): never 100% for nothing.
  const score = state ? scoreOf(state) : null;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Title3 as="h1" className={styles.title}>
          Joint Plan
        </Title3>
        {score !== null && <SyncScore score={score} />}
      </div>
      <div className={styles.actions} role="toolbar" aria-label="Plan actions">
        <Button
          size="small"
          onClick={() => void reading.refresh()}
          disabled={reading.loading && state === null}
          icon={reading.loading && state !== null ? <Spinner size="extra-tiny" /> : undefined}
        >
          Refresh
        </Button>
        <Button
          size="small"
          disabled={!canEdit || busy}
          onClick={() => void actions.rebuildSheets()}
          icon={actions.busy === "rebuild" ? <Spinner size="extra-tiny" /> : undefined}
        >
          Rebuild sheets
        </Button>
        <Button
          size="small"
          disabled={!canEdit || busy}
          onClick={() => setImporting(true)}
          icon={actions.busy === "import" ? <Spinner size="extra-tiny" /> : undefined}
        >
          Import CSV
        </Button>
      </div>
      {importing && state && (
        <Suspense fallback={null}>
          <ImportDialog state={state} actions={actions} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </header>
  );
}

/*
 * The sync score as a tinted pill with a tooltip. Drawn here rather than with Fluent's Badge and
 * Tooltip: those bring the positioning engine (floating-ui) and their style tables into the
 * pane's first download for this one element.
 */
const useScoreStyles = makeStyles({
  wrap: { position: "relative", display: "inline-flex" },
  pill: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minHeight: "24px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
    cursor: "default",
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "2px",
    },
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground2,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  tip: {
    position: "absolute",
    top: "calc(100% + 6px)",
    right: 0,
    zIndex: 1,
    width: "max-content",
    maxWidth: "220px",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  hidden: { display: "none" },
});

function SyncScore({ score }: { score: number }) {
  const styles = useScoreStyles();
  const tipId = useId("sync-score-tip");
  const [open, setOpen] = useState(false);
  const tone = score >= 0.75 ? "success" : score >= 0.5 ? "warning" : "danger";
  return (
    <span
      className={styles.wrap}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <span
        className={mergeClasses(styles.pill, styles[tone])}
        tabIndex={0}
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      >
        Sync score {percent(score)}
      </span>
      <span role="tooltip" id={tipId} className={mergeClasses(styles.tip, !open && styles.hidden)}>
        Share of the 12 months with no warning or error flag
      </span>
    </span>
  );
}
