import type { PlanState } from "../../workbook";
import type { Actions } from "../hooks/useActions";

/** What every view receives: the plan as read now, and the actions. */
export interface ViewProps {
  state: PlanState;
  actions: Actions;
  /** Opens the Settings view (where lanes and their capacity are edited); absent where there is none. */
  openSettings?: () => void;
}
