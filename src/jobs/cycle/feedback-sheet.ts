import type { RowResult } from "../../core/assess/assess";
import { isoDate } from "../../core/calendar/official-calendar";
import { suggestedCourses, type Feedback } from "../../core/cycle/feedback";
import type { Outcome } from "../../core/cycle/outcomes";
import type { CycleResults, ObjectResult } from "../../core/cycle/results";
import { joinList, type Locale, type MessageKey } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { PAGE_BREAK_LIMIT, type OutCell, type SheetSpec } from "../../workbook/port";
import { printLayout, wrappedHeight } from "../shared/print-layout";
import { sayIn, type Say } from "../shared/say";
import {
  alignTallRows,
  HEADER_FILL,
  headerCells,
  unitFormat,
  wrappedRowHeight,
} from "../shared/table-rows";
import { templateProvenance } from "../shared/template-provenance";
import { periodTitle, vetoText } from "../assessment/ranking-sheet";

export const FEEDBACK_SHEET = "反馈单";

/**
 * The pages one 反馈单 sheet holds: each page after the first starts at a manual page break, and Excel keeps
 * at most 1,026 of them on a sheet (past them, one person's page would print on with the next's). More
 * people go on to further sheets: 反馈单, 反馈单 2, 反馈单 3 …
 */
export const FEEDBACK_PAGES_PER_SHEET = Math.min(1_000, PAGE_BREAK_LIMIT + 1);

export type FeedbackSheetOptions = {
  /**
   * The k-th sheet's name (k from 0): by default 反馈单, then 反馈单 2, 反馈单 3 …; another when a user's
   * sheet has that name.
   */
  name?: (k: number) => string;
  generatedAt: string;
  inputHash: string;
  locale?: Locale;
  /** Said under each appeal notice when its deadline was counted without the year's arrangement. */
  calendarNote?: string;
};

/** Eight columns: a label and its value, four to a row; the indicator table uses all eight. */
const WIDTHS = [16, 12, 11, 10, 11, 10, 11, 10];
const TEXT_WIDTH = WIDTHS.reduce((sum, width) => sum + width, 0) - 2;
const SCORE = "0.00";

/** The sheet as it is written, page after page: its rows so far, their merges and heights, the page breaks. */
type Pages = {
  rows: OutCell[][];
  merges: string[];
  rowHeights: Record<number, number>;
  pageBreaks: number[];
};

/** What every page says alike, worked out once (10,000 pages must not each count the people again). */
type FeedbackFrame = {
  say: Say;
  locale: Locale;
  loaded: LoadedTemplate;
  title: string;
  /** The people ranked, in all, per post and per branch: each rank is shown as "名次 / 人数". */
  total: number;
  perPost: Map<string, number>;
  perBranch: Map<string, number>;
  deadline: string;
  calendarNote?: string;
};

/** The k-th 反馈单 sheet's name, unless a user's sheet has it: 反馈单, 反馈单 2, 反馈单 3 … */
export const feedbackSheetName = (k: number) =>
  k === 0 ? FEEDBACK_SHEET : `${FEEDBACK_SHEET} ${k + 1}`;

/**
 * The feedback pages (反馈单, cycle.md §4): one block per ranked or vetoed object, each starting a printed A4
 * page: who, the result and ranks as "名次 / 人数", the post's indicators with the post's mean and best, the
 * strengths and weaknesses, the trend, the outcome, the courses and the appeal notice. FEEDBACK_PAGES_PER_SHEET
 * pages to a sheet, in ranking order; one empty sheet when no one has a page.
 */
