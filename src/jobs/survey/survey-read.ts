import { csvRecords, decodeArrangementBytes } from "../../core/calendar/arrangement-text";
import type { SurveyAnswer } from "../../core/survey/survey-measure";
import { cellRef } from "../../core/util/cell-ref";
import { err, ok, type Result } from "../../core/util/result";
import { normaliseText } from "../../core/util/text";
import { a1, type Cell, type Grid } from "../../workbook/port";
import { IDENTITY_HEADERS } from "../assessment/score-sheet-columns";
import { textOf } from "../shared/cell-values";

/** What the export's objects are: people (工号) or branches (机构). */
export type SurveyBy = "id" | "branch";

/** The headers of the answer column (reviews.md §5 says "a score"); any of them, the first one wins. */
export const SCORE_HEADERS = [
  "评分",
  "得分",
  "分数",
  "满意度",
  "满意度评分",
  "总体满意度",
  "score",
  "rating",
  "satisfaction",
];

export type SurveyExport = { by: SurveyBy; answers: SurveyAnswer[]; rows: number };

export type SurveyReadError =
  | { key: "survey.noHeader"; params: { sheet: string } }
  | { key: "survey.csvQuote"; params: { file: string; line: number } }
  | { key: "survey.csvEncoding"; params: { file: string; line: number } };

const label = (cell: Cell | undefined) => normaliseText(textOf(cell) ?? "").toLowerCase();

/** The header row (the first of the top ten with an object and a score column) and its columns. */
function headerOf(
  grid: Grid
): { r: number; by: SurveyBy; objectAt: number; scoreAt: number } | null {
  for (let r = 0; r < Math.min(10, grid.rows.length); r++) {
    const labels = (grid.rows[r] ?? []).map(label);
    const scoreAt = labels.findIndex((l) => SCORE_HEADERS.includes(l));
    if (scoreAt < 0) continue;
    const idAt = labels.findIndex((l) => IDENTITY_HEADERS.id.aliases.includes(l));
    if (idAt >= 0) return { r, by: "id", objectAt: idAt, scoreAt };
    const branchAt = labels.findIndex((l) => IDENTITY_HEADERS.branch.aliases.includes(l));
    if (branchAt >= 0) return { r, by: "branch", objectAt: branchAt, scoreAt };
  }
  return null;
}

/**
 * The answers of an export sheet: one response a row, the object by its 工号 (or, without a 工号 column, its
 * 机构) and the answer from the score column. A row with no object is skipped; each answer keeps its cell.
 */
export function surveyFromGrid(grid: Grid): Result<SurveyExport, SurveyReadError> {
  const header = headerOf(grid);
  if (!header) return err({ key: "survey.noHeader", params: { sheet: grid.name } });
  const answers: SurveyAnswer[] = [];
  for (let r = header.r + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const object = textOf(row[header.objectAt]);
    if (!object) continue;
    const cell = row[header.scoreAt];
    answers.push({
      object,
      value:
        !cell || cell.kind === "empty"
          ? null
          : cell.kind === "number" || cell.kind === "text"
            ? cell.value
            : String(cell.value),
      cell: cellRef(grid.name, a1(r, header.scoreAt)),
      objectCell: cellRef(grid.name, a1(r, header.objectAt)),
    });
  }
  return ok({ by: header.by, answers, rows: answers.length });
}

/**
 * A CSV export as a grid named after its file (so a cell is 调查.csv!C5): UTF-8 or GBK as Excel saves it,
 * comma-separated, else tab-separated when that is what finds the header. Every field is text.
 */
export function surveyFromCsv(
  bytes: Uint8Array,
  file: string
): Result<SurveyExport, SurveyReadError> {
  const text = decodeArrangementBytes(bytes);
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const unreadable = body.indexOf("\uFFFD");
  if (unreadable >= 0) {
    const line = body.slice(0, unreadable).split(/\r\n|\r|\n/).length;
    return err({ key: "survey.csvEncoding", params: { file, line } });
  }
  let last: Result<SurveyExport, SurveyReadError> = err({
    key: "survey.noHeader",
    params: { sheet: file },
  });
  for (const delimiter of [",", "\t"]) {
    const records = csvRecords(body, delimiter);
    if (!records.ok)
      return err({ key: "survey.csvQuote", params: { file, line: records.error.line } });
    const rows: Cell[][] = [];
    for (const record of records.value) {
      while (rows.length < record.line - 1) rows.push([]);
      rows.push(record.fields.map((value) => ({ kind: "text" as const, value })));
    }
    last = surveyFromGrid({ name: file, rows });
    if (last.ok) return last;
  }
  return last;
}
