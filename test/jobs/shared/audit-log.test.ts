import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../../src/cli/main";
import { annualInWorkbook } from "../../../src/jobs/cycle/annual-job";
import { AUDIT_SHEET, auditTime, withAuditLog } from "../../../src/jobs/shared/audit-log";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { resultsInWorkbook } from "../../../src/jobs/cycle/results-job";
import { serialOf } from "../../../src/core/calendar/official-calendar";
import type { Grid } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { fillScoreSheet } from "../../support/fill-score-sheet";
import { generatedRows } from "../../support/generated-scores";
import { sampleTemplate } from "../../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const texts = (grid: Grid) =>
  grid.rows.map((row) => row.map((cell) => ("value" in cell ? cell.value : null)));

describe("the audit log 审计日志 (cycle.md §6.1)", () => {
  it("writes the time in ISO 8601 with the UTC offset, the same instant", () => {
    const now = new Date(Date.UTC(2026, 0, 9, 2, 15, 0));
    const text = auditTime(now);
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(new Date(text).getTime()).toBe(now.getTime());
  });

  it("lists a sequence of jobs in one workbook in order, each row as it was, protected and owned", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const before = (await book.read([AUDIT_SHEET])).grids.get(AUDIT_SHEET);
    const earlier = before ? texts(before).slice(2) : [];
    await rankJob(book, { period: "2025Q1", who: "张三" });
    await rankJob(book, { period: "2025Q2" });
    await rankJob(book, { period: "2025Q3" });
    await annualInWorkbook(book, { source: "s.xlsx", who: "张三" });
    await resultsInWorkbook(book, {
      source: "s.xlsx",
      period: "2025Q3",
      published: serialOf("2026-01-09"),
    });
    const snapshot = await book.read([AUDIT_SHEET, "排名 2025Q1"]);
    expect(snapshot.registry[AUDIT_SHEET]).toMatchObject({ kind: "audit" });
    // ExcelJS keeps the protection it read on a field its types do not declare.
    const model = (await book.model()).getWorksheet(AUDIT_SHEET) as unknown as {
      sheetProtection?: { sheet?: boolean };
    };
    expect(model.sheetProtection?.sheet).toBe(true);
    const log = texts(snapshot.grids.get(AUDIT_SHEET)!);
    expect(log[1]).toEqual([
      "时间",
      "操作",
      "操作人",
      "模板编号",
      "模板版本",
      "模板指纹",
      "输入哈希",
      "写入的工作表",
      "摘要",
    ]);
    const rows = log.slice(2);
    // The rows there before are kept as they were; this sequence's rows follow, in order.
    expect(rows.slice(0, earlier.length)).toEqual(earlier);
    const mine = rows.slice(earlier.length);
    expect(mine.map((row) => row[1])).toEqual(["rank", "rank", "rank", "annual", "results"]);
    expect(mine[0][2]).toBe("张三");
    expect(mine[1][2]).toBeNull();
    const loaded = sampleTemplate();
    expect(mine.every((row) => row[3] === "ops-2025" && row[5] === loaded.fingerprint)).toBe(true);
    // The ranking's row carries the hash the ranking tab records.
    expect(mine[0][6]).toBe(snapshot.registry["排名 2025Q1"].inputHash);
    expect(mine[0][7]).toBe("排名 2025Q1、排名明细 2025Q1");
    expect(mine[0][8]).toBe("排名 16 行，未能排名 8 行");
    expect(mine[4][7]).toBe("反馈单、结果应用、整改跟踪、培训需求");
    const times = mine.map((row) => String(row[0]));
    expect([...times].sort()).toEqual(times);
  });

  it("is carried by the command line into each new workbook, which appends its own row", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "audit-"));
    const quiet = { out: () => undefined, err: () => undefined, progress: false };
    const handout = path.join(dir, "评分模板.xlsx");
    await run(
      [
        "template",
        path.join(__dirname, "../../../assets/samples/ops-2025.template.json"),
        "--out",
        handout,
      ],
      quiet
    );
    const filled = path.join(dir, "filled.xlsx");
    const loaded = sampleTemplate();
    const book0 = await fillScoreSheet(
      await XlsxWorkbook.fromBuffer(readFileSync(handout)),
      loaded,
      generatedRows(loaded, 30)
    );
    writeFileSync(filled, await book0.toBuffer());
    const ranked = path.join(dir, "ranked.xlsx");
    await run(["rank", filled, "--period", "2025Q4", "--out", ranked], quiet);
    const results = path.join(dir, "results.xlsx");
    await run(["results", ranked, "--published", "2026-01-09", "--out", results], quiet);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(results));
    const log = texts((await book.read([AUDIT_SHEET])).grids.get(AUDIT_SHEET)!).slice(2);
    expect(log.map((row) => row[1])).toEqual(["template", "rank", "results"]);
    expect(log[0][7]).toBe("权重模板、评分表、填写说明");
  });

  it("merges several earlier logs (annual's inputs) in time order, a row found in two of them once", () => {
    const header = { kind: "text" as const, value: "h" };
    const row = (time: string, job: string) => [
      { kind: "text" as const, value: time },
      { kind: "text" as const, value: job },
    ];
    const grid = (...rows: ReturnType<typeof row>[]): Grid => ({
      name: AUDIT_SHEET,
      rows: [[header], [header], ...rows],
    });
    const shared = row("2026-01-01T09:00:00+08:00", "template");
    const [log] = withAuditLog(
      [],
      [
        grid(shared, row("2026-01-03T09:00:00+08:00", "rank")),
        grid(shared, row("2026-01-02T09:00:00+08:00", "rank")),
      ],
      { job: "annual", summary: "", now: new Date(2026, 0, 5) }
    );
    const rows = ("rows" in log ? log.rows : []).slice(2).map((r) => [r[0].value, r[1].value]);
    expect(rows).toEqual([
      ["2026-01-01T09:00:00+08:00", "template"],
      ["2026-01-02T09:00:00+08:00", "rank"],
      ["2026-01-03T09:00:00+08:00", "rank"],
      [auditTime(new Date(2026, 0, 5)), "annual"],
    ]);
  });
});
