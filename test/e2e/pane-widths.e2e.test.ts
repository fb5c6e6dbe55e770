/* The pane at the widths Excel gives it (320 px and 450 px): nothing wider than the pane on any tab, and the
 * collect roster applied whether it is picked before or after the files (issue 10). */
import path from "node:path";
import { ROOT } from "../support/built-functions";
import { checkSampleDuties, overflow, servedPane } from "../support/pane-browser";
import { describeWithTool } from "../support/external-tools";
import { sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";

const OUT = path.join(ROOT, "out", "screenshots");

describeWithTool("chromium", "the pane at 320 and 450 px (standalone mode)", (chromiumPath) => {
  const pane = servedPane(chromiumPath, OUT);
  let files: { name: string; mimeType: string; buffer: Buffer }[] = [];

  beforeAll(async () => {
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
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    files = [
      { name: "上海分行.xlsx", mimeType: xlsx, buffer: await one("上海分行", "SH001") },
      { name: "北京分行.xlsx", mimeType: xlsx, buffer: await one("北京分行", "BJ001") },
    ];
  });

  const roster = {
    name: "机构名单.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("机构\n北京分行\n上海分行\n广州分行\n"),
  };

  it.each([
    [320, "before"],
    [450, "after"],
  ] as const)(
    "at %i px nothing is wider than the pane, and a roster picked %s the files names who sent nothing",
    async (width, order) => {
      const page = await pane.browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
      await page.getByRole("button", { name: "使用示例评分表" }).click();
      await page.getByText("已打开").first().waitFor();

      await page.getByRole("tab", { name: "校验" }).click();
      await page.getByRole("button", { name: "校验评分表" }).click();
      await page.getByText("评分表!H6：「合规准确率」应为数字，当前为「九十六」。").waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });

      await page.getByRole("tab", { name: "排名" }).click();
      await page.getByRole("textbox", { name: "考核期" }).fill("2025Q4");
      await page.getByRole("button", { name: "生成排名表" }).click();
      await page.getByRole("region", { name: "未能排名" }).waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-rank-${width}.png`),
        fullPage: true,
      });

      await page.getByRole("tab", { name: "结果", exact: true }).click();
      await page.getByRole("tab", { name: "结果应用", exact: true }).click();
      await page.getByRole("button", { name: "生成反馈单与结果应用" }).click();
      await page.getByRole("region", { name: "需预警的人员" }).waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-results-${width}.png`),
        fullPage: true,
      });
      // 申诉: an appeal registered by period and 工号 (a browser has no selection), listed with its state.
      await page.getByRole("tab", { name: "申诉", exact: true }).click();
      await page.getByRole("textbox", { name: "期间" }).fill("2025Q4");
      await page.getByRole("textbox", { name: "工号" }).fill("SZ101");
      await page.getByRole("textbox", { name: "申诉理由" }).fill("不良贷款认定有误");
      await page.getByRole("button", { name: "登记申诉" }).click();
      await page.getByText("SS-2025Q4-001 · 已登记").waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-appeals-${width}.png`),
        fullPage: true,
      });

      // 核验: the ranking just made is reproduced from the workbook's own template and data.
      await page.getByRole("tab", { name: "核验", exact: true }).click();
      await page.getByRole("button", { name: "核验本工作簿" }).click();
      await page.getByText("「排名 2025Q4」：16 行，差异 0 处").waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-verify-${width}.png`),
        fullPage: true,
      });
      await page.getByRole("tab", { name: "考核", exact: true }).click();

      await page.getByRole("tab", { name: "汇总" }).click();
      const pickRoster = async () => {
        await page.getByLabel(/机构名单/).setInputFiles(roster);
        await page.getByText("名单中有 3 个机构。").waitFor();
      };
      if (order === "before") await pickRoster();
      await page.getByLabel("选择提交文件").setInputFiles(files);
      await page.getByText("已读取全部 2 个文件。").waitFor();
      if (order === "after") await pickRoster();
      await page.getByText("未提交：广州分行").waitFor();
      const names = await page.getByRole("table", { name: "文件" }).innerText();
      expect(names.indexOf("北京分行.xlsx")).toBeLessThan(names.indexOf("上海分行.xlsx"));
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-collect-${width}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  it.each([320, 450])(
    "at %i px the 岗责 check lists its findings and changes within the pane, and writes the report",
    async (width) => {
      const page = await pane.browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
      await checkSampleDuties(page);
      await page.getByRole("region", { name: "已逾期及即将到期的变更" }).waitFor();
      await page
        .getByText("流程 LC-008：多头决策（客户经理、理财经理），请明确一个决策岗。")
        .waitFor();
      await page.locator("button:enabled", { hasText: "写入体检报告" }).waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      await page.screenshot({
        animations: "disabled",
        path: path.join(OUT, `pane-duties-${width}.png`),
        fullPage: true,
      });
      await page.getByRole("button", { name: "写入体检报告" }).click();
      await page.getByText("已写入「岗位责任体检 2025Q4」。").waitFor();
      await page.getByRole("button", { name: "下载结果工作簿" }).waitFor();
      expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
      expect(errors).toEqual([]);
      await page.close();
    }
  );
});
