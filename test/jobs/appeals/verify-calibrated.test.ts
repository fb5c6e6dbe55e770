import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/main";
import { verifyJob, verifySheetsToRead } from "../../../src/jobs/appeals/verify-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "verify-calibrated-"));
const quiet = { out: () => undefined, err: () => undefined, progress: false };
const CALIBRATED = "排名 2025Q4 校准";

async function verifyFile(file: string) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  return verifyJob(await book.read(verifySheetsToRead(await book.read([]))));
}

describe("verify: the calibrated ranking (calibration.md §1)", () => {
  const calibrated = path.join(dir, "校准.xlsx");
  beforeAll(async () => {
    const ranked = path.join(dir, "排名.xlsx");
    await run(["rank", SAMPLE_SCORES, "--period", "2025Q4", "--out", ranked], quiet);
    await run(["calibrate", ranked, "--normalize", "--out", calibrated], quiet);
  });

  it("recomputes a calibrated tab cleanly, beside the published one", async () => {
    const result = await verifyFile(calibrated);
    expect(result.problems).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.tabs.map((tab) => tab.sheet)).toEqual(["排名 2025Q4", CALIBRATED]);
    expect(result.tabs[1].rows).toBe(16);
    expect(result.reproduced).toBe(true);
  });

  it("finds a calibrated composite edited by hand, with its cell", async () => {
    const read = await XlsxWorkbook.fromBuffer(readFileSync(calibrated));
    const was = (await read.read([CALIBRATED])).grids.get(CALIBRATED)!.rows[4][10];
    if (was.kind !== "number") throw new Error("K5 is not a number");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(calibrated);
    book.getWorksheet(CALIBRATED)!.getCell("K5").value = was.value + 3;
    const edited = path.join(dir, "改过.xlsx");
    await book.xlsx.writeFile(edited);
    const result = await verifyFile(edited);
    expect(result.reproduced).toBe(false);
    expect(result.differences).toEqual([
      {
        sheet: CALIBRATED,
        cell: "K5",
        what: "composite",
        recorded: was.value + 3,
        recomputed: was.value,
      },
    ]);
  });

  it("finds a calibrated grade and rank edited by hand", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(calibrated);
    const sheet = book.getWorksheet(CALIBRATED)!;
    sheet.getCell("A6").value = 99;
    sheet.getCell("L6").value = "不合格";
    const edited = path.join(dir, "改过2.xlsx");
    await book.xlsx.writeFile(edited);
    const result = await verifyFile(edited);
    expect(result.differences.map((d) => [d.cell, d.what])).toEqual([
      ["A6", "rank.overall"],
      ["L6", "grade"],
    ]);
  });
});
