import { filledScoreSheet } from "../reviews/review-scores";
import { formatMessage, type Locale, type MessageParams } from "../../core/i18n/messages";
import { measureSurvey, type SurveyMeasure } from "../../core/survey/survey-measure";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { sha256Hex } from "../../core/util/sha256";
import type { Workbook, WorkbookSnapshot } from "../../workbook/port";
import type { Issue } from "../shared/issue";
import { newWorkbookSheets } from "../shared/new-workbook";
import { formatTimestamp } from "../shared/timestamp";
import type { SurveyExport } from "./survey-read";
import { fillSurveyScores, surveyNames } from "./survey-scores";
import type { SurveyCollected } from "./survey-result";
import { surveySummarySheet } from "./survey-sheets";

export type { SurveyCollected };

/** Each object's value, and every problem as an issue of its cell. */
export function measureExport(
  exported: SurveyExport,
  bytes: Uint8Array,
  options: { scale: number; measure: SurveyMeasure; precision: number; known: ReadonlySet<string> }
): SurveyCollected {
  const measured = measureSurvey(exported.answers, options);
  const issues: Issue[] = measured.problems.map(({ key, cell, ...params }) => ({
    key,
    severity: "error",
    params: params as MessageParams,
    cell,
  }));
  for (const object of measured.objects)
    if (object.fewAnswers)
      issues.push({
        key: "survey.fewAnswers",
        severity: "warning",
        params: { object: object.object, answers: object.answers },
      });
  return {
    by: exported.by,
    scale: options.scale,
    measure: options.measure,
    objects: measured.objects,
    issues,
    responses: exported.rows,
    inputHash: sha256Hex(bytes),
  };
}

export type SurveyWritten = {
  /** Cells of the score sheet filled (with --overwrite, replaced ones too). */
  filled: number;
  /** Cells that held another value and were kept (no --overwrite). */
  kept: number;
  /** 工号 of the rows scored on the indicator that got no value. */
  unfilled: string[];
  issues: Issue[];
};

/**
 * The new workbook of `survey`: 权重模板, 评分表 with the indicator filled, 调查汇总, and the 审计日志's
 * `survey` row with the export's hash. The inputs are never written.
 */
export async function writeSurvey(
  output: Workbook,
  collected: SurveyCollected,
  options: {
    template: LoadedTemplate;
    scores: WorkbookSnapshot;
    indicator: string;
    source: string;
    overwrite: boolean;
    locale: Locale;
    who?: string;
    now?: Date;
  }
): Promise<SurveyWritten> {
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const names = surveyNames(options.scores, options.template);
  const filled = fillSurveyScores(options.scores, options.template, {
    indicator: options.indicator,
    by: collected.by,
    objects: collected.objects,
    overwrite: options.overwrite,
  });
  const say = (key: Parameters<typeof formatMessage>[1], params: MessageParams = {}) =>
    formatMessage(options.locale, key, params);
  await output.write(
    newWorkbookSheets({
      snapshots: [options.scores],
      template: options.template,
      copies: [filledScoreSheet(options.scores, options.template, generatedAt)],
      sheets: [
        surveySummarySheet(collected, filled, options.template, {
          generatedAt,
          locale: options.locale,
          say,
          source: options.source,
          indicator: options.indicator,
          names,
        }),
      ],
      audit: {
        job: "survey",
        who: options.who,
        template: options.template,
        inputHash: collected.inputHash,
        summary: say("survey.auditSummary", {
          responses: collected.responses,
          objects: collected.objects.length,
          filled: filled.filled,
        }),
        now: options.now,
      },
      generatedAt,
      locale: options.locale,
    })
  );
  return filled;
}
