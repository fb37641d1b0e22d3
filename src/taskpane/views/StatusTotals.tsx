/** The budget by status (Draft, Proposed, Approved), by month and for the year. */
import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { STATUSES, statusTotals } from "../../workbook";
import { ScrollRegion } from "../components/ScrollRegion";
import { useCommonStyles } from "../components/styles";
import { money, monthLabel } from "../model/format";
import type { ViewProps } from "./types";

export function StatusTotals({ state }: Pick<ViewProps, "state">) {
  const common = useCommonStyles();
  const totals = useMemo(() => statusTotals(state.plan), [state]);
  const currency = state.plan.settings.currency;
  return (
    <section aria-labelledby="budget-status">
      <Subtitle2 as="h2" id="budget-status">
        By status
      </Subtitle2>
      <ScrollRegion label="Budget by status, scrolls sideways">
        <Table size="extra-small" aria-label="Budget by status" className={common.fitTable}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Month</TableHeaderCell>
              {STATUSES.map((s) => (
                <TableHeaderCell key={s}>{s}</TableHeaderCell>
              ))}
              <TableHeaderCell>Total</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody className={common.nowrap}>
            {totals.months.map((m) => (
              <TableRow key={m.month}>
                <TableCell>{monthLabel(m.month)}</TableCell>
                {STATUSES.map((s) => (
                  <TableCell key={s}>{money(m.byStatus[s], currency)}</TableCell>
                ))}
                <TableCell>{money(m.total, currency)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>Year</TableCell>
              {STATUSES.map((s) => (
                <TableCell key={s}>{money(totals.year.byStatus[s], currency)}</TableCell>
              ))}
              <TableCell>{money(totals.year.total, currency)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </ScrollRegion>
    </section>
  );
}
