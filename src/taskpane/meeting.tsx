/** The Meeting view's Office dialog page (meeting.html): render once Office is ready. */
import { createRoot } from "react-dom/client";
import { officeDialogParent, officeHost } from "../workbook";
import { MeetingPage } from "./MeetingPage";

function render(inOffice: boolean) {
  const container = document.getElementById("root");
  if (!container) return;
  if (!inOffice) {
    container.textContent =
      "This page shows Joint Plan's Meeting view full size. Open it from the Meeting tab of the Joint Plan pane in Excel.";
    return;
  }
  createRoot(container).render(<MeetingPage parent={officeDialogParent()} host={officeHost()} />);
}

if (typeof Office !== "undefined") Office.onReady((info) => render(Boolean(info.host)));
else render(false);
