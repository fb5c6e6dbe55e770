import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { run } from "../../../src/cli/main";
import { RANK_METHODS } from "../../../src/core/ranking/rank";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import {
  differenceText,
  verifyJob,
  verifySheetsToRead,
} from "../../../src/jobs/appeals/verify-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { fillScoreSheet } from "../../support/fill-score-sheet";
import { generatedRows } from "../../support/generated-scores";
import { sampleTemplate } from "../../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "verify-"));
const quiet = { out: () => undefined, err: () => undefined, progress: false };

async function verifyFile(file: string) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const listed = await book.read([]);
  return verifyJob(await book.read(verifySheetsToRead(listed)));
}

async function verifyBook(book: XlsxWorkbook) {
  return verifyJob(await book.read(verifySheetsToRead(await book.read([]))));
}

/** The ranking workbook with one edit made as a person would, in a spreadsheet. */
async function tampered(edit: (book: ExcelJS.Workbook) => void) {
  const ranked = path.join(dir, "ranked.xlsx");
  await run(["rank", SAMPLE_SCORES, "--period", "2025Q4", "--out", ranked], quiet);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(ranked);
  edit(book);
  const file = path.join(dir, `edited-${Math.random().toString(36).slice(2)}.xlsx`);
  await book.xlsx.writeFile(file);
  return verifyFile(file);
}

describe("verify of a workbook without a ranking tab", () => {
  it("says only that there is nothing to verify, even when its 权重模板 cannot be read", async () => {
    const file = path.join(dir, "no-ranking.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE_SCORES);
    // A 权重模板 without its id and version: readable as a sheet, not as a template (编号、版本号 missing).
    const template = book.getWorksheet("权重模板")!;
    template.getCell("B2").value = null;
    template.getCell("D2").value = null;
    await book.xlsx.writeFile(file);
    const result = await verifyFile(file);
    expect(result.problems.map((p) => p.key)).toEqual(["verify.noRanking"]);
  });
});

describe("verify (cycle.md §6.2): every ranking the project writes is reproduced", () => {
  it.each([
    ["rank", ["--period", "2025Q4"]],
    ["rank --live", ["--period", "2025Q4", "--live"]],
    ["rank --method average", ["--period", "2025Q4", "--method", "average"]],
  ])("%s", async (_, extra) => {
    const out = path.join(dir, `r-${extra.join("")}.xlsx`);
    await run(["rank", SAMPLE_SCORES, "--out", out, ...extra], quiet);
    const result = await verifyFile(out);
    expect(result.differences).toEqual([]);
    expect(result.reproduced).toBe(true);
    expect(result.tabs).toEqual([{ sheet: "排名 2025Q4", period: "2025Q4", rows: 16 }]);
  });

  it("annual: recomputed from the quarterly scores on the tab", async () => {
    const quarters = [1, 2, 3, 4].map((q) => path.join(dir, `q${q}.xlsx`));
    for (const [k, file] of quarters.entries())
      await run(["rank", SAMPLE_SCORES, "--out", file, "--period", `2025Q${k + 1}`], quiet);
    const annual = path.join(dir, "annual.xlsx");
    await run(["annual", ...quarters, "--out", annual], quiet);
    const result = await verifyFile(annual);
    expect(result.differences).toEqual([]);
    expect(result.tabs).toEqual([{ sheet: "年度排名 2025", period: "2025", rows: 16 }]);
  });

  it("collect: recomputed from 汇总", async () => {
    const folder = mkdtempSync(path.join(dir, "submissions-"));
    const loaded = sampleTemplate();
    for (const [k, branch] of ["北京分行", "上海分行"].entries()) {
      const handout = XlsxWorkbook.empty();
      await templateJob(handout, { template: loaded, rows: 40 });
      const filled = await fillScoreSheet(
        handout,
        loaded,
        generatedRows(loaded, 30, 100 + k).map((row) => ({
          ...row,
          branch,
          id: `${branch}-${row.id}`,
        }))
      );
      require("node:fs").writeFileSync(
        path.join(folder, `${branch}.xlsx`),
        await filled.toBuffer()
      );
    }
    const out = path.join(dir, "collected.xlsx");
    await run(["collect", folder, "--period", "2025Q4", "--out", out], quiet);
    const result = await verifyFile(out);
    expect(result.differences).toEqual([]);
    expect(result.tabs[0]).toMatchObject({ sheet: "排名 2025Q4", period: "2025Q4" });
    expect(result.tabs[0].rows).toBeGreaterThan(30);
  });

  it("any generated score sheet, any method, ranked in the workbook, is reproduced (property)", async () => {
    const loaded = sampleTemplate();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...RANK_METHODS),
        async (count, seed, method) => {
          const handout = XlsxWorkbook.empty();
          await templateJob(handout, { template: loaded, rows: 60 });
          const book = await fillScoreSheet(handout, loaded, generatedRows(loaded, count, seed));
          await rankJob(book, { period: "2025Q4", method });
          const result = await verifyBook(book);
          expect(result.differences).toEqual([]);
          expect(result.problems).toEqual([]);
        }
      ),
      { numRuns: 12 }
    );
  });
});

