/**
 * Everything the pane writes with, in one module the pane loads on a user's first action
 * (and prefetches once it is idle): the first view only reads, so its download leaves this out.
 */
export { addRow, addRows, deleteRow, saveSetting, updateRow, updateRows } from "./write";
export { setUpPlan } from "./setup";
export { buildCalendarSheet, buildSummarySheet } from "./sheets";
export { refreshOwnerDropdown } from "./owner-list";
export { samplePlan } from "../domain";
export { selectCell, selectRows, selectSetting } from "./select";
export { updatePlanLayout } from "./update-layout";
export { saveBaseline } from "./baseline";
