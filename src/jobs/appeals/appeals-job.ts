import { APPEAL_STATES, type Appeal } from "../../core/appeals/appeal";
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
import { serialOf } from "../../core/calendar/official-calendar";
import { outcomeRules } from "../../core/cycle/cycle-rules";
import { appealDeadline } from "../../core/cycle/outcomes";
import { parsePeriod } from "../../core/cycle/periods";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { cellRef } from "../../core/util/cell-ref";
import type { Grid, SheetSource, Workbook, WorkbookSnapshot } from "../../workbook/port";
import type { AnnualInput } from "../cycle/annual-job";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { rankingTabs } from "../cycle/history";
import { inputHash } from "../shared/input-hash";
import { isUnfinished, unfinishedIssues } from "../shared/unfinished";
import type { Inspection } from "../assessment/inspect";
import { countErrors, issueAt, type Issue } from "../shared/issue";
import { ARRANGEMENT_SHEET } from "../calendar/arrangement-sheet";
import { jobCalendar, statutoryNotes } from "../calendar/work-calendar";
import { rankingSheets } from "../assessment/rank-job";
import { scoreDataOf, dataSheets } from "../assessment/score-data";
import { APPEALS_SHEET, readAppealsRegister, registerUpdateSpec } from "./appeals-register";
import { CHANGES_SHEET, changesSheetSpec } from "./changes-sheet";
import { HEADER_ROW, RANKING_COLUMN } from "../assessment/ranking-sheet";
import { readTemplateSheet, TEMPLATE_SHEET } from "../assessment/template-sheet";
import { formatTimestamp } from "../shared/timestamp";

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

/** A ranking tab of the workbook that is not itself a correction, for its period. */
const publishedTabs = (snapshot: WorkbookSnapshot) =>
  rankingTabs(snapshot).filter((tab) => !snapshot.registry[tab]?.corrects);

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
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const none = (problems: Issue[], template: LoadedTemplate | null = null): AppealsJobResult => ({
    template,
    appeals: [],
    issues: [],
    corrections: [],
    sheets: [],
    problems,
    notes: [],
  });
  const { snapshot } = input;
  const templateGrid = snapshot.grids.get(TEMPLATE_SHEET);
  const read = templateGrid ? readTemplateSheet(templateGrid) : null;
  if (!read) return none([issueAt("error", "annual.noTemplate", { file: input.source })]);
  if (!read.ok) return none(read.issues);
  const template = read.value.loaded;
  if (!register) return none([issueAt("error", "appeals.noRegister", {})], template);
  const { appeals, missing } = readAppealsRegister(register);
  if (missing.length > 0 && appeals.length === 0 && missing.includes("编号"))
    return none(
      [issueAt("error", "appeals.notRegister", { missing: missing.join("、") })],
      template
    );
  const tabs = publishedTabs(snapshot);
  if (tabs.length === 0)
    return none([issueAt("error", "results.noRanking", { file: input.source })], template);
  // Appeals are judged against published tabs and their data: none of them may be half written.
  const unfinished = unfinishedIssues(snapshot, [
    ...rankingTabs(snapshot),
    ...dataSheets(snapshot),
  ]);
  if (unfinished.length > 0) return none(unfinished, template);

  const rules = outcomeRules(template.template);
  const byPeriod = new Map<
    string,
    { tab: string; facts: PeriodFacts; data: Extract<ReturnType<typeof scoreDataOf>, { ok: true }> }
  >();
  const counting = jobCalendar(snapshot, options.arrangement);
  if (countErrors(counting.issues) > 0) return none(counting.issues, template);
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
          : issueAt("error", "results.noScores", { sheet: data.tried.join("、"), ranking: tab })
      );
      continue;
    }
    const published =
      options.published ?? serialOf((provenance.generatedAt ?? "").slice(0, 10) || "2000-01-01");
    const deadline = appealDeadline(rules, published, counting.calendar);
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
  if (problems.length > 0) return none(problems, template);

  // The states the add-in last wrote (its register, or the copy an earlier --apply kept): never back from them.
  const recordedStates = new Map(Object.entries(snapshot.registry[APPEALS_SHEET]?.states ?? {}));
  const issues = checkAppeals(
    appeals,
    new Map([...byPeriod].map(([period, p]) => [period, p.facts])),
    template.template.fullScore,
    recordedStates
  );
  const perAppeal = appeals.map((a) => ({
    id: a.id ?? `#${a.row}`,
    row: a.row,
    state: a.state ?? "",
    issues: issues.filter((issue) => issue.row === a.row),
  }));
  const result: AppealsJobResult = {
    template,
    appeals: perAppeal,
    issues,
    corrections: [],
    sheets: [],
    problems: [],
    notes: statutoryNotes(counting.calendar),
  };
  if (!options.apply) return result;

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
    const suffix = say("sheet.rank.correctionSuffix", { n });
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
    result.corrections.push({ period, published: tab, corrected, applied, changes });
    result.sheets.push(
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
  return result;
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

export type RegisterOutcome =
  | { ok: true; id: string; period: string; employeeId: string; created: boolean }
  | { ok: false; key: MessageKey; params: MessageParams };

/**
 * Registers an appeal in the open workbook's 申诉登记 (made on the first appeal): the period and 工号 from
 * a row of a ranking tab (the selection) or as typed, the next number of the period (`SS-2025Q4-003`),
 * state 已登记. A register that is the user's own sheet is never rewritten: the pane says to fill it there.
 */
export async function registerAppeal(
  book: Workbook,
  input: {
    tab?: string;
    row?: number;
    period?: string;
    employeeId?: string;
    indicator?: string;
    reason?: string;
    submitted: number;
    locale?: Locale;
    now?: Date;
  }
): Promise<RegisterOutcome> {
  const listed = await book.read([]);
  const tabs = rankingTabs(listed);
  const snapshot = await book.read([APPEALS_SHEET, AUDIT_SHEET, ...(input.tab ? [input.tab] : [])]);
  let period = input.period?.trim().toUpperCase() ?? "";
  let employeeId = input.employeeId?.trim() ?? "";
  if (input.tab !== undefined && input.row !== undefined) {
    if (!tabs.includes(input.tab))
      return { ok: false, key: "appeals.notRankingRow", params: { sheet: input.tab } };
    if (isUnfinished(listed, input.tab))
      return { ok: false, key: "sheet.unfinished", params: { sheet: input.tab } };
    const grid = snapshot.grids.get(input.tab);
    const id = grid?.rows[input.row]?.[RANKING_COLUMN.id];
    if (!id || (id.kind !== "text" && id.kind !== "number") || input.row < HEADER_ROW)
      return { ok: false, key: "appeals.notRankingRow", params: { sheet: input.tab } };
    period = (listed.registry[input.tab]?.period ?? "").toUpperCase();
    employeeId = String(id.value);
  }
  if (!period || !employeeId) return { ok: false, key: "appeals.needsWho", params: {} };
  const existing = listed.sheets.find((sheet) => sheet.name === APPEALS_SHEET);
  if (existing && !existing.owned)
    return { ok: false, key: "appeals.userRegister", params: { sheet: APPEALS_SHEET } };
  const grid = snapshot.grids.get(APPEALS_SHEET);
  const read = grid ? readAppealsRegister(grid) : null;
  // The add-in's register with its 编号 column gone: appending would lose track of the numbers.
  if (read && !read.columns.has("id"))
    return { ok: false, key: "appeals.notRegister", params: { missing: "编号" } };
  const appeals = read?.appeals ?? [];
  const prefix = `SS-${period}-`;
  const next =
    1 +
    Math.max(
      0,
      ...appeals
        .map((a) => (a.id?.startsWith(prefix) ? Number(a.id.slice(prefix.length)) : 0))
        .filter((n) => Number.isFinite(n))
    );
  const id = `${prefix}${String(next).padStart(3, "0")}`;
  const appeal: Appeal = {
    row: appeals.length + 4,
    cells: {},
    id,
    period,
    employeeId,
    indicator: input.indicator?.trim() || undefined,
    reason: input.reason?.trim() || undefined,
    submitted: input.submitted,
    state: APPEAL_STATES[0],
    unreadable: [],
  };
  await book.write(
    withAuditLog(
      [
        registerUpdateSpec(grid, { append: appeal }, [...appeals, appeal], {
          period,
          locale: input.locale,
          generatedAt: formatTimestamp(input.now ?? new Date()),
        }),
      ],
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "appeals",
        summary: formatMessage(input.locale ?? "zh-CN", "audit.summary.registered", {
          id,
          employeeId,
          period,
        }),
        now: input.now,
      },
      input.locale
    )
  );
  return { ok: true, id, period, employeeId, created: !grid };
}

