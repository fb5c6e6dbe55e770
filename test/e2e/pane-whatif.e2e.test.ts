/* The pane's 模板 → 方案比较 part in Chromium at 320 and 450 px (issue 26): the sample score workbook's own
 * 权重模板 against a proposed template picked as a .json file — the counts, the largest moves, the grade
 * transition table — then 方案比较 written on the click; nothing wider than the pane. Screenshots go to
 * out/screenshots (docs/screenshots with UPDATE_SCREENSHOTS=1). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/built-functions";
import { describeWithTool } from "../support/external-tools";
import { overflow, servedPane } from "../support/pane-browser";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const OUT = process.env.UPDATE_SCREENSHOTS
  ? path.join(ROOT, "docs", "screenshots")
  : path.join(ROOT, "out", "screenshots");

/** HR's proposal: 审批时效 lighter, 贷款不良率 heavier, and 优秀 from 95 instead of 90. */
function proposal(): Buffer {
  const draft = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));
  draft.version = "2.0.0";
  const credit = draft.posts[0].indicators as { id: string; weight?: number }[];
  credit.find((i) => i.id === "approval_days")!.weight = 10;
  credit.find((i) => i.id === "npl_ratio")!.weight = 60;
  draft.grades[0].min = 95;
  return Buffer.from(JSON.stringify(draft, null, 2));
}

describeWithTool(
  "chromium",
  "the 方案比较 part at 320 and 450 px (standalone mode)",
  (chromiumPath) => {
    const pane = servedPane(chromiumPath, OUT);

    it.each([320, 450])(
      "at %i px: the counts, the movers and the grade transitions, 方案比较 written on the click",
      async (width) => {
        const page = await pane.browser.newPage({ viewport: { width, height: 900 } });
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
        await page.getByRole("button", { name: "使用示例评分表" }).click();
        await page.getByText("已打开").first().waitFor();

        await page.getByRole("tab", { name: "方案比较", exact: true }).click();
        await page
          .getByLabel("选择模板文件")
          .setInputFiles({ name: "新方案.json", mimeType: "application/json", buffer: proposal() });
        await page.getByText("「新方案.json」：2025 年度运营考核权重模板 版本 2.0.0").waitFor();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
        await page.getByRole("button", { name: "比较方案" }).click();
        await page.getByRole("region", { name: "名次变化" }).waitFor();
        const movers = page.getByRole("region", { name: /变化最大的 \d+ 人/ });
        expect(await movers.getByRole("row").count()).toBeGreaterThan(1);
        const transitions = page.getByRole("region", { name: "等级变化" });
        expect(await transitions.getByRole("columnheader").allInnerTexts()).toHaveLength(6);
        await page.getByText("尚未写入工作簿").waitFor();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });

        await page.getByRole("button", { name: "写入工作簿" }).click();
        await page.getByText("已写入「方案比较」").waitFor();
        await page.getByRole("button", { name: "下载结果工作簿" }).waitFor();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
        await page.screenshot({
          animations: "disabled",
          path: path.join(OUT, `pane-whatif-${width}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
        await page.close();
      },
      120_000
    );
  }
);
