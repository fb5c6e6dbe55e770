import type { RowResult } from "../../core/assess/assess";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import { DEFAULT_RANK_METHOD, type RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { compareTemplates, type TemplateComparison } from "../../core/whatif/compare-templates";
import {
  freeSheetName,
  type LazySheet,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { SCORE_SHEET } from "../assessment/score-sheet";
import { AUDIT_SHEET, withAuditLog, type AuditEntry } from "../shared/audit-log";
import { inputHash } from "../shared/input-hash";
import type { Issue } from "../shared/issue";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";
import { workbookTemplate } from "../shared/workbook-template";
import { WHATIF_SHEET, type WhatifContext } from "./whatif-context";
import { scoreUnder } from "./whatif-score";
import { whatifSheetSpec } from "./whatif-sheet";

export { WHATIF_SHEET } from "./whatif-context";

export type WhatifOptions = {
  /** The current template (A) and the proposed one (B). */
  a: LoadedTemplate;
  b: LoadedTemplate;
  /** Overrides both templates' rank method (default dense, as `rank`). */
  method?: RankMethod;
  /** The score sheet (default 评分表). */
  sheet?: string;
  /** The language of the sheet's own text (default zh-CN). */
  locale?: Locale;
  now?: Date;
  /** Who runs it, for the 审计日志. */
  who?: string;
  /** The source workbook's name, for the provenance line (default the sheet's). */
  source?: string;
  /** Names already taken in the workbook written into (a user's sheet is never replaced). */
  existing?: Pick<WorkbookSnapshot, "sheets">;
};

export type WhatifJobResult = {
  /** Null when the job could not run (`problems` says why). */
  comparison: TemplateComparison | null;
  /** What kept the job from running: the sheet cannot be read or scored under a template. */
  problems: Issue[];
  /** 方案比较, made only when the adapter writes it (LazySheet: a 100,000-row table is not held twice). */
  sheets: LazySheet[];
  /** The hash of the score data as read under A (what the 审计日志 and the registry record). */
  inputHash?: string | null;
};

/** The sheets a what-if reads in its one read: the score data, the workbook's own template, the log. */
export const whatifSheetsToRead = (options: { sheet?: string } = {}) => [
  options.sheet ?? SCORE_SHEET,
  TEMPLATE_SHEET,
  AUDIT_SHEET,
];

/**
 * `whatif` (calibration.md §2): the same score data scored and ranked under the current template A and the
 * proposed B, each as `rank` does (its own precision; the method given, else dense), and compared id by id.
 * Pure: one snapshot in, the comparison and the 方案比较 sheet out; nothing written.
 */
export function whatifJob(snapshot: WorkbookSnapshot, options: WhatifOptions): WhatifJobResult {
  const method = options.method ?? DEFAULT_RANK_METHOD;
  const refuse = (problems: Issue[]): WhatifJobResult => ({
    comparison: null,
    problems,
    sheets: [],
    inputHash: null,
  });
  const underA = scoreUnder(snapshot, options.a, { sheet: options.sheet, method });
  if (!underA.ok) return refuse(underA.problems);
  const underB = scoreUnder(snapshot, options.b, { sheet: options.sheet, method });
  if (!underB.ok) return refuse(underB.problems);
  const reportA = underA.inspection.assessed;
  const reportB = underB.inspection.assessed;
  const comparison = compareTemplates(
    { template: options.a.template, report: reportA },
    { template: options.b.template, report: reportB }
  );
  const hash = inputHash(underA.inspection.records);
  const context: WhatifContext = {
    a: options.a,
    b: options.b,
    method,
    dataSheet: underA.inspection.sheet,
    inputHash: hash,
    source: options.source ?? underA.inspection.sheet,
    generatedAt: formatTimestamp(options.now ?? new Date()),
    locale: options.locale ?? "zh-CN",
  };
  const byId = (rows: readonly RowResult[]) => new Map(rows.map((row) => [row.id, row]));
  let ranked: { a: Map<string, RowResult>; b: Map<string, RowResult> } | null = null;
  const who = (side: "a" | "b", id: string) =>
    (ranked ??= { a: byId(reportA.ranked), b: byId(reportB.ranked) })[side].get(id);
  const name = freeSheetName(WHATIF_SHEET, options.existing ?? { sheets: [] });
  return {
    comparison,
    problems: [],
    sheets: [{ name, make: () => whatifSheetSpec(name, comparison, context, who) }],
    inputHash: hash,
  };
}

/** The 审计日志 row of a what-if: template A with the input hash, B and the counts in the summary. */
export function whatifAudit(
  result: WhatifJobResult,
  options: Pick<WhatifOptions, "a" | "b" | "who" | "locale" | "now">
): AuditEntry {
  const c = result.comparison;
  return {
    job: "whatif",
    who: options.who,
    template: options.a,
    inputHash: result.inputHash ?? null,
    summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.whatif", {
      b: options.b.template.id,
      version: options.b.template.version,
      fingerprint: options.b.fingerprint.slice(0, 8),
      rows: c?.rows.length ?? 0,
      up: c?.moved.up ?? 0,
      down: c?.moved.down ?? 0,
      stayed: c?.moved.stayed ?? 0,
      onlyA: c?.onlyA.length ?? 0,
      onlyB: c?.onlyB.length ?? 0,
    }),
    now: options.now,
  };
}

/**
 * `whatif` inside a workbook (the pane): one read of the score data, the 权重模板 and the log; A is the
 * template given, else the workbook's own 权重模板. With `write`, one write of 方案比较 and the 审计日志 row
 * `whatif`; no other sheet is touched.
 */
export async function whatifInWorkbook(
  book: Workbook,
  options: {
    b: LoadedTemplate;
    a?: LoadedTemplate;
    write: boolean;
    sheet?: string;
    method?: RankMethod;
    source?: string;
    locale?: Locale;
    now?: Date;
    who?: string;
  }
): Promise<WhatifJobResult> {
  const snapshot = await book.read(whatifSheetsToRead(options));
  const a = workbookTemplate(snapshot, options.source ?? "", options.a, "whatif.noTemplate");
  if (!a.ok) return { comparison: null, problems: a.error, sheets: [], inputHash: null };
  const jobOptions: WhatifOptions = { ...options, a: a.value, existing: snapshot };
  const result = whatifJob(snapshot, jobOptions);
  if (options.write && result.sheets.length > 0)
    await book.write(
      withAuditLog(
        result.sheets,
        snapshot.grids.get(AUDIT_SHEET),
        whatifAudit(result, jobOptions),
        options.locale
      )
    );
  return result;
}
