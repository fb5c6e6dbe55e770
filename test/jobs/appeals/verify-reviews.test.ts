import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/main";
import {
  differenceText,
  verifySheetsToRead,
  verifyWithForms,
} from "../../../src/jobs/appeals/verify-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { columnOf } from "../../support/fill-score-sheet";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../../support/review-forms";
import { submission } from "../../support/submissions";

const template = reviewsTemplate();
const rows = scoreRows();
const rated = people(rows);
const online = ["O1", "O2", "O3", "O4", "O5", "O6"];
const dir = mkdtempSync(path.join(os.tmpdir(), "verify-reviews-"));
const quiet = { out: () => undefined, err: () => undefined, progress: false };
const folder = path.join(dir, "评价表");
const scoresFile = path.join(dir, "评分表.xlsx");
const templateFile = path.join(dir, "权重模板.json");
const okr = columnOf(template, "okr_completion");

const submissionsOf = (files: string[]) =>
  files.map((file) => ({ name: path.basename(file), read: async () => readFileSync(file) }));
const formsIn = (folderPath: string) =>
  submissionsOf(
    readdirSync(folderPath)
      .sort()
      .map((name) => path.join(folderPath, name))
  );

async function verify(file: string, forms = formsIn(folder)) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const snapshot = await book.read(verifySheetsToRead(await book.read([]), { forms: true }));
  return verifyWithForms(snapshot, forms, { open: (bytes) => XlsxWorkbook.fromBuffer(bytes) });
}

async function reviewed(out: string, ...extra: string[]) {
  await run(
    ["reviews", folder, "--template", templateFile, "--scores", scoresFile, "--out", out, ...extra],
    quiet
  );
  return out;
}

/** The workbook with one cell of the 评分表 typed over, as a person would in Excel. */
async function edited(file: string, cell: string, value: ExcelJS.CellValue) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  book.getWorksheet("评分表")!.getCell(cell).value = value;
  const out = path.join(dir, `edited-${Math.random().toString(36).slice(2)}.xlsx`);
  await book.xlsx.writeFile(out);
  return out;
}

/** The 0-based sheet row → Excel row of a person on the 评分表 (header, then rows in order). */
const rowOf = async (file: string, id: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  let found = 0;
  book.getWorksheet("评分表")!.eachRow((row, n) => {
    if (row.values && (row.values as ExcelJS.CellValue[]).includes(id)) found = n;
  });
  return found;
};

describe("verify --forms (issue 25): the 评分表's reviewed cells against the forms", () => {
  let clean: string;
  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(templateFile, template.canonical);
    writeFileSync(scoresFile, await submission(template, rows));
    const write = async (name: string, rater: string, answers: Parameters<typeof filledForm>[3]) =>
      writeFileSync(path.join(folder, name), await filledForm(template, rated, rater, answers));
    await write("01.xlsx", "S01", all(online, "上级", [90, 80]));
    await write("02.xlsx", "R101", all(online, "同事", [70, 75]));
    await write("03.xlsx", "R102", all(online, "同事", [80, 85]));
    await write("04.xlsx", "R103", all(online, "同事", [82, 86]));
    await write("05.xlsx", "O1", { O1: { relation: "本人", values: [100, 95] } });
    clean = await reviewed(path.join(dir, "clean.xlsx"), "--overwrite");
  });

  it("verifies a workbook the reviews wrote clean, every reviewed cell compared", async () => {
    const result = await verify(clean);
    expect(result.problems).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.reproduced).toBe(true);
    expect(result.reviewed).toEqual({ forms: 5, cells: 6 });
    expect(result.tabs).toEqual([]);
  });

  it("finds a hand-edited reviewed cell, named by its cell, in both languages", async () => {
    const cell = `${okr}${await rowOf(clean, "O3")}`;
    const result = await verify(await edited(clean, cell, 99));
    expect(result.reproduced).toBe(false);
    expect(result.differences).toHaveLength(1);
    const [difference] = result.differences;
    expect(difference).toMatchObject({ sheet: "评分表", cell, what: "reviewed", recorded: 99 });
    expect(difference.person).toBe("O3");
    expect(differenceText(difference, "zh-CN")).toMatch(
      new RegExp(`^评分表!${cell}：O3 的「.+」（员工评价结果）为 99，重算为 [\\d.]+$`)
    );
    expect(differenceText(difference, "en-US")).toMatch(
      new RegExp(`^评分表!${cell}: O3's ".+" \\(review result\\) is 99, recomputed [\\d.]+$`)
    );
    const blanked = await verify(await edited(clean, cell, null));
    expect(blanked.differences).toMatchObject([{ cell, recorded: null }]);
    expect(differenceText(blanked.differences[0], "zh-CN")).toContain("为 空，重算为");
  });

  it("refuses other forms: one left out or one added", async () => {
    const fewer = formsIn(folder).slice(1);
    const extra = path.join(dir, "extra.xlsx");
    writeFileSync(extra, await filledForm(template, rated, "R109", all(online, "同事", [60, 60])));
    const more = [...formsIn(folder), ...submissionsOf([extra])];
    for (const forms of [fewer, more]) {
      const result = await verify(clean, forms);
      expect(result.reproduced).toBe(false);
      expect(result.problems.map((p) => p.key)).toEqual(["verify.reviews.otherForms"]);
      expect(result.problems[0].cell).toMatch(/^审计日志!G\d+$/);
      expect(result.differences).toEqual([]);
    }
  });

  it("reports a value the reviews kept (no --overwrite) as a difference: the sheet is not the forms'", async () => {
    const kept = await reviewed(path.join(dir, "kept.xlsx"));
    const result = await verify(kept);
    expect(result.differences).toMatchObject([
      { cell: `${okr}${await rowOf(kept, "O6")}`, person: "O6", recorded: 70 },
    ]);
  });

  it("verifies the ranking and the reviewed cells of a workbook ranked after the reviews", async () => {
    const ranked = path.join(dir, "ranked.xlsx");
    await run(["rank", clean, "--period", "2025Q4", "--out", ranked], quiet);
    const result = await verify(ranked);
    expect(result.problems).toEqual([]);
    expect(result.tabs.map((t) => t.sheet)).toEqual(["排名 2025Q4"]);
    expect(result.reproduced).toBe(true);
  });

  it("says a workbook the reviews did not write cannot be verified against forms", async () => {
    const result = await verify(scoresFile);
    expect(result.problems.map((p) => p.key)).toEqual(["verify.reviews.noAudit"]);
    expect(result.reproduced).toBe(false);
  });
});
