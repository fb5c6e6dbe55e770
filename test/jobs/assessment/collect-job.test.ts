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
      source: "1 个提交文件",
      newWorkbook: true,
    });
    expect(written.rankingSheet).toBe("排名 2025");
    expect((await out.read([])).sheets.map((s) => s.name)).toEqual([
      TEMPLATE_SHEET,
      SUMMARY_SHEET,
      STATUS_SHEET,
      "排名 2025",
      "排名明细 2025",
      "审计日志",
    ]);
  });

  it("stamps every sheet of the job with the one moment it was given, the ranking tab and details included", async () => {
    const out = XlsxWorkbook.empty();
    await writeCollected(out, await collected(), {
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
    expect(written.rankingSheet).toBe("排名 2025Q4 (2)");
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
        writeCollected(book, await collected(), { source: "1", newWorkbook: false })
      ).rejects.toEqual(new WorkbookRefusal("userSheet", name));
      expect((await book.model()).worksheets.map((s) => s.name)).toEqual([name]);
    }
  );
});
