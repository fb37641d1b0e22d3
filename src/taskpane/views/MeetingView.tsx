import type { ViewProps } from "./types";

export function MeetingView({ state }: ViewProps) {
  return <p>Meeting of the plan starting {state.plan.settings.planStarts ?? "(not set)"}.</p>;
}
