/* The ribbon's only button opens the task pane (ShowTaskpane in manifest.xml), so this
 * function file needs no commands of its own; Office still requires it to load. */
Office.onReady(() => undefined);
