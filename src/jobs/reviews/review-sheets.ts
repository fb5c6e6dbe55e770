import type { Locale, MessageKey, MessageParams } from "../../core/i18n/messages";
import type { ReviewReason } from "../../core/reviews/aggregate-reviews";
import { RATER_TYPES, type Reviews } from "../../core/reviews/reviews-schema";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { headerWidths, tableLayout } from "../shared/print-layout";
import { alignTallRows, tableHead, wrappedRowHeight } from "../shared/table-rows";
import { templateProvenance } from "../shared/template-provenance";
import type { ReviewsCollected } from "./review-result";
import type { ScorePerson } from "./review-scores";

export const REVIEW_SUMMARY_SHEET = "评价汇总";
export const REVIEW_STATUS_SHEET = "评价表情况";

type Made = {
  generatedAt: string;
  locale: Locale;
  source: string;
  say: (key: MessageKey, params?: MessageParams) => string;
};

const number = (value: number | null): OutCell => ({ value, format: "0.00" });

/** A reason in the user's words: the rater type by its label, the indicator and item by name. */
export function reasonText(
  reason: ReviewReason,
  reviews: Reviews,
  made: Pick<Made, "say" | "locale">
) {
  if (reason.key === "reviews.tooFewRaters")
    return made.say(reason.key, {
      ...reason.params,
      type: made.say(`sheet.reviews.type.${reason.params.type}` as MessageKey),
    });
  const item = reviews.items.find((i) => i.id === reason.params.item);
  return made.say(reason.key, { ...reason.params, item: item?.name ?? reason.params.item });
}

function provenanceLine(loaded: LoadedTemplate, made: Made) {
  const t = loaded.template;
  return made.say("sheet.reviews.line", {
    name: t.name,
    version: t.version,
    fingerprint: loaded.fingerprint.slice(0, 8),
    source: made.source,
    time: made.generatedAt,
  });
}

/**
 * 评价汇总 (§4): per person 工号, 姓名, 机构, 岗位, the raters used per type, each item's score, each target,
 * the self gap and the reasons. No rater is named and no single rater's value is shown.
 */
export function reviewSummarySheet(
  collected: ReviewsCollected,
  people: readonly ScorePerson[],
  loaded: LoadedTemplate,
  made: Made
): SheetSpec {
  const reviews = loaded.template.reviews as Reviews;
  const targets = Object.keys(reviews.targets);
  const nameOf = (id: string) =>
    loaded.template.posts.flatMap((p) => p.indicators).find((i) => i.id === id)?.name ?? id;
  const header = [
    made.say("sheet.reviews.col.id"),
    made.say("sheet.reviews.col.name"),
    made.say("sheet.reviews.col.branch"),
    made.say("sheet.reviews.col.post"),
    ...RATER_TYPES.map((type) =>
      made.say("sheet.reviews.col.raters", {
        type: made.say(`sheet.reviews.type.${type}` as MessageKey),
      })
    ),
    ...reviews.items.map((item) => item.name),
    ...targets.map((id) => `${nameOf(id)}（${id}）`),
    made.say("sheet.reviews.col.selfGap"),
    made.say("sheet.reviews.col.reasons"),
  ];
  const widths = headerWidths(
    header,
    [
      10,
      10,
      14,
      12,
      ...RATER_TYPES.map(() => 10),
      ...reviews.items.map(() => 10),
      ...targets.map(() => 12),
      10,
      40,
    ],
    { lines: 3, max: 20, ids: true }
  );
  const title = made.say("sheet.reviews.summaryTitle", { name: loaded.template.name });
  const line = provenanceLine(loaded, made);
  const rows: OutCell[][] = tableHead(title, line, header, 14);
  // The counts and scores are numbers: their headers stand right, over them. 自评差异, beside 说明, is
  // centred with its header: right-aligned, it touched the reason printed after it.
  const gapColumn = header.length - 2;
  rows[2] = rows[2].map((cell, c) =>
    c === gapColumn
      ? { ...cell, align: "center" }
      : c >= 4 && c < header.length - 1
        ? { ...cell, align: "right" }
        : cell
  );
  const heights: Record<number, number> = {};
  for (const person of people) {
    const review = person.review;
    const reasons = review.reasons.map((reason) => reasonText(reason, reviews, made));
    if (collected.unreviewed.includes(person.id)) reasons.push(made.say("reviews.noReview"));
    if (review.selfGapWarning)
      reasons.push(
        made.say("reviews.selfGap", { gap: review.selfGap ?? 0, limit: reviews.selfGapWarning })
      );
    const row: OutCell[] = [
      { value: person.id },
      { value: person.name ?? null },
      { value: person.branch ?? null },
      { value: person.post ?? null },
      ...RATER_TYPES.map((type) => ({ value: review.raters[type] })),
      ...reviews.items.map((item) => number(review.items[item.id] ?? null)),
      ...targets.map((id) => number(review.targets[id] ?? null)),
      { ...number(review.selfGap), align: "center" },
      { value: reasons.join("；") || null, wrap: true },
    ];
    const height = wrappedRowHeight(row, widths, 8);
    if (height > 15) heights[rows.length] = height;
    rows.push(row);
  }
  const layout = tableLayout(header, widths, 2, made.say("sheet.confidential"), {
    title,
    titleSize: 14,
    line,
  });
  const rowHeights = { ...layout.rowHeights, ...heights };
  return {
    name: REVIEW_SUMMARY_SHEET,
    rows: alignTallRows(rows, rowHeights, 3),
    columns: widths.map((width) => ({ width })),
    ...layout,
    rowHeights,
    freeze: { rows: 3, columns: 2 },
    filter: `A3:${columnLetters(header.length - 1)}${Math.max(3, rows.length)}`,
    provenance: templateProvenance("reviewSummary", loaded, {
      inputHash: collected.inputHash,
      generatedAt: made.generatedAt,
    }),
  };
}

