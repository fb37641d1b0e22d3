/**
 * The preview's start (see index.tsx): fills the simulated workbook, waits for Microsoft's library
 * and the page's own code, then draws the page with the pane connected to the workbook.
 */
import { Person, Workbook, simHost } from "../simulator";
import { couldNotStart } from "./couldNotStart";
import { connectBrowserClient, excelLibrary } from "./host";
import { openPlanDirectly, planFromQuery } from "./plan";

/** For tests and curious people: the simulated workbook behind the page, on `window.jointPlanPreview`. */
export interface PreviewGlobal {
  workbook: Workbook;
  /** A person editing the workbook by hand (setCell, getValues, …). */
  person: Person;
  /** True once the plan is in the workbook and the page has been rendered. */
  ready: boolean;
}

type PageCode = typeof import("./mount");

async function main(page: Promise<PageCode>): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const workbook = new Workbook({ coauthorId: "co-author" });
  const global: PreviewGlobal = { workbook, person: new Person(workbook), ready: false };
  (window as unknown as { jointPlanPreview: PreviewGlobal }).jointPlanPreview = global;

  // Microsoft's library and the page's code load (async) while the workbook is filled.
  const library = excelLibrary();
  // The plan is in the workbook before the pane opens, as when someone opens a shared workbook.
  await openPlanDirectly(workbook, planFromQuery(window.location.search));
  workbook.activeSheetId =
    workbook.findSheet("Activities")?.id ??
    workbook.activeSheetId ??
    workbook.sheets[0]?.id ??
    null;
  await library;
  const { mountPreview } = await page;
  // The preview's own setup ends here (library and page loaded, workbook filled): the pane starts.
  performance.mark("joint-plan:workbook-ready");

  const redraws = new Set<() => void>();
  const host = simHost(connectBrowserClient(workbook, "task-pane"), () =>
    redraws.forEach((redraw) => redraw())
  );
  const onRedraw = (redraw: () => void) => {
    redraws.add(redraw);
    return () => void redraws.delete(redraw);
  };
  mountPreview(container, { workbook, host, onRedraw });
  global.ready = true;
}

/** Starts the preview; says on the page why it could not, if it could not. */
export function startPreview(page: Promise<PageCode>): void {
  main(page).catch(couldNotStart);
}
