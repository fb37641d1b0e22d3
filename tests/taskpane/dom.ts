/**
 * What jsdom lacks and Fluent UI uses, for the tests that render the pane in jsdom. Import it first
 * in a file run with `@jest-environment jsdom`. Minimal: nothing here is ever asserted on.
 */
import { TextDecoder, TextEncoder } from "util";
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined") {
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= NoResizeObserver;
  w.matchMedia ??= (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// Browsers and Excel's web view have these; jest's jsdom does not (the workbook layer counts UTF-8 bytes).
const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;

// Fluent's charts measure axis labels on a canvas; jsdom has none. An 7 px-per-character measure is enough.
if (typeof HTMLCanvasElement !== "undefined") {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return { font: "", measureText: (text: string) => ({ width: text.length * 7 }) };
  } as unknown as HTMLCanvasElement["getContext"];
}
