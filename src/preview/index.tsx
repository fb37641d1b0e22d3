/**
 * The browser preview (preview.html): the task pane against an in-memory workbook, with the sample
 * plan (or ?plan=empty, or ?activities=N for a generated plan). See docs in README ("npm start").
 */
import { createRoot } from "react-dom/client";
import { Person, Workbook, simHost } from "../simulator";
import { connectBrowserClient, excelLibrary } from "./host";
import { openPlanDirectly, planFromQuery } from "./plan";
import { Preview } from "./Preview";

/** For tests and curious people: the simulated workbook behind the page, on `window.jointPlanPreview`. */
export interface PreviewGlobal {
  workbook: Workbook;
  /** A person editing the workbook by hand (setCell, getValues, …). */
  person: Person;
  /** True once the plan is in the workbook and the page has been rendered. */
  ready: boolean;
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const workbook = new Workbook({ coauthorId: "co-author" });
  const global: PreviewGlobal = { workbook, person: new Person(workbook), ready: false };
  (window as unknown as { jointPlanPreview: PreviewGlobal }).jointPlanPreview = global;

  // Microsoft's library loads (async) while the workbook is filled.
  const library = excelLibrary();
  // The plan is in the workbook before the pane opens, as when someone opens a shared workbook.
  await openPlanDirectly(workbook, planFromQuery(window.location.search));
  workbook.activeSheetId =
    workbook.findSheet("Activities")?.id ??
    workbook.activeSheetId ??
    workbook.sheets[0]?.id ??
    null;
  await library;
  // The preview's own setup ends here (library loaded, workbook filled): the pane starts.
  performance.mark("joint-plan:workbook-ready");

  const redraws = new Set<() => void>();
  const host = simHost(connectBrowserClient(workbook, "task-pane"), () =>
    redraws.forEach((redraw) => redraw())
  );
  const onRedraw = (redraw: () => void) => {
    redraws.add(redraw);
    return () => void redraws.delete(redraw);
  };
  createRoot(container).render(<Preview workbook={workbook} host={host} onRedraw={onRedraw} />);
  global.ready = true;
}

main().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById("root");
  if (root) {
    root.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
});
