/* Every sheet the add-in writes, printed by LibreOffice as a bank prints it: A4, the orientation chosen for
 * the sheet, a bounded number of pages, and nothing a reader needs cut at a page's edge (issue 10). */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import { describeWithPrinting } from "../support/external-tools";
import { pdfPages, printAllWithLibreOffice } from "../support/libreoffice";
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

const DUTIES_SAMPLE = path.join(__dirname, "../../assets/samples/ops-2025.duties.xlsx");
type Pages = Awaited<ReturnType<typeof pdfPages>>;

describeWithPrinting("printed sheets (LibreOffice → PDF)", (soffice) => {
  // The workbooks are written first and printed with one start of LibreOffice.
  const files = {
    template: path.join(dir, "评分模板.xlsx"),
    ranking: path.join(dir, "排名.xlsx"),
    checkup: path.join(dir, "体检报告.xlsx"),
    dutiesSample: DUTIES_SAMPLE,
  };
  const printed = {} as Record<keyof typeof files, Pages>;
  let rankJson: { ranked: { id: string }[] };
  let dutiesJson: { findings: { cell: string }[] };
  beforeAll(async () => {
    await cli("template", SAMPLE_TEMPLATE_PATH, "--out", files.template);
    rankJson = JSON.parse(
      await cli("rank", SAMPLE_SCORES, "--out", files.ranking, "--period", "2025Q4", "--json")
    );
    dutiesJson = JSON.parse(
      await cli(
        "duties",
        DUTIES_SAMPLE,
        "--template",
        SAMPLE_TEMPLATE_PATH,
        "--as-of",
        "2025-12-31",
        "--out",
        files.checkup,
        "--json"
      )
    );
    const keys = Object.keys(files) as (keyof typeof files)[];
    const pdfs = await printAllWithLibreOffice(
      soffice,
      keys.map((key) => files[key])
    );
    for (const [k, key] of keys.entries()) printed[key] = await pdfPages(pdfs[k]);
  });

  it("the score template: 权重模板 one page wide with ids and the fingerprint whole, 填写说明 on a portrait page", () => {
    const pages = printed.template;
    expect(pages.every(isA4)).toBe(true);
    // 18 since the 评分表's columns fit each indicator's id whole (approval_days); 16 when ids broke.
    expect(pages.length).toBeLessThanOrEqual(18);
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
  });

  it("the ranking workbook: the ranking tab one landscape page wide, every id and header whole; details per post", () => {
    const json = rankJson;
    const pages = printed.ranking;
    expect(pages.every(isA4)).toBe(true);
    // Printed in DejaVu Sans (Carlito left out: see libreoffice.ts), its columns a third wider than in Calibri:
    // 23 pages (19 with Carlito), the ranking tab and its detail longer.
    expect(pages.length).toBeLessThanOrEqual(24);
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
  });

  it("the duties check-up: the report landscape, every finding's cell whole; the sample's three sheets in a few pages", () => {
    const json = dutiesJson;
    const pages = printed.checkup;
    expect(pages.every(isA4)).toBe(true);
    const report = pages.filter((p) => p.text.includes("岗位责任体检 2025Q4"));
    expect(report.length).toBeGreaterThan(0);
    expect(report.length).toBeLessThanOrEqual(4);
    expect(report.every(landscape)).toBe(true);
    const text = joined(report);
    for (const finding of json.findings) expect(text).toContain(finding.cell);
    for (const id of ["BG-2025-03", "BG-2025-04", "BG-2025-07"]) expect(text).toContain(id);
    // The sample itself (blank formula rows print no pages of their own).
    const sample = printed.dutiesSample;
    expect(sample.length).toBeLessThanOrEqual(6);
    expect(joined(sample)).toContain("LC-033");
  });
});
