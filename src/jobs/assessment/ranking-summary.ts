import type { AssessReport, RowResult } from "../../core/assess/assess";
import { describeIssue } from "../../core/assess/issue-text";
import { joinSentences, type Locale } from "../../core/i18n/messages";
import type { GradeBand } from "../../core/template/schema";
import type { OutCell } from "../../workbook/port";
import type { Issue } from "../shared/issue";
import { wrappedHeight } from "../shared/print-layout";
import type { Say } from "../shared/say";

const SCORE_FORMAT = "0.00";

/**
 * The summary under the ranked table: count, mean, median, highest and lowest; the people of each grade
 * against its largest share; and whether the grades keep to their shares (its label, then the verdict on a
 * row of its own, the last, for the caller to merge across the table and wrap).
 */
export function summaryRows(
  report: AssessReport,
  grades: readonly GradeBand[],
  issues: readonly Issue[],
  { say, locale }: { say: Say; locale: Locale }
): OutCell[][] {
  const s = report.summary;
  const violations = issues.filter((issue) => issue.key === "dist.violation");
  return [
    [{ value: say("sheet.summary"), bold: true }],
    [{ value: say("sheet.count") }, { value: s.count }],
    [{ value: say("sheet.mean") }, { value: s.mean, format: SCORE_FORMAT }],
    [{ value: say("sheet.median") }, { value: s.median, format: SCORE_FORMAT }],
    [{ value: say("sheet.max") }, { value: s.max, format: SCORE_FORMAT }],
    [{ value: say("sheet.min") }, { value: s.min, format: SCORE_FORMAT }],
    [
      { value: say("sheet.col.grade"), bold: true },
      { value: say("sheet.people"), bold: true },
      { value: say("sheet.share"), bold: true },
      { value: say("sheet.maxShare"), bold: true },
    ],
    ...grades.map((band): OutCell[] => {
      const count = report.gradeCounts.find((g) => g.label === band.label)?.count ?? 0;
      return [
        { value: band.label },
        { value: count },
        { value: s.count ? count / s.count : 0, format: "0.00%" },
        { value: band.maxShare ?? null, format: "0.00%" },
      ];
    }),
    [{ value: say("sheet.distCheck"), bold: true }],
    [
      {
        value: violations.length
          ? joinSentences(
              violations.map((v) => describeIssue(v, locale)),
              locale
            )
          : say("sheet.distOk"),
        wrap: true,
      },
    ],
  ];
}

/**
 * The rows that could not be ranked, each with why, added below the summary (after a blank row). The reason
 * spans the rest of the printed width, from column E to `lastColumn`, on as many lines as it needs.
 */
export function addUnrankedRows(
  sheet: { rows: OutCell[][]; merges: string[]; rowHeights: Record<number, number> },
  report: AssessReport,
  issues: readonly Issue[],
  place: {
    say: Say;
    locale: Locale;
    lastColumn: string;
    /** Characters of the merged reason's width. */
    reasonWidth: number;
    /** Why a row was not ranked, when not from the issues (the annual tab's). */
    unrankedReason?: (row: RowResult) => string;
  }
) {
  const { rows, merges, rowHeights } = sheet;
  const { say, locale } = place;
  if (report.unranked.length === 0) return;
  rows.push([]);
  rows.push([{ value: say("sheet.unranked", { count: report.unranked.length }), bold: true }]);
  rows.push(
    (
      [
        "sheet.col.id",
        "sheet.col.name",
        "sheet.col.post",
        "sheet.col.row",
        "sheet.col.reason",
      ] as const
    ).map((key) => ({ value: say(key), bold: true }))
  );
  const errors = place.unrankedReason ? null : errorsByRow(issues);
  for (const row of report.unranked) {
    const reasons =
      place.unrankedReason?.(row) ??
      joinSentences(
        (errors?.get(row.source?.row)?.get(row.id) ?? []).map((issue) =>
          describeIssue(issue, locale)
        ),
        locale
      );
    // Every cell wraps, so a row's values line up with its reason's lines (one look for all the rows).
    rows.push([
      { value: row.id, wrap: true },
      { value: row.name ?? null, wrap: true },
      { value: row.postText, wrap: true },
      { value: row.source?.row ?? null, wrap: true },
      { value: reasons, wrap: true },
    ]);
    merges.push(`E${rows.length}:${place.lastColumn}${rows.length}`);
    const height = wrappedHeight(reasons, place.reasonWidth - 2);
    if (height > 16) rowHeights[rows.length - 1] = height;
  }
}

/**
 * Each row's errors by its row number and id: what `reasonsFor` finds for one row, found once for all of
 * them (a filter of every issue for each unranked row made a sheet of 200,000 wrong rows take minutes).
 */
function errorsByRow(issues: readonly Issue[]): Map<number | undefined, Map<string, Issue[]>> {
  const byRow = new Map<number | undefined, Map<string, Issue[]>>();
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.recordId === undefined) continue;
    let byId = byRow.get(issue.row);
    if (!byId) byRow.set(issue.row, (byId = new Map()));
    const list = byId.get(issue.recordId);
    if (list) list.push(issue);
    else byId.set(issue.recordId, [issue]);
  }
  return byRow;
}
