import { rankingPeriod, type PeriodChoice, type PeriodRefusal } from "../../core/cycle/periods";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import { AUDIT_SHEET, withAuditLog, type AuditEntry } from "../shared/audit-log";
import {
  freeSheetName,
  type LazySheet,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { inputHash } from "../shared/input-hash";
import { issueAt, type Issue } from "../shared/issue";
import {
  inspect,
  sheetsToRead,
  withScoreSheets,
  type InspectOptions,
  type Inspection,
} from "./inspect";
import { rankingDetailsSpec } from "./ranking-details";
import { periodTitle, rankingSheetSpec } from "./ranking-sheet";
import { formatTimestamp } from "../shared/timestamp";

export type RankJobOptions = InspectOptions & {
  /** "2025Q4", "2025", …; defaults to the template's period. */
  period?: string;
  /** Composite and rank cells as native formulas (with cached values). */
  live?: boolean;
  /** The language of the sheets' own text (default zh-CN). */
  locale?: Locale;
  /** The source workbook's name, for the provenance line. */
  source?: string;
  now?: Date;
  /** Who runs it, for the 审计日志 (blank when the host cannot say). */
  who?: string;
  /** A corrected ranking (cycle.md §5): the tab it corrects, the appeals applied, and the name's suffix. */
  correction?: { suffix: string; corrects: string; appeals: string[] };
};

export type RankJobResult = Inspection & {
  rankingSheet: string | null;
  inputHash: string | null;
  period: string;
  /** Where the period came from (typed, or the template's own), so every edge can say which it used. */
  periodFrom?: PeriodChoice["from"];
};

/** Why a ranking has no period, as an issue the edges word (the pane's field, the command's --period). */
export function periodIssue(refusal: PeriodRefusal): Issue {
  switch (refusal.code) {
    case "invalid":
      return issueAt("error", "period.invalid", { text: refusal.text });
    case "quarterNeeded":
      return issueAt("error", "period.quarterNeeded", { year: refusal.year });
    case "templateInvalid":
      return issueAt("error", "period.templateInvalid", { text: refusal.text });
    case "missing":
      return issueAt("error", "period.missing", {});
  }
}

/**
 * `rank`: one read, validate and score, then one write of the ranking tab `排名 <period>`. Only the add-in's
 * own tab is replaced on a rerun; a user's sheet of that name is left alone (the tab gets a suffix).
 */
export async function rankJob(
  book: Workbook,
  options: RankJobOptions = {}
): Promise<RankJobResult> {
  const snapshot = await book.read([...sheetsToRead(options), AUDIT_SHEET]);
  const inspection = await withScoreSheets(book, snapshot, inspect(snapshot, options));
  // The period is the one typed, or the template's when it can be (cycle.md §1): never 排名 2025 of a
  // quarterly cycle, nor a ranking no later step could find.
  const chosen = inspection.template
    ? rankingPeriod(options.period, inspection.template.template)
    : null;
  if (chosen && !chosen.ok)
    return {
      ...inspection,
      issues: [periodIssue(chosen.error)],
      assessed: null,
      fatal: true,
      rankingSheet: null,
      inputHash: null,
      period: "",
    };
  const ranking = rankingSheets(inspection, snapshot, {
    ...options,
    period: chosen?.value.text ?? options.period,
  });
  if (ranking.sheets.length > 0)
    await book.write(
      withAuditLog(
        ranking.sheets,
        snapshot.grids.get(AUDIT_SHEET),
        rankAudit(ranking.result, options),
        options.locale
      )
    );
  return { ...ranking.result, periodFrom: chosen?.value.from };
}

/** The 审计日志 row of a ranking: template, input hash and counts. */
export function rankAudit(
  result: Pick<RankJobResult, "template" | "inputHash" | "assessed">,
  options: RankJobOptions
): AuditEntry {
  return {
    job: "rank",
    who: options.who,
    template: result.template,
    inputHash: result.inputHash,
    summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.rank", {
      ranked: result.assessed?.ranked.length ?? 0,
      unranked: result.assessed?.unranked.length ?? 0,
    }),
    now: options.now,
  };
}

/**
 * The ranking tab and its details tab (排名明细, each post with only its own indicators) for an inspection
 * already made, each made only when the adapter writes it (see `LazySheet`).
 */
export function rankingSheets(
  inspection: Inspection,
  existing: Pick<WorkbookSnapshot, "sheets">,
  options: RankJobOptions
): { sheets: LazySheet[]; result: RankJobResult } {
  const period = options.period ?? inspection.template?.template.period ?? "";
  // The sheets' closures keep only what they use: the records read may go once they are hashed.
  const { assessed, template, issues } = inspection;
  if (!assessed || !template)
    return { sheets: [], result: { ...inspection, rankingSheet: null, inputHash: null, period } };
  const hash = inputHash(inspection.records);
  const suffix = options.correction ? ` ${options.correction.suffix}` : "";
  const name = freeSheetName(period ? `排名 ${period}${suffix}` : `排名${suffix}`, existing);
  const detailsName = freeSheetName(
    period ? `排名明细 ${period}${suffix}` : `排名明细${suffix}`,
    existing
  );
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const source = options.source ?? inspection.sheet;
  const provenance = {
    templateId: template.template.id,
    templateVersion: template.template.version,
    templateFingerprint: template.fingerprint,
    inputHash: hash,
    source,
    period,
    generatedAt,
  };
  const ranking = () =>
    rankingSheetSpec(template, assessed, issues, {
      name,
      period,
      source,
      generatedAt,
      inputHash: hash,
      live: options.live ?? false,
      locale: options.locale,
      correction: options.correction
        ? { corrects: options.correction.corrects, appeals: options.correction.appeals }
        : undefined,
      title: options.correction
        ? formatMessage(options.locale ?? "zh-CN", "sheet.rank.correctedTitle", {
            period: periodTitle(period, options.locale),
            suffix: options.correction.suffix,
          })
        : undefined,
    });
  const details = () =>
    rankingDetailsSpec(template, assessed, {
      name: detailsName,
      period,
      generatedAt,
      ranking: name,
      locale: options.locale,
      provenance: { kind: "rankingDetails" as const, ...provenance },
    });
  return {
    sheets: [
      { name, make: ranking },
      { name: detailsName, make: details },
    ],
    result: { ...inspection, rankingSheet: name, inputHash: hash, period },
  };
}
