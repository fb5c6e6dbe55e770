import { serialOf } from "../../../src/core/calendar/official-calendar";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { resultsInWorkbook, resultsJob } from "../../../src/jobs/cycle/results-job";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { readFileSync } from "node:fs";
import path from "node:path";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { generatedRows } from "../../support/generated-scores";
import { sampleTemplate } from "../../support/samples";
import { fillByHand } from "../../support/strict-excel/fill-by-hand";
import { installExcelEnums, StrictExcel } from "../../support/strict-excel/strict-excel";

installExcelEnums();

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const PUBLISHED = serialOf("2026-01-09");

describe("resultsJob (cycle.md §1, §3–§4)", () => {
  it("in Excel: reads twice, writes the four sheets in one write, the overdue flag as a formula a user would type", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    const loaded = sampleTemplate();
    await templateJob(book, { template: loaded, rows: 60, now: new Date(2025, 11, 31) });
    fillByHand(excel, loaded, generatedRows(loaded, 60));
    await rankJob(book, { period: "2025Q3" });
    await rankJob(book, { period: "2025Q4" });
    excel.syncs = 0;
    const result = await resultsInWorkbook(book, {
      published: PUBLISHED,
      source: "测试.xlsx",
    });
    expect(result.problems).toEqual([]);
    expect(result.rankingSheet).toBe("排名 2025Q4");
    // Two reads (the sheet list, then the sheets) and the write's few syncs, never one per row.
    expect(excel.syncs).toBeLessThanOrEqual(12);
    for (const name of ["反馈单", "结果应用", "整改跟踪", "培训需求"])
      expect(excel.sheet(name)).toBeDefined();
    const rectification = excel.sheet("整改跟踪")!;
    const warned = result.results!.objects.filter((o) => o.outcome.warning).length;
    expect(warned).toBeGreaterThan(0);
    expect(rectification.formulas[3][9]).toBe('=IF(AND(H4<>"已完成",TODAY()>G4),"是","否")');
    expect(rectification.validations[0].range).toBe(`3,7:${2 + warned},7`); // H4:H…, 0-based
    // One printed page per ranked object: a manual break before each but the first.
    expect(excel.sheet("反馈单")!.pageBreaks).toHaveLength(
      result.results!.objects.filter((o) => o.feedback).length - 1
    );
  });

  it("keeps a user's sheet named 反馈单: the new one gets a suffix", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q4" });
    await book.write([]);
    const model = await book.model();
    model.addWorksheet("反馈单").getCell("A1").value = "我自己的反馈单";
    const result = await resultsInWorkbook(book, { published: PUBLISHED, source: "s.xlsx" });
    expect(result.sheets[0].name).toBe("反馈单 (2)");
    const snapshot = await book.read(["反馈单"]);
    expect(snapshot.grids.get("反馈单")!.rows[0][0]).toEqual({
      kind: "text",
      value: "我自己的反馈单",
    });
  });

  it("refuses a ranking whose template changed since, naming the tab and both fingerprints", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q4" });
    const listed = await book.read([]);
    const snapshot = await book.read(listed.sheets.map((s) => s.name));
    const other = sampleTemplate();
    const changed = { ...other, fingerprint: "f".repeat(64) };
    const result = resultsJob(
      { snapshot, source: "s.xlsx" },
      { template: changed, published: PUBLISHED }
    );
    expect(result.problems).toMatchObject([
      { key: "results.templateChanged", params: { sheet: "排名 2025Q4", actual: "ffffffff" } },
    ]);
    expect(result.sheets).toEqual([]);
  });

  it("names the periods there are when the one asked for is not ranked", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q4" });
    const listed = await book.read([]);
    const snapshot = await book.read(listed.sheets.map((s) => s.name));
    const result = resultsJob({ snapshot, source: "s.xlsx" }, { period: "2025Q2" });
    expect(result.problems).toMatchObject([
      { key: "results.noPeriod", params: { period: "2025Q2", periods: "2025Q4" } },
    ]);
    // A period typed that is no period is refused, never taken as "the latest" (2025Q4 here).
    const typo = resultsJob({ snapshot, source: "s.xlsx" }, { period: "Q4-2025" });
    expect([typo.rankingSheet ?? null, typo.problems]).toMatchObject([
      null,
      [{ key: "period.invalid", params: { text: "Q4-2025" } }],
    ]);
  });
});
