import type { RowResult } from "../../core/assess/assess";
import { isoDate } from "../../core/calendar/official-calendar";
import type { Outcome } from "../../core/cycle/outcomes";
import type { CycleResults } from "../../core/cycle/results";
import {
  formatMessage,
  joinList,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { OutCell, SheetSpec } from "../../workbook/port";
import { printLayout, wrappedHeight } from "../shared/print-layout";
import { periodTitle, vetoText } from "../assessment/ranking-sheet";

export const FEEDBACK_SHEET = "反馈单";

export type FeedbackSheetOptions = {
  /** Default 反馈单; another when a user's sheet has that name. */
  name?: string;
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

/**
 * The feedback pages (反馈单, cycle.md §4): one block per ranked or vetoed object, each starting a printed A4
 * page: who, the result and ranks as "名次 / 人数", the post's indicators with the post's mean and best, the
 * strengths and weaknesses, the trend, the outcome, the courses and the appeal notice.
 */
export function feedbackSheetSpec(
  loaded: LoadedTemplate,
  results: Pick<CycleResults, "objects" | "period" | "appealDeadline">,
  options: FeedbackSheetOptions
): SheetSpec {
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const t = loaded.template;
  const rows: OutCell[][] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  const pageBreaks: number[] = [];
  const label = (key: MessageKey): OutCell => ({ value: say(key), bold: true, fill: "DDEBF7" });
  const line = (text: string, bold = false) => {
    rows.push([{ value: text, bold, wrap: true }]);
    merges.push(`A${rows.length}:H${rows.length}`);
    const height = wrappedHeight(text, TEXT_WIDTH);
    if (height > 15) rowHeights[rows.length - 1] = height;
  };
  // Who the page is for: long names wrap inside their cell rather than run under the next label.
  const identity = (cells: OutCell[]) => {
    const height = Math.max(
      ...cells.map((cell, c) =>
        cell.wrap && typeof cell.value === "string" ? wrappedHeight(cell.value, WIDTHS[c] - 1) : 15
      )
    );
    if (height > 15) rowHeights[rows.length] = height;
    rows.push(cells);
  };
  // People per post and per branch, counted once (10,000 pages must not each count them again).
  const tally = (of: (row: RowResult) => string | undefined) => {
    const counts = new Map<string, number>();
    for (const { row } of ranked) {
      const key = of(row);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const ranked = results.objects.filter((object) => object.feedback !== null);
  const perPost = tally((row) => row.post?.id);
  const perBranch = tally((row) => row.branch);
  const deadline = isoDate(results.appealDeadline);
  const nameOf = (post: RowResult["post"], id: string) =>
    t.posts.find((p) => p.id === post?.id)?.indicators.find((i) => i.id === id)?.name ?? id;

  for (const { row, feedback, outcome, trend } of ranked) {
    if (!feedback) continue;
    if (rows.length > 0) pageBreaks.push(rows.length);
    rows.push([
      {
        value: say("sheet.feedback.title", { period: periodTitle(results.period, locale) }),
        bold: true,
        size: 14,
      },
    ]);
    merges.push(`A${rows.length}:H${rows.length}`);
    rowHeights[rows.length - 1] = 24;
    identity([
      label("sheet.col.branch"),
      { value: row.branch ?? null, wrap: true },
      label("sheet.col.department"),
      { value: row.department ?? null, wrap: true },
      label("sheet.col.id"),
      { value: row.id, wrap: true },
      label("sheet.col.name"),
      { value: row.name ?? null, wrap: true },
    ]);
    const total = ranked.length;
    const inPost = perPost.get(row.post?.id ?? "") ?? 0;
    const inBranch = perBranch.get(row.branch ?? "") ?? 0;
    identity([
      label("sheet.col.post"),
      { value: row.post?.name ?? row.postText, wrap: true },
      label("sheet.col.composite"),
      { value: row.composite, format: SCORE },
      label("sheet.col.grade"),
      { value: row.grade },
    ]);
    rows.push([
      label("sheet.col.rank"),
      { value: `${row.rank?.overall ?? ""} / ${total}` },
      label("sheet.col.rankInPost"),
      { value: `${row.rank?.post ?? ""} / ${inPost}` },
      label("sheet.col.rankInBranch"),
      { value: row.rank?.branch ? `${row.rank.branch} / ${inBranch}` : null },
    ]);
    rows.push([]);
    rows.push(
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
      ).map((key) => ({ value: say(key), bold: true, fill: "DDEBF7", wrap: true }))
    );
    rowHeights[rows.length - 1] = 30;
    for (const indicator of feedback.indicators) {
      const height = wrappedHeight(indicator.name, WIDTHS[0] - 1);
      if (height > 15) rowHeights[rows.length] = height;
      rows.push([
        { value: indicator.name, wrap: true },
        { value: indicator.weight ?? say("sheet.feedback.bonus") },
        { value: indicator.actual },
        { value: indicator.target },
        { value: indicator.score, format: SCORE },
        { value: indicator.contribution, format: SCORE },
        { value: indicator.postMean, format: SCORE },
        { value: indicator.postBest, format: SCORE },
      ]);
    }
    rows.push([]);
    // A vetoed row's 0 is explained on its page: which indicator, its value and the limit.
    if (row.veto)
      line(
        say("sheet.feedback.veto", {
          reason: vetoText(
            row,
            t.posts.find((p) => p.id === row.post?.id)
          ),
        }),
        true
      );
    const names = (ids: string[]) =>
      joinList(
        ids.map((id) => nameOf(row.post, id)),
        locale
      );
    line(
      say("sheet.feedback.strengths", {
        list: feedback.strengths.length ? names(feedback.strengths) : say("sheet.feedback.none"),
      })
    );
    line(
      say("sheet.feedback.weaknesses", {
        list: feedback.weaknesses.length ? names(feedback.weaknesses) : say("sheet.feedback.none"),
      })
    );
    line(
      say("sheet.feedback.trend", {
        list: trend.length
          ? joinList(
              trend.map((point) =>
                `${point.period} ${point.composite === null ? say("sheet.feedback.noResult") : point.composite.toFixed(t.precision)} ${point.grade ?? ""}`.trim()
              ),
              locale
            )
          : say("sheet.feedback.none"),
      })
    );
    line(say("sheet.feedback.outcome", { text: outcomeText(outcome, say) }));
    line(
      say("sheet.feedback.training", {
        list: feedback.training.length
          ? joinList(
              feedback.training.flatMap((entry) => entry.courses),
              locale
            )
          : say("sheet.feedback.none"),
      })
    );
    line(say("sheet.feedback.appeal", { date: deadline }), true);
    if (options.calendarNote) line(options.calendarNote, true);
  }
  return {
    name: options.name ?? FEEDBACK_SHEET,
    rows,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights,
    merges,
    pageBreaks,
    print: printLayout(WIDTHS, { header: say("sheet.confidential") }),
    provenance: {
      kind: "feedback",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      inputHash: options.inputHash,
      period: results.period,
      generatedAt: options.generatedAt,
    },
  };
}

function outcomeText(
  outcome: Outcome | undefined,
  say: (key: MessageKey, params?: MessageParams) => string
): string {
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
