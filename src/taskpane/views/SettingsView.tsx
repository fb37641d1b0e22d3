import type { ViewProps } from "./types";

export function SettingsView({ state }: ViewProps) {
  return <p>Settings of the plan starting {state.plan.settings.planStarts ?? "(not set)"}.</p>;
}
