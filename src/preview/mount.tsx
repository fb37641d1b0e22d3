/**
 * Draws the preview page (the pane beside the grid) into its container. Its own chunk: React,
 * Fluent UI and the pane download and compile while the preview's first script fills the workbook.
 */
import { createRoot } from "react-dom/client";
import { Preview, type PreviewProps } from "./Preview";

export function mountPreview(container: HTMLElement, props: PreviewProps): void {
  createRoot(container).render(<Preview {...props} />);
}
