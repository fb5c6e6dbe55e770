/* Never a blank pane: where the bundle cannot run (Internet Explorer 11, which volume-licensed Office 2016/2019
 * use; a webview that cannot parse it; a bundle that did not load or never renders), taskpane.html's inline
 * fallback says what the pane needs, in Chinese and English. In a browser that runs the pane, it stays away. */
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { ROOT } from "../support/built-functions";
import { overflow, servedPane } from "../support/pane-browser";
import { describeWithTool } from "../support/external-tools";

const OUT = path.join(ROOT, "out", "screenshots");
const FALLBACK = "#bank-assess-fallback";
const TITLE_ZH = "此 Excel 无法运行“运营考核评价”窗格";
const TITLE_EN = "This Excel cannot run the assessment pane";
const IE11_UA =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
/** What EdgeHTML 18 and Trident make of today's bundle: a syntax error. */
const UNPARSABLE = "let x = a?.b ?? (";

describeWithTool(
  "chromium",
  "taskpane.html's fallback where the bundle cannot run",
  (chromiumPath) => {
    const pane = servedPane(chromiumPath, OUT);

    /** A page whose Office.js is out of reach, as outside Office with no network: the pane runs without it. */
    async function open(width: number, options: BrowserContextOptions = {}) {
      const context = await pane.browser.newContext({
        viewport: { width, height: 900 },
        ...options,
      });
      const page = await context.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      // Whether the message was ever on the page, even for a moment.
      await page.addInitScript((id) => {
        new MutationObserver(() => {
          const seen = window as { fallbackSeen?: boolean; fallbackAt?: number };
          if (!document.getElementById(id) || seen.fallbackSeen) return;
          seen.fallbackSeen = true;
          seen.fallbackAt = performance.now();
        }).observe(document, { childList: true, subtree: true });
      }, FALLBACK.slice(1));
      return { context, page };
    }

    /**
     * The message, at once: not by the fallback's own 10-second wait after "load" for a pane that never renders.
     * Measured on the page's clock (a busy machine makes the wait longer, never that difference).
     */
    async function expectMessage(page: Page, { atOnce } = { atOnce: true }) {
      const box = page.locator(FALLBACK);
      await box.waitFor({ state: "visible", timeout: 120_000 });
      if (atOnce) {
        const [shownAt, loadedAt] = await page.evaluate(() => [
          (window as { fallbackAt?: number }).fallbackAt ?? Infinity,
          (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
            .loadEventStart,
        ]);
        expect(shownAt - (loadedAt > 0 ? loadedAt : shownAt)).toBeLessThan(10_000);
      }
      const text = await box.innerText();
      for (const words of [
        TITLE_ZH,
        "Microsoft Edge WebView2 运行时",
        "Excel 网页版",
        "Mac 版 Excel",
        "批量许可版 Office 2016、Office 2019",
        "Chrome 或 Edge",
        "bank-assess",
        TITLE_EN,
        "Microsoft 365 or Office 2021 or later on Windows",
        "Excel on the web",
        "Excel on Mac",
        "Volume-licensed Office 2016 and Office 2019",
        "the standalone page taskpane.html",
        `${pane.base}/taskpane.html`,
      ])
        expect(text).toContain(words);
      expect(text).not.toContain("?lang"); // the page's address as one to open, without the query
    }

    it.each([
      ["does not load", "abort"],
      ["cannot be parsed (a syntax error, as old webviews see ?. and ??)", "unparsable"],
    ] as const)(
      "the bundle %s: the message in Chinese and English, legible at 320 and 450 px",
      async (_case, how) => {
        for (const width of [320, 450]) {
          const { context, page } = await open(width);
          await page.route(/\/(taskpane|functions)\.js$/, (route) =>
            how === "abort"
              ? route.abort()
              : route.fulfill({ contentType: "text/javascript", body: UNPARSABLE })
          );
          await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
          await expectMessage(page);
          expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
          await page.screenshot({
            animations: "disabled",
            path: path.join(OUT, `pane-fallback-${how}-${width}.png`),
            fullPage: true,
          });
          await context.close();
        }
      }
    );

    it.each([
      ["document.documentMode = 11", {}, true],
      ["its user agent (Trident/7.0)", { userAgent: IE11_UA }, false],
    ] as const)(
      "Internet Explorer 11, known by %s: the message, and no pane under it",
      async (_case, options, documentMode) => {
        const { context, page } = await open(320, options);
        if (documentMode)
          await page.addInitScript(() => {
            Object.defineProperty(Document.prototype, "documentMode", {
              get: () => 11,
              configurable: true,
            });
          });
        await page.goto(`${pane.base}/taskpane.html`);
        await expectMessage(page);
        // Chromium runs the bundle all the same; a real Internet Explorer would not: the pane stays hidden.
        await page.waitForLoadState("load");
        expect(await page.locator("#root").isHidden()).toBe(true);
        expect(await page.locator(FALLBACK).isVisible()).toBe(true);
        await context.close();
      }
    );

    it("the bundle runs but the pane never renders: the message after a while, gone if the pane comes after all", async () => {
      const { context, page } = await open(320);
      await page.clock.install();
      // A bundle that starts and then shows nothing (it failed while starting, or Office never answered).
      await page.route(/\/taskpane\.js$/, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "window.__bankAssessStarted = true;",
        })
      );
      await page.goto(`${pane.base}/taskpane.html`);
      await page.waitForLoadState("load");
      await page.clock.runFor(5_000);
      expect(await page.locator(FALLBACK).count()).toBe(0);
      await page.clock.runFor(6_000);
      // Under the page's fake clock: the message after the 10-second wait, as it should be here.
      await expectMessage(page, { atOnce: false });
      // The pane renders late after all: the message steps aside.
      await page.evaluate(() => {
        document.getElementById("root")!.appendChild(document.createElement("main"));
      });
      await page.clock.runFor(1_000);
      expect(await page.locator(FALLBACK).count()).toBe(0);
      await context.close();
    });

    it.each([320, 450])(
      "a browser that runs the bundle: the pane renders at %i px and the message never shows",
      async (width) => {
        const { context, page } = await open(width);
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
        await page.getByRole("button", { name: "使用示例评分表" }).waitFor();
        await page.waitForLoadState("load");
        expect(await page.evaluate(() => window.__bankAssessStarted)).toBe(true);
        expect(await page.locator(FALLBACK).count()).toBe(0);
        expect(
          await page.evaluate(() => (window as { fallbackSeen?: boolean }).fallbackSeen)
        ).toBeUndefined();
        expect(errors).toEqual([]);
        await context.close();
      }
    );
  }
);
