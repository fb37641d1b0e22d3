/** The task pane in Excel: render the App on the real host once Office is ready. */
import { lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { hostSupport, officeHost } from "../workbook";
import { App } from "./App";

// Shown only outside a supported Excel: left out of the pane's first download.
const Unsupported = lazy(() =>
  import("./components/Unsupported").then((m) => ({ default: m.Unsupported }))
);

function render(inOffice: boolean) {
  const container = document.getElementById("root");
  if (!container) return;
  const support = hostSupport();
  const host = officeHost();
  createRoot(container).render(
    support.ok ? (
      <App host={host} />
    ) : (
      <Suspense fallback={null}>
        <Unsupported host={host} message={support.message} outsideExcel={!inOffice} />
      </Suspense>
    )
  );
}

/* In Excel, Office.js calls back once the host is ready; only then may the pane talk to it.
 * Outside Office (opened in a browser: no host, or office.js could not load) the pane says
 * where it runs and links to the preview. */
if (typeof Office !== "undefined") Office.onReady((info) => render(Boolean(info.host)));
else render(false);