/**
 * 评价表情况 (§4): each form file with its rater, state, rows, errors, why and content hash; then the
 * straight-liners and the people nobody reviewed.
 */
export function reviewStatusSheet(
  collected: ReviewsCollected,
  people: readonly ScorePerson[],
  loaded: LoadedTemplate,
  made: Made
): SheetSpec {
  const header = [
    made.say("sheet.col.file"),
    made.say("sheet.reviews.col.rater"),
    made.say("sheet.col.state"),
    made.say("sheet.col.rows"),
    made.say("sheet.reviews.col.errors"),
    made.say("sheet.col.note"),
    made.say("sheet.col.hash"),
  ];
  const widths = [28, 12, 10, 8, 8, 60, 16];
  const title = made.say("sheet.reviews.statusTitle", { name: loaded.template.name });
  const line = provenanceLine(loaded, made);
  const rows: OutCell[][] = tableHead(title, line, header, 14);
  const heights: Record<number, number> = {};
  const push = (row: OutCell[]) => {
    const height = wrappedRowHeight(row, widths, 8);
    if (height > 15) heights[rows.length] = height;
    rows.push(row);
  };
  for (const form of collected.forms) {
    const why = [
      made.say(form.note.key, form.note.params),
      ...form.issues
        .filter((issue) => issue.severity === "error")
        .slice(0, 10)
        .map((issue) => (issue.cell ? `${issue.cell}：` : "") + made.say(issue.key, issue.params)),
    ];
    push([
      { value: form.file },
      { value: form.rater },
      { value: made.say(`sheet.reviews.state.${form.state}` as MessageKey) },
      { value: form.rows },
      { value: form.errors },
      { value: why.join("\n"), wrap: true },
      { value: form.hash ? form.hash.slice(0, 16) : null },
    ]);
  }
  push([]);
  push([{ value: made.say("sheet.reviews.straightLiners"), bold: true }]);
  for (const file of collected.straightLiners) push([{ value: file }]);
  if (collected.straightLiners.length === 0) push([{ value: made.say("sheet.reviews.none") }]);
  push([]);
  push([{ value: made.say("sheet.reviews.unreviewed"), bold: true }]);
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const id of collected.unreviewed)
    push([
      { value: id },
      { value: byId.get(id)?.name ?? null },
      { value: byId.get(id)?.branch ?? null },
    ]);
  if (collected.unreviewed.length === 0) push([{ value: made.say("sheet.reviews.none") }]);
  const layout = tableLayout(header, widths, 1, made.say("sheet.confidential"), {
    title,
    titleSize: 14,
    line,
  });
  const rowHeights = { ...layout.rowHeights, ...heights };
  return {
    name: REVIEW_STATUS_SHEET,
    rows: alignTallRows(rows, rowHeights, 3),
    columns: widths.map((width) => ({ width })),
    ...layout,
    rowHeights,
    freeze: { rows: 3, columns: 1 },
    provenance: templateProvenance("reviewStatus", loaded, {
      inputHash: collected.inputHash,
      generatedAt: made.generatedAt,
    }),
  };
}
