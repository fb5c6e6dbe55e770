import type { Appeal } from "../../core/appeals/appeal";
import { checkAppeals, type AppealIssue, type PeriodFacts } from "../../core/appeals/appeal-checks";
import {
  applyCorrections,
  approvedCorrections,
  changesBetween,
  type Change,
  type Correction,
} from "../../core/appeals/corrections";
import { assess } from "../../core/assess/assess";
import type { ArrangementDay } from "../../core/calendar/arrangement";
import { serialOf, type OfficialCalendar } from "../../core/calendar/official-calendar";
import { outcomeRules } from "../../core/cycle/cycle-rules";
import { appealDeadline } from "../../core/cycle/outcomes";
import { parsePeriod, periodOrder } from "../../core/cycle/periods";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { cellRef } from "../../core/util/cell-ref";
import { err, ok, type Result } from "../../core/util/result";
import type { Grid, SheetSource, Workbook, WorkbookSnapshot } from "../../workbook/port";
import type { AnnualInput } from "../cycle/annual-job";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { rankingTabs } from "../cycle/history";
import { inputHash } from "../shared/input-hash";
import { unfinishedIssues } from "../shared/unfinished";
import type { Inspection } from "../assessment/inspect";
import { countErrors, issueAt, type Issue } from "../shared/issue";
import { ARRANGEMENT_SHEET } from "../calendar/arrangement-sheet";
import { jobCalendar, statutoryNotes } from "../calendar/work-calendar";
import { rankingSheets } from "../assessment/rank-job";
import { scoreDataOf, dataSheets, type ScoreData } from "../assessment/score-data";
import { APPEALS_SHEET, readAppealsRegister } from "./appeals-register";
import { CHANGES_SHEET, changesSheetSpec } from "./changes-sheet";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";
import { workbookTemplate } from "../shared/workbook-template";

// The register's own edits (registering, advancing) have a file of their own; importers keep using this one.
export { advanceAppeal, registerAppeal, type RegisterOutcome } from "./register-edits";

export type AppealsJobOptions = {
  /** The publication date (serial); default the day the ranking tab was made. */
  published?: number;
  /** Rank again with the approved corrections (更正 tab and 变动). */
  apply?: boolean;
  locale?: Locale;
  now?: Date;
  /** Names already taken in the workbook written into. */
  existing?: Pick<WorkbookSnapshot, "sheets">;
  /** Days of the State Council's arrangements loaded for this job (`--calendar`). */
  arrangement?: readonly ArrangementDay[];
};

export type AppealsJobResult = {
  template: LoadedTemplate | null;
  appeals: { id: string; row: number; state: string; issues: AppealIssue[] }[];
  issues: AppealIssue[];
  /** With --apply: each corrected period's changes. */
  corrections: {
    period: string;
    published: string;
    corrected: string;
    applied: Correction[];
    changes: Change[];
  }[];
  sheets: SheetSource[];
  /** What keeps the job from running: no template, no ranking, no register. */
  problems: Issue[];
  /** What the outputs say besides: deadlines counted without the year's arrangement (calendar.statutory). */
  notes: Issue[];
};

/** The sheets appeals reads: the template, the ranking tabs, their data, a register, the log. */
export const appealsSheetsToRead = (snapshot: Pick<WorkbookSnapshot, "registry">) => [
  TEMPLATE_SHEET,
  APPEALS_SHEET,
  AUDIT_SHEET,
  ARRANGEMENT_SHEET,
  ...rankingTabs(snapshot),
  ...dataSheets(snapshot),
];

/** A ranking tab of the workbook that is not itself a correction and has a period: what can be appealed. */
const publishedTabs = (snapshot: WorkbookSnapshot) =>
  rankingTabs(snapshot).filter(
    (tab) =>
      !snapshot.registry[tab]?.corrects &&
      parsePeriod(snapshot.registry[tab]?.period ?? "") !== null
  );

/**
 * The periods of the workbook's published rankings, oldest first, or — with none — the refusal `results`
 * and `verify` give the same file: appeals are against a published ranking, so an empty register for a
 * workbook without one would register nothing anyone could check.
 */
export function appealablePeriods(input: AnnualInput): Result<string[], Issue[]> {
  const periods = publishedTabs(input.snapshot).map((tab) =>
    (input.snapshot.registry[tab]?.period ?? "").toUpperCase()
  );
  if (periods.length === 0)
    return err([issueAt("error", "appeals.noRanking", { file: input.source })]);
  return ok(
    [...new Set(periods)].sort((a, b) => periodOrder(parsePeriod(a)) - periodOrder(parsePeriod(b)))
  );
}

