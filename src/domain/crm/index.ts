/** Import CRM report: the pure part (recognise columns, read dates, count by month and channel, merge). */
export * from "./dates";
export * from "./mapping";
export * from "./merge";
export * from "./report";
export * from "./stages";
