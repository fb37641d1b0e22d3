/**
 * The Fluent theme that matches Office: in Excel, the Office theme's body
 * background (dark themes get webDarkTheme); in a plain browser, the
 * prefers-color-scheme media query, followed live.
 */
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ExcelHost } from "../../workbook";

/** Whether a CSS hex colour (#rgb or #rrggbb) is dark (relative luminance below 0.4). */
export function isDarkColour(colour: string | undefined | null): boolean | null {
  if (!colour) return null;
  let hex = colour.trim().replace(/^#/, "");
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.4;
}

function officeDark(host: ExcelHost | undefined): boolean | null {
  return isDarkColour(host?.officeTheme?.()?.bodyBackgroundColor);
}

function mediaDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)").matches
    : false;
}

/** The theme for the pane on `host`; without a host (or its theme), the browser's. */
export function useTheme(host?: ExcelHost): Theme {
  const [dark, setDark] = useState<boolean>(() => officeDark(host) ?? mediaDark());
  useEffect(() => {
    if (officeDark(host) !== null || typeof window.matchMedia !== "function") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setDark(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [host]);
  return dark ? webDarkTheme : webLightTheme;
}
