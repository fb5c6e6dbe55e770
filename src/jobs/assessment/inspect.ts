import { isUnfinished, unfinishedIssues } from "../shared/unfinished";
import { append } from "../../core/util/append";
import { formatMessage, localized } from "../../core/i18n/messages";
import { assess, type AssessReport } from "../../core/assess/assess";
import type { ScoreRecord } from "../../core/assess/score-record";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { RankMethod } from "../../core/ranking/rank";
import {
  a1,
  CUT_MARK,
  MAX_CELL_TEXT,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { findHeaderRow } from "./score-sheet-columns";
import { readScoreSheet, SCORE_SHEET } from "./score-sheet";
import { readTemplateSheet, TEMPLATE_SHEET } from "../shared/template-sheet";

export type InspectOptions = {
  /** The score sheet's name (default 评分表). */
  sheet?: string;
  /** A template given from outside; without it, the workbook's own 权重模板 sheet is used. */
  template?: LoadedTemplate;
  method?: RankMethod;
  /** False: the rows are checked, scored and graded, not ranked (validate needs only the problems). */
  rank?: boolean;
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
  /** The sheet asked for is not a score sheet at all (the add-in's own, or no 工号 and 岗位 header). */
  notScoreSheet?: NotScoreSheet;
};

/** Why a sheet is not a score sheet: one the add-in wrote that is not score data, or no header row. */
type NotScoreSheet = "owned" | "noHeader";

const NOT_SCORE_KEYS = new Set<string>(["sheet.notScoreSheet", "sheet.notScoreSheetNone"]);

/** Score data the add-in wrote (评分表 as handed out or copied by rank, collect's 汇总): read as score sheets. */
const SCORE_KINDS = new Set(["scores", "summary"]);

/** Why `sheet` of the snapshot is not a score sheet, or null when it is one (its grid must be read). */
function notScoreSheet(snapshot: WorkbookSnapshot, sheet: string): NotScoreSheet | null {
  const kind = snapshot.registry[sheet]?.kind;
  if (kind && !SCORE_KINDS.has(kind)) return "owned";
  const grid = snapshot.grids.get(sheet);
  if (grid && findHeaderRow(grid) < 0) return "noHeader";
  return null;
}

/** The sheets that might be score sheets: every sheet but those the add-in wrote that are not score data. */
const scoreSheetCandidates = (snapshot: Pick<WorkbookSnapshot, "sheets" | "registry">) =>
  snapshot.sheets
    .map((s) => s.name)
    .filter((name) => {
      const kind = snapshot.registry[name]?.kind;
      return !kind || SCORE_KINDS.has(kind);
    });

/** The refusal of a sheet that is not a score sheet, naming the workbook's score sheets (or saying there are none). */
function notScoreSheetIssue(sheet: string, why: NotScoreSheet, scoreSheets: string[]): Issue {
  const because = why === "owned" ? "sheet.why.owned" : "sheet.why.noHeader";
  const reason = localized(formatMessage("zh-CN", because), formatMessage("en-US", because));
  return scoreSheets.length > 0
    ? issueAt("error", "sheet.notScoreSheet", {
        sheet,
        why: reason,
        sheets: localized(
          scoreSheets.map((name) => `「${name}」`).join("、"),
          scoreSheets.map((name) => `"${name}"`).join(", ")
        ),
      })
    : issueAt("error", "sheet.notScoreSheetNone", { sheet, why: reason });
}

/**
 * An inspection that refused a sheet as not a score sheet, with the workbook's score sheets named: the other
 * sheets are read (only then: a refusal, so the cost of reading them is paid once, by a user who needs the
 * list) and each whose first ten rows hold a 工号 and 岗位 header is one.
 */
export async function withScoreSheets(
  book: Workbook,
  listed: WorkbookSnapshot,
  inspection: Inspection
): Promise<Inspection> {
  if (!inspection.notScoreSheet) return inspection;
  const candidates = scoreSheetCandidates(listed).filter((name) => name !== inspection.sheet);
  const read = candidates.length > 0 ? await book.read(candidates) : listed;
  const scoreSheets = candidates.filter((name) => notScoreSheet(read, name) === null);
  const refusal = notScoreSheetIssue(inspection.sheet, inspection.notScoreSheet, scoreSheets);
  return {
    ...inspection,
    issues: inspection.issues.map((issue) => (NOT_SCORE_KEYS.has(issue.key) ? refusal : issue)),
  };
}

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
  // 权重模板, a ranking tab, the 审计日志…: checked or ranked as scores, they would give an empty ranking.
  const notScores = notScoreSheet(snapshot, sheet);
  if (notScores) {
    const known = scoreSheetCandidates(snapshot).filter(
      (name) => name !== sheet && snapshot.grids.has(name) && !notScoreSheet(snapshot, name)
    );
    issues.push(notScoreSheetIssue(sheet, notScores, known));
    return { ...failed(true), template, notScoreSheet: notScores };
  }
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

  const assessed = assess(template, read.records, {
    method: options.method,
    rank: options.rank,
  });
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
