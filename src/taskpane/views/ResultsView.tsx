import type { ViewProps } from "./types";

export function ResultsView({ state }: ViewProps) {
  return <p>Results of the plan starting {state.plan.settings.planStarts ?? "(not set)"}.</p>;
}
