import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ROOT } from "../support/built-functions";
import { checkSampleDuties, servedPane } from "../support/pane-browser";
import { describeWithTool } from "../support/external-tools";

// Tests leave the tree as they found it: screenshots go to out/; `UPDATE_SCREENSHOTS=1 npm test` refreshes the
// README's copies in docs/screenshots/.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? path.join(ROOT, "docs", "screenshots")
  : path.join(ROOT, "out", "screenshots");
const TEXT = {
  "zh-CN": {
    sample: "使用示例评分表",
    opened: "已打开",
    validateTab: "校验",
    check: "校验评分表",
    rankTab: "排名",
    period: "考核期",
    rank: "生成排名表",
    done: "已生成",
    download: "下载结果工作簿",
    resultsGroup: "结果",
    resultsTab: "结果应用",
    results: "生成反馈单与结果应用",
    toWarn: "需预警的人员",
  },
  "en-US": {
    sample: "Use the sample score sheet",
    opened: "Opened",
    validateTab: "Validate",
    check: "Check the score sheet",
    rankTab: "Rank",
    period: "Period",
    rank: "Make the ranking tab",
    done: "is ready",
    download: "Download the result",
    resultsGroup: "Results",
    resultsTab: "Outcomes",
    results: "Make feedback and outcomes",
    toWarn: "People to warn",
  },
} as const;

describeWithTool(
  "chromium",
  "the task pane in a real browser (standalone mode)",
  (chromiumPath) => {
    const pane = servedPane(chromiumPath, SCREENSHOTS);

    it.each(["zh-CN", "en-US"] as const)(
      "%s: opens the sample workbook, shows the validation issues, ranks, and downloads the result",
      async (locale) => {
        const text = TEXT[locale];
        const page: Page = await pane.browser.newPage({
          viewport: { width: 420, height: 1000 },
          acceptDownloads: true,
        });
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${pane.base}/taskpane.html?lang=${locale}`);

        await page.getByRole("button", { name: text.sample }).click();
        await page.getByText(text.opened).first().waitFor();

        await page.getByRole("tab", { name: text.validateTab }).click();
        await page.getByRole("button", { name: text.check }).click();
        const issue =
          locale === "zh-CN"
            ? "评分表!H6：「合规准确率」应为数字，当前为「九十六」。"
            : '评分表!H6: "Compliance accuracy" must be a number, found "九十六".';
        await page.getByText(issue).waitFor();
        await page.screenshot({
          animations: "disabled",
          path: path.join(SCREENSHOTS, `pane-validate-${locale}.png`),
          fullPage: true,
        });

        await page.getByRole("tab", { name: text.rankTab }).click();
        // The sample template's period is the year of a quarterly cycle: the quarter is asked for.
        await page.getByRole("textbox", { name: text.period }).fill("2025Q4");
        await page.getByRole("button", { name: text.rank }).click();
        await page.getByText(text.done).first().waitFor();
        await page.screenshot({
          animations: "disabled",
          path: path.join(SCREENSHOTS, `pane-rank-${locale}.png`),
          fullPage: true,
        });

        // 结果 → 结果应用: feedback and outcomes of the ranking just made, written into the same workbook.
        await page.getByRole("tab", { name: text.resultsGroup, exact: true }).click();
        await page.getByRole("tab", { name: text.resultsTab, exact: true }).click();
        await page.getByRole("button", { name: text.results }).click();
        await page.getByRole("region", { name: text.toWarn }).waitFor();
        // Settled: the run button is enabled again before the picture is taken.
        await page.locator("button:enabled", { hasText: text.results }).waitFor();
        await page.screenshot({
          animations: "disabled",
          path: path.join(SCREENSHOTS, `pane-results-${locale}.png`),
          fullPage: true,
        });

        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: text.download }).click(),
        ]);
        const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pane-e2e-")), "result.xlsx");
        await download.saveAs(file);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(file);
        const tab = book.getWorksheet("排名 2025Q4");
        expect(tab).toBeDefined();
        const title = tab!.getCell("A1").value;
        // The sheet's own text speaks the pane's language; the data stay as they are.
        expect(title).toBe(
          locale === "zh-CN"
            ? "2025年第四季度 运营考核排名"
            : "Operations assessment ranking · Q4 2025"
        );
        expect(tab!.getCell("A4").value).toBe(1);
        expect(book.getWorksheet("评分表")).toBeDefined(); // the user's sheet is still there, unchanged
        for (const sheet of ["反馈单", "结果应用", "整改跟踪", "培训需求"])
          expect(book.getWorksheet(sheet)).toBeDefined();
        expect(errors).toEqual([]);
        await page.close();
      }
    );

    it("岗责: opens a duties workbook, checks it as of a day, and shows what to fix (the README's picture)", async () => {
      const page: Page = await pane.browser.newPage({ viewport: { width: 420, height: 1000 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
      await checkSampleDuties(page);
      await page
        .getByText("10 个岗位、34 个流程、7 项变更：14 处错误，4 处提醒。")
        .first()
        .waitFor();
      await page.locator("button:enabled", { hasText: "写入体检报告" }).waitFor();
      await page.screenshot({
        animations: "disabled",
        path: path.join(SCREENSHOTS, "pane-duties-zh-CN.png"),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
);
