/**
 * A plan built by hand for the Demand view's tests: Jan–Dec 2027, a 2-month sales cycle, May's
 * $500,000 target needing 500 leads in March (deal $10,000 × close rate 10%), an inside-sales team
 * flooded in March by a web campaign, and a trade-show booth nobody answers.
 */
import { checkPlan, parsePlan, type PlanInput, type PlanState, type Row } from "../../src/workbook";

export const LANES: Row[] = [
  { Lane: "Media", Side: "Marketing" },
  { Lane: "Field sales", Side: "Sales" },
  { Lane: "Inside sales", Side: "Sales", Capacity: 200 },
];

export const DOORS: Row[] = [
  { Door: "Web form", Owner: "Inside sales", "Response hours": 4 },
  { Door: "Trade-show booth", Owner: "", "Response hours": "" },
];

export function demandInput(more: Partial<PlanInput> = {}): PlanInput {
  return {
    settings: {
      "Plan starts": "2027-01",
      "Average deal size": 10000,
      "Lead-to-close rate": 0.1,
      "Sales cycle (months)": 2,
    },
    lanes: LANES,
    activities: [
      {
        ID: "A-01",
        Activity: "Web ads",
        Lane: "Media",
        Team: "Marketing",
        Start: "2027-03",
        "Expected leads": 300,
        Door: "Web form",
      },
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
    budget: [],
    doors: DOORS,
    targets: [
      { Month: "2027-05", "Revenue target": 500000 },
      { Month: "2027-08", "Revenue target": 50000 },
    ],
    ...more,
  };
}

/** The pane's state for an input, as the workbook layer would hand it (no table locations). */
export function demandState(input: PlanInput = demandInput()): PlanState {
  return {
    workbook: { input, tables: {}, problems: [] },
    plan: parsePlan(input),
    check: checkPlan(input),
  };
}
