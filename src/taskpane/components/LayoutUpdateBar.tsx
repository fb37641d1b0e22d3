/** Says what a plan set up before the newer layout lacks, and offers "Update plan layout". */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { describeGaps, lacksLayout, layoutGaps, type PlanState } from "../../workbook";
import type { Actions } from "../hooks/useActions";

export function LayoutUpdateBar({ state, actions }: { state: PlanState; actions: Actions }) {
  const gaps = layoutGaps(state.workbook);
  if (!lacksLayout(gaps)) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This plan lacks newer parts</MessageBarTitle>
        It lacks {describeGaps(gaps)}. Doors, revenue targets, baselines and follow-up reporting
        need them. Update plan layout adds only these; nothing already in the workbook is changed.
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          disabled={actions.busy !== null}
          onClick={() => void actions.updatePlanLayout()}
        >
          Update plan layout
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
