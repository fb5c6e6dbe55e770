import { describeIssue } from "../../../src/core/assess/issue-text";
import { collect, writeCollected } from "../../../src/jobs/assessment/collect-job";
import { STATUS_SHEET, SUMMARY_SHEET } from "../../../src/jobs/assessment/collect-sheets";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import { WorkbookRefusal } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { generatedRows } from "../../support/generated-scores";
import { sampleTemplate } from "../../support/samples";
import { submission } from "../../support/submissions";

async function collected() {
  const loaded = sampleTemplate();
  const rows = generatedRows(loaded, 12).map((row) => ({ ...row, branch: "北京分行" }));
  const bytes = await submission(loaded, rows);
  const result = await collect([{ name: "北京分行.xlsx", read: async () => bytes }], {
    template: loaded,
    open: (b) => XlsxWorkbook.fromBuffer(b),
  });
  return { ...result, template: loaded };
}

describe("writeCollected", () => {
  it("writes 权重模板, 汇总, 提交情况 and the ranking tab into a new workbook", async () => {
    const out = XlsxWorkbook.empty();
    const written = await writeCollected(out, await collected(), {
      period: "2025Q4",
      source: "1 个提交文件",
      newWorkbook: true,
    });
    expect(written).toMatchObject({
      ok: true,
      rankingSheet: "排名 2025Q4",
      period: "2025Q4",
      periodFrom: "typed",
    });
    expect((await out.read([])).sheets.map((s) => s.name)).toEqual([
      TEMPLATE_SHEET,
      SUMMARY_SHEET,
      STATUS_SHEET,
      "排名 2025Q4",
      "排名明细 2025Q4",
      "审计日志",
    ]);
  });

  it("asks for the quarter when the template's period is the year of a quarterly cycle, and writes nothing", async () => {
    // The sample template's period is 2025 and its annual settings build the year from the quarters:
    // a tab 排名 2025 would be neither a quarter annual can use nor the year's result.
    const out = XlsxWorkbook.empty();
    const written = await writeCollected(out, await collected(), {
      source: "1 个提交文件",
      newWorkbook: true,
    });
    expect(written.ok).toBe(false);
    const problems = written.ok ? [] : written.problems;
    expect(problems.map((p) => describeIssue(p, "zh-CN"))).toEqual([
      "请填写考核期：权重模板的考核期是 2025 年，但该模板按季度考核（年度结果由四个季度的排名汇总），请填季度，如 2025Q4。",
    ]);
    expect((await out.read([])).sheets).toEqual([]);
    const typo = await writeCollected(out, await collected(), {
      period: "Q4-2025",
      source: "1 个提交文件",
      newWorkbook: true,
    });
    expect(typo.ok ? [] : typo.problems.map((p) => describeIssue(p, "en-US"))).toEqual([
      'The period "Q4-2025" is not valid: write a year as YYYY (2025) or a quarter as YYYYQ1 to YYYYQ4 (2025Q4).',
    ]);
  });

  it("提交情况 gives a file's percentage typed as text the advice of its indicator (95, not 0.95, for a 0–100 score)", async () => {
    const loaded = sampleTemplate();
    const bytes = await submission(loaded, [
      {
        branch: "北京分行",
        id: "BJ1",
        post: "授信审批岗",
        values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: "95%" },
      },
    ]);
    const result = await collect([{ name: "北京分行.xlsx", read: async () => bytes }], {
      template: loaded,
      open: (b) => XlsxWorkbook.fromBuffer(b),
    });
    const out = XlsxWorkbook.empty();
    await writeCollected(
      out,
      { ...result, template: loaded },
      {
        period: "2025Q4",
        source: "1 个提交文件",
        newWorkbook: true,
      }
    );
    const status = (await out.read([STATUS_SHEET])).grids.get(STATUS_SHEET)!;
    const text = status.rows
      .flat()
      .map((cell) => (cell.kind === "text" ? cell.value : ""))
      .join("\n");
    expect(text).toContain("该项为直接打分（0 到 100 分），请直接输入数字 95，不要带 %。");
    expect(text).not.toContain("0.95");
  });

  it("stamps every sheet of the job with the one moment it was given, the ranking tab and details included", async () => {
    const out = XlsxWorkbook.empty();
    await writeCollected(out, await collected(), {
      period: "2025Q4",
      source: "1 个提交文件",
      newWorkbook: true,
      now: new Date(2026, 0, 9, 10, 15),
    });
    const { registry } = await out.read([]);
    // (The 审计日志 writes its moment with its UTC offset.)
    const stamps = Object.values(registry)
      .filter((provenance) => provenance.kind !== "audit")
      .map((provenance) => provenance.generatedAt);
    expect(stamps).toHaveLength(5);
    expect(new Set(stamps)).toEqual(new Set(["2026-01-09 10:15"]));
  });

  it("into the open workbook: keeps its 权重模板 and a user's sheet named as the ranking tab", async () => {
    const book = XlsxWorkbook.empty();
    (await book.model()).addWorksheet("排名 2025Q4").getCell("A1").value = "我自己的排名";
    const written = await writeCollected(book, await collected(), {
      period: "2025Q4",
      source: "1 个提交文件",
      newWorkbook: false,
    });
    expect(written).toMatchObject({ ok: true, rankingSheet: "排名 2025Q4 (2)" });
    expect((await book.model()).getWorksheet("排名 2025Q4")!.getCell("A1").value).toBe(
      "我自己的排名"
    );
    expect((await book.model()).getWorksheet(TEMPLATE_SHEET)).toBeUndefined();
  });

  it.each([SUMMARY_SHEET, STATUS_SHEET])(
    "refuses before writing anything when the user has a sheet named %s",
    async (name) => {
      const book = XlsxWorkbook.empty();
      (await book.model()).addWorksheet(name).getCell("A1").value = "我的表";
      await expect(
        writeCollected(book, await collected(), {
          period: "2025Q4",
          source: "1",
          newWorkbook: false,
        })
      ).rejects.toEqual(new WorkbookRefusal("userSheet", name));
      expect((await book.model()).worksheets.map((s) => s.name)).toEqual([name]);
    }
  );
});
