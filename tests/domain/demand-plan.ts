/**
 * The sales chief's worked example of docs/rules.md (§ the funnel, the doors and your teams'
 * capacity), as rows: Jan–Dec 2027, deal $10,000 × close rate 10%, a 2-month sales cycle, May's
 * $500,000 target needing 500 leads in March, an inside-sales team flooded in March by the web
 * ads, and a trade-show booth nobody answers. `demandInput` adds what the Demand view's tests
 * also need (a June webinar, a field-sales push, an August target); the worked example is
 * `salesChiefExample`.
 */
import type { PlanInput, Row } from "../../src/domain";

export const DEMAND_SETTINGS: PlanInput["settings"] = {
  "Plan starts": "2027-01",
  "Average deal size": 10000,
  "Lead-to-close rate": 0.1,
  "Sales cycle (months)": 2,
};

export const LANES: Row[] = [
  { Lane: "Media", Side: "Marketing" },
  { Lane: "Field sales", Side: "Sales" },
  { Lane: "Inside sales", Side: "Sales", Capacity: 200 },
];

export const DOORS: Row[] = [
  { Door: "Web form", Owner: "Inside sales", "Response hours": 4 },
  { Door: "Trade-show booth", Owner: "", "Response hours": "" },
];

export const WEB_ADS: Row = {
  ID: "A-01",
  Activity: "Web ads",
  Lane: "Media",
  Team: "Marketing",
  Start: "2027-03",
  "Expected leads": 300,
  Door: "Web form",
};

export const MAY_TARGET: Row = { Month: "2027-05", "Revenue target": 500000 };

/** The worked example exactly: the web ads alone, May's target alone. */
export function salesChiefExample(): PlanInput {
  return {
    settings: DEMAND_SETTINGS,
    lanes: LANES,
    doors: DOORS,
    activities: [WEB_ADS],
    budget: [],
    targets: [MAY_TARGET],
  };
}

/** The worked example with a June webinar, a field-sales push and an August target; `more` replaces parts. */
export function demandInput(more: Partial<PlanInput> = {}): PlanInput {
  return {
    ...salesChiefExample(),
    activities: [
      WEB_ADS,
      {
        ID: "A-02",
        Activity: "Webinar",
        Lane: "Media",
        Team: "Marketing",
        Start: "2027-06",
        "Expected leads": 50,
        Door: "Web form",
      },
      {
        ID: "A-03",
        Activity: "Account calls",
        Lane: "Field sales",
        Team: "Sales",
        Start: "2027-03",
        End: "2027-04",
      },
    ],
    targets: [MAY_TARGET, { Month: "2027-08", "Revenue target": 50000 }],
    ...more,
  };
}
