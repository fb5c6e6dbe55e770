import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { sha256Hex } from "../../../src/core/util/sha256";
import { SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import { AUDIT_SHEET } from "../../../src/jobs/shared/audit-log";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import { SURVEY_SUMMARY_SHEET } from "../../../src/jobs/survey/survey-sheets";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { credit, row } from "../../support/branch-rows";
import { columnOf, type FilledRow } from "../../support/fill-score-sheet";
import { cli } from "../../support/run-cli";
import { sampleTemplate } from "../../support/samples";
import { submission } from "../../support/submissions";

const template = sampleTemplate();
/** A 客户经理 row with everything but customer_satisfaction (which the survey fills), unless given. */
const manager = (branch: string, id: string, satisfaction?: number): FilledRow =>
  row(branch, id, "客户经理", {
    customer_growth: 0.1,
    product_penetration: 0.3,
    risk_control: 90,
    ...(satisfaction === undefined ? {} : { customer_satisfaction: satisfaction }),
  });
const rows = [
  manager("北京分行", "M1"),
  manager("北京分行", "M2"),
  manager("上海分行", "M3", 70),
  credit("北京分行", "C1", 3, 0.01, 95),
];
const column = columnOf(template, "customer_satisfaction");
const times = (line: string, n: number) => Array.from({ length: n }, () => line);

type Report = {
  by: string;
  objects: { object: string; answers: number; value: number | null; warning: string | null }[];
  filled: number;
  kept: number;
  unfilled: string[];
  issues: { severity: string; cell: string | null; message: string }[];
};

async function exportXlsx(header: string[], lines: (string | number | null)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("问卷结果");
  sheet.addRow(header);
  for (const line of lines) sheet.addRow(line);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function read(file: string) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  return book.read([SCORE_SHEET, SURVEY_SUMMARY_SHEET, AUDIT_SHEET, TEMPLATE_SHEET]);
}

describe("bank-assess survey", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "survey-"));
  const templateFile = path.join(dir, "权重模板.json");
  const scoresFile = path.join(dir, "评分表.xlsx");
  const csv = path.join(dir, "调查导出.csv");
  const out = path.join(dir, "调查汇总.xlsx");
  let csvBytes: Buffer;
  let result: { code: number; out: string; err: string };
  let report: Report;

  beforeAll(async () => {
    writeFileSync(templateFile, template.canonical);
    writeFileSync(scoresFile, await submission(template, rows));
    // Line 1 the header; M1 30 × 5 (lines 2–31), M1 a 6 (line 32), M2 29 × 4 and a blank, M3 5 × 3, X9 a 5.
    const lines = [
      "工号,评分,备注",
      ...times("M1,5,", 30),
      "M1,6,打错了",
      ...times("M2,4,", 29),
      'M2,,"没有作答,空白"',
      ...times("M3,3,", 5),
      "X9,5,",
    ];
    csvBytes = Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
    writeFileSync(csv, csvBytes);
    result = await cli(
      "survey",
      csv,
      "--template",
      templateFile,
      "--scores",
      scoresFile,
      "--indicator",
      "customer_satisfaction",
      "--out",
      out,
      "--json"
    );
    report = JSON.parse(result.out);
  });

  it("gives each 工号 its mean on 0–100, warns 样本不足 30 under 30 answers, and needs attention (exit 1)", () => {
    expect(result.code).toBe(1);
    expect(report.by).toBe("id");
    expect(report.objects).toEqual([
      { object: "M1", answers: 30, value: 100, warning: null },
      { object: "M2", answers: 29, value: 75, warning: expect.stringContaining("样本不足 30") },
      { object: "M3", answers: 5, value: 50, warning: expect.stringContaining("样本不足 30") },
    ]);
  });

  it("names the cell of an answer out of range and of an object the score sheet lacks, and says what to do", () => {
    expect(result.err).toContain("调查导出.csv!B32");
    expect(result.err).toContain("1 到 5 之间的整数");
    expect(result.err).toContain("调查导出.csv!A68");
    expect(result.err).toContain("评分表中没有「X9」");
    const cells = report.issues.filter((i) => i.severity === "error").map((i) => i.cell);
    expect(cells).toEqual(["调查导出.csv!B32", "调查导出.csv!A68"]);
  });

  it("fills the score sheet, keeps a value it held (the difference warned), and leaves the rest as read", async () => {
    expect(report.filled).toBe(2);
    expect(report.kept).toBe(1);
    expect(result.err).toContain(`评分表!${column}6`);
    expect(result.err).toContain("--overwrite");
    const snapshot = await read(out);
    const grid = snapshot.grids.get(SCORE_SHEET)!;
    const at = grid.rows[2].findIndex(
      (cell) => "value" in cell && String(cell.value).includes("customer_satisfaction")
    );
    const value = (r: number) => {
      const cell = grid.rows[r][at];
      return cell && "value" in cell ? cell.value : null;
    };
    expect([value(3), value(4), value(5)]).toEqual([100, 75, 70]);
    // C1's post has no customer_satisfaction: nothing written there.
    expect(value(6) ?? null).toBeNull();
    expect(snapshot.grids.has(TEMPLATE_SHEET)).toBe(true);
  });

  it("writes 调查汇总 per object and a survey row of the 审计日志 with the export's hash", async () => {
    const snapshot = await read(out);
    const summary = snapshot.grids.get(SURVEY_SUMMARY_SHEET)!;
    const texts = summary.rows.map((cells) => cells.map((c) => ("value" in c ? c.value : null)));
    expect(texts[3].slice(0, 4)).toEqual(["M1", "员工M1", 30, 100]);
    expect(texts[4].slice(0, 4)).toEqual(["M2", "员工M2", 29, 75]);
    expect(String(texts[4][4])).toContain("样本不足 30");
    expect(String(texts[5][4])).toContain("保留原值");
    expect(texts.flat()).toContain("调查导出.csv!B32");
    // C1's post has no customer_satisfaction: nobody is left without a value.
    const foot = texts.findIndex((cells) =>
      String(cells[0]).startsWith("评分表中没有调查结果的人员")
    );
    expect(texts[foot + 1][0]).toBe("无");
    const audit = snapshot.grids.get(AUDIT_SHEET)!;
    const last = audit.rows[audit.rows.length - 1].map((c) => ("value" in c ? c.value : null));
    expect(last).toContain("survey");
    expect(last).toContain(sha256Hex(new Uint8Array(csvBytes)));
  });

  it("replaces a held value with --overwrite, warning it", async () => {
    const replaced = path.join(dir, "覆盖.xlsx");
    const run = await cli(
      "survey",
      csv,
      "--scores",
      scoresFile,
      "--template",
      templateFile,
      "--indicator",
      "customer_satisfaction",
      "--overwrite",
      "--out",
      replaced,
      "--json"
    );
    expect(run.code).toBe(1);
    expect((JSON.parse(run.out) as Report).filled).toBe(3);
    expect(run.err).toContain("已替换为调查结果 50");
  });

  it("exits 0 when every person is filled without a warning: an .xlsx export, satisfied on a 10-point scale", async () => {
    const scores = path.join(dir, "评分表-二.xlsx");
    writeFileSync(scores, await submission(template, [rows[0], rows[1], rows[3]]));
    const exported = path.join(dir, "问卷.xlsx");
    writeFileSync(
      exported,
      await exportXlsx(
        ["序号", "员工编号", "满意度"],
        [
          ...Array.from({ length: 30 }, (_, k) => [k + 1, "M1", k < 9 ? 8 : 9]),
          ...Array.from({ length: 30 }, (_, k) => [k + 31, "M2", k < 15 ? 10 : null]),
          ...Array.from({ length: 30 }, (_, k) => [k + 61, "M2", k < 15 ? 1 : null]),
        ]
      )
    );
    const run = await cli(
      "survey",
      exported,
      "--scores",
      scores,
      "--indicator",
      "customer_satisfaction",
      "--scale",
      "10",
      "--measure",
      "satisfied",
      "--out",
      path.join(dir, "满意.xlsx"),
      "--json"
    );
    const json = JSON.parse(run.out) as Report;
    expect(json.objects).toEqual([
      { object: "M1", answers: 30, value: 70, warning: null },
      { object: "M2", answers: 30, value: 50, warning: null },
    ]);
    expect(json.issues).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("measures per 机构 and fills every person of the branch whose post has the indicator", async () => {
    const exported = path.join(dir, "网点调查.csv");
    writeFileSync(
      exported,
      ["机构,评分", ...times("北京分行,4", 30), ...times("上海分行,2", 30)].join("\n")
    );
    const run = await cli(
      "survey",
      exported,
      "--scores",
      scoresFile,
      "--indicator",
      "customer_satisfaction",
      "--out",
      path.join(dir, "网点.xlsx"),
      "--json"
    );
    const json = JSON.parse(run.out) as Report;
    expect(json.by).toBe("branch");
    expect(json.objects.map((o) => [o.object, o.value])).toEqual([
      ["北京分行", 75],
      ["上海分行", 25],
    ]);
    // M1 and M2 filled; M3 (上海分行) held 70: kept.
    expect(json.filled).toBe(2);
    expect(json.kept).toBe(1);
    expect(run.code).toBe(1);
  });

  it.each([
    [["--indicator", "no_such"], "权重模板中没有指标「no_such」"],
    [["--indicator", "npl_ratio"], "不是直接录入（direct）"],
    [["--indicator", "customer_satisfaction", "--scale", "11"], "3–10"],
    [["--indicator", "customer_satisfaction", "--measure", "median"], "mean | satisfied"],
    [[], "缺少 --indicator"],
  ])("cannot run (exit 2) with %j, saying what to do", async (extra, said) => {
    const run = await cli(
      "survey",
      csv,
      "--scores",
      scoresFile,
      "--out",
      path.join(dir, "不写.xlsx"),
      ...extra
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain(said);
  });

  it("refuses an export whose header has no 工号 or no score column, naming the sheet", async () => {
    const exported = path.join(dir, "无表头.csv");
    writeFileSync(exported, "姓名,意见\n张三,好\n");
    const run = await cli(
      "survey",
      exported,
      "--scores",
      scoresFile,
      "--indicator",
      "customer_satisfaction",
      "--out",
      path.join(dir, "不写.xlsx")
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("无表头.csv");
    expect(run.err).toContain("评分");
  });

  it("speaks English with --lang en-US", async () => {
    const run = await cli(
      "survey",
      csv,
      "--scores",
      scoresFile,
      "--indicator",
      "customer_satisfaction",
      "--out",
      path.join(dir, "english.xlsx"),
      "--lang",
      "en-US"
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain("is not a whole number from 1 to 5");
    expect(run.err).toContain("样本不足 30 (sample under 30)");
  });
});
