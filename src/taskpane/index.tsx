/** The task pane in Excel: render the App on the real host once Office is ready. */
import { createRoot } from "react-dom/client";
import { hostSupport, officeHost } from "../workbook";
import { App } from "./App";
import { Unsupported } from "./components/Unsupported";

function render() {
  const container = document.getElementById("root");
  if (!container) return;
  const support = hostSupport();
  const host = officeHost();
  createRoot(container).render(
    support.ok ? <App host={host} /> : <Unsupported host={host} message={support.message} />
  );
}

/* In Excel, Office.js calls back once the host is ready; only then may the pane talk to it.
 * Outside Office (office.js could not load) the pane explains where it runs. */
if (typeof Office !== "undefined") Office.onReady(render);
else render();
