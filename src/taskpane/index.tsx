import { createRoot } from "react-dom/client";
import { App } from "./App";

function render() {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

/* In Excel, Office.js calls back once the host is ready; only then may the pane talk to it.
 * Outside Office (office.js could not load) the frame still renders. */
if (typeof Office !== "undefined") Office.onReady(render);
else render();
