/* The pane's 结果 → 校准 part in Chromium at 320 and 450 px (issue 26): the sample ranked, its groups analysed
 * (flags in words, quota excess), then, on the click, 校准分析 written — nothing wider than the pane.
 * Screenshots go to out/screenshots (docs/screenshots with UPDATE_SCREENSHOTS=1). */
import path from "node:path";
import { ROOT } from "../support/built-functions";
import { describeWithTool } from "../support/external-tools";
import { overflow, servedPane } from "../support/pane-browser";

const OUT = process.env.UPDATE_SCREENSHOTS
  ? path.join(ROOT, "docs", "screenshots")
  : path.join(ROOT, "out", "screenshots");

describeWithTool(
  "chromium",
  "the 校准 part at 320 and 450 px (standalone mode)",
  (chromiumPath) => {
    const pane = servedPane(chromiumPath, OUT);

    it.each([
      [320, false],
      [450, true],
    ] as const)(
      "at %i px (生成校准后排名: %s): groups with their flags, written on the click, nothing past the edge",
      async (width, normalize) => {
        const page = await pane.browser.newPage({ viewport: { width, height: 900 } });
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${pane.base}/taskpane.html?lang=zh-CN`);
        await page.getByRole("button", { name: "使用示例评分表" }).click();
        await page.getByText("已打开").first().waitFor();
        await page.getByRole("tab", { name: "排名" }).click();
        await page.getByRole("textbox", { name: "考核期" }).fill("2025Q4");
        await page.getByRole("button", { name: "生成排名表" }).click();
        await page.getByRole("region", { name: "未能排名" }).waitFor();

        await page.getByRole("tab", { name: "结果", exact: true }).click();
        await page.getByRole("tab", { name: "校准", exact: true }).click();
        await page
          .getByRole("option", { name: "最近一期（2025Q4）" })
          .waitFor({ state: "attached" });
        await page.getByRole("option", { name: "部门" }).waitFor({ state: "attached" });
        expect(await page.getByRole("combobox", { name: /分组列/ }).inputValue()).toBe("机构");
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
        if (normalize) await page.getByRole("checkbox", { name: "生成校准后排名" }).check();
        await page.getByRole("button", { name: "分析各组" }).click();
        const groups = page.getByRole("region", { name: "各组情况" });
        await groups.waitFor();
        const text = await groups.innerText();
        expect(text).toContain("北京分行");
        expect(text).toContain("偏严");
        expect(text).toContain("人数不足");
        expect(text).toContain("需调出");
        await page.getByText("尚未写入工作簿").waitFor();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });

        await page.getByRole("button", { name: "写入工作簿" }).click();
        await page
          .getByText(
            normalize ? "已写入「校准分析 2025Q4、排名 2025Q4 校准」" : "已写入「校准分析 2025Q4」"
          )
          .waitFor();
        await page.getByRole("button", { name: "下载结果工作簿" }).waitFor();
        expect(await overflow(page)).toEqual({ scrolls: false, wide: [] });
        await page.screenshot({
          animations: "disabled",
          path: path.join(OUT, `pane-calibrate-${width}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
        await page.close();
      },
      120_000
    );
  }
);
