import {
  formatMessage,
  joinList,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { SheetSpec, Workbook } from "../../workbook/port";
import { AUDIT_SHEET, withAuditLog, type AuditEntry } from "../shared/audit-log";
import { breakLines, pageWideColumn, printLayout, wrappedHeight } from "../shared/print-layout";
import { scoreSheetSpec, SCORE_SHEET } from "./score-sheet";
import { TEMPLATE_SHEET, templateSheetSpec } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";

export const INSTRUCTIONS_SHEET = "填写说明";

export type TemplateJobOptions = {
  template: LoadedTemplate;
  rows?: number;
  now?: Date;
  /** The language of the instructions (default zh-CN); the sheets HR and managers fill stay as they are. */
  locale?: Locale;
  /** Who makes it, for the 审计日志. */
  who?: string;
};

const templateAudit = (options: TemplateJobOptions): AuditEntry => ({
  job: "template",
  who: options.who,
  template: options.template,
  summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.template", {
    posts: options.template.template.posts.length,
    indicators: options.template.template.posts.reduce(
      (sum, post) => sum + post.indicators.length,
      0
    ),
  }),
  now: options.now,
});

/**
 * `template`: the workbook HR hands out: 权重模板 (protected), 评分表 (inputs unlocked), 填写说明, and the
 * 审计日志 that starts with this job's row. One write.
 */
export async function templateJob(
  book: Workbook,
  options: TemplateJobOptions
): Promise<{ sheets: string[] }> {
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const specs = [
    templateSheetSpec(options.template, generatedAt),
    scoreSheetSpec(options.template, { rows: options.rows ?? 500, generatedAt }),
    instructionsSpec(options.template, generatedAt, options.locale ?? "zh-CN"),
  ];
  await book.write(withAuditLog(specs, undefined, templateAudit(options), options.locale));
  return { sheets: specs.map((spec) => spec.name) };
}

/** The pane's "write 权重模板 into the workbook": the sheet, and a row in the workbook's 审计日志. */
export async function writeTemplateSheet(
  book: Workbook,
  options: Omit<TemplateJobOptions, "rows">
): Promise<void> {
  const before = await book.read([AUDIT_SHEET]);
  await book.write(
    withAuditLog(
      [templateSheetSpec(options.template, formatTimestamp(options.now ?? new Date()))],
      before.grids.get(AUDIT_SHEET),
      templateAudit(options),
      options.locale
    )
  );
}

function instructionsSpec(loaded: LoadedTemplate, generatedAt: string, locale: Locale): SheetSpec {
  const t = loaded.template;
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const lines = [
    say("sheet.instructions.title", { name: t.name, version: t.version }),
    "",
    say("sheet.instructions.1", { sheet: SCORE_SHEET }),
    say("sheet.instructions.2"),
    say("sheet.instructions.3"),
    say("sheet.instructions.4"),
    say("sheet.instructions.5"),
    "",
    say("sheet.instructions.posts", {
      posts: joinList(
        t.posts.map((post) => post.name),
        locale
      ),
    }),
    say("sheet.instructions.grades", {
      grades: joinList(
        t.grades.map((band) => `${band.label} ≥ ${band.min}`),
        locale
      ),
    }),
    say("sheet.instructions.fingerprint", { fingerprint: loaded.fingerprint }),
    say("sheet.instructions.time", { time: generatedAt }),
  ];
  // One column as wide as a portrait page (in a wider font too), each line broken at its clauses to fit it
  // (no application wraps it differently, nor puts a lone 。 on a line) and as tall as it needs.
  const width = pageWideColumn("portrait");
  const broken = lines.map((line, r) => (r === 0 ? line : breakLines(line, width - 2)));
  return {
    name: INSTRUCTIONS_SHEET,
    rows: broken.map((line, r) => [
      { value: line || null, bold: r === 0, size: r === 0 ? 14 : undefined, wrap: r > 0 },
    ]),
    columns: [{ width }],
    rowHeights: Object.fromEntries(
      broken.map((line, r) => [r, r === 0 ? 24 : wrappedHeight(line, width - 2)])
    ),
    print: printLayout([width], { header: say("sheet.confidential") }),
    protect: true,
    provenance: {
      kind: "instructions",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      generatedAt,
    },
  };
}

export { SCORE_SHEET, TEMPLATE_SHEET };
