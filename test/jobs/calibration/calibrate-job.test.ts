import { readFileSync } from "node:fs";
import path from "node:path";
import { BLANK_GROUP } from "../../../src/core/calibration/calibrate";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { RANKING_COLUMN } from "../../../src/jobs/assessment/ranking-sheet";
import {
  calibrateInWorkbook,
  calibrateJob,
  calibrateSheetsToRead,
  groupingColumns,
} from "../../../src/jobs/calibration/calibrate-job";
import { CALIBRATED_COLUMN } from "../../../src/jobs/calibration/calibrated-sheet";
import { rankingTabs } from "../../../src/jobs/cycle/history";
import { AUDIT_SHEET } from "../../../src/jobs/shared/audit-log";
import { cellAt, type Cell, type Grid } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { generatedRows, generatedScores } from "../../support/generated-scores";
import { fillByHand } from "../../support/strict-excel/fill-by-hand";
import { installExcelEnums, StrictExcel } from "../../support/strict-excel/strict-excel";
import { sampleTemplate } from "../../support/samples";

installExcelEnums();

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const NOW = new Date(2026, 0, 9, 10, 0);

const value = (cell: Cell) => (cell.kind === "number" || cell.kind === "text" ? cell.value : null);

/** A small bank: 60 generated rows over four branches and blanks, ranked for 2025Q4 in the workbook. */
async function smallBank() {
  const { bytes } = await generatedScores(sampleTemplate(), 60);
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const ranked = await rankJob(book, { period: "2025Q4" });
  expect(ranked.assessed?.ranked.length).toBeGreaterThan(20);
  await book.write([]);
  return book;
}

async function everything(book: XlsxWorkbook) {
  const listed = await book.read([]);
  return book.read(listed.sheets.map((s) => s.name));
}

/** The published tab's ranked rows: id → composite and branch. */
function published(grid: Grid) {
  const rows: { id: string; composite: number; branch: string }[] = [];
  for (let r = 3; r < grid.rows.length; r++) {
    const id = value(cellAt(grid, r, RANKING_COLUMN.id));
    if (id === null || id === "") break;
    rows.push({
      id: String(id),
      composite: value(cellAt(grid, r, RANKING_COLUMN.composite)) as number,
      branch: String(value(cellAt(grid, r, RANKING_COLUMN.branch)) ?? ""),
    });
  }
  return rows;
}

