/** Title, sync score, and the pane-wide actions: Refresh, Rebuild sheets, Import CSV. */
import {
  Badge,
  Button,
  makeStyles,
  Spinner,
  Title3,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { PlanState } from "../../workbook";
import type { Actions } from "../hooks/useActions";
import type { PlanHook } from "../hooks/usePlan";
import { percent } from "../model/format";

const ImportDialog = lazy(() => import("./ImportDialog").then((m) => ({ default: m.ImportDialog })));

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
  plan: PlanHook;
  actions: Actions;
  /** Whether the plan's tables exist, so that sheets can be rebuilt and rows imported. */
  canEdit: boolean;
}

export function Header({ state, plan, actions, canEdit }: HeaderProps) {
  const styles = useStyles();
  const [importing, setImporting] = useState(false);
  const busy = actions.busy !== null;
  const score = state && state.plan.months.length > 0 ? state.check.metrics.syncScore : null;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Title3 as="h1" className={styles.title}>
          Joint Plan
        </Title3>
        {score !== null && (
          <Tooltip
            content="Share of the 12 months with no warning or error flag"
            relationship="description"
          >
            <Badge
              appearance="tint"
              color={score >= 0.75 ? "success" : score >= 0.5 ? "warning" : "danger"}
              size="large"
              tabIndex={0}
            >
              Sync score {percent(score)}
            </Badge>
          </Tooltip>
        )}
      </div>
      <div className={styles.actions} role="toolbar" aria-label="Plan actions">
        <Button
          size="small"
          onClick={() => void plan.refresh()}
          disabled={plan.loading && state === null}
          icon={plan.loading && state !== null ? <Spinner size="extra-tiny" /> : undefined}
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
