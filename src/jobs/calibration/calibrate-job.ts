import {
  bankSpread,
  calibrationGroups,
  flagCounts,
  normalise,
  type CalibratedRow,
  type GroupedRow,
  type GroupStats,
} from "../../core/calibration/calibrate";
import { calibrationSettings } from "../../core/calibration/calibration-settings";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import {
  freeSheetName,
  type Grid,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { dataSheets, scoreDataOf } from "../assessment/score-data";
import { rankingToUse, scoreDataProblem, type RankingInput } from "../cycle/results-job";
import { AUDIT_SHEET, withAuditLog, type AuditEntry } from "../shared/audit-log";
import { inputHash } from "../shared/input-hash";
import type { Issue } from "../shared/issue";
import { sayIn } from "../shared/say";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";
import { workbookTemplate } from "../shared/workbook-template";
import { analysisSheetSpec } from "./analysis-sheet";
import { calibratedSheetSpec } from "./calibrated-sheet";
import {
  analysisSheetName,
  calibratedSheetName,
  type CalibrationContext,
} from "./calibration-sheets";
import { DEFAULT_BY, groupedRows } from "./grouping";

export { groupingColumns } from "./grouping";

export type CalibrateOptions = {
  /** The score data's column that groups rows (calibration.md §1); default 机构. */
  by?: string;
  /** Also make the calibrated ranking (排名 2025Q4 校准). */
  normalize?: boolean;
  /** Which ranking tab (its period); default the latest. */
  period?: string;
  /** The score data sheet; default the one whose records hash to the tab's input hash. */
  sheet?: string;
  template?: LoadedTemplate;
  locale?: Locale;
  now?: Date;
  who?: string;
  /** Names already taken in the workbook written into (a user's sheet is never replaced). */
  existing?: Pick<WorkbookSnapshot, "sheets">;
};

export type CalibrateJobResult = {
  template: LoadedTemplate | null;
  rankingSheet: string | null;
  by: string;
  groups: GroupStats[];
  rows: CalibratedRow[] | null;
  /** How many groups are lenient or harsh. */
  flagged: number;
  inputHash: string | null;
  /** What kept the job from running: no ranking, a changed input, an unknown column. */
  problems: Issue[];
  /** 校准分析 2025Q4, and with `normalize` 排名 2025Q4 校准. */
  sheets: SheetSpec[];
};

/** The sheets a calibration reads: the template, the log, and the score data (the registry names the tabs). */
export const calibrateSheetsToRead = (
  snapshot: Pick<WorkbookSnapshot, "registry">,
  sheet?: string
) => [TEMPLATE_SHEET, AUDIT_SHEET, ...(sheet ? [sheet] : dataSheets(snapshot))];

/**
 * `calibrate` (calibration.md §1): for one published ranking tab, found through the registry (the period
 * asked for, else the latest; never an unfinished one), its score data is scored again — the input hash must
 * be the tab's, so the population is the published ranked rows — each row is put in the group its `by` cell
 * says, and each group is compared with the rest of the bank; with `normalize`, every row's calibrated
 * composite, ranks and grade. The published tab is never changed.
 */
export function calibrateJob(
  input: RankingInput,
  options: CalibrateOptions = {}
): CalibrateJobResult {
  const locale = options.locale ?? "zh-CN";
  const by = options.by?.trim() || DEFAULT_BY;
  const none = (problems: Issue[], template: LoadedTemplate | null = null): CalibrateJobResult => ({
    template,
    rankingSheet: null,
    by,
    groups: [],
    rows: null,
    flagged: 0,
    inputHash: null,
    problems,
    sheets: [],
  });
  const { snapshot } = input;
  const loaded = workbookTemplate(snapshot, input.source, options.template);
  if (!loaded.ok) return none(loaded.error);
  const template = loaded.value;
  const ranking = rankingToUse(input, options.period, template, locale, "calibrate.noRanking");
  if (!ranking.ok) return none(ranking.error, template);
  const tab = ranking.value.current.tab;
  const provenance = snapshot.registry[tab];
  const data = scoreDataOf(snapshot, provenance, template, options.sheet);
  if (!data.ok) return none([scoreDataProblem(data, tab, locale, "calibrate")], template);
  const { inspection } = data;
  // scoreDataOf found the data among the grids read: its grid is there.
  const grid = snapshot.grids.get(inspection.sheet) as Grid;
  const grouped = groupedRows(inspection.assessed.ranked, grid, by, template);
  if (!grouped.ok) return none(grouped.error, template);
  const t = template.template;
  const settings = calibrationSettings(t);
  const groups = calibrationGroups(grouped.value, t.grades, settings);
  const counts = flagCounts(groups);
  const method = inspection.assessed.method;
  const rows = options.normalize
    ? normalise(grouped.value, { bands: t.grades, precision: t.precision, method, settings })
    : null;
  const hash = provenance.inputHash ?? inputHash(inspection.records);
  const context: CalibrationContext = {
    loaded: template,
    period: provenance.period ?? "",
    ranking: tab,
    dataSheet: inspection.sheet,
    by,
    method,
    inputHash: hash,
    source: input.source,
    generatedAt: formatTimestamp(options.now ?? new Date()),
    settings,
    locale,
  };
  return {
    template,
    rankingSheet: tab,
    by,
    groups,
    rows,
    flagged: counts.lenient + counts.harsh,
    inputHash: hash,
    problems: [],
    sheets: calibrationSheets(groups, rows, grouped.value, context, options.existing),
  };
}

/** 校准分析 and (normalised) 排名 校准, each under its name or, if a user's sheet has it, the next free one. */
function calibrationSheets(
  groups: readonly GroupStats[],
  rows: readonly CalibratedRow[] | null,
  grouped: readonly GroupedRow[],
  context: CalibrationContext,
  existing: Pick<WorkbookSnapshot, "sheets"> = { sheets: [] }
): SheetSpec[] {
  const say = sayIn(context.locale);
  const analysisName = freeSheetName(analysisSheetName(context.period, say), existing);
  if (!rows) return [analysisSheetSpec(analysisName, groups, context, null)];
  const calibratedName = freeSheetName(calibratedSheetName(context.period, say), existing);
  const normalisation = { sheet: calibratedName, ...bankSpread(grouped) };
  return [
    analysisSheetSpec(analysisName, groups, context, normalisation),
    calibratedSheetSpec(calibratedName, rows, context),
  ];
}

/** The 审计日志 row of a calibration. */
export function calibrateAudit(
  result: CalibrateJobResult,
  options: { who?: string; locale?: Locale; now?: Date }
): AuditEntry {
  const counts = flagCounts(result.groups);
  const locale = options.locale ?? "zh-CN";
  return {
    job: "calibrate",
    who: options.who,
    template: result.template,
    inputHash: result.inputHash,
    summary:
      formatMessage(locale, "audit.summary.calibrate", {
        ranking: result.rankingSheet ?? "",
        by: result.by,
        groups: result.groups.length,
        lenient: counts.lenient,
        harsh: counts.harsh,
      }) +
      // The calibrated tab's rows only when one was written (--normalize).
      (result.rows
        ? formatMessage(locale, "audit.summary.calibratedRows", { rows: result.rows.length })
        : ""),
    now: options.now,
  };
}

/**
 * `calibrate` inside a workbook (the pane): one read of the template, the log and the score data; with
 * `write`, one write of the calibration sheets and the 审计日志 row. No other sheet is touched.
 */
export async function calibrateInWorkbook(
  book: Workbook,
  options: CalibrateOptions & { write: boolean; source?: string }
): Promise<CalibrateJobResult> {
  const listed = await book.read([]);
  const snapshot = await book.read(calibrateSheetsToRead(listed, options.sheet));
  const result = calibrateJob(
    { snapshot, source: options.source ?? "" },
    { ...options, existing: snapshot }
  );
  if (options.write && result.sheets.length > 0)
    await book.write(
      withAuditLog(
        result.sheets,
        snapshot.grids.get(AUDIT_SHEET),
        calibrateAudit(result, options),
        options.locale
      )
    );
  return result;
}
