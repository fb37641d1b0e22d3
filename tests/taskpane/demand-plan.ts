/**
 * The Demand view's tests' plan: the sales chief's worked example and a little more
 * (tests/domain/demand-plan.ts), as the pane's state.
 */
import type { PlanInput, PlanState } from "../../src/workbook";
import { demandInput } from "../domain/demand-plan";
import { readState } from "./fakes";

export { demandInput } from "../domain/demand-plan";

/** The pane's state for an input, as the workbook layer would hand it (no table locations). */
export function demandState(input: PlanInput = demandInput()): PlanState {
  return readState(input);
}
