import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../support/run-cli";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

const dir = mkdtempSync(path.join(os.tmpdir(), "cli-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("bank-assess", () => {
  it("shows every command with an example, in Chinese by default and English on request", async () => {
    const zh = await cli("--help");
    expect(zh.code).toBe(0);
    for (const word of ["template", "validate", "rank", "例：", "退出码"])
      expect(zh.out).toContain(word);
    const en = await cli("--help", "--lang", "en-US");
    expect(en.out).toContain("Exit codes");
  });

  it("exits 2 on wrong arguments, naming the problem", async () => {
    expect((await cli("frobnicate")).err).toContain("未知命令「frobnicate」");
    expect((await cli("rank", SAMPLE_SCORES)).code).toBe(2);
    const badMethod = await cli(
      "rank",
      SAMPLE_SCORES,
      "--out",
      path.join(dir, "x.xlsx"),
      "--method",
      "best"
    );
    expect([badMethod.code, badMethod.err]).toEqual([2, expect.stringContaining("--method")]);
    expect((await cli("validate", SAMPLE_SCORES, "--colour")).code).toBe(2);
  });

  it("exits 2 on a missing file, a file that is not a workbook, and refuses to write over its input", async () => {
    const missing = await cli("validate", path.join(dir, "nope.xlsx"));
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining("文件不存在")]);
    const text = path.join(dir, "notes.xlsx");
    writeFileSync(text, "this is not a workbook");
    const notBook = await cli("validate", text, "--lang", "en-US");
    expect([notBook.code, notBook.err]).toEqual([
      2,
      expect.stringContaining("is a text (CSV) file, not a workbook"),
    ]);
    const same = await cli("rank", SAMPLE_SCORES, "--out", SAMPLE_SCORES);
    expect([same.code, same.err]).toEqual([
      2,
      expect.stringContaining("输出文件不能与输入文件相同"),
    ]);
  });

  it("says it cannot write, not read, when the output cannot be written, and exits 2", async () => {
    const result = await cli(
      "template",
      SAMPLE_TEMPLATE_PATH,
      "--out",
      path.join(dir, "no-such-folder", "t.xlsx")
    );
    expect([result.code, result.err]).toEqual([2, expect.stringContaining("无法写入「")]);
  });

  it("template: writes the score template from JSON and from a workbook's 权重模板 sheet", async () => {
    const out = path.join(dir, "score-template.xlsx");
    const fromJson = await cli("template", SAMPLE_TEMPLATE_PATH, "--out", out, "--rows", "30");
    expect(fromJson.code).toBe(0);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    expect(
      (await book.model()).worksheets.filter((s) => s.state === "visible").map((s) => s.name)
    ).toEqual(["权重模板", "评分表", "填写说明", "审计日志"]);
    const again = await cli("template", out, "--out", path.join(dir, "again.xlsx"), "--json");
    expect(JSON.parse(again.out).template.fingerprint).toBe(
      JSON.parse(
        (await cli("template", SAMPLE_TEMPLATE_PATH, "--out", path.join(dir, "t3.xlsx"), "--json"))
          .out
      ).template.fingerprint
    );
  });

  it("template: exports a workbook's 权重模板 to JSON that reads back to the same fingerprint", async () => {
    const book = path.join(dir, "for-export.xlsx");
    await cli("template", SAMPLE_TEMPLATE_PATH, "--out", book);
    const json = path.join(dir, "exported.json");
    expect((await cli("template", book, "--out", json)).code).toBe(0);
    const fingerprint = async (file: string) =>
      JSON.parse((await cli("template", file, "--out", path.join(dir, "fp.xlsx"), "--json")).out)
        .template.fingerprint;
    expect(await fingerprint(json)).toBe(await fingerprint(SAMPLE_TEMPLATE_PATH));
  });

  it("template: a broken template file lists every problem and exits 2", async () => {
    const broken = path.join(dir, "broken.json");
    const template = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));
    template.posts[0].indicators[0].weight = 29.99;
    writeFileSync(broken, JSON.stringify(template));
    const result = await cli("template", broken, "--out", path.join(dir, "b.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toContain("岗位「授信审批岗」的指标权重合计为 99.99");
  });

  it("validate: exit 1 with the sample's mistakes, each naming its cell; --json prints only JSON", async () => {
    const result = await cli("validate", SAMPLE_SCORES, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.issues.map((i: { cell: string }) => i.cell)).toContain("评分表!H6");
    expect(report.issues.find((i: { cell: string }) => i.cell === "评分表!H6").message).toBe(
      "评分表!H6：「合规准确率」应为数字，当前为「九十六」。"
    );
    expect(result.err).toContain("评分表：24 行");
  });

  it("validate: exit 0 on a clean sheet", async () => {
    const out = path.join(dir, "clean-template.xlsx");
    await cli("template", SAMPLE_TEMPLATE_PATH, "--out", out);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const sheet = (await book.model()).getWorksheet("评分表")!;
    sheet.getRow(4).values = ["北京分行", "营业部", "C001", "王五", "柜面主管岗"];
    const header = sheet.getRow(3).values as string[];
    const at = (id: string) =>
      header.findIndex((h) => typeof h === "string" && h.endsWith(`（${id}）`));
    sheet.getRow(4).getCell(at("counter_error_rate")).value = 0.0008;
    sheet.getRow(4).getCell(at("dual_review_rate")).value = 1;
    sheet.getRow(4).getCell(at("handling_minutes")).value = 3;
    const filled = path.join(dir, "clean.xlsx");
    writeFileSync(filled, await book.toBuffer());
    expect((await cli("validate", filled)).code).toBe(0);
    const ranked = await cli(
      "rank",
      filled,
      "--out",
      path.join(dir, "clean-ranked.xlsx"),
      "--period",
      "2025Q4",
      "--json"
    );
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.out).ranked[0]).toMatchObject({
      id: "C001",
      composite: 100,
      grade: "优秀",
      rank: { overall: 1, post: 1, branch: 1 },
    });
  });

  it("rank: writes a new workbook (ranking tab, 权重模板, score sheet as values), never touching the input", async () => {
    const input = path.join(dir, "scores.xlsx");
    copyFileSync(SAMPLE_SCORES, input);
    const before = sha(input);
    const out = path.join(dir, "ranked.xlsx");
    const result = await cli(
      "rank",
      input,
      "--out",
      out,
      "--period",
      "2025Q4",
      "--method",
      "competition",
      "--json"
    );
    expect(sha(input)).toBe(before);
    expect(result.code).toBe(1); // some rows could not be ranked
    const report = JSON.parse(result.out);
    expect(report.rankingSheet).toBe("排名 2025Q4");
    expect(report.method).toBe("competition");
    expect(report.ranked[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        composite: expect.any(Number),
        grade: expect.any(String),
        rank: expect.objectContaining({ overall: 1 }),
        scores: expect.any(Object),
      })
    );
    expect(report.unranked.length).toBeGreaterThan(0);
    expect(report.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    expect(
      (await book.model()).worksheets.filter((s) => s.state === "visible").map((s) => s.name)
    ).toEqual(["权重模板", "评分表", "排名 2025Q4", "排名明细 2025Q4", "审计日志"]);
  });

  it("rank --lang en-US speaks English on stderr", async () => {
    const result = await cli(
      "rank",
      SAMPLE_SCORES,
      "--out",
      path.join(dir, "en.xlsx"),
      "--period",
      "2025Q4",
      "--lang",
      "en-US"
    );
    expect(result.err).toContain("could not be ranked");
    expect(result.err).toContain('"Compliance accuracy" must be a number');
  });
});
