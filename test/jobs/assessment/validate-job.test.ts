import type ExcelJS from "exceljs";
import { describeIssue } from "../../../src/core/assess/issue-text";
import { parseTemplate } from "../../../src/core/template/parse-template";
import type { Issue } from "../../../src/jobs/shared/issue";
import { SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { validateJob } from "../../../src/jobs/assessment/validate-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { columnOf, fillScoreSheet, type FilledRow } from "../../support/fill-score-sheet";
import { sampleTemplate } from "../../support/samples";

const loaded = sampleTemplate();
const good: FilledRow = {
  branch: "北京分行",
  id: "A001",
  name: "张三",
  post: "授信审批岗",
  values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: 95 },
};

async function generated(template = loaded): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty();
  await templateJob(book, { template, rows: 20, now: new Date(2025, 11, 31) });
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

/** Validates a real .xlsx file: generated, filled, saved and reopened. */
async function validate(
  rows: FilledRow[],
  edit?: (sheet: ExcelJS.Worksheet, model: ExcelJS.Workbook) => void,
  template = loaded
) {
  const book = await generated(template);
  if (edit) {
    const model = await book.model();
    edit(model.getWorksheet(SCORE_SHEET)!, model);
  }
  const filled = await fillScoreSheet(book, template, rows);
  const result = await validateJob(filled);
  const text = (issue: Issue) => describeIssue(issue, "zh-CN");
  return {
    result,
    errors: result.issues.filter((i) => i.severity === "error").map(text),
    warnings: result.issues
      .filter((i) => i.severity === "warning" && i.key !== "dist.violation")
      .map(text),
  };
}

const col = (id: string) => columnOf(loaded, id);

