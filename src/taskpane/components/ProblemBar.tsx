/** A problem in words (the plan could not be read, the full-size view could not open). */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ProblemBar(props: {
  intent: "error" | "warning";
  title?: string;
  message: string;
}) {
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.message}
      </MessageBarBody>
    </MessageBar>
  );
}