export function feedbackSheetSpecs(
  loaded: LoadedTemplate,
  results: Pick<CycleResults, "objects" | "period" | "appealDeadline">,
  options: FeedbackSheetOptions
): SheetSpec[] {
  const locale = options.locale ?? "zh-CN";
  const say = sayIn(locale);
  const ranked = results.objects.filter((object) => object.feedback !== null);
  const frame: FeedbackFrame = {
    say,
    locale,
    loaded,
    title: say("sheet.feedback.title", { period: periodTitle(results.period, locale) }),
    total: ranked.length,
    perPost: countBy(ranked, (row) => row.post?.id),
    perBranch: countBy(ranked, (row) => row.branch),
    deadline: isoDate(results.appealDeadline),
    calendarNote: options.calendarNote,
  };
  const sheets: SheetSpec[] = [];
  for (let from = 0; from === 0 || from < ranked.length; from += FEEDBACK_PAGES_PER_SHEET) {
    const pages: Pages = { rows: [], merges: [], rowHeights: {}, pageBreaks: [] };
    for (const object of ranked.slice(from, from + FEEDBACK_PAGES_PER_SHEET)) {
      if (!object.feedback) continue;
      if (pages.rows.length > 0) pages.pageBreaks.push(pages.rows.length);
      feedbackPage(pages, frame, object, object.feedback);
    }
    sheets.push({
      name: (options.name ?? feedbackSheetName)(sheets.length),
      rows: alignTallRows(pages.rows, pages.rowHeights),
      columns: WIDTHS.map((width) => ({ width })),
      rowHeights: pages.rowHeights,
      merges: pages.merges,
      pageBreaks: pages.pageBreaks,
      print: printLayout(WIDTHS, { header: say("sheet.confidential") }),
      provenance: templateProvenance("feedback", loaded, {
        inputHash: options.inputHash,
        period: results.period,
        generatedAt: options.generatedAt,
      }),
    });
  }
  return sheets;
}