describe("validate: every rule, on real .xlsx files, each message naming its cell", () => {
  it("accepts a correct sheet", async () => {
    const { errors, warnings, result } = await validate([good]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result.records).toHaveLength(1);
  });

  it("reports text where a number belongs, quoting it", async () => {
    const { errors } = await validate([
      { ...good, values: { ...good.values, compliance_accuracy: "九十六" } },
    ]);
    expect(errors).toEqual([
      `评分表!${col("compliance_accuracy")}4：「合规准确率」应为数字，当前为「九十六」。`,
    ]);
  });

  it("reports an Excel error value", async () => {
    const { errors } = await validate([
      {
        ...good,
        values: { ...good.values, npl_ratio: { error: "#DIV/0!" } as ExcelJS.CellErrorValue },
      },
    ]);
    expect(errors).toEqual([
      `评分表!${col("npl_ratio")}4：「贷款不良率」是错误值 #DIV/0!，请先修正公式或数据。`,
    ]);
  });

  it("reports a missing required value, and counts a blank bonus as 0", async () => {
    const { errors } = await validate([
      { ...good, values: { approval_days: 3, compliance_accuracy: 95 } },
    ]);
    expect(errors).toEqual([
      `评分表!${col("npl_ratio")}4：「A001」的「贷款不良率」为空，该项为必填，此行不予排名。`,
    ]);
  });

  it("reports an unknown post", async () => {
    const { errors } = await validate([{ ...good, post: "柜员岗" }]);
    expect(errors).toEqual(["评分表!E4：「A001」的岗位「柜员岗」不在权重模板中。"]);
  });

  it("flags a percentage typed as text (error) and 12 where 0.12 is meant (warning, value kept)", async () => {
    const { errors, warnings, result } = await validate([
      { ...good, values: { ...good.values, npl_ratio: "2%" } },
      {
        id: "M001",
        post: "客户经理",
        values: {
          customer_growth: 12,
          product_penetration: 0.3,
          customer_satisfaction: 90,
          risk_control: 90,
        },
      },
    ]);
    expect(errors).toEqual([
      `评分表!${col("npl_ratio")}4：「贷款不良率」写成了文本「2%」；请直接输入数字 0.02（或设为百分比格式后输入）。`,
    ]);
    expect(warnings).toEqual([
      `评分表!${col("customer_growth")}5：「客户增长率」为 12，单位为 %，应填小数（0.12 表示 12%）；若本意是 0.12，请改正。此值按原样计算。`,
    ]);
    expect(result.assessed?.ranked.map((row) => row.id)).toEqual(["M001"]); // warnings never block
  });

  it("advises on a percentage typed as text by the indicator's method and unit: 95 for a 0–100 score, 0.95 for a ratio in %", async () => {
    const { result } = await validate([
      { ...good, values: { ...good.values, compliance_accuracy: "95%" } },
      {
        id: "M001",
        post: "客户经理",
        values: {
          customer_growth: "95%",
          product_penetration: 0.3,
          customer_satisfaction: 90,
          risk_control: 90,
        },
      },
      {
        id: "K001",
        post: "合规专员岗",
        values: { risk_event_reduction: 0.2, control_exec_rate: 0.95, audit_findings: "5%" },
      },
    ]);
    const said = (id: string, locale: "zh-CN" | "en-US" = "zh-CN") =>
      result.issues
        .filter((i) => i.cell?.startsWith(`评分表!${col(id)}`))
        .map((i) => describeIssue(i, locale));
    // 合规准确率 is a direct score from 0 to 100: 95% is 95, never 0.95.
    expect(said("compliance_accuracy")).toEqual([
      expect.stringContaining(
        "「合规准确率」写成了文本「95%」；该项为直接打分（0 到 100 分），请直接输入数字 95，不要带 %。"
      ),
    ]);
    expect(said("compliance_accuracy", "en-US")).toEqual([
      expect.stringContaining("it is a score from 0 to 100: enter the number 95, without %."),
    ]);
    expect(said("compliance_accuracy").join()).not.toContain("0.95");
    // 客户增长率 is a ratio kept as a fraction (unit %): 95% is 0.95.
    expect(said("customer_growth")).toEqual([
      expect.stringContaining("「客户增长率」写成了文本「95%」；请直接输入数字 0.95"),
    ]);
    // A count of findings is no percentage at all.
    expect(said("audit_findings")).toEqual([
      expect.stringContaining("该项的单位是「次」，不是百分比：请直接输入数字，不要带 %。"),
    ]);
  });

  it("refuses a sheet that is not a score sheet, naming the workbook's score sheets", async () => {
    const book = await fillScoreSheet(await generated(), loaded, [good]);
    const result = await validateJob(book, { sheet: TEMPLATE_SHEET });
    expect(result.fatal).toBe(true);
    expect(result.issues.map((i) => describeIssue(i, "zh-CN"))).toEqual([
      "「权重模板」不是评分表（它是加载项生成的表，不是评分数据），不能校验或排名。本工作簿中的评分表：「评分表」。",
    ]);
    expect(describeIssue(result.issues[0], "en-US")).toContain(
      'The score sheets of this workbook: "评分表".'
    );
  });

  it("reports values outside the method's range", async () => {
    const { errors } = await validate([
      { ...good, values: { ...good.values, compliance_accuracy: 101 } },
      {
        id: "K001",
        post: "合规专员岗",
        values: { risk_event_reduction: 0.2, control_exec_rate: 0.95, audit_findings: 1.5 },
      },
    ]);
    expect(errors).toEqual([
      `评分表!${col("compliance_accuracy")}4：「合规准确率」为 101，直接打分须在 0 到满分 100 之间。`,
      `评分表!${col("audit_findings")}5：「内控检查发现问题数」为 1.5，扣分法的次数须为不小于 0 的整数。`,
    ]);
  });

  it("reports duplicate employee ids on each row", async () => {
    const { errors } = await validate([good, { ...good, name: "张三（重复）" }]);
    expect(errors).toEqual([
      "评分表!C4：工号/编号「A001」出现多次（第 4、5 行），请核对后保留一行。",
      "评分表!C5：工号/编号「A001」出现多次（第 4、5 行），请核对后保留一行。",
    ]);
  });

  it("warns about an empty row between filled ones, not about the unused rows after them", async () => {
    const { warnings, errors } = await validate([
      good,
      { id: "", post: "", values: {} },
      { ...good, id: "A002" },
    ]);
    expect(warnings).toEqual(["评分表!A5：第 5 行为空行。"]);
    expect(errors).toEqual([]);
  });

  it("matches headers by id, Chinese or English name, folding white space and full-width characters", async () => {
    const { errors, warnings, result } = await validate([good], (sheet) => {
      sheet.getCell(`${col("npl_ratio")}3`).value = "NPL ratio";
      sheet.getCell(`${col("compliance_accuracy")}3`).value = "合规准确率　";
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result.records[0].values).toMatchObject({
      approval_days: 3,
      npl_ratio: 0.02,
      compliance_accuracy: 95,
    });
  });

  it("reports a missing column once and an unknown column as a warning", async () => {
    const { errors, warnings } = await validate([good], (sheet) => {
      sheet.getCell(`${col("npl_ratio")}3`).value = "备注";
    });
    expect(errors).toEqual([
      "评分表!A3：缺少指标列「贷款不良率」（岗位「授信审批岗」需要），该岗位的行无法排名。",
    ]);
    expect(warnings).toEqual([
      `评分表!${col("npl_ratio")}3：不认识的列「备注」，已忽略；如是指标，请使用权重模板中的指标名称或编号。`,
    ]);
  });

  it("reports a sheet without the employee id column", async () => {
    const { errors, result } = await validate([good], (sheet) => {
      sheet.getCell("C3").value = "员工";
      sheet.getCell("E3").value = "岗位";
    });
    expect(errors).toEqual(["评分表!A3：缺少「工号」列。"]);
    expect(result.fatal).toBe(false);
  });

  it("reports a score sheet generated from another version of the template", async () => {
    const other = parseTemplate({ ...JSON.parse(loaded.canonical), version: "1.0.1" });
    if (!other.ok) throw new Error("other template");
    const book = await generated(other.value);
    const filled = await fillScoreSheet(book, other.value, [good]);
    const result = await validateJob(filled, { template: loaded });
    expect(result.issues.map((i) => describeIssue(i, "zh-CN"))).toEqual([
      `评分表!A2：评分表由另一版本的权重模板生成（模板指纹 ${other.value.fingerprint.slice(0, 8)}），与当前权重模板（${loaded.fingerprint.slice(0, 8)}）不同，请用当前模板重新生成评分表。`,
    ]);
  });

  it("reports a 权重模板 sheet changed after it was written (its fingerprint no longer matches)", async () => {
    const { errors } = await validate([good], (_sheet, model) => {
      // Swap two weights: the template still passes its rules, but it is not the template that was handed out.
      const template = model.getWorksheet(TEMPLATE_SHEET)!;
      template.eachRow((row) => {
        if (row.getCell(4).value === "approval_days") row.getCell(8).value = 40;
        if (row.getCell(4).value === "npl_ratio" && row.getCell(1).value === "credit-approval")
          row.getCell(8).value = 30;
      });
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^权重模板!D3：「权重模板」工作表的内容与其记录的指纹不一致（记录 \w{8}，实际 \w{8}），模板可能被改动过。$/
      ),
      expect.stringMatching(/^评分表!A2：评分表由另一版本的权重模板生成/),
    ]);
  });

  it("speaks English when asked", async () => {
    const { result } = await validate([
      { ...good, values: { ...good.values, compliance_accuracy: "九十六" } },
    ]);
    expect(describeIssue(result.issues[0], "en-US")).toBe(
      `评分表!${col("compliance_accuracy")}4: "Compliance accuracy" must be a number, found "九十六".`
    );
    expect(describeIssue(result.issues[0], "en-US")).toContain('"Compliance accuracy"');
  });
});
