/* Every refusal of the command says what to do next (issue 10): one case each. */
import {
  copyFileSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../support/run-cli";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { encryptedWorkbook } from "../support/submissions";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "cli-refusals-"));

describe("bank-assess refusals", () => {
  it("an .xls (or a workbook with an open password): save it as .xlsx", async () => {
    const xls = path.join(dir, "北京分行.xls");
    writeFileSync(xls, encryptedWorkbook());
    const zh = await cli("validate", xls);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain("旧版 .xls 文件");
    expect(zh.err).toContain("另存为「Excel 工作簿 (*.xlsx)」");
    const en = await cli("rank", xls, "--out", path.join(dir, "r.xlsx"), "--lang", "en-US");
    expect(en.err).toContain('save it as "Excel Workbook (*.xlsx)"');
  });

  it("a .csv: open it in Excel and save it as .xlsx", async () => {
    const csv = path.join(dir, "北京分行.csv");
    writeFileSync(csv, "机构,工号,岗位\n北京分行,BJ001,授信审批岗\n");
    const result = await cli("validate", csv);
    expect([result.code, result.err]).toEqual([2, expect.stringContaining("是文本（CSV）文件")]);
  });

  it("a missing output folder is named as a folder, with what to do", async () => {
    const out = path.join(dir, "没有的文件夹", "排名.xlsx");
    const result = await cli("rank", SAMPLE_SCORES, "--out", out, "--period", "2025Q4");
    expect(result.code).toBe(2);
    expect(result.err).toContain(`文件夹「${path.dirname(out)}」不存在`);
    expect(result.err).toContain("请先创建该文件夹");
  });

  it("a missing roster says 文件不存在, not ENOENT", async () => {
    const result = await cli(
      "collect",
      SAMPLE_SCORES,
      "--roster",
      path.join(dir, "名单.csv"),
      "--out",
      path.join(dir, "汇总.xlsx")
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain("文件不存在");
    expect(result.err).not.toContain("ENOENT");
  });

  it("broken JSON names the line and column, in the user's language", async () => {
    const broken = path.join(dir, "模板.json");
    const text = readFileSync(SAMPLE_TEMPLATE_PATH, "utf8").replace(/",\n/, '"\n');
    writeFileSync(broken, text);
    const zh = await cli("template", broken, "--out", path.join(dir, "t.xlsx"));
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/第 \d+ 行第 \d+ 列附近有误/);
    expect(zh.err).not.toMatch(/position|Unexpected|Expected/);
    const en = await cli("template", broken, "--out", path.join(dir, "t.xlsx"), "--lang", "en-US");
    expect(en.err).toMatch(/near line \d+, column \d+/);
  });

  it("--sheet that does not exist lists the sheets that do", async () => {
    const result = await cli("validate", SAMPLE_SCORES, "--sheet", "评分");
    expect(result.code).toBe(2);
    expect(result.err).toContain("找不到工作表「评分」");
    expect(result.err).toContain("「评分表」");
    expect(result.err).toContain("「权重模板」");
    const en = await cli("validate", SAMPLE_SCORES, "--sheet", "scores", "--lang", "en-US");
    expect(en.err).toContain('The workbook has: "权重模板", "评分表"');
  });

  it.each([
    ["a symbolic link", (input: string, out: string) => symlinkSync(input, out)],
    ["a hard link", (input: string, out: string) => linkSync(input, out)],
  ])("refuses --out that is %s to the input, and leaves the input as it was", async (_, link) => {
    const input = path.join(dir, `输入-${_.length}.xlsx`);
    copyFileSync(SAMPLE_SCORES, input);
    const out = path.join(dir, `链接-${_.length}.xlsx`);
    link(input, out);
    const before = readFileSync(input);
    const result = await cli("rank", input, "--out", out);
    expect(result.code).toBe(2);
    expect(result.err).toContain("输出文件不能与输入文件相同");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("--out r.csv is refused: the output is a workbook", async () => {
    const result = await cli("rank", SAMPLE_SCORES, "--out", path.join(dir, "r.csv"));
    expect(result.code).toBe(2);
    expect(result.err).toContain("应以 .xlsx 结尾");
    expect(result.err).toContain(path.join(dir, "r.xlsx"));
    const template = await cli("template", SAMPLE_TEMPLATE_PATH, "--out", path.join(dir, "t.txt"));
    expect(template.err).toContain(".xlsx / .json");
  });

  it("--version prints the version", async () => {
    const result = await cli("--version");
    const { version } = JSON.parse(
      readFileSync(path.join(__dirname, "../../package.json"), "utf8")
    );
    expect([result.code, result.out]).toEqual([0, `bank-assess ${version}\n`]);
  });

  it("rank --json gives every unranked row its reasons", async () => {
    const result = await cli(
      "rank",
      SAMPLE_SCORES,
      "--out",
      path.join(dir, "r.xlsx"),
      "--period",
      "2025Q4",
      "--json"
    );
    const json = JSON.parse(result.out);
    expect(json.unranked.length).toBeGreaterThan(0);
    for (const row of json.unranked) expect(row.reasons.length).toBeGreaterThan(0);
    expect(json.unranked.map((row: { reasons: string[] }) => row.reasons.join(" "))).toContainEqual(
      expect.stringContaining("九十六")
    );
  });

  it("--lang en-US writes the ranking's own text in English (the data stay as they are)", async () => {
    const out = path.join(dir, "ranked-en.xlsx");
    const result = await cli(
      "rank",
      SAMPLE_SCORES,
      "--out",
      out,
      "--period",
      "2025Q4",
      "--lang",
      "en-US"
    );
    expect(result.code).toBe(1);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const tab = (await book.model()).getWorksheet("排名 2025Q4")!;
    expect(tab.getCell("A1").value).toBe("Operations assessment ranking · Q4 2025");
    expect(tab.getRow(3).values).toEqual(
      expect.arrayContaining(["Rank", "Branch", "Composite", "Grade", "Veto reason"])
    );
    const details = (await book.model()).getWorksheet("排名明细 2025Q4")!;
    expect(details.getCell("A1").value).toBe("Ranking details · Q4 2025");
    expect(details.headerFooter.oddHeader).toContain("Internal");

    const template = path.join(dir, "template-en.xlsx");
    await cli("template", SAMPLE_TEMPLATE_PATH, "--out", template, "--lang", "en-US");
    const handout = await XlsxWorkbook.fromBuffer(readFileSync(template));
    const instructions = (await handout.model()).getWorksheet("填写说明")!;
    expect(String(instructions.getCell("A1").value)).toMatch(/^How to fill in: /);
    expect(String(instructions.getCell("A5").value)).toContain('Do not type the text "12%"');
  });
});
