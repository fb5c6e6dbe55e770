import { readFileSync } from "node:fs";
import path from "node:path";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { calibrateJob } from "../../../src/jobs/calibration/calibrate-job";
import { CALIBRATED_COLUMN } from "../../../src/jobs/calibration/calibrated-sheet";
import { wrappedLines } from "../../../src/jobs/shared/print-layout";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");

/** The sample ranked for 2025Q4, then calibrated by 机构 with --normalize: the calibrated tab's spec. */
async function calibratedTab() {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
  await rankJob(book, { period: "2025Q4" });
  await book.write([]);
  const listed = await book.read([]);
  const snapshot = await book.read(listed.sheets.map((s) => s.name));
  const result = calibrateJob(
    { snapshot, source: "s.xlsx" },
    { now: new Date(2026, 0, 9, 10, 0), normalize: true }
  );
  return result.sheets[1];
}

describe("排名 … 校准, printed as the ranking tab is", () => {
  it("widens 姓名 for a branch-level row's 支行 name, so it prints on one line", async () => {
    const spec = await calibratedTab();
    const C = CALIBRATED_COLUMN;
    const names = spec.rows.slice(3).map((cells) => String(cells[C.name].value ?? ""));
    expect(names).toContain("福田支行");
    const width = spec.columns![C.name].width!;
    for (const name of names) expect([name, wrappedLines(name, width - 1)]).toEqual([name, 1]);
  });

  it("prints its ranks and grades centred, with their headers; composites and Δ as numbers are", async () => {
    const spec = await calibratedTab();
    const C = CALIBRATED_COLUMN;
    const centred: number[] = [C.overall, C.rank, C.grade, C.calibratedGrade, C.inPost, C.inBranch];
    for (const r of [2, 3, spec.rows.length - 1])
      spec.rows[r].forEach((cell, c) =>
        expect([r, c, cell.align]).toEqual([r, c, centred.includes(c) ? "center" : undefined])
      );
  });

  it("shares a repeated value's cell down the rows (a grade, a 机构), frozen; 工号 and 姓名 are each their own", async () => {
    const spec = await calibratedTab();
    const C = CALIBRATED_COLUMN;
    const rows = spec.rows.slice(3).filter((cells) => cells[C.grade]?.value === "优秀");
    expect(rows.length).toBeGreaterThan(2);
    const [first, second] = rows;
    expect(second[C.grade]).toBe(first[C.grade]);
    expect(Object.isFrozen(first[C.grade])).toBe(true);
    const sameBranch = rows.find(
      (cells) => cells !== first && cells[C.branch].value === first[C.branch].value
    );
    expect(sameBranch?.[C.branch]).toBe(first[C.branch]);
    expect(second[C.id]).not.toBe(first[C.id]);
    expect(Object.isFrozen(first[C.name])).toBe(false);
  });
});