/** Each ranked or unranked id of a period's data with its post's indicators. */
export function periodFacts(
  loaded: LoadedTemplate,
  inspection: Inspection & { assessed: NonNullable<Inspection["assessed"]> },
  deadline: number
): PeriodFacts {
  const posts = new Map(loaded.template.posts.map((p) => [p.id, p]));
  const ids = new Map(
    [...inspection.assessed.ranked, ...inspection.assessed.unranked].map((row) => [
      row.id,
      { indicators: (row.post ? posts.get(row.post.id)?.indicators : undefined) ?? [] },
    ])
  );
  return { ids, deadline };
}

/**
 * `appeals` (cycle.md §5): the register checked against the workbook's published rankings (every check,
 * each with its appeal and cell); with `apply`, each period with approved corrections ranked again from its
 * own score data with the corrections in place and the same template (the published tab never changes): a
 * tab `排名 2025Q4 更正1` (then 更正2, …, each with all corrections approved so far) and the 变动 sheet.
 */
export function appealsJob(
  input: AnnualInput,
  register: Grid | undefined,
  options: AppealsJobOptions = {}
): AppealsJobResult {
  const { snapshot } = input;
  const loaded = workbookTemplate(snapshot, input.source);
  if (!loaded.ok) return noAppeals(loaded.error);
  const template = loaded.value;
  if (!register) return noAppeals([issueAt("error", "appeals.noRegister", {})], template);
  const { appeals, missing } = readAppealsRegister(register);
  if (missing.length > 0 && appeals.length === 0 && missing.includes("编号"))
    return noAppeals([issueAt("error", "appeals.notRegister", { missing })], template);
  const tabs = publishedTabs(snapshot);
  if (tabs.length === 0)
    return noAppeals([issueAt("error", "appeals.noRanking", { file: input.source })], template);
  // Appeals are judged against published tabs and their data: none of them may be half written.
  const unfinished = unfinishedIssues(snapshot, [
    ...rankingTabs(snapshot),
    ...dataSheets(snapshot),
  ]);
  if (unfinished.length > 0) return noAppeals(unfinished, template);
  const counting = jobCalendar(snapshot, options.arrangement);
  if (countErrors(counting.issues) > 0) return noAppeals(counting.issues, template);
  const periods = publishedPeriods(snapshot, tabs, template, options.published, counting.calendar);
  if (!periods.ok) return noAppeals(periods.error, template);
  const byPeriod = periods.value;

  // The states the add-in last wrote (its register, or the copy an earlier --apply kept): never back from them.
  const recordedStates = new Map(Object.entries(snapshot.registry[APPEALS_SHEET]?.states ?? {}));
  const issues = checkAppeals(
    appeals,
    new Map([...byPeriod].map(([period, p]) => [period, p.facts])),
    template.template.fullScore,
    recordedStates
  );
  const result: AppealsJobResult = {
    template,
    appeals: appeals.map((a) => ({
      id: a.id ?? `#${a.row}`,
      row: a.row,
      state: a.state ?? "",
      issues: issues.filter((issue) => issue.row === a.row),
    })),
    issues,
    corrections: [],
    sheets: [],
    problems: [],
    notes: statutoryNotes(counting.calendar),
  };
  if (!options.apply) return result;
  return { ...result, ...correctedPeriods(snapshot, template, appeals, issues, byPeriod, options) };
}

/** An appeals job that stops at its problems (with the template, once it is known). */
const noAppeals = (
  problems: Issue[],
  template: LoadedTemplate | null = null
): AppealsJobResult => ({
  template,
  appeals: [],
  issues: [],
  corrections: [],
  sheets: [],
  problems,
  notes: [],
});

/** A published period: its ranking tab, the facts its appeals are checked against, and its score data. */
type PublishedPeriod = { tab: string; facts: PeriodFacts; data: Extract<ScoreData, { ok: true }> };

/**
 * Each published tab's period with its score data and appeal deadline; a tab of another template, without
 * its data, or with a deadline outside the calendar, is a problem.
 */
function publishedPeriods(
  snapshot: WorkbookSnapshot,
  tabs: readonly string[],
  template: LoadedTemplate,
  publishedOn: number | undefined,
  calendar: OfficialCalendar
): Result<Map<string, PublishedPeriod>, Issue[]> {
  const rules = outcomeRules(template.template);
  const byPeriod = new Map<string, PublishedPeriod>();
  const problems: Issue[] = [];
  for (const tab of tabs) {
    const provenance = snapshot.registry[tab];
    const period = (provenance.period ?? "").toUpperCase();
    if (!parsePeriod(period)) continue;
    if (provenance.templateFingerprint && provenance.templateFingerprint !== template.fingerprint) {
      problems.push(
        issueAt("error", "results.templateChanged", {
          sheet: tab,
          recorded: provenance.templateFingerprint.slice(0, 8),
          actual: template.fingerprint.slice(0, 8),
        })
      );
      continue;
    }
    const data = scoreDataOf(snapshot, provenance, template);
    if (!data.ok) {
      problems.push(
        data.changed
          ? issueAt("error", "results.inputsChanged", { sheet: data.changed, ranking: tab })
          : issueAt("error", "results.noScores", { sheet: data.tried, ranking: tab })
      );
      continue;
    }
    const published =
      publishedOn ?? serialOf((provenance.generatedAt ?? "").slice(0, 10) || "2000-01-01");
    const deadline = appealDeadline(rules, published, calendar);
    if (!deadline.ok) {
      problems.push(issueAt("error", "results.outOfCalendar", { ...deadline.error }));
      continue;
    }
    byPeriod.set(period, {
      tab,
      facts: periodFacts(template, data.inspection, deadline.value),
      data,
    });
  }
  return problems.length > 0 ? err(problems) : ok(byPeriod);
}

