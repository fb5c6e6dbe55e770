import { mkdirSync } from "node:fs";
import type { AddressInfo, Server } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
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

/** Elements whose right edge passes the page's, and whether the page scrolls sideways. */
export async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const element of Array.from(document.querySelectorAll("body *"))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.right > width + 1)
        wide.push(
          `${element.tagName} "${(element.textContent ?? "").slice(0, 30)}" right=${box.right}`
        );
    }
    return { scrolls: document.documentElement.scrollWidth > width, wide: wide.slice(0, 5) };
  });
}

/**
 * The built pane in Chromium for the tests of one describe block: opened before them (and `out`, where they
 * write screenshots, made), closed after them. Its `browser` and `base` are read inside the tests.
 */
export function servedPane(chromiumPath: string, out?: string): PaneBrowser {
  const pane = {} as PaneBrowser;
  beforeAll(async () => {
    Object.assign(pane, await openPaneBrowser(chromiumPath));
    if (out) mkdirSync(out, { recursive: true });
  });
  afterAll(async () => {
    await pane.close?.();
  });
  return pane;
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