describe("verify finds each kind of tampering, with its cell", () => {
  it("a composite edited by hand", async () => {
    const result = await tampered((book) => {
      book.getWorksheet("排名 2025Q4")!.getCell("G5").value = 99.5;
    });
    expect(result.reproduced).toBe(false);
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]).toMatchObject({
      sheet: "排名 2025Q4",
      cell: "G5",
      what: "composite",
      recorded: 99.5,
    });
    expect(differenceText(result.differences[0], "zh-CN")).toMatch(
      /^排名 2025Q4!G5：综合得分为 99\.5，重算为 [\d.]+$/
    );
  });

  it("a rank edited by hand", async () => {
    const result = await tampered((book) => {
      book.getWorksheet("排名 2025Q4")!.getCell("A4").value = 7;
    });
    expect(result.differences).toMatchObject([
      { cell: "A4", what: "rank.overall", recorded: 7, recomputed: 1 },
    ]);
  });

  it("a grade edited by hand", async () => {
    const result = await tampered((book) => {
      book.getWorksheet("排名 2025Q4")!.getCell("H6").value = "不合格";
    });
    expect(result.differences).toMatchObject([
      { cell: "H6", what: "grade", recorded: "不合格", recomputed: "优秀" },
    ]);
  });

  it("a veto's reason: a ratio as the sheet prints it (5.20%), the earlier 0.052 accepted, an edit found", async () => {
    let cell = "";
    const reason = (book: ExcelJS.Workbook) => {
      book.getWorksheet("排名 2025Q4")!.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string" && c.value.startsWith("贷款不良率 ")) cell ||= c.address;
        })
      );
      return book.getWorksheet("排名 2025Q4")!.getCell(cell);
    };
    const printed = await tampered((book) => {
      expect(reason(book).value).toBe("贷款不良率 5.20% >= 5.00%");
    });
    expect(printed.differences).toEqual([]);
    const earlier = await tampered((book) => {
      reason(book).value = "贷款不良率 0.052 >= 0.05";
    });
    expect(earlier.differences).toEqual([]);
    const edited = await tampered((book) => {
      reason(book).value = "贷款不良率 6.00% >= 5.00%";
    });
    expect(edited.differences).toMatchObject([
      {
        cell,
        what: "veto",
        recorded: "贷款不良率 6.00% >= 5.00%",
        recomputed: "贷款不良率 5.20% >= 5.00%",
      },
    ]);
  });

  it("weights changed in 权重模板 (still summing to 100, so the template itself is valid)", async () => {
    const result = await tampered((book) => {
      const sheet = book.getWorksheet("权重模板")!;
      let header = 0;
      sheet.eachRow((row, r) => {
        if (!header && (row.values as unknown[]).includes("指标编号")) header = r;
      });
      const weight = (sheet.getRow(header).values as unknown[]).indexOf("权重");
      // 授信审批岗: 审批时效 30 → 35, 贷款不良率 40 → 35.
      sheet.getRow(header + 1).getCell(weight).value = 35;
      sheet.getRow(header + 2).getCell(weight).value = 35;
    });
    expect(result.differences).toMatchObject([{ sheet: "权重模板", what: "templateFingerprint" }]);
    expect(differenceText(result.differences[0], "zh-CN")).toContain("权重模板在排名后被改动");
  });

  it("an actual value changed in the score data: the input hash, and the composite it moved", async () => {
    const result = await tampered((book) => {
      // 评分表 row 4 is BJ001 (授信审批岗); F is 审批时效 (approval_days): 3 → 6 days lowers its score.
      book.getWorksheet("评分表")!.getCell("F4").value = 6;
    });
    expect(result.differences[0]).toMatchObject({ sheet: "评分表", what: "inputHash" });
    expect(result.differences.some((d) => d.what === "composite")).toBe(true);
  });
});
