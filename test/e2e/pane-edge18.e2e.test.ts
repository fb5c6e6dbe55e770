/* The pane and the custom functions on EdgeHTML 18's built-ins (Office 2016–2021 on Windows without the
 * WebView2 runtime). Chromium stands in for it: before any script of the page runs, everything EdgeHTML 18
 * lacks (src/polyfills/edge18-gaps.ts, from MDN's compatibility data) is deleted from it, polyfilled or not.
 * The pane must then start on src/polyfills/ alone, not show taskpane.html's fallback message, and do real
 * work. This is Chromium without those built-ins, not EdgeHTML: its CSS, layout and event quirks are not
 * tested here. */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { EDGE18_MISSING, EDGE18_POLYFILLS } from "../../src/polyfills/edge18-gaps";
import { ROOT } from "../support/built-functions";
import { servedPane } from "../support/pane-browser";
import { describeWithTool } from "../support/external-tools";

const FALLBACK = "#bank-assess-fallback";
/** What functions.js defines for itself (src/polyfills/edge18-builtins.ts): it needs no more. */
const FUNCTIONS_POLYFILLS: readonly string[] = [
  "globalThis",
  "Object.fromEntries",
  "Array.prototype.flatMap",
  "WeakRef",
];
const SCORES = path.join(ROOT, "assets", "samples", "ops-2025.scores.xlsx");

/** What the page's init script did, and found once the page had loaded (read back from the DOM, see below). */
type Report = {
  deleted: string[];
  absent: string[];
  stuck: string[];
  atLoad: { started: boolean; missing: string[]; native: string[]; customFunctions: string };
};

/**
 * In the page, before its scripts: deletes each name ("X", "X.m", "X.prototype.m") that EdgeHTML 18 lacks,
 * then, at "load", notes which of the polyfilled ones are there and whether any is still Chromium's own. The
 * report goes into an attribute of <html>: the test reads it with a locator, from Playwright's isolated world,
 * because Playwright's page.evaluate helper itself needs some of what is deleted here (BigInt64Array).
 */
function removeBuiltins({
  names,
  polyfills,
}: {
  names: readonly string[];
  polyfills: readonly string[];
}): void {
  const w = window as unknown as Record<string, unknown>;
  const report: Omit<Report, "atLoad"> = { deleted: [], absent: [], stuck: [] };
  const resolve = (name: string) =>
    name
      .split(".")
      .reduce<unknown>(
        (value, part) => (value == null ? undefined : (value as Record<string, unknown>)[part]),
        w
      );
  // Owners first, all of them, before any is deleted.
  const targets = names.map((name) => {
    const parts = name.split(".");
    return {
      name,
      owner: resolve(parts.slice(0, -1).join(".") || "self") as object | undefined,
      key: parts[parts.length - 1],
    };
  });
  for (const { name, owner, key } of targets) {
    if (!owner || !(key in owner)) {
      report.absent.push(name);
      continue;
    }
    // Where the chain has it: on the object itself or a prototype (window's accessors are on Window.prototype).
    for (let o: object | null = owner; o && key in owner; o = Object.getPrototypeOf(o))
      if (Object.prototype.hasOwnProperty.call(o, key)) delete (o as Record<string, unknown>)[key];
    (key in owner ? report.stuck : report.deleted).push(name);
  }
  window.addEventListener("load", () => {
    const native = (value: unknown) =>
      typeof value === "function" &&
      /\[native code\]/.test(Function.prototype.toString.call(value));
    const functions = w.CustomFunctions as { associate?: unknown } | undefined;
    const atLoad = {
      started: w.__bankAssessStarted === true,
      missing: polyfills.filter((name) => resolve(name) === undefined),
      native: polyfills.filter((name) => native(resolve(name))),
      customFunctions: typeof (functions && functions.associate),
    };
    document.documentElement.setAttribute("data-edge18", JSON.stringify({ ...report, atLoad }));
  });
}

