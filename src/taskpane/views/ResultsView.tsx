/** Results: per channel, leads → qualified → closed, close rate, cost per lead and per closed deal. */
import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { countOrNone, moneyOrNone, percent } from "../model/format";
import { ScrollRegion } from "../components/ScrollRegion";
import { useCommonStyles } from "../components/styles";
import { PlanVersusActual } from "./PlanVersusActual";
import type { ViewProps } from "./types";

export function ResultsView({ state }: ViewProps) {
  const common = useCommonStyles();
  const channels = state.check.metrics.channels;
  const currency = state.plan.settings.currency;
  if (channels.length === 0) {
    return (
      <div className={common.stack}>
        <Body1 as="p">
          No results yet. Add rows to the Results table (Month, Channel, Spend, Leads, Qualified,
          Closed) or use Import CSV.
        </Body1>
        <PlanVersusActual state={state} />
      </div>
    );
  }
  return (
    <div className={common.stack}>
      <ScrollRegion label="Results by channel, scrolls sideways">
        <Table size="small" aria-label="Results by channel" className={common.fitTable}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Channel</TableHeaderCell>
              <TableHeaderCell>Spend</TableHeaderCell>
              <TableHeaderCell>Leads</TableHeaderCell>
              <TableHeaderCell>Qualified</TableHeaderCell>
              <TableHeaderCell>Closed</TableHeaderCell>
              <TableHeaderCell>Close rate</TableHeaderCell>
              <TableHeaderCell>Cost per lead</TableHeaderCell>
              <TableHeaderCell>Cost per closed deal</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody className={common.nowrap}>
            {channels.map((c) => (
              <TableRow key={c.channel}>
                <TableCell>{c.channel}</TableCell>
                <TableCell>{moneyOrNone(c.spend, currency)}</TableCell>
                <TableCell>{countOrNone(c.leads)}</TableCell>
                <TableCell>{countOrNone(c.qualified)}</TableCell>
                <TableCell>{countOrNone(c.closed)}</TableCell>
                <TableCell>{percent(c.closeRate, "not reported")}</TableCell>
                <TableCell>{moneyOrNone(c.costPerLead, currency)}</TableCell>
                <TableCell>{moneyOrNone(c.costPerClosed, currency)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <PlanVersusActual state={state} />
    </div>
  );
}
