/** The budget by status (Draft, Proposed, Approved), by month and for the year. */
import { Subtitle2 } from "@fluentui/react-components";
import { useMemo } from "react";
import { type Status, STATUSES, statusTotals } from "../../workbook";
import { MonthTable } from "../components/MonthTable";
import { money, monthLabel } from "../model/format";
import type { ViewProps } from "./types";

export function StatusTotals({ state }: Pick<ViewProps, "state">) {
  const totals = useMemo(() => statusTotals(state.plan), [state]);
  const currency = state.plan.settings.currency;
  const figures = (t: { byStatus: Record<Status, number>; total: number }) => [
    ...STATUSES.map((s) => money(t.byStatus[s], currency)),
    money(t.total, currency),
  ];
  return (
    <section aria-labelledby="budget-status">
      <Subtitle2 as="h2" id="budget-status">
        By status
      </Subtitle2>
      <MonthTable
        label="Budget by status"
        first="Month"
        columns={[...STATUSES, "Total"]}
        rows={[
          ...totals.months.map((m) => ({
            key: m.month,
            first: monthLabel(m.month),
            cells: figures(m),
          })),
          { key: "year", first: "Year", cells: figures(totals.year) },
        ]}
      />
    </section>
  );
}
