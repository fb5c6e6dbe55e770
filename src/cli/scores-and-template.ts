import type { MessageKey } from "../core/i18n/messages";
import type { LoadedTemplate } from "../core/template/parse-template";
import { SCORE_SHEET } from "../jobs/assessment/score-sheet";
import { AUDIT_SHEET } from "../jobs/shared/audit-log";
import { TEMPLATE_SHEET } from "../jobs/shared/template-sheet";
import { workbookTemplate } from "../jobs/shared/workbook-template";
import type { WorkbookSnapshot } from "../workbook/port";
import type { CliError, ParsedArgs } from "./args";
import { openTemplate, openWorkbook } from "./files";

/**
 * The score workbook a command fills (reviews, survey) and the template to fill it by: `--template` when
 * given, else the workbook's own 权重模板; `needTemplate` says what to do when neither can be read.
 */
export async function scoresAndTemplate(
  args: ParsedArgs & { scores: string },
  needTemplate: MessageKey
): Promise<{ error: CliError } | { snapshot: WorkbookSnapshot; template: LoadedTemplate }> {
  const book = await openWorkbook(args.scores);
  if (!book.ok) return { error: book.error };
  const snapshot = await book.value.read([SCORE_SHEET, TEMPLATE_SHEET, AUDIT_SHEET]);
  let given: LoadedTemplate | undefined;
  if (args.template) {
    const opened = await openTemplate(args.template, args.lang);
    if (!opened.ok) return { error: opened.error };
    given = opened.value;
  }
  const template = workbookTemplate(snapshot, args.scores, given);
  if (!template.ok) return { error: { key: needTemplate, params: {} } };
  return { snapshot, template: template.value };
}
