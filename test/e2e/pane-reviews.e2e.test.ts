/* The pane's 互评 part in Chromium at 320 and 450 px (issue 25): a score sheet opened, the forms made (one
 * download a rater), the returned forms read, each person's results shown without a rater, and the new
 * workbook downloaded on confirmation — nothing wider than the pane. Screenshots go to out/screenshots. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REVIEW_SUMMARY_SHEET } from "../../src/jobs/reviews/review-sheets";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { ROOT } from "../support/built-functions";
import { describeWithTool } from "../support/external-tools";
import { overflow, servedPane } from "../support/pane-browser";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../support/review-forms";
import { submission } from "../support/submissions";

// `npm run screenshots` (UPDATE_SCREENSHOTS=1) refreshes the README's copies in docs/screenshots/.
const OUT = process.env.UPDATE_SCREENSHOTS
  ? path.join(ROOT, "docs", "screenshots")
  : path.join(ROOT, "out", "screenshots");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const RATERS = ["S01", "R101", "R102", "R103"];

describeWithTool(
  "chromium",
  "the 互评 part at 320 and 450 px (standalone mode)",
  (chromiumPath) => {
    const pane = servedPane(chromiumPath, OUT);
    let scores: Buffer;
    let forms: { name: string; mimeType: string; buffer: Buffer }[] = [];

    beforeAll(async () => {
      const template = reviewsTemplate();
      const rows = scoreRows();
      const rated = people(rows);
      const online = ["O1", "O2", "O3", "O4", "O5", "O6"];
      scores = Buffer.from(await submission(template, rows));
      const form = async (
        name: string,
        rater: string,
        answers: Parameters<typeof filledForm>[3]
      ) => ({
        name,
        mimeType: XLSX,
        buffer: Buffer.from(await filledForm(template, rated, rater, answers)),
      });
      forms = [
        await form("评价表-01.xlsx", "S01", all(online, "上级", [90, 80])),
        await form("评价表-02.xlsx", "R101", all(online, "同事", [70, 75])),
        await form("评价表-03.xlsx", "R102", {
          ...all(online, "同事", [80, 85]),
          O2: { relation: "同事", values: [80, "九十"] },
        }),
        await form("评价表-04.xlsx", "R103", all(online.slice(0, 5), "同事", [80, 80])),
        await form("评价表-05.xlsx", "O1", { O1: { relation: "本人", values: [100, 100] } }),
      ];
    }, 60_000);

    it.each([320, 450])(
      "at %i px: forms made, forms read, results per person, the workbook downloaded",
      async (width) => {
        const page = await pane.browser.newPage({
          viewport: { width, height: 900 },
          acceptDownloads: true,
        });
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        const downloads: string[] = [];
        page.on("download", (download) => downloads.push(download.suggestedFilename()));
        await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
        await page
          .getByLabel("打开工作簿")
          .setInputFiles({ name: "评分表.xlsx", mimeType: XLSX, buffer: scores });
        await page.getByText("已打开").first().waitFor();

        await page.getByRole("tab", { name: "互评" }).click();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
        await page.getByRole("button", { name: "生成评价表" }).click();
        await page.getByText("已生成 7 份评价表").first().waitFor();

        await page.getByLabel("选择交回的评价表").setInputFiles(forms);
        await page.getByText("已读取全部 5 份评价表。").waitFor();
        await page.getByRole("region", { name: "3. 每人的评价结果" }).waitFor();
        const text = (await page.locator("main").innerText()) ?? "";
        for (const rater of RATERS) expect(text).not.toContain(rater);
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });

        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "生成评分表和评价汇总" }).click(),
        ]);
        expect(download.suggestedFilename()).toBe("评分表-评价汇总.xlsx");
        const saved = path.join(ROOT, "out", `pane-reviews-${width}.xlsx`);
        await download.saveAs(saved);
        const book = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(saved)));
        expect((await book.read([])).sheets.map((s) => s.name)).toContain(REVIEW_SUMMARY_SHEET);
        await page.getByText("已生成「评分表-评价汇总.xlsx」").waitFor();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
        await page.screenshot({
          animations: "disabled",
          path: path.join(OUT, `pane-reviews-${width}.png`),
          fullPage: true,
        });
        expect(downloads.filter((name) => name.startsWith("评价表-"))).toHaveLength(7);
        expect(errors).toEqual([]);
        await page.close();
      },
      120_000
    );
  }
);