describeWithTool(
  "chromium",
  "the pane on EdgeHTML 18's built-ins (Chromium with the newer ones deleted)",
  (chromiumPath) => {
    const pane = servedPane(chromiumPath);

    /** A page without Office.js (as outside Office, offline) and without the built-ins EdgeHTML 18 lacks. */
    async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      const context = await pane.browser.newContext({
        viewport: { width: 420, height: 1000 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      await page.addInitScript(removeBuiltins, {
        names: EDGE18_MISSING,
        polyfills: EDGE18_POLYFILLS,
      });
      // Whether the fallback message was ever on the page, even for a moment.
      await page.addInitScript((id) => {
        new MutationObserver(() => {
          if (document.getElementById(id))
            document.documentElement.setAttribute("data-fallback-seen", "");
        }).observe(document, { childList: true, subtree: true });
      }, FALLBACK.slice(1));
      return { context, page, errors };
    }

    async function report(page: Page): Promise<Report> {
      const html = page.locator("html[data-edge18]");
      await html.waitFor({ state: "attached" });
      return JSON.parse((await html.getAttribute("data-edge18"))!) as Report;
    }

    it("deletes what it means to: every name it lists is gone before the page's scripts run", async () => {
      const { context, page, errors } = await open();
      // The init scripts alone: no bundle, so nothing is polyfilled either.
      await page.route(/\/(taskpane|functions)\.js$/, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "window.__bankAssessStarted = true;",
        })
      );
      await page.goto(`${pane.base}/taskpane.html`);
      const { deleted, absent, stuck, atLoad } = await report(page);
      expect(stuck).toEqual([]);
      expect([...deleted, ...absent].sort()).toEqual([...EDGE18_MISSING].sort());
      // Everything the polyfills define is there in Chromium to be deleted, and is gone.
      expect(EDGE18_POLYFILLS.filter((name) => !deleted.includes(name))).toEqual([]);
      expect(atLoad.missing).toEqual([...EDGE18_POLYFILLS]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it("the pane starts on the polyfills, never shows the fallback, validates, ranks and downloads the sample", async () => {
      const { context, page, errors } = await open();
      await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
      await page.getByRole("button", { name: "使用示例评分表" }).waitFor();
      const { atLoad } = await report(page);
      expect(atLoad.started).toBe(true);
      // What the pane runs on is the polyfills, all of them, and none of Chromium's own.
      expect(atLoad.missing).toEqual([]);
      expect(atLoad.native).toEqual([]);
      expect(await page.locator(FALLBACK).count()).toBe(0);

      // A picked file (Blob.arrayBuffer), read by the pane's own xlsx reader (TextDecoder).
      await page.getByLabel("打开工作簿").setInputFiles({
        name: "ops-2025.scores.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: readFileSync(SCORES),
      });
      await page.getByText("已打开").first().waitFor();

      // Keyboard focus between the tabs: Fluent's focus handling (composedPath, WeakRef, DOMRect).
      await page.getByRole("tab", { name: "校验" }).click();
      await page.keyboard.press("ArrowRight");
      const focused = page.locator("[role=tab]:focus");
      expect(await focused.count()).toBe(1);
      expect(await focused.innerText()).not.toContain("校验");
      await page.getByRole("tab", { name: "校验" }).click();

      // The validate check: issues listed, in a MessageBar (ResizeObserver).
      await page.getByRole("button", { name: "校验评分表" }).click();
      await page.getByText("评分表!H6：「合规准确率」应为数字，当前为「九十六」。").waitFor();

      // A Fluent Dropdown, by keyboard: its pop-up is placed by Fluent's positioning (ResizeObserver, DOMRect)
      // and its list scrolled to the active option (Element.scrollTo).
      await page.getByRole("tab", { name: "排名" }).click();
      const method = page.getByRole("combobox", { name: "排名方法" });
      await method.click();
      await page.getByRole("listbox").waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.getByRole("listbox").waitFor({ state: "hidden" });
      expect(await method.innerText()).toContain("竞争排名");

      // Rank, and download the workbook the pane writes (TextEncoder.encodeInto, the zip writer).
      await page.getByRole("textbox", { name: "考核期" }).fill("2025Q4");
      await page.getByRole("button", { name: "生成排名表" }).click();
      await page.getByText("已生成").first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "下载结果工作簿" }).click(),
      ]);
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pane-edge18-")), "result.xlsx");
      await download.saveAs(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      expect(book.getWorksheet("排名 2025Q4")?.getCell("A1").value).toBe(
        "2025年第四季度 运营考核排名"
      );
      expect(book.getWorksheet("评分表")).toBeDefined();

      expect(errors).toEqual([]);
      expect(await page.locator(FALLBACK).count()).toBe(0);
      expect(await page.locator("html[data-fallback-seen]").count()).toBe(0);
      await context.close();
    });

    it("the custom functions' script runs on its own polyfills (it does not rely on the pane's)", async () => {
      const { context, page, errors } = await open();
      // functions.js alone, as in a custom-functions runtime: taskpane.js is not there to polyfill first.
      await page.route(/\/taskpane\.js$/, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "window.__bankAssessStarted = true;",
        })
      );
      await page.goto(`${pane.base}/taskpane.html`);
      const { deleted, atLoad } = await report(page);
      expect(deleted).toContain("globalThis");
      // Outside Excel it puts a stand-in CustomFunctions on globalThis, which it has defined itself.
      expect(atLoad.customFunctions).toBe("function");
      expect(atLoad.missing).toEqual(
        EDGE18_POLYFILLS.filter((name) => !FUNCTIONS_POLYFILLS.includes(name))
      );
      expect(errors).toEqual([]);
      await context.close();
    });
  }
);
