/**
 * The browser preview (preview.html): the task pane against an in-memory workbook, with the sample
 * plan (or ?plan=empty, or ?activities=N for a generated plan). See docs in README ("npm start").
 *
 * This first script only asks for the preview's two parts at once, so that both download and
 * compile side by side: the start (the simulator, which fills the workbook: start.ts) and the
 * page (React, Fluent UI and the pane: mount.tsx). The workbook is filled while the page's much
 * bigger code still arrives.
 */
import { couldNotStart } from "./couldNotStart";

const page = import(/* webpackChunkName: "preview-page" */ "./mount");
// The page's failure to load is reported by the start, which waits for it.
page.catch(() => {});
import(/* webpackChunkName: "preview-start" */ "./start").then(
  ({ startPreview }) => startPreview(page),
  couldNotStart
);
