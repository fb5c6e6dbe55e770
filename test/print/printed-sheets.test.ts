/* Every sheet the add-in writes, printed by LibreOffice as a bank prints it: A4, the orientation chosen for
 * the sheet, a bounded number of pages, and nothing a reader needs cut at a page's edge (issue 10). */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import { describeWithPrinting } from "../support/external-tools";
import { pdfPages, printWithLibreOffice } from "../support/libreoffice";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "printed-"));
const A4 = [595, 842];

async function cli(...argv: string[]): Promise<string> {
  let out = "";
  const code = await run(argv, { out: (t) => (out += t), err: () => undefined, progress: false });
  expect(code).toBeLessThan(2);
  return out;
}

const isA4 = (page: { width: number; height: number }) =>
  [page.width, page.height]
    .map(Math.round)
    .sort((a, b) => a - b)
    .every((side, k) => Math.abs(side - A4[k]) <= 1);
const landscape = (page: { width: number; height: number }) => page.width > page.height;
/** Text of all pages with the layout's runs of spaces folded, for "is this whole word there". */
const joined = (pages: { text: string }[]) =>
  pages.map((p) => p.text.replace(/[ \t]+/g, " ")).join("\n");

describeWithPrinting("printed sheets (LibreOffice → PDF)", (soffice) => {
  it("the score template: 权重模板 one page wide with ids and the fingerprint whole, 填写说明 on a portrait page", async () => {
    const file = path.join(dir, "评分模板.xlsx");
    await cli("template", SAMPLE_TEMPLATE_PATH, "--out", file);
    const pages = await pdfPages(await printWithLibreOffice(soffice, file));
    expect(pages.every(isA4)).toBe(true);
    expect(pages.length).toBeLessThanOrEqual(16);
    const loaded = sampleTemplate();
    const templatePages = pages.filter(
      (p) => p.text.includes("【指标】") || p.text.includes("【岗位】")
    );
    expect(templatePages.every(landscape)).toBe(true);
    const text = joined(pages);
    expect(text).toContain(loaded.fingerprint);
    for (const post of loaded.template.posts) expect(text).toContain(post.id);
    for (const id of loaded.template.posts.flatMap((p) => p.indicators.map((i) => i.id)))
      expect(text).toContain(id);
    const instructions = pages.filter((p) => p.text.includes("填写说明："));
    expect(instructions).toHaveLength(1);
    expect(landscape(instructions[0])).toBe(false);
    // Every instruction line whole (wrapped, not cut at the margin).
    expect(text.replace(/\s+/g, "")).toContain("不要输入文本「12%」。");
  }, 180_000);

  it("the ranking workbook: the ranking tab one landscape page wide, every id and header whole; details per post", async () => {
    const file = path.join(dir, "排名.xlsx");
    const json = JSON.parse(
      await cli("rank", SAMPLE_SCORES, "--out", file, "--period", "2025Q4", "--json")
    );
    const pages = await pdfPages(await printWithLibreOffice(soffice, file));
    expect(pages.every(isA4)).toBe(true);
    expect(pages.length).toBeLessThanOrEqual(20);
    const ranking = pages.filter(
      (p) => p.text.includes("运营考核排名") && !p.text.includes("明细")
    );
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.every(landscape)).toBe(true);
    const rankingText = joined(ranking);
    for (const header of [
      "名次",
      "机构",
      "工号",
      "姓名",
      "岗位",
      "综合得分",
      "等级",
      "加分",
      "否决原因",
    ])
      expect(rankingText).toContain(header);
    for (const row of json.ranked) expect(rankingText).toContain(row.id);
    // The veto is named on the same page as its row.
    expect(rankingText).toMatch(/风险管控 55 < 60/);
    const details = joined(pages.filter((p) => p.text.includes("【")));
    for (const post of ["【授信审批岗】", "【客户经理】", "【柜面主管岗】"])
      expect(details).toContain(post);
  }, 180_000);

  it("the duties check-up: the report landscape, every finding's cell whole; the sample's three sheets in a few pages", async () => {
    const duties = path.join(__dirname, "../../assets/samples/ops-2025.duties.xlsx");
    const file = path.join(dir, "体检报告.xlsx");
    const json = JSON.parse(
      await cli(
        "duties",
        duties,
        "--template",
        SAMPLE_TEMPLATE_PATH,
        "--as-of",
        "2025-12-31",
        "--out",
        file,
        "--json"
      )
    );
    const pages = await pdfPages(await printWithLibreOffice(soffice, file));
    expect(pages.every(isA4)).toBe(true);
    const report = pages.filter((p) => p.text.includes("岗位责任体检 2025Q4"));
    expect(report.length).toBeGreaterThan(0);
    expect(report.length).toBeLessThanOrEqual(4);
    expect(report.every(landscape)).toBe(true);
    const text = joined(report);
    for (const finding of json.findings) expect(text).toContain(finding.cell);
    for (const id of ["BG-2025-03", "BG-2025-04", "BG-2025-07"]) expect(text).toContain(id);
    // The sample itself (blank formula rows print no pages of their own).
    const sample = await pdfPages(await printWithLibreOffice(soffice, duties));
    expect(sample.length).toBeLessThanOrEqual(6);
    expect(joined(sample)).toContain("LC-033");
  }, 180_000);
});
