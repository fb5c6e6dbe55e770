import { surveyFromCsv, surveyFromGrid } from "../../../src/jobs/survey/survey-read";
import type { Cell, Grid } from "../../../src/workbook/port";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: string): Cell => ({ kind: "text", value });
const num = (value: number): Cell => ({ kind: "number", value });

describe("reading a survey export (reviews.md §5)", () => {
  it("finds the header under a title, takes 工号 before 机构, and keeps each answer's cell", () => {
    const grid: Grid = {
      name: "问卷结果",
      rows: [
        [text("2025 年客户满意度调查")],
        [],
        [text("机构"), text("工号"), text("得分")],
        [text("北京分行"), text("E001"), num(5)],
        [text("北京分行"), text(""), num(4)],
        [text("北京分行"), num(1002), { kind: "empty" }],
      ],
    };
    const read = surveyFromGrid(grid);
    expect(read.ok && read.value).toEqual({
      by: "id",
      rows: 2,
      answers: [
        { object: "E001", value: 5, cell: "问卷结果!C4", objectCell: "问卷结果!B4" },
        { object: "1002", value: null, cell: "问卷结果!C6", objectCell: "问卷结果!B6" },
      ],
    });
  });

  it("measures per 机构 when the export has no 工号 column", () => {
    const read = surveyFromGrid({ name: "S", rows: [[text("分支机构"), text("Score")]] });
    expect(read.ok && read.value.by).toBe("branch");
  });

  it("refuses an export with no object or no score column, naming the sheet", () => {
    expect(surveyFromGrid({ name: "S", rows: [[text("工号"), text("意见")]] })).toEqual({
      ok: false,
      error: { key: "survey.noHeader", params: { sheet: "S" } },
    });
  });

  it("reads a CSV with its BOM, quoted fields and line breaks in them, each answer at its line", () => {
    const read = surveyFromCsv(
      bytes('\uFEFF工号,评分,意见\r\nE001,5,"很好,\r\n下次再来"\r\nE002,"4",\r\n'),
      "调查.csv"
    );
    expect(read.ok && read.value.answers).toEqual([
      { object: "E001", value: "5", cell: "调查.csv!B2", objectCell: "调查.csv!A2" },
      { object: "E002", value: "4", cell: "调查.csv!B4", objectCell: "调查.csv!A4" },
    ]);
  });

  it("reads a tab-separated export (Excel's Unicode text)", () => {
    const read = surveyFromCsv(bytes("工号\t满意度\nE001\t3\n"), "调查.txt.csv");
    expect(read.ok && read.value.answers.map((a) => a.value)).toEqual(["3"]);
  });

  it("names the line of a quote never closed", () => {
    expect(surveyFromCsv(bytes('工号,评分\nE001,"5\n'), "调查.csv")).toEqual({
      ok: false,
      error: { key: "survey.csvQuote", params: { file: "调查.csv", line: 2 } },
    });
  });
});
