import type { ViewProps } from "./types";

export function BudgetView({ state }: ViewProps) {
  return <p>Budget of the plan starting {state.plan.settings.planStarts ?? "(not set)"}.</p>;
}