describe("calibrateJob (calibration.md §1)", () => {
  it("groups the published tab's ranked rows by 机构, blanks under （空）, and flags by the rule", async () => {
    const book = await smallBank();
    const snapshot = await everything(book);
    const result = calibrateJob({ snapshot, source: "bank.xlsx" }, { now: NOW });
    expect(result.problems).toEqual([]);
    expect(result.rankingSheet).toBe("排名 2025Q4");
    expect(result.by).toBe("机构");
    const rows = published(snapshot.grids.get("排名 2025Q4") as Grid);
    // The population is the published tab's ranked rows, each in its branch.
    expect(result.groups.reduce((sum, g) => sum + g.n, 0)).toBe(rows.length);
    expect(result.groups.map((g) => g.group)).toContain(BLANK_GROUP);
    const total = rows.reduce((sum, row) => sum + row.composite, 0);
    for (const group of result.groups) {
      const members = rows.filter((row) => (row.branch || BLANK_GROUP) === group.group);
      expect(group.n).toBe(members.length);
      const mean = members.reduce((sum, row) => sum + row.composite, 0) / members.length;
      expect(group.mean).toBeCloseTo(mean, 9);
      const rest = (total - mean * members.length) / (rows.length - members.length);
      expect(group.rest).toBeCloseTo(rest, 9);
      const expected =
        members.length < 5
          ? "too-small"
          : mean - rest >= 5
            ? "lenient"
            : mean - rest <= -5
              ? "harsh"
              : "normal";
      expect(group.flag).toBe(expected);
    }
    // Most lenient first.
    const means = result.groups.map((g) => g.mean);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    expect(result.flagged).toBe(
      result.groups.filter((g) => g.flag === "lenient" || g.flag === "harsh").length
    );
    expect(result.rows).toBeNull();
    expect(result.sheets.map((s) => s.name)).toEqual(["校准分析 2025Q4"]);
  });

  it("names the blank group in the sheets' language: （空）, or (blank) in English; the group is the same", async () => {
    const book = await smallBank();
    const snapshot = await everything(book);
    const shown = (locale: "zh-CN" | "en-US") => {
      const result = calibrateJob(
        { snapshot, source: "bank.xlsx" },
        { now: NOW, normalize: true, locale }
      );
      expect(result.groups.map((g) => g.group)).toContain(BLANK_GROUP);
      const [analysis, calibrated] = result.sheets;
      const names = (rows: { value?: unknown }[][], column: number) =>
        new Set(rows.map((row) => row[column]?.value));
      return {
        analysis: names(analysis.rows as { value?: unknown }[][], 0),
        calibrated: names(calibrated.rows as { value?: unknown }[][], CALIBRATED_COLUMN.group),
      };
    };
    const zh = shown("zh-CN");
    expect(zh.analysis.has("（空）") && zh.calibrated.has("（空）")).toBe(true);
    const en = shown("en-US");
    expect(en.analysis.has("(blank)") && en.calibrated.has("(blank)")).toBe(true);
    expect(en.analysis.has("（空）") || en.calibrated.has("（空）")).toBe(false);
  });

  it("writes 校准分析 with a row per group, the quota's excess as 需调出 k 人 and the rule under the table", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q4" });
    await book.write([]);
    const result = calibrateJob(
      { snapshot: await everything(book), source: "s.xlsx" },
      { now: NOW, normalize: true }
    );
    const [analysis, calibrated] = result.sheets;
    expect(analysis.name).toBe("校准分析 2025Q4");
    expect(calibrated.name).toBe("排名 2025Q4 校准");
    const text = (r: number, c: number) => analysis.rows[r]?.[c]?.value;
    expect(text(0, 0)).toBe("2025年第四季度 考核校准分析（按机构）");
    expect(String(text(1, 0))).toContain(result.template!.fingerprint.slice(0, 8));
    expect(String(text(1, 0))).toContain(result.inputHash!.slice(0, 8));
    expect(analysis.rows[2].slice(0, 8).map((c) => c.value)).toEqual([
      "组别",
      "人数",
      "平均分",
      "中位数",
      "标准差",
      "其余平均",
      "差距",
      "判定",
    ]);
    // 北京分行: 6 people, 13.4 under the rest: harsh (the sample's own numbers).
    const beijing = analysis.rows.find((row) => row[0]?.value === "北京分行")!;
    expect(beijing[1].value).toBe(6);
    expect(beijing[7].value).toBe("偏严");
    expect(beijing[2].format).toBe("0.00");
    // A band with a maxShare: the excess column says how many must leave it.
    const excellent = analysis.rows[2].findIndex((c) => c.value === "优秀超额");
    expect(excellent).toBeGreaterThan(8);
    const excess = result.groups.find((g) => g.excess["优秀"])!;
    const row = analysis.rows.find((r) => r[0]?.value === excess.group)!;
    expect(row[excellent].value).toBe(`需调出 ${excess.excess["优秀"]} 人`);
    const share = analysis.rows[2].findIndex((c) => c.value === "优秀占比");
    expect(row[share].format).toBe("0.00%");
    // The explanation a branch manager reads in print: the column, the rule with gap and minGroup.
    const notes = analysis.rows
      .slice(3 + result.groups.length)
      .map((r) => String(r[0]?.value ?? ""));
    expect(notes.join("\n")).toContain("「机构」列");
    expect(notes.join("\n")).toContain("差距 ≥ 5 分为「偏松」");
    expect(notes.join("\n")).toContain("不足 5 人");
    expect(notes.join("\n")).toContain("「排名 2025Q4 校准」");
    expect(analysis.provenance).toMatchObject({
      kind: "calibration",
      templateFingerprint: result.template!.fingerprint,
      inputHash: result.inputHash,
      method: "dense",
      calibrates: "排名 2025Q4",
      by: "机构",
      period: "2025Q4",
    });
    expect(analysis.print?.header).toBe("内部资料 注意保密");
    expect(analysis.print?.repeatRows).toBe("1:3");
  });

  it("with normalize, lists every ranked row by calibrated rank with both standings and Δrank", async () => {
    const book = await smallBank();
    const result = calibrateJob(
      { snapshot: await everything(book), source: "bank.xlsx" },
      { now: NOW, normalize: true }
    );
    const rows = result.rows!;
    const spec = result.sheets[1];
    expect(spec.provenance).toMatchObject({ kind: "calibratedRanking", calibrates: "排名 2025Q4" });
    const body = spec.rows.slice(3);
    expect(body).toHaveLength(rows.length);
    const C = CALIBRATED_COLUMN;
    body.forEach((cells, k) => {
      const row = rows[k];
      expect(cells[C.id].value).toBe(row.id);
      expect(cells[C.overall].value).toBe(row.calibratedRank.overall);
      expect(cells[C.composite].value).toBe(row.composite);
      expect(cells[C.calibrated].value).toBe(row.calibrated);
      expect(cells[C.delta].value).toBe(row.rank.overall - row.calibratedRank.overall);
    });
    const ranks = body.map((cells) => cells[C.overall].value as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(spec.columns?.[C.calibrated].format).toBe("0.00");
  });

  it("groups by 部门 when asked, and refuses an unknown column naming the sheet and its columns", async () => {
    const book = await smallBank();
    const snapshot = await everything(book);
    const byDepartment = calibrateJob({ snapshot, source: "b.xlsx" }, { by: "部门" });
    expect(byDepartment.problems).toEqual([]);
    expect(byDepartment.by).toBe("部门");
    expect(byDepartment.sheets[0].rows[0][0].value).toContain("按部门");
    const unknown = calibrateJob({ snapshot, source: "b.xlsx" }, { by: "岗级" });
    expect(unknown.sheets).toEqual([]);
    expect(unknown.problems).toMatchObject([
      { key: "calibrate.unknownColumn", params: { column: "岗级", sheet: "评分表" } },
    ]);
    const columns = (unknown.problems[0].params.columns as { "zh-CN": string })["zh-CN"];
    expect(columns).toBe("机构、部门、岗位");
    expect(groupingColumns(snapshot)).toEqual(["机构", "部门", "岗位"]);
  });

  it("refuses a workbook without a ranking, and a period it does not have", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const none = calibrateJob({ snapshot: await everything(book), source: "s.xlsx" });
    expect(none.problems.map((p) => p.key)).toEqual(["calibrate.noRanking"]);
    await rankJob(book, { period: "2025Q4" });
    await book.write([]);
    const other = calibrateJob(
      { snapshot: await everything(book), source: "s.xlsx" },
      { period: "2025Q3" }
    );
    expect(other.problems.map((p) => p.key)).toEqual(["results.noPeriod"]);
  });

  it("in a workbook: one read, one write of its sheets and the 审计日志 row, the published tab untouched", async () => {
    const book = await smallBank();
    const before = await everything(book);
    const tab = before.grids.get("排名 2025Q4");
    const reads: string[][] = [];
    const read = book.read.bind(book);
    book.read = async (sheets) => {
      reads.push([...sheets]);
      return read(sheets);
    };
    const result = await calibrateInWorkbook(book, {
      write: true,
      normalize: true,
      who: "张三",
      now: NOW,
      source: "bank.xlsx",
    });
    book.read = read;
    expect(reads).toEqual([[], calibrateSheetsToRead(before)]);
    const after = await everything(book);
    expect(after.grids.get("排名 2025Q4")).toEqual(tab);
    expect(rankingTabs(after)).toEqual(["排名 2025Q4"]);
    expect(after.registry["校准分析 2025Q4"].kind).toBe("calibration");
    expect(after.registry["排名 2025Q4 校准"].kind).toBe("calibratedRanking");
    const log = after.grids.get(AUDIT_SHEET) as Grid;
    const last = log.rows[log.rows.length - 1].map(value);
    expect(last).toContain("calibrate");
    expect(last).toContain("张三");
    expect(last).toContain(result.inputHash);
    expect(last.join(" ")).toContain("校准「排名 2025Q4」按「机构」");
    // Without write nothing is written.
    const again = await calibrateInWorkbook(book, { write: false, by: "部门" });
    expect(again.problems).toEqual([]);
    expect((await everything(book)).grids.get(AUDIT_SHEET)?.rows.length).toBe(log.rows.length);
  });

  it("keeps a user's sheet named 校准分析 2025Q4: the new one gets a suffix", async () => {
    const book = await smallBank();
    const model = await book.model();
    model.addWorksheet("校准分析 2025Q4").getCell("A1").value = "我的校准";
    const result = await calibrateInWorkbook(book, { write: true, now: NOW });
    expect(result.sheets[0].name).toBe("校准分析 2025Q4 (2)");
    const mine = await book.read(["校准分析 2025Q4"]);
    expect(mine.grids.get("校准分析 2025Q4")!.rows[0][0]).toEqual({
      kind: "text",
      value: "我的校准",
    });
  });

  it("writes English sheets in en-US", async () => {
    const book = await smallBank();
    const result = calibrateJob(
      { snapshot: await everything(book), source: "b.xlsx" },
      { locale: "en-US", normalize: true }
    );
    expect(result.sheets.map((s) => s.name)).toEqual([
      "Calibration 2025Q4",
      "Ranking 2025Q4 calibrated",
    ]);
    expect(result.sheets[0].rows[2][0].value).toBe("Group");
  });

  it("in Excel: two reads, one write of the two sheets and the log, the registry's kinds", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    const loaded = sampleTemplate();
    await templateJob(book, { template: loaded, rows: 60, now: new Date(2025, 11, 31) });
    fillByHand(excel, loaded, generatedRows(loaded, 60));
    await rankJob(book, { period: "2025Q4" });
    excel.syncs = 0;
    const result = await calibrateInWorkbook(book, {
      write: true,
      normalize: true,
      source: "测试.xlsx",
    });
    expect(result.problems).toEqual([]);
    expect(excel.syncs).toBeLessThanOrEqual(12);
    expect(excel.sheet("校准分析 2025Q4")).toBeDefined();
    expect(excel.sheet("排名 2025Q4 校准")).toBeDefined();
    const registry = (await book.read([])).registry;
    expect(registry["校准分析 2025Q4"]).toMatchObject({ kind: "calibration", by: "机构" });
    expect(registry["排名 2025Q4 校准"]).toMatchObject({
      kind: "calibratedRanking",
      calibrates: "排名 2025Q4",
      inputHash: result.inputHash,
    });
  });
});
