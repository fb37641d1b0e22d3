/** Says on the page why the preview could not start (a part that did not load, a failed setup). */
export function couldNotStart(error: unknown): void {
  console.error(error);
  const root = document.getElementById("root");
  if (root) {
    root.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}
