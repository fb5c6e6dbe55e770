import type ExcelJS from "exceljs";
import type { LoadedTemplate } from "../../src/core/template/parse-template";
import {
  FORM_HEADER_ROW,
  REVIEW_FORM_SHEET,
  type Person,
} from "../../src/jobs/reviews/review-form";
import { reviewFormJob } from "../../src/jobs/reviews/reviews-job";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { row, credit } from "./branch-rows";
import type { FilledRow } from "./fill-score-sheet";
import { SAMPLE_TEMPLATE_PATH } from "./samples";
import { readFileSync } from "node:fs";
import { load } from "./template-builders";

/** The sample template with a reviews block whose target is the online-ops post's `okr_completion` (direct). */
export function reviewsTemplate(): LoadedTemplate {
  const raw = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));
  return load({
    ...raw,
    reviews: {
      items: [
        { id: "teamwork", name: "团队协作" },
        { id: "responsibility", name: "责任意识" },
      ],
      raters: { superior: 50, peer: 40, self: 10 },
      trimAt: 5,
      minPeers: 3,
      selfGapWarning: 15,
      targets: { okr_completion: ["teamwork", "responsibility"] },
    },
  });
}

/** A 线上运营岗 row with everything but okr_completion (which the reviews fill), unless given. */
export const online = (id: string, okr?: number): FilledRow =>
  row("北京分行", id, "线上运营岗", {
    complaint_rate: 0.0008,
    response_minutes: 5,
    peer_review: 85,
    ...(okr === undefined ? {} : { okr_completion: okr }),
  });

/** Six online-ops people (O6 already holds an okr_completion of 70) and one 授信审批岗 with no target. */
export const scoreRows = (): FilledRow[] => [
  online("O1"),
  online("O2"),
  online("O3"),
  online("O4"),
  online("O5"),
  online("O6", 70),
  credit("北京分行", "C1", 3, 0.01, 95),
];

export const people = (rows: FilledRow[]): Person[] =>
  rows.map((r) => ({
    id: String(r.id),
    name: r.name,
    branch: r.branch,
    department: r.department,
    post: r.post,
  }));

/** One rater's answers: person → relation and item values (anything ExcelJS can write). */
export type Answers = Record<string, { relation: string; values: ExcelJS.CellValue[] }>;

/** The generated form, filled by a rater: 评价人工号 (B3), 评价人姓名 (D3), each person's row. */
export async function filledForm(
  template: LoadedTemplate,
  rated: Person[],
  rater: string | null,
  answers: Answers
): Promise<Uint8Array> {
  const book = XlsxWorkbook.empty();
  await reviewFormJob(book, {
    template,
    people: rated,
    locale: "zh-CN",
    now: new Date(2025, 11, 20),
  });
  const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer());
  const sheet = (await reopened.model()).getWorksheet(REVIEW_FORM_SHEET)!;
  if (rater !== null) {
    sheet.getCell("B3").value = rater;
    sheet.getCell("D3").value = `评价人${rater}`;
  }
  rated.forEach((person, k) => {
    const answer = answers[person.id];
    if (!answer) return;
    const r = sheet.getRow(FORM_HEADER_ROW + 2 + k);
    r.getCell(6).value = answer.relation;
    answer.values.forEach((value, i) => (r.getCell(7 + i).value = value));
  });
  // Answers for people not on the form: rows added after the last one, as a rater would type them.
  Object.keys(answers)
    .filter((id) => !rated.some((person) => person.id === id))
    .forEach((id, k) => {
      const r = sheet.getRow(FORM_HEADER_ROW + 2 + rated.length + k);
      r.getCell(3).value = id;
      r.getCell(6).value = answers[id].relation;
      answers[id].values.forEach((value, i) => (r.getCell(7 + i).value = value));
    });
  return reopened.toBuffer();
}

/** The same answer for many people. */
export const all = (ids: string[], relation: string, values: ExcelJS.CellValue[]): Answers =>
  Object.fromEntries(ids.map((id) => [id, { relation, values }]));
