import type { ViewProps } from "./types";

export function FlagsView({ state }: ViewProps) {
  return <p>Flags of the plan starting {state.plan.settings.planStarts ?? "(not set)"}.</p>;
}
