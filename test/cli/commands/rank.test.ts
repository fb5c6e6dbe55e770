import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../../support/run-cli";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { SAMPLE_TEMPLATE_PATH } from "../../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "rank-"));
const out = (name: string) => path.join(dir, name);

describe("bank-assess rank: the period (cycle.md §1) and the sheet ranked", () => {
  it.each(["2025Q5", "Q4-2025", "2025-Q4", "2025年"])(
    "refuses --period %s, saying what a period is, and writes nothing",
    async (period) => {
      const file = out(`bad-${period}.xlsx`);
      const zh = await cli("rank", SAMPLE_SCORES, "--period", period, "--out", file);
      expect([zh.code, zh.err]).toEqual([
        2,
        `--period 的值「${period}」不是考核期：考核期写作年度 YYYY（如 2025）或季度 YYYYQ1–YYYYQ4（如 2025Q4），不接受其他写法。\n`,
      ]);
      const en = await cli(
        "rank",
        SAMPLE_SCORES,
        "--period",
        period,
        "--out",
        file,
        "--lang",
        "en-US"
      );
      expect(en.err).toContain(
        "write a year as YYYY (2025) or a quarter as YYYYQ1 to YYYYQ4 (2025Q4)"
      );
      expect(existsSync(file)).toBe(false);
    }
  );

  it("checks --period for every command that takes one (collect, results)", async () => {
    const collect = await cli(
      "collect",
      SAMPLE_SCORES,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--period",
      "2025Q5",
      "--out",
      out("collected.xlsx")
    );
    expect([collect.code, collect.err]).toEqual([
      2,
      expect.stringContaining("「2025Q5」不是考核期"),
    ]);
    const results = await cli(
      "results",
      SAMPLE_SCORES,
      "--period",
      "Q4-2025",
      "--out",
      out("r.xlsx")
    );
    expect([results.code, results.err]).toEqual([
      2,
      expect.stringContaining("「Q4-2025」不是考核期"),
    ]);
  });

  it("asks for the quarter when the template's period is the year 2025 of a quarterly cycle, and writes nothing", async () => {
    const file = out("no-period.xlsx");
    const zh = await cli("rank", SAMPLE_SCORES, "--out", file);
    expect([zh.code, zh.err]).toEqual([
      2,
      "权重模板的考核期是 2025 年，但该模板按季度考核（年度结果由四个季度的排名汇总）：请用 --period 指定季度，例如 --period 2025Q4。\n",
    ]);
    const en = await cli("rank", SAMPLE_SCORES, "--out", file, "--lang", "en-US");
    expect(en.err).toContain("give the quarter with --period, such as --period 2025Q4");
    expect(existsSync(file)).toBe(false);
    const collect = await cli(
      "collect",
      SAMPLE_SCORES,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--out",
      file
    );
    expect([collect.code, collect.err]).toEqual([2, expect.stringContaining("--period 2025Q4")]);
    expect(existsSync(file)).toBe(false);
  });

  it("says which period it used", async () => {
    const ranked = await cli(
      "rank",
      SAMPLE_SCORES,
      "--period",
      "2025q4",
      "--out",
      out("q4.xlsx"),
      "--json"
    );
    expect(ranked.err).toContain("考核期：2025Q4（--period 指定）。");
    expect(JSON.parse(ranked.out)).toMatchObject({
      period: "2025Q4",
      periodFrom: "typed",
      rankingSheet: "排名 2025Q4",
    });
    const collected = await cli(
      "collect",
      SAMPLE_SCORES,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--period",
      "2025Q4",
      "--out",
      out("c.xlsx"),
      "--json"
    );
    expect(collected.err).toContain("考核期：2025Q4（--period 指定）。");
    expect(JSON.parse(collected.out)).toMatchObject({ period: "2025Q4", periodFrom: "typed" });
  });

  it("refuses --sheet 权重模板 (not a score sheet), naming the score sheets, and writes no workbook", async () => {
    const file = out("template-sheet.xlsx");
    const result = await cli(
      "rank",
      SAMPLE_SCORES,
      "--sheet",
      "权重模板",
      "--period",
      "2025Q4",
      "--out",
      file
    );
    expect([result.code, result.err]).toEqual([
      2,
      "✗ 「权重模板」不是评分表（它是加载项生成的表，不是评分数据），不能校验或排名。本工作簿中的评分表：「评分表」。\n",
    ]);
    expect(result.err).not.toContain("已写入");
    expect(existsSync(file)).toBe(false);
  });

  it("refuses the ranking tab of an earlier ranking as a score sheet", async () => {
    const ranked = out("ranked-once.xlsx");
    await cli("rank", SAMPLE_SCORES, "--period", "2025Q3", "--out", ranked);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(ranked));
    expect((await book.read([])).sheets.map((s) => s.name)).toContain("排名 2025Q3");
    const again = await cli(
      "rank",
      ranked,
      "--sheet",
      "排名 2025Q3",
      "--period",
      "2025Q4",
      "--out",
      out("again.xlsx")
    );
    expect([again.code, again.err]).toEqual([
      2,
      expect.stringContaining("「排名 2025Q3」不是评分表"),
    ]);
    expect(again.err).toContain("本工作簿中的评分表：「评分表」。");
  });
});
