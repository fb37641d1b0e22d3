/**
 * A setting the checker cannot read, said where the figure it changes is shown: its problem in the
 * checker's words (with the default used meanwhile) and a button that selects its cell in Settings,
 * as a left-out row's does (components/LeftOutList.tsx).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Actions } from "../hooks/useActions";
import type { UnreadableSetting } from "../model/budget";

export function UnreadableSettingBar({
  problem,
  actions,
}: {
  problem: UnreadableSetting;
  actions: Actions;
}) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problem.setting} cannot be read</MessageBarTitle>
        {problem.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          aria-label={`Select ${problem.setting} cell in Settings`}
          onClick={() => void actions.selectSetting(problem.setting, problem.value)}
        >
          Select {problem.setting} cell
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
