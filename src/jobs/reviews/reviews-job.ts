import { formatMessage, type Locale, type MessageParams } from "../../core/i18n/messages";
import {
  aggregateReviews,
  ratersWithTwoForms,
  straightLiners,
  type PersonReview,
} from "../../core/reviews/aggregate-reviews";
import { RATER_TYPES, type Reviews } from "../../core/reviews/reviews-schema";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { canonicalJson } from "../../core/util/canonical-json";
import { sha256Hex } from "../../core/util/sha256";
import type { SheetSource, Workbook, WorkbookSnapshot } from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { newWorkbookSheets } from "../shared/new-workbook";
import { formatTimestamp } from "../shared/timestamp";
import { readForm, type FormStatus, type Limits, type Submission } from "./review-read";
import { fillScoreSheet, filledScoreSheet, type ScorePerson } from "./review-scores";
import { reviewStatusSheet, reviewSummarySheet } from "./review-sheets";
import { reviewFormSpec, type Person } from "./review-form";
import type { ReviewsCollected } from "./review-result";

export type { ReviewsCollected };

/**
 * reviews.md §3: every form read (each file's problems named, the others go on, the same file twice counted
 * once), both forms of a rater who sent two refused, straight-liners warned, then the people aggregated.
 */
export async function collectReviews(
  submissions: readonly Submission[],
  options: {
    reviews: Reviews;
    precision: number;
    people: readonly string[];
    open: (bytes: Uint8Array) => Promise<Workbook>;
    limits?: Limits;
    onProgress?: (done: number, total: number) => void;
  }
): Promise<ReviewsCollected> {
  const seen = new Map<string, string>();
  const forms: FormStatus[] = [];
  const people = new Set(options.people);
  for (const submission of submissions) {
    forms.push(
      await readForm(submission, {
        reviews: options.reviews,
        people,
        open: options.open,
        limits: options.limits,
        seen,
      })
    );
    options.onProgress?.(forms.length, submissions.length);
  }
  const twice = ratersWithTwoForms(
    forms
      .filter((f) => f.rater !== null && f.state !== "refused" && f.state !== "duplicate")
      .map((f) => ({ form: f.file, rater: f.rater! }))
  );
  for (const form of forms) {
    const files = form.rater ? twice.get(form.rater) : undefined;
    if (!files || form.state === "refused" || form.state === "duplicate") continue;
    form.state = "refused";
    form.note = { key: "reviews.twoForms", params: { rater: form.rater!, files } };
    form.ratings = [];
  }
  const ratings = forms.flatMap((form) => form.ratings);
  const flat = straightLiners(ratings);
  for (const form of forms.filter((f) => flat.includes(f.file))) {
    form.issues.push(issueAt("warning", "reviews.straightLiner", { file: form.file }));
    if (form.state === "accepted") {
      form.state = "attention";
      form.note = { key: "reviews.straightLiner", params: { file: form.file } };
    }
  }
  const reviewed = aggregateReviews(options.reviews, ratings, options.precision);
  const byPerson = new Map(reviewed.map((review) => [review.person, review]));
  const hashes = forms.map((f) => f.hash).filter((h): h is string => h !== null);
  return {
    forms,
    people: options.people.map((id) => byPerson.get(id) ?? emptyReview(options.reviews, id)),
    straightLiners: flat,
    unreviewed: options.people.filter((id) => !byPerson.has(id)),
    inputHash: sha256Hex(canonicalJson([...hashes].sort())),
  };
}

/** A person nobody rated: no raters, no items, no targets, and that as the reason. */
function emptyReview(reviews: Reviews, person: string): PersonReview {
  return {
    person,
    raters: Object.fromEntries(RATER_TYPES.map((t) => [t, 0])) as PersonReview["raters"],
    items: Object.fromEntries(reviews.items.map((item) => [item.id, null])),
    targets: Object.fromEntries(Object.keys(reviews.targets).map((id) => [id, null])),
    selfGap: null,
    selfGapWarning: false,
    reasons: [],
  };
}

export type ReviewsWritten = {
  /** Cells of the score sheet filled, kept (a different value was there) and replaced (--overwrite). */
  filled: number;
  issues: Issue[];
  people: ScorePerson[];
};

/**
 * The new workbook of `reviews` (§4): 权重模板, 评分表 with the targets filled, 评价汇总, 评价表情况 and the
 * 审计日志's `reviews` row with the forms' combined hash. The inputs are never written.
 */
export async function writeReviews(
  output: Workbook,
  collected: ReviewsCollected,
  options: {
    template: LoadedTemplate;
    scores: WorkbookSnapshot;
    source: string;
    overwrite: boolean;
    locale: Locale;
    who?: string;
    now?: Date;
  }
): Promise<ReviewsWritten> {
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const filled = fillScoreSheet(
    options.scores,
    options.template,
    collected.people,
    options.overwrite
  );
  const say = (key: Parameters<typeof formatMessage>[1], params: MessageParams = {}) =>
    formatMessage(options.locale, key, params);
  const made = { generatedAt, locale: options.locale, say, source: options.source };
  const sheets: SheetSource[] = [
    reviewSummarySheet(collected, filled.people, options.template, made),
    reviewStatusSheet(collected, filled.people, options.template, made),
  ];
  await output.write(
    newWorkbookSheets({
      snapshots: [options.scores],
      template: options.template,
      copies: [filledScoreSheet(options.scores, options.template, generatedAt)],
      sheets,
      audit: {
        job: "reviews",
        who: options.who,
        template: options.template,
        inputHash: collected.inputHash,
        summary: say("reviews.auditSummary", {
          forms: collected.forms.length,
          people: collected.people.filter((p) => !collected.unreviewed.includes(p.person)).length,
          filled: filled.filled,
        }),
        now: options.now,
      },
      generatedAt,
      locale: options.locale,
    })
  );
  return { filled: filled.filled, issues: filled.issues, people: filled.people };
}

/** `reviews --new`: the form workbook, its 评价表 pre-filled with the people given. */
export async function reviewFormJob(
  output: Workbook,
  options: {
    template: LoadedTemplate;
    people: readonly Person[];
    rows?: number;
    locale: Locale;
    now?: Date;
  }
): Promise<{ sheets: string[] }> {
  const spec = reviewFormSpec(options.template, {
    people: options.people,
    rows: options.rows,
    generatedAt: formatTimestamp(options.now ?? new Date()),
    locale: options.locale,
  });
  await output.write([spec]);
  return { sheets: [spec.name] };
}
