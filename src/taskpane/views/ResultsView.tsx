/** Results: per channel, leads → qualified → closed, close rate, cost per lead and per closed deal. */
import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { countOrNone, moneyOrNone, percent } from "../model/format";
import { leftOutRows } from "../model/leftOut";
import { LeftOutList } from "../components/LeftOutList";
import { ScrollRegion } from "../components/ScrollRegion";
import { useCommonStyles } from "../components/styles";
import { PlanVersusActual } from "./PlanVersusActual";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export function ResultsView({ state, actions }: ViewProps) {
  const common = useCommonStyles();
  const styles = useStyles();
  const channels = state.check.metrics.channels;
  const currency = state.plan.settings.currency;
  // Rows with a problem are in no channel's figures: say so, and keep them in sight.
  const leftOut = useMemo(() => leftOutRows(state, "Results"), [state]);
  const notCounted = leftOut.sentence && (
    <>
      <MessageBar intent="warning">
        <MessageBarBody>{leftOut.sentence}</MessageBarBody>
      </MessageBar>
      <LeftOutList table="Results" rows={leftOut.rows} actions={actions} />
    </>
  );
  if (channels.length === 0) {
    return (
      <div className={styles.root}>
        <Body1 as="p">
          No results yet. Add rows to the Results table (Month, Channel, Spend, Leads, Qualified,
          Closed) or use Import CSV.
        </Body1>
        {notCounted}
        <PlanVersusActual state={state} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {notCounted}
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
