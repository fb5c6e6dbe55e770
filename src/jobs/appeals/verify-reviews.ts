import type { Reviews } from "../../core/reviews/reviews-schema";
import { a1, cellAt, type Workbook, type WorkbookSnapshot } from "../../workbook/port";
import { AUDIT_SHEET, lastAuditRow } from "../shared/audit-log";
import { issueAt, type Issue } from "../shared/issue";
import { readTemplateSheet, TEMPLATE_SHEET } from "../shared/template-sheet";
import { SCORE_SHEET } from "../assessment/score-sheet";
import { collectReviews } from "../reviews/reviews-job";
import type { Limits, Submission } from "../reviews/review-read";
import { reviewedCells, scorePeople } from "../reviews/review-scores";
import type { Difference } from "./verify-difference";

/** What `verify --forms` found on the score sheet's reviewed columns. */
export type ReviewedCheck = {
  /** The forms given and the reviewed cells compared (0 when the check could not run). */
  forms: number;
  cells: number;
  differences: Difference[];
  /** What kept the check from running: no reviews block, no `reviews` audit row, other forms (exit 2). */
  problems: Issue[];
};

/** The sheets the check reads besides verify's own. */
export const REVIEWED_SHEETS = [SCORE_SHEET, TEMPLATE_SHEET, AUDIT_SHEET];

/**
 * `verify --forms` (issue 25): the forms given must be the ones the `reviews` row of the 审计日志 records
 * (their combined hash, reviews.md §4); they are then aggregated again with the workbook's own 权重模板,
 * exactly as `reviews` does, and every target cell of the 评分表 that got a value is compared with it. A
 * cell kept because it already held a value (reviews without --overwrite) is a difference too: the sheet
 * does not hold what the forms give. Nothing is written.
 */
export async function verifyReviewed(
  snapshot: WorkbookSnapshot,
  submissions: readonly Submission[],
  options: { open: (bytes: Uint8Array) => Promise<Workbook>; limits?: Limits }
): Promise<ReviewedCheck> {
  const result: ReviewedCheck = {
    forms: submissions.length,
    cells: 0,
    differences: [],
    problems: [],
  };
  const refuse = (issue: Issue) => ({ ...result, problems: [issue] });
  const templateGrid = snapshot.grids.get(TEMPLATE_SHEET);
  if (!templateGrid) return refuse(issueAt("error", "sheet.noTemplate", {}));
  const read = readTemplateSheet(templateGrid);
  if (!read.ok) return { ...result, problems: read.issues };
  const loaded = read.value.loaded;
  const reviews = loaded.template.reviews as Reviews | undefined;
  if (!reviews) return refuse(issueAt("error", "verify.reviews.noBlock", {}, TEMPLATE_SHEET, "A1"));
  const audit = lastAuditRow(snapshot.grids.get(AUDIT_SHEET), "reviews");
  if (!audit?.inputHash) return refuse(issueAt("error", "verify.reviews.noAudit", {}));
  if (audit.fingerprint && audit.fingerprint !== loaded.fingerprint) {
    // The template changed after the reviews: every value may move, so that alone is said.
    result.differences.push({
      sheet: TEMPLATE_SHEET,
      cell: "D3",
      what: "reviewsTemplate",
      recorded: audit.fingerprint,
      recomputed: loaded.fingerprint,
    });
    return result;
  }
  const people = scorePeople(snapshot, loaded);
  if (!people || people.length === 0)
    return refuse(issueAt("error", "verify.reviews.noScoreSheet", { sheet: SCORE_SHEET }));
  const collected = await collectReviews(submissions, {
    reviews,
    precision: loaded.template.precision,
    people: people.map((p) => p.id),
    open: options.open,
    limits: options.limits,
  });
  if (collected.inputHash !== audit.inputHash)
    return refuse(
      issueAt(
        "error",
        "verify.reviews.otherForms",
        { given: collected.inputHash, recorded: audit.inputHash },
        AUDIT_SHEET,
        a1(audit.r, 6)
      )
    );
  const grid = snapshot.grids.get(SCORE_SHEET)!;
  const indicatorName = (id: string) =>
    loaded.template.posts.flatMap((p) => p.indicators).find((i) => i.id === id)?.name ?? id;
  const cells = reviewedCells(snapshot, loaded, collected.people);
  for (const { r, c, id, indicator, value } of cells) {
    const cell = cellAt(grid, r, c);
    const recorded = cell.kind === "number" || cell.kind === "text" ? cell.value : null;
    if (typeof recorded === "number" && Math.abs(recorded - value) < 1e-9) continue;
    result.differences.push({
      sheet: SCORE_SHEET,
      cell: a1(r, c),
      what: "reviewed",
      recorded: recorded === "" ? null : recorded,
      recomputed: value,
      person: id,
      indicator: indicatorName(indicator),
    });
  }
  return { ...result, cells: cells.length };
}
