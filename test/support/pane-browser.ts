import type { AddressInfo, Server } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { DIST, ensureProductionBuild } from "./built-functions";
const { serve } = require("../../scripts/static-server.cjs") as {
  serve: (root: string, port: number) => Promise<Server>;
};

/** The built pane served on a free port of 127.0.0.1, and Debian's Chromium started headless to open it. */
export type PaneBrowser = { browser: Browser; base: string; close(): Promise<void> };

export async function openPaneBrowser(chromiumPath: string): Promise<PaneBrowser> {
  ensureProductionBuild();
  const server = await serve(DIST, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
