/* What a newcomer found in the pane, checked where only a real browser shows it: the page's language in an
 * English browser, the vetoed rows of 排名 laid out on their line, collect ending in a download, the date
 * fields written yyyy-mm-dd whatever the browser's locale, and 岗责 answering a workbook without its sheets
 * with the pane's own button. Screenshots at 320 and 450 px go to out/screenshots. */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ROOT } from "../support/built-functions";
import { describeWithTool } from "../support/external-tools";
import { overflow, servedPane } from "../support/pane-browser";
import { sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";

const OUT = path.join(ROOT, "out", "screenshots");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Where each line of text of a vetoed row starts: the rank, the name and the composite must share a line. */
function vetoedRowTops(page: Page) {
  return page.evaluate(() => {
    const section = document.querySelector('section[aria-label="后五名"]');
    const rows = Array.from(section?.querySelectorAll("tr") ?? []).filter((row) =>
      (row.textContent ?? "").includes("一票否决")
    );
    const topOf = (row: Element, test: (text: string) => boolean) => {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? "").trim();
        if (!test(text)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getClientRects()[0]?.top ?? null;
      }
      return null;
    };
    const composite = (text: string) => /^\d+\.\d\d$/.test(text);
    return rows.map((vetoRow) => {
      // The veto's reason may be a line of its own under the person's row: that row is the one before.
      const row =
        topOf(vetoRow, composite) === null ? (vetoRow.previousElementSibling ?? vetoRow) : vetoRow;
      const cells = row.querySelectorAll("td");
      return {
        text: (row.textContent ?? "").slice(0, 40),
        rank: topOf(cells[0], (text) => /^\d+$/.test(text)),
        name: topOf(cells[1], (text) => text !== ""),
        composite: topOf(row, composite),
        veto: topOf(vetoRow, (text) => text.startsWith("一票否决")),
      };
    });
  });
}

describeWithTool("chromium", "the pane as a newcomer met it (standalone mode)", (chromiumPath) => {
  const pane = servedPane(chromiumPath, OUT);

  it("is Chinese in an English browser unless ?lang=en-US asks for English", async () => {
    const page = await pane.browser.newPage({ locale: "en-US" });
    expect(await page.evaluate(() => navigator.language)).toBe("en-US");
    await page.goto(`${pane.base}/taskpane.html`);
    await page.getByRole("heading", { name: "运营考核评价" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.goto(`${pane.base}/taskpane.html?lang=en-US`);
    await page.getByRole("heading", { name: "Operations assessment" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    await page.close();
  });

  it.each([320, 450])(
    "at %i px: each vetoed row's composite sits on the row's line; collect ends in a download; dates read yyyy-mm-dd",
    async (width) => {
      const page = await pane.browser.newPage({
        viewport: { width, height: 900 },
        acceptDownloads: true,
        locale: "en-US",
      });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${pane.base}/taskpane.html`);
      await page.getByRole("button", { name: "使用示例评分表" }).click();
      await page.getByText("已打开").first().waitFor();

      // 排名: the vetoed rows of the bottom five.
      await page.getByRole("tab", { name: "排名" }).click();
      await page.getByRole("textbox", { name: "考核期" }).fill("2025");
      await page.getByRole("button", { name: "生成排名表" }).click();
      await page.getByRole("region", { name: "后五名" }).waitFor();
      const vetoed = await vetoedRowTops(page);
      expect(vetoed.length).toBeGreaterThan(0);
      for (const row of vetoed) {
        expect(row.rank).not.toBeNull();
        expect(Math.abs((row.composite as number) - (row.rank as number))).toBeLessThanOrEqual(2);
        expect(Math.abs((row.name as number) - (row.rank as number))).toBeLessThanOrEqual(2);
        // The veto's reason comes after the composite it explains, never above it.
        expect(row.veto as number).toBeGreaterThan(row.composite as number);
      }
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.getByRole("region", { name: "后五名" }).screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-rank-vetoed-${width}.png`),
      });

      // 汇总: written into the opened file, then offered as a download, in a browser as elsewhere.
      const loaded = sampleTemplate();
      const one = async (branch: string, id: string) =>
        Buffer.from(
          await submission(loaded, [
            {
              branch,
              id,
              name: "张伟",
              post: "授信审批岗",
              values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: 95 },
            },
          ])
        );
      await page.getByRole("tab", { name: "汇总" }).click();
      await page.getByLabel("选择提交文件").setInputFiles([
        { name: "上海分行.xlsx", mimeType: XLSX, buffer: await one("上海分行", "SH001") },
        { name: "北京分行.xlsx", mimeType: XLSX, buffer: await one("北京分行", "BJ001") },
      ]);
      await page.getByText("已读取全部 2 个文件。").waitFor();
      await page.getByRole("textbox", { name: "考核期" }).fill("2025Q4");
      await page.getByRole("button", { name: "写入汇总、提交情况和排名表" }).click();
      const downloadButton = page.getByRole("button", { name: "下载结果工作簿" });
      await downloadButton.waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-collect-written-${width}.png`),
        fullPage: true,
      });
      const [download] = await Promise.all([page.waitForEvent("download"), downloadButton.click()]);
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pane-collect-")), "汇总.xlsx");
      await download.saveAs(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      for (const sheet of ["汇总", "提交情况"]) expect(book.getWorksheet(sheet)).toBeDefined();

      // 申诉: the date as yyyy-mm-dd in an English browser, and the period from the workbook's ranking tabs
      // (排名 2025 and 排名 2025Q4: the year comes after its quarters).
      await page.getByRole("tab", { name: "结果", exact: true }).click();
      await page.getByRole("tab", { name: "申诉", exact: true }).click();
      expect(await page.locator('input[type="date"]').count()).toBe(0);
      const submitted = page.getByRole("textbox", { name: "提交日期" });
      expect(await submitted.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await submitted.fill("12/06/2026");
      await page
        .getByText("「12/06/2026」不是 yyyy-mm-dd 格式的日期：请写成 2026-01-09 的形式。")
        .waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-date-error-${width}.png`),
        fullPage: true,
      });
      await submitted.fill("2026-01-09");
      await page
        .getByRole("textbox", { name: "期间" })
        .and(page.locator('[placeholder="2025"]'))
        .waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-appeals-date-${width}.png`),
        fullPage: true,
      });

      // 岗责 on a score workbook: what to do, in the pane, with no command to type.
      await page.getByRole("tab", { name: "岗责", exact: true }).click();
      expect(await page.getByRole("textbox", { name: "检查日" }).inputValue()).toMatch(
        /^\d{4}-\d{2}-\d{2}$/
      );
      await page.getByRole("button", { name: "检查", exact: true }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const said = await alert.innerText();
      expect(said).toContain("生成岗责工作簿");
      expect(said).not.toMatch(/bank-assess|--new|命令行/);
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-duties-missing-${width}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    }
  );
});
