import type { Locale } from "../../../core/i18n/messages";
import { RATER_LABELS } from "../../../core/reviews/reviews-schema";
import { FORM_HEADER_ROW, reviewFormSpec, type Person } from "../../../jobs/reviews/review-form";
import { formatTimestamp } from "../../../jobs/shared/timestamp";
import { IDENTITY } from "../../../jobs/assessment/score-sheet-columns";
import type { PaneHost } from "../../../workbook/pane-host";
import type { SheetSpec } from "../../../workbook/port";
import { loadXlsx } from "../../host/lazy-xlsx";
import type { Status } from "../../use-task";
import type { ReviewSource } from "./reviews-source";

/** A file name's forbidden characters (Windows and macOS) replaced. */
const safe = (text: string) => text.replace(/[\\/:*?"<>|]/g, "_");

/** The form's file name: 评价表-工号-姓名.xlsx. */
export const formFileName = (rater: Person) =>
  `评价表-${safe(rater.id)}${rater.name ? `-${safe(rater.name)}` : ""}.xlsx`;

/**
 * The job's form with one rater's cells filled: 评价人工号 and 评价人姓名 on top, and 本人 as the relation of the
 * rater's own row, so that the rater only rates.
 */
export function raterForm(spec: SheetSpec, rater: Person, people: readonly Person[]): SheetSpec {
  const rows = spec.rows.map((row) => [...row]);
  rows[2][1] = { ...rows[2][1], value: rater.id };
  rows[2][3] = { ...rows[2][3], value: rater.name ?? null };
  const own = people.findIndex((person) => person.id === rater.id);
  if (own >= 0) {
    const row = rows[FORM_HEADER_ROW + 1 + own];
    row[IDENTITY.length] = { ...row[IDENTITY.length], value: RATER_LABELS.self };
  }
  return { ...spec, rows };
}

/**
 * One form a rater (every person of the score sheet), each delivered as it is made: downloaded in a browser,
 * opened as a new workbook in Excel. Stops between forms when `signal.aborted` is set.
 */
export async function makeForms(
  host: PaneHost,
  source: ReviewSource,
  locale: Locale,
  signal: { aborted: boolean },
  onProgress: (done: number, total: number) => void
): Promise<Status> {
  const Xlsx = await loadXlsx();
  const spec = reviewFormSpec(source.template, {
    people: source.people,
    generatedAt: formatTimestamp(new Date()),
    locale,
  });
  const total = source.people.length;
  let done = 0;
  onProgress(done, total);
  for (const rater of source.people) {
    if (signal.aborted)
      return { kind: "warning", key: "ui.reviews.madeCancelled", params: { done, total } };
    const book = Xlsx.empty();
    await book.write([raterForm(spec, rater, source.people)]);
    await host.deliverWorkbook(await book.toBuffer(), formFileName(rater));
    onProgress(++done, total);
  }
  return { kind: "success", key: "ui.reviews.made", params: { count: total } };
}
