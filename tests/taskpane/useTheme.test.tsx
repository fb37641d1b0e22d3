/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { renderHook } from "@testing-library/react";
import { useTheme } from "../../src/taskpane/hooks/useTheme";
import type { ExcelHost } from "../../src/workbook";

const host = (colour: string | undefined): ExcelHost => ({
  run: async () => {
    throw new Error("not used");
  },
  subscribe: async () => async () => {},
  officeTheme: () => (colour ? { bodyBackgroundColor: colour } : undefined),
});

describe("the pane's theme comes from the host", () => {
  beforeAll(() => {
    // jsdom has no matchMedia: a browser that prefers light.
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
  });

  test("a dark Office theme gives the dark theme, a light one the light theme", () => {
    expect(renderHook(() => useTheme(host("#262626"))).result.current).toBe(webDarkTheme);
    expect(renderHook(() => useTheme(host("#ffffff"))).result.current).toBe(webLightTheme);
  });

  test("without a host theme, the browser's preference decides", () => {
    expect(renderHook(() => useTheme(host(undefined))).result.current).toBe(webLightTheme);
    expect(renderHook(() => useTheme()).result.current).toBe(webLightTheme);
  });
});