/** Moves an appeal of the add-in's register one state on (已登记 → 调查中 → 待审批 → 已答复), never back. */
export async function advanceAppeal(
  book: Workbook,
  appealId: string,
  options: { locale?: Locale; now?: Date } = {}
): Promise<RegisterOutcome> {
  const snapshot = await book.read([APPEALS_SHEET, AUDIT_SHEET]);
  const entry = snapshot.sheets.find((sheet) => sheet.name === APPEALS_SHEET);
  if (!entry || !entry.owned)
    return { ok: false, key: "appeals.userRegister", params: { sheet: APPEALS_SHEET } };
  const grid = snapshot.grids.get(APPEALS_SHEET) as Grid;
  const { appeals, columns } = readAppealsRegister(grid);
  const appeal = appeals.find((a) => a.id === appealId);
  const at = APPEAL_STATES.indexOf((appeal?.state ?? "").trim() as (typeof APPEAL_STATES)[number]);
  const column = columns.get("state");
  if (!appeal || at < 0 || at === APPEAL_STATES.length - 1 || column === undefined)
    return { ok: false, key: "appeals.cannotAdvance", params: { id: appealId } };
  appeal.state = APPEAL_STATES[at + 1];
  await book.write(
    withAuditLog(
      [
        registerUpdateSpec(
          grid,
          { state: { row: appeal.row - 1, column, value: appeal.state } },
          appeals,
          {
            period: appeal.period,
            locale: options.locale,
            generatedAt: formatTimestamp(options.now ?? new Date()),
          }
        ),
      ],
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "appeals",
        summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.advanced", {
          id: appealId,
          state: appeal.state,
        }),
        now: options.now,
      },
      options.locale
    )
  );
  return {
    ok: true,
    id: appealId,
    period: appeal.period ?? "",
    employeeId: appeal.employeeId ?? "",
    created: false,
  };
}