/**
 * With `apply`: each period with approved corrections ranked again with them in place, as a correction tab
 * under a name not yet taken (the workbook's and those made before it), and its 变动 sheet.
 */
function correctedPeriods(
  snapshot: WorkbookSnapshot,
  template: LoadedTemplate,
  appeals: readonly Appeal[],
  issues: readonly AppealIssue[],
  byPeriod: ReadonlyMap<string, PublishedPeriod>,
  options: AppealsJobOptions
): Pick<AppealsJobResult, "corrections" | "sheets"> {
  const locale = options.locale ?? "zh-CN";
  const corrections: AppealsJobResult["corrections"] = [];
  const sheets: SheetSource[] = [];
  const generatedAt = formatTimestamp(options.now ?? new Date());
  let taken = [...(options.existing?.sheets ?? snapshot.sheets)];
  for (const [period, { tab, facts, data }] of byPeriod) {
    const applied = approvedCorrections(appeals, issues, period, facts);
    if (applied.length === 0) continue;
    const records = applyCorrections(data.inspection.records, applied);
    const assessed = assess(template, records, { method: data.inspection.assessed.method });
    const n =
      1 +
      rankingTabs(snapshot).filter((other) => snapshot.registry[other]?.corrects === tab).length;
    const suffix = formatMessage(locale, "sheet.rank.correctionSuffix", { n });
    const ranking = rankingSheets(
      { ...data.inspection, records, assessed, issues: assessed.issues },
      { sheets: taken },
      {
        period: snapshot.registry[tab].period,
        method: assessed.method,
        locale,
        source: snapshot.registry[tab].source,
        correction: { suffix, corrects: tab, appeals: applied.map((c) => c.appeal) },
        now: options.now,
      }
    );
    const corrected = ranking.result.rankingSheet as string;
    const changes = changesBetween(data.inspection.assessed, assessed, applied);
    const changesName = `${CHANGES_SHEET} ${period} ${suffix}`;
    corrections.push({ period, published: tab, corrected, applied, changes });
    sheets.push(
      ...ranking.sheets,
      changesSheetSpec(template, changes, {
        name: changesName,
        published: tab,
        corrected,
        period,
        generatedAt,
        inputHash: inputHash(records),
        locale,
      })
    );
    taken = [...taken, ...ranking.sheets.map((s) => ({ name: s.name, owned: true }))];
  }
  return { corrections, sheets };
}

/** "申诉登记!G5（申诉 SS-2025Q4-001）：…": an appeal's finding in the user's language, with its cell. */
export function appealIssueText(issue: AppealIssue, locale: Locale): string {
  return formatMessage(locale, "appeal.where", {
    where: issue.cell ? cellRef(APPEALS_SHEET, issue.cell) : APPEALS_SHEET,
    appeal: issue.appeal,
    text: formatMessage(locale, issue.key, issue.params),
  });
}

export type AppealsInWorkbookResult = AppealsJobResult & { written: string[] };

/**
 * `appeals` in the open workbook (the pane): its own 申诉登记 checked against its ranking tabs; with
 * `apply`, the corrected tab and 变动 written into it (and a row of the 审计日志).
 */
export async function appealsInWorkbook(
  book: Workbook,
  options: AppealsJobOptions & { source: string; who?: string }
): Promise<AppealsInWorkbookResult> {
  const listed = await book.read([]);
  const snapshot = await book.read(appealsSheetsToRead(listed));
  const result = appealsJob(
    { snapshot, source: options.source },
    snapshot.grids.get(APPEALS_SHEET),
    { ...options, existing: snapshot }
  );
  if (result.sheets.length === 0) return { ...result, written: [] };
  await book.write(
    withAuditLog(
      result.sheets,
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "appeals",
        who: options.who,
        template: result.template,
        summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.appeals", {
          appeals: result.appeals.length,
          corrections: result.corrections.reduce((sum, c) => sum + c.applied.length, 0),
          changes: result.corrections.reduce((sum, c) => sum + c.changes.length, 0),
        }),
        now: options.now,
      },
      options.locale
    )
  );
  return { ...result, written: result.sheets.map((sheet) => sheet.name) };
}
