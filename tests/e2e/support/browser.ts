/**
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded: we launch
 * /usr/bin/chromium (or $CHROMIUM_PATH) headless, with a fresh profile and no background network.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium (new user-data-dir) with one browser context. */
export async function launchChromium(viewport = { width: 1440, height: 900 }): Promise<Chromium> {
  const profile = mkdtempSync(path.join(tmpdir(), "joint-plan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
    // Only our own server: anything else (a CDN, telemetry) would be a bug in the preview.
    offline: false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
