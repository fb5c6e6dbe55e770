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

/** In the standalone pane: opens the sample duties workbook and checks it as of 2025-12-31 (岗责). */
export async function checkSampleDuties(page: import("playwright-core").Page): Promise<void> {
  const { readFileSync } = await import("node:fs");
  const path = await import("node:path");
  await page.getByLabel("打开工作簿").setInputFiles({
    name: "ops-2025.duties.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: readFileSync(path.join(__dirname, "../../assets/samples/ops-2025.duties.xlsx")),
  });
  await page.getByText("已打开").first().waitFor();
  await page.getByRole("tab", { name: "岗责", exact: true }).click();
  await page.getByLabel("检查日").fill("2025-12-31");
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await page.locator("button:enabled", { hasText: "写入体检报告" }).waitFor();
}
