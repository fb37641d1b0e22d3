/** Stand-ins the pane's view tests share: actions that succeed, and plan states built from rows. */
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { type PlanInput, type PlanState, planStateOf, type WorkbookPlan } from "../../src/workbook";

/** Every action, succeeding and writing nothing; `overrides` replaces the ones a test watches. */
export function fakeActions(overrides: Partial<Actions> = {}): Actions {
  const ok = async () => ({ ok: true });
  return {
    busy: null,
    progress: null,
    error: null,
    dismissError: () => {},
    notice: null,
    dismissNotice: () => {},
    addRow: ok,
    updateRow: ok,
    deleteRow: ok,
    rowRef: () => null,
    selectRows: async () => {},
    selectCell: async () => {},
    selectSetting: async () => {},
    addRows: ok,
    setUpPlan: ok,
    updatePlanLayout: ok,
    dropdowns: true,
    rebuildSheets: ok,
    importRows: ok,
    saveSetting: ok,
    saveBaseline: ok,
    importCrm: ok,
    ...overrides,
  };
}

/** A plan's rows: Plan starts January 2027, no activities or budget lines unless `parts` has them. */
export function planInput(parts: Partial<PlanInput> = {}): PlanInput {
  return {
    ...parts,
    settings: { "Plan starts": "2027-01", ...parts.settings },
    activities: parts.activities ?? [],
    budget: parts.budget ?? [],
  };
}

/** The pane's state for `input`, as the workbook layer reads and checks it (`tables`: where they live). */
export function readState(input: PlanInput, tables: WorkbookPlan["tables"] = {}): PlanState {
  return planStateOf({ input, tables, problems: [] });
}
