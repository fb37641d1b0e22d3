/** What an Approved budget line's form says: changing its amounts breaks the approved baseline. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ApprovedLineNotice({
  baseline,
  amountsChanged,
}: {
  /** The latest baseline's name, or null when none is saved. */
  baseline: string | null;
  amountsChanged: boolean;
}) {
  return (
    <MessageBar intent={amountsChanged ? "warning" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This line is Approved</MessageBarTitle>
        Changing its amounts breaks the approved baseline
        {baseline ? ` (${baseline})` : ""}: the line is flagged as an approved line changed until a
        new baseline is saved. To ask for approval again, use Save as Proposed.
      </MessageBarBody>
    </MessageBar>
  );
}
