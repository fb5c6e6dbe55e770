import { isUnfinished, unfinishedIssues } from "../shared/unfinished";
import { append } from "../../core/util/append";
import { localized } from "../../core/i18n/messages";
import { assess, type AssessReport } from "../../core/assess/assess";
import type { ScoreRecord } from "../../core/assess/score-record";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { RankMethod } from "../../core/ranking/rank";
import { a1, CUT_MARK, MAX_CELL_TEXT, type WorkbookSnapshot } from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { readScoreSheet, SCORE_SHEET } from "./score-sheet";
import { readTemplateSheet, TEMPLATE_SHEET } from "../shared/template-sheet";

export type InspectOptions = {
  /** The score sheet's name (default 评分表). */
  sheet?: string;
  /** A template given from outside; without it, the workbook's own 权重模板 sheet is used. */
  template?: LoadedTemplate;
  method?: RankMethod;
};

export type Inspection = {
  sheet: string;
  template: LoadedTemplate | null;
  records: ScoreRecord[];
  /** Every problem: the sheet's and each row's, errors and warnings, in the user's order of reading. */
  issues: Issue[];
  assessed: AssessReport | null;
  /** True when the job could not run at all (no such sheet, no template): exit code 2, not 1. */
  fatal: boolean;
};

/** The sheets a validate or rank job reads, in its one read. */
export const sheetsToRead = (options: InspectOptions) => [
  options.sheet ?? SCORE_SHEET,
  TEMPLATE_SHEET,
];

/**
 * Validates a score sheet against its template and scores it: the shared first half of `validate` and
 * `rank`, working on one snapshot (one read), writing nothing.
 */
export function inspect(snapshot: WorkbookSnapshot, options: InspectOptions): Inspection {
  const sheet = options.sheet ?? SCORE_SHEET;
  const issues: Issue[] = [];
  const failed = (fatal: boolean): Inspection => ({
    sheet,
    template: null,
    records: [],
    issues,
    assessed: null,
    fatal,
  });

  let template = options.template ?? null;
  if (!template) {
    const grid = snapshot.grids.get(TEMPLATE_SHEET);
    if (!grid) return (issues.push(issueAt("error", "sheet.noTemplate", {})), failed(true));
    const read = readTemplateSheet(grid);
    if (!read.ok) return (append(issues, read.issues), failed(true));
    template = read.value.loaded;
    if (read.value.recordedFingerprint && read.value.recordedFingerprint !== template.fingerprint) {
      issues.push(
        issueAt(
          "error",
          "sheet.templateChanged",
          {
            recorded: read.value.recordedFingerprint.slice(0, 8),
            actual: template.fingerprint.slice(0, 8),
          },
          TEMPLATE_SHEET,
          "D3"
        )
      );
    }
  }

  const grid = snapshot.grids.get(sheet);
  if (!grid)
    return (
      issues.push(
        issueAt("error", "sheet.missing", {
          sheet,
          sheets: localized(
            snapshot.sheets.map((s) => `「${s.name}」`).join("、") || "（无）",
            snapshot.sheets.map((s) => `"${s.name}"`).join(", ") || "(none)"
          ),
        })
      ),
      { ...failed(true), template }
    );
  if (isUnfinished(snapshot, sheet))
    return (append(issues, unfinishedIssues(snapshot, [sheet])), { ...failed(false), template });
  const generatedFrom = snapshot.registry[sheet]?.templateFingerprint;
  if (generatedFrom && generatedFrom !== template.fingerprint) {
    issues.push(
      issueAt(
        "error",
        "sheet.fingerprint",
        { sheet: generatedFrom.slice(0, 8), template: template.fingerprint.slice(0, 8) },
        sheet,
        "A2"
      )
    );
  }

  const read = readScoreSheet(grid, template);
  if ("fatal" in read) return (append(issues, read.fatal), { ...failed(false), template });
  append(issues, read.issues);
  // A text longer than a cell holds (only a forged file has one) was cut as it was read: each is named.
  grid.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.kind === "text" && cell.value.endsWith(CUT_MARK))
        issues.push(
          issueAt("warning", "sheet.textCut", { limit: MAX_CELL_TEXT }, sheet, a1(r, c), r + 1)
        );
    })
  );

  const assessed = assess(template, read.records, { method: options.method });
  for (const issue of assessed.issues) {
    // The sheet already said it better: a missing column (not each blank under it), a percentage typed as text.
    if (
      issue.key === "row.valueMissing" &&
      issue.indicatorId &&
      read.missingColumns.has(issue.indicatorId)
    )
      continue;
    if (issue.cell && read.reportedCells.has(issue.cell)) continue;
    issues.push(issue);
  }
  // Sheet-wide errors first, then row by row, then sheet-wide warnings (such as the forced distribution).
  const order = (issue: Issue) =>
    issue.row !== undefined ? issue.row : issue.severity === "error" ? -1 : Number.MAX_SAFE_INTEGER;
  issues.sort((a, b) => order(a) - order(b));
  return { sheet, template, records: read.records, issues, assessed, fatal: false };
}
