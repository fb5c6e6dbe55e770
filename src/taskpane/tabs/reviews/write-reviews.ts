import type { Locale } from "../../../core/i18n/messages";
import { writeReviews, type ReviewsCollected } from "../../../jobs/reviews/reviews-job";
import type { PaneHost } from "../../../workbook/pane-host";
import { loadXlsx } from "../../host/lazy-xlsx";
import { issueText } from "../../pane-wording";
import type { Status } from "../../use-task";
import type { ReviewSource } from "./reviews-source";

/** The new workbook's name: the score sheet's, with 评价汇总. */
export const reviewsFileName = (source: string) =>
  `${source.replace(/\.xlsx$/i, "") || "评分表"}-评价汇总.xlsx`;

/**
 * reviews.md §4 on the user's confirmation: a new workbook (评分表 filled, 评价汇总, 评价表情况, 权重模板 and the
 * audit row) opened in Excel or downloaded in a browser; the open score sheet is never changed.
 */
export async function writeReviewBook(
  host: PaneHost,
  source: ReviewSource,
  collected: ReviewsCollected,
  options: { overwrite: boolean; locale: Locale }
): Promise<Status> {
  const Xlsx = await loadXlsx();
  const out = Xlsx.empty();
  const written = await writeReviews(out, collected, {
    template: source.template,
    scores: source.snapshot,
    source: host.sourceName(),
    overwrite: options.overwrite,
    locale: options.locale,
  });
  const fileName = reviewsFileName(host.sourceName());
  await host.deliverWorkbook(await out.toBuffer(), fileName);
  const details = written.issues.map((issue) => issueText(issue, options.locale));
  return {
    kind: written.issues.length > 0 ? "warning" : "success",
    key: "ui.reviews.written",
    params: { file: fileName, filled: written.filled },
    details,
  };
}
