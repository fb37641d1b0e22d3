/**
 * What jsdom lacks and the browser has: TextEncoder (the workbook layer budgets
 * requests in UTF-8 bytes with it). Import first in a jsdom test that loads the
 * workbook layer.
 */
import { TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });
