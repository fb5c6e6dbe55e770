import type { Reviews } from "../../../core/reviews/reviews-schema";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { SCORE_SHEET } from "../../../jobs/assessment/score-sheet";
import type { Person } from "../../../jobs/reviews/review-form";
import { scorePeople } from "../../../jobs/reviews/review-scores";
import { AUDIT_SHEET } from "../../../jobs/shared/audit-log";
import { TEMPLATE_SHEET } from "../../../jobs/shared/template-sheet";
import { workbookTemplate } from "../../../jobs/shared/workbook-template";
import type { PaneHost } from "../../../workbook/pane-host";
import type { WorkbookSnapshot } from "../../../workbook/port";
import type { Status } from "../../use-task";

/** The open score sheet the reviews work with: as read, its template's reviews block, and its people. */
export type ReviewSource = {
  snapshot: WorkbookSnapshot;
  template: LoadedTemplate;
  reviews: Reviews;
  people: Person[];
};

/**
 * The open workbook's 评分表 and the template to use: the one loaded in the pane when it has a reviews block,
 * else the workbook's own 权重模板. Each thing missing is a message saying what to do in the pane.
 */
export async function readReviewSource(
  host: PaneHost,
  loaded: LoadedTemplate | null
): Promise<{ ok: true; value: ReviewSource } | { ok: false; status: Status }> {
  const book = host.workbook();
  if (!book) return { ok: false, status: { kind: "error", key: "ui.reviews.noWorkbook" } };
  const snapshot = await book.read([SCORE_SHEET, TEMPLATE_SHEET, AUDIT_SHEET]);
  const given = loaded?.template.reviews ? loaded : undefined;
  const template = workbookTemplate(snapshot, host.sourceName(), given);
  if (!template.ok || !template.value.template.reviews)
    return { ok: false, status: { kind: "error", key: "ui.reviews.noReviews" } };
  const people = scorePeople(snapshot, template.value);
  if (!people || people.length === 0)
    return { ok: false, status: { kind: "error", key: "ui.reviews.noScoreSheet" } };
  return {
    ok: true,
    value: {
      snapshot,
      template: template.value,
      reviews: template.value.template.reviews as Reviews,
      people,
    },
  };
}
