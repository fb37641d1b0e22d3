/** Fluent's Spinner, as its own chunk: see ./Spinner. */
export { Spinner } from "@fluentui/react-components";