/** People per post or per branch (`of` gives the key), among the objects given. */
function countBy(objects: readonly ObjectResult[], of: (row: RowResult) => string | undefined) {
  const counts = new Map<string, number>();
  for (const { row } of objects) {
    const key = of(row);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One object's page: who and the ranks, the indicator table, then what it means for them. */
function feedbackPage(
  pages: Pages,
  frame: FeedbackFrame,
  object: ObjectResult,
  feedback: Feedback
) {
  whoAndRanks(pages, frame, object.row);
  pages.rows.push([]);
  indicatorTable(pages, frame, object.row, feedback.indicators);
  pages.rows.push([]);
  commentLines(pages, frame, object, feedback);
}

const label = (say: Say, key: MessageKey): OutCell => ({
  value: say(key),
  bold: true,
  fill: HEADER_FILL,
});

/** A line of text across the page, as tall as its wrapped text needs. */
function pushLine({ rows, merges, rowHeights }: Pages, text: string, bold = false) {
  rows.push([{ value: text, bold, wrap: true }]);
  merges.push(`A${rows.length}:H${rows.length}`);
  const height = wrappedHeight(text, TEXT_WIDTH);
  if (height > 16) rowHeights[rows.length - 1] = height;
}

/** Who the page is for: long names wrap inside their cell rather than run under the next label. */
function pushIdentity({ rows, rowHeights }: Pages, cells: OutCell[]) {
  const height = wrappedRowHeight(cells, WIDTHS, 8);
  if (height > 15) rowHeights[rows.length] = height;
  rows.push(cells);
}

/** The page's title, who it is for, the composite and grade, and the ranks as "名次 / 人数". */
function whoAndRanks(pages: Pages, frame: FeedbackFrame, row: RowResult) {
  const { rows, merges, rowHeights } = pages;
  const say = frame.say;
  rows.push([{ value: frame.title, bold: true, size: 14 }]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rowHeights[rows.length - 1] = 24;
  pushIdentity(pages, [
    label(say, "sheet.col.branch"),
    { value: row.branch ?? null, wrap: true },
    label(say, "sheet.col.department"),
    { value: row.department ?? null, wrap: true },
    label(say, "sheet.col.id"),
    { value: row.id, wrap: true },
    label(say, "sheet.col.name"),
    { value: row.name ?? null, wrap: true },
  ]);
  const inPost = frame.perPost.get(row.post?.id ?? "") ?? 0;
  const inBranch = frame.perBranch.get(row.branch ?? "") ?? 0;
  pushIdentity(pages, [
    label(say, "sheet.col.post"),
    { value: row.post?.name ?? row.postText, wrap: true },
    label(say, "sheet.col.composite"),
    { value: row.composite, format: SCORE },
    label(say, "sheet.col.grade"),
    { value: row.grade },
  ]);
  rows.push([
    label(say, "sheet.col.rank"),
    { value: `${row.rank?.overall ?? ""} / ${frame.total}` },
    label(say, "sheet.col.rankInPost"),
    { value: `${row.rank?.post ?? ""} / ${inPost}` },
    label(say, "sheet.col.rankInBranch"),
    { value: row.rank?.branch ? `${row.rank.branch} / ${inBranch}` : null },
  ]);
}

/**
 * The post's indicators: weight, actual, target, score and contribution, beside the post's mean and best; the
 * actual value and the target in the indicator's unit as the 评分表 shows them (1.20%, not 0.012).
 */
function indicatorTable(
  { rows, rowHeights }: Pages,
  { say, loaded }: FeedbackFrame,
  row: RowResult,
  indicators: Feedback["indicators"]
) {
  const post = loaded.template.posts.find((p) => p.id === row.post?.id);
  const formatOf = (id: string) => unitFormat(post?.indicators.find((i) => i.id === id)?.unit);
  rows.push(
    headerCells(
      (
        [
          "sheet.feedback.indicator",
          "sheet.feedback.weight",
          "sheet.feedback.actual",
          "sheet.feedback.target",
          "sheet.feedback.score",
          "sheet.feedback.contribution",
          "sheet.feedback.postMean",
          "sheet.feedback.postBest",
        ] as const
      ).map((key) => say(key))
    )
  );
  const headerHeight = wrappedRowHeight(rows[rows.length - 1], WIDTHS, 8);
  if (headerHeight > 15) rowHeights[rows.length - 1] = headerHeight;
  for (const indicator of indicators) {
    const height = wrappedHeight(indicator.name, WIDTHS[0] - 1);
    if (height > 16) rowHeights[rows.length] = height;
    const format = formatOf(indicator.id);
    rows.push([
      { value: indicator.name, wrap: true },
      { value: indicator.weight ?? say("sheet.feedback.bonus") },
      { value: indicator.actual, format },
      { value: indicator.target, format },
      { value: indicator.score, format: SCORE },
      { value: indicator.contribution, format: SCORE },
      { value: indicator.postMean, format: SCORE },
      { value: indicator.postBest, format: SCORE },
    ]);
  }
}

/** What the result means: a veto's reason, strengths, weaknesses, trend, outcome, courses and the appeal. */
function commentLines(
  pages: Pages,
  frame: FeedbackFrame,
  { row, outcome, trend }: ObjectResult,
  feedback: Feedback
) {
  const { say, locale } = frame;
  const t = frame.loaded.template;
  const post = t.posts.find((p) => p.id === row.post?.id);
  // A vetoed row's 0 is explained on its page: which indicator, its value and the limit.
  if (row.veto) pushLine(pages, say("sheet.feedback.veto", { reason: vetoText(row, post) }), true);
  const listOr = (items: string[]) =>
    items.length ? joinList(items, locale) : say("sheet.feedback.none");
  const names = (ids: string[]) =>
    ids.map((id) => post?.indicators.find((i) => i.id === id)?.name ?? id);
  pushLine(pages, say("sheet.feedback.strengths", { list: listOr(names(feedback.strengths)) }));
  pushLine(pages, say("sheet.feedback.weaknesses", { list: listOr(names(feedback.weaknesses)) }));
  pushLine(
    pages,
    say("sheet.feedback.trend", {
      list: listOr(
        trend.map((point) =>
          `${point.period} ${point.composite === null ? say("sheet.feedback.noResult") : point.composite.toFixed(t.precision)} ${point.grade ?? ""}`.trim()
        )
      ),
    })
  );
  pushLine(pages, say("sheet.feedback.outcome", { text: outcomeText(outcome, say) }));
  pushLine(
    pages,
    say("sheet.feedback.training", {
      // "None" only without a training entry (an entry's courses joined may still be empty).
      list: feedback.training.length
        ? joinList(suggestedCourses(feedback), locale)
        : say("sheet.feedback.none"),
    })
  );
  pushLine(pages, say("sheet.feedback.appeal", { date: frame.deadline }), true);
  if (frame.calendarNote) pushLine(pages, frame.calendarNote, true);
}

function outcomeText(outcome: Outcome | undefined, say: Say): string {
  if (!outcome || outcome.pass === null) return say("sheet.feedback.noResult");
  if (outcome.reward) return say("sheet.feedback.reward");
  if (outcome.pass) return say("sheet.feedback.passed");
  const warning = say("sheet.feedback.warning", {
    date: outcome.warning ? isoDate(outcome.warning.deadline) : "",
  });
  return outcome.penalty
    ? `${warning}${say("sheet.feedback.penalty", { count: outcome.consecutiveFailures })}`
    : warning;
}
