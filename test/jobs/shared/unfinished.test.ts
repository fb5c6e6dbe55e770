/* A sheet left half written by an interrupted job (the registry still says "writing") is never read as a
 * result: verify, results, annual and validate each say so, in the user's words, and a rerun mends it. */
import { formatMessage } from "../../../src/core/i18n/messages";
import { annualInWorkbook } from "../../../src/jobs/cycle/annual-job";
import { registerAppeal } from "../../../src/jobs/appeals/appeals-job";
import { inspect } from "../../../src/jobs/assessment/inspect";
import { issueText } from "../../../src/jobs/shared/issue";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { resultsInWorkbook } from "../../../src/jobs/cycle/results-job";
import { SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { isUnfinished, unfinishedIssues } from "../../../src/jobs/shared/unfinished";
import { verifyInWorkbook } from "../../../src/jobs/appeals/verify-job";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { serialOf } from "../../../src/core/calendar/official-calendar";
import { generatedRows } from "../../support/generated-scores";
import { sampleTemplate } from "../../support/samples";
import { fillByHand } from "../../support/strict-excel/fill-by-hand";
import { installExcelEnums, StrictExcel } from "../../support/strict-excel/strict-excel";
import { copyOf, registryOf } from "../../support/strict-excel/workbook-state";

installExcelEnums();

const TAB = "排名 2025Q4";

/** Q3 ranked; Q4's rank stopped in its write request, halfway through its calls. */
async function interruptedQ4() {
  const excel = new StrictExcel();
  const book = new OfficeWorkbook(excel.run);
  const loaded = sampleTemplate();
  await templateJob(book, { template: loaded, rows: 60, now: new Date(2025, 11, 31) });
  fillByHand(excel, loaded, generatedRows(loaded, 60));
  await rankJob(book, { period: "2025Q3" });
  // The rank's last request (its sheets, in one request at this size) fails halfway.
  const reference = copyOf(excel);
  await rankJob(new OfficeWorkbook(reference.run), { period: "2025Q4" });
  excel.failRequest({ at: reference.syncs, keep: "half" });
  await expect(rankJob(book, { period: "2025Q4" })).rejects.toThrow(/injected/);
  expect(registryOf(excel)![TAB]?.state).toBe("writing");
  return { excel, book };
}

const said = (problems: readonly { key: string; params: Record<string, unknown> }[]) =>
  problems.filter((p) => p.key === "sheet.unfinished").map((p) => p.params.sheet);

describe("a sheet left unfinished by an interrupted job", () => {
  it("is named by verify, results and annual, and a rerun of the job mends it", async () => {
    const { book } = await interruptedQ4();
    const verified = await verifyInWorkbook(book);
    expect(said(verified.problems)).toEqual([TAB]);
    expect(verified.reproduced).toBe(false);
    // The Q3 tab is still checked, and reproduced.
    expect(verified.tabs.map((tab) => tab.sheet)).toEqual(["排名 2025Q3"]);
    expect(verified.differences).toEqual([]);

    const results = await resultsInWorkbook(book, {
      published: serialOf("2026-01-09"),
      source: "测试.xlsx",
    });
    expect(said(results.problems)).toEqual([TAB]);
    expect(results.sheets).toEqual([]);

    const annual = await annualInWorkbook(book, { source: "测试.xlsx", year: 2025 });
    expect(said(annual.problems)).toEqual([TAB]);
    expect(annual.sheet).toBeNull();

    // An appeal cannot be registered from a row of a tab that is not whole.
    expect(await registerAppeal(book, { tab: TAB, row: 5, submitted: 46000 })).toEqual({
      ok: false,
      key: "sheet.unfinished",
      params: { sheet: TAB },
    });

    await rankJob(book, { period: "2025Q4" });
    expect((await verifyInWorkbook(book)).reproduced).toBe(true);
    const again = await resultsInWorkbook(book, {
      published: serialOf("2026-01-09"),
      source: "测试.xlsx",
    });
    expect(again.problems).toEqual([]);
  });

  it("says what happened and what to do, in both languages", () => {
    const [issue] = unfinishedIssues(
      { registry: { 汇总: { kind: "summary", state: "writing" } } },
      ["汇总", "提交情况"]
    );
    expect(issueText(issue, "zh-CN")).toBe(
      formatMessage("zh-CN", "sheet.unfinished", { sheet: "汇总" })
    );
    expect(issueText(issue, "zh-CN")).toMatch(/中断.*重新运行/);
    expect(issueText(issue, "en-US")).toMatch(/interrupted.*Run again/);
  });

  it("is not taken as score data: a half-written 汇总 is refused by validate and rank", () => {
    const snapshot = {
      sheets: [{ name: SCORE_SHEET, owned: true }],
      grids: new Map([[SCORE_SHEET, { name: SCORE_SHEET, rows: [] }]]),
      registry: { [SCORE_SHEET]: { kind: "scores" as const, state: "writing" as const } },
    };
    expect(isUnfinished(snapshot, SCORE_SHEET)).toBe(true);
    const inspection = inspect(snapshot, { sheet: SCORE_SHEET, template: sampleTemplate() });
    expect(said(inspection.issues)).toEqual([SCORE_SHEET]);
    expect(inspection.assessed).toBeNull();
  });
});
