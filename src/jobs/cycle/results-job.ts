import { unfinishedIssues } from "../shared/unfinished";
import type { AssessReport } from "../../core/assess/assess";
import {
  localIsoDay,
  serialOf,
  type OfficialCalendar,
} from "../../core/calendar/official-calendar";
import { historyProblems, type QuarterResult } from "../../core/cycle/history";
import { parsePeriod, periodOrder, type Period } from "../../core/cycle/periods";
import { cycleResults, type CycleResults } from "../../core/cycle/results";
import { formatMessage, joinList, type Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { err, ok, type Result } from "../../core/util/result";
import {
  freeSheetName,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import type { AnnualInput } from "./annual-job";
import { AUDIT_SHEET, withAuditLog, type AuditEntry } from "../shared/audit-log";
import { rankingResult, rankingTabs } from "./history";
import { inputHash } from "../shared/input-hash";
import { countErrors, issueAt, type Issue } from "../shared/issue";
import { ARRANGEMENT_SHEET } from "../calendar/arrangement-sheet";
import { jobCalendar, statutoryLine, statutoryNotes } from "../calendar/work-calendar";
import type { ArrangementDay } from "../../core/calendar/arrangement";
import { dataSheets, scoreDataOf, type ScoreData } from "../assessment/score-data";
import { feedbackSheetName, feedbackSheetSpecs } from "./feedback-sheet";
import { OUTCOMES_SHEET, RECTIFICATION_SHEET, resultSheets, TRAINING_SHEET } from "./result-sheets";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";
import { workbookTemplate } from "../shared/workbook-template";

/** A workbook with ranking tabs as read, and what to call it in messages. */
export type RankingInput = AnnualInput;

export type ResultsJobOptions = {
  /** Which ranking tab (its period); default the latest of the workbook. */
  period?: string;
  /** Earlier ranking workbooks (§1); the workbook's own other ranking tabs are history too. */
  history?: readonly RankingInput[];
  /** The publication date (an Excel serial); default today. */
  published?: number;
  /** The score data the ranking was made from; default the one the registry names. */
  sheet?: string;
  template?: LoadedTemplate;
  locale?: Locale;
  now?: Date;
  /** The calendar to count with; default the bundled one with the workbook's 放假安排 and `arrangement`. */
  calendar?: OfficialCalendar;
  /** Days of the State Council's arrangements loaded for this job (`--calendar`). */
  arrangement?: readonly ArrangementDay[];
  /** Names already taken in the workbook written into (a user's sheet is never replaced). */
  existing?: Pick<WorkbookSnapshot, "sheets">;
};

export type ResultsJobResult = {
  template: LoadedTemplate | null;
  rankingSheet: string | null;
  results: CycleResults | null;
  inputHash: string | null;
  /** Errors that stop the job: no ranking, changed inputs or template, a bad history. */
  problems: Issue[];
  /** What the outputs say besides: deadlines counted without the year's arrangement (calendar.statutory). */
  notes: Issue[];
  /** 反馈单, 结果应用, 整改跟踪, 培训需求. */
  sheets: SheetSpec[];
};

/** The sheets a results job reads: the template, every ranking tab and the score data the registry names. */
export const resultsSheetsToRead = (
  snapshot: Pick<WorkbookSnapshot, "registry">,
  sheet?: string
) => [
  TEMPLATE_SHEET,
  AUDIT_SHEET,
  ARRANGEMENT_SHEET,
  ...rankingTabs(snapshot),
  ...(sheet ? [sheet] : dataSheets(snapshot)),
];

/**
 * `results` (cycle.md §3–§4): for one ranking tab, found through the registry, the score data it was made
 * from is scored again (its input hash must equal the tab's, and the template its fingerprint, so the feedback
 * is the published ranking's), the history gives trends and failures in a row, and four sheets are made:
 * 反馈单, 结果应用, 整改跟踪 and 培训需求.
 */
export function resultsJob(input: RankingInput, options: ResultsJobOptions = {}): ResultsJobResult {
  const locale = options.locale ?? "zh-CN";
  const { snapshot } = input;
  const loaded = workbookTemplate(snapshot, input.source, options.template);
  if (!loaded.ok) return noResults(loaded.error);
  const template = loaded.value;
  const ranking = rankingToUse(input, options.period, template, locale);
  if (!ranking.ok) return noResults(ranking.error, template);
  const { tabs, current } = ranking.value;
  const provenance = snapshot.registry[current.tab];

  // The score data: the named sheet, else the one whose records hash to the tab's input hash.
  const data = scoreDataOf(snapshot, provenance, template, options.sheet);
  if (!data.ok) return noResults([scoreDataProblem(data, current.tab, locale)], template);
  const inspection = data.inspection;

  const history = rankingHistory(input, options.history ?? [], tabs, current.tab, template);
  const problems = historyProblems(template.template.id, [
    {
      period: provenance.period ?? "",
      templateId: template.template.id,
      source: `${input.source} · ${current.tab}`,
    },
    ...history,
  ]);
  if (problems.length > 0)
    return noResults(
      problems.map((problem) => issueAt("error", problem.key, problem.params)),
      template
    );

  const now = options.now ?? new Date();
  const today = serialOf(localIsoDay(now));
  const counted = countResults(snapshot, template, inspection.assessed, options, {
    period: current.period as Period,
    history,
    published: options.published ?? today,
  });
  if (!counted.ok) return noResults(counted.error, template);
  const { results, calendar } = counted.value;
  const hash = provenance.inputHash ?? inputHash(inspection.records);
  return {
    template,
    rankingSheet: current.tab,
    results,
    inputHash: hash,
    problems: [],
    notes: statutoryNotes(calendar),
    sheets: resultsSheets(template, results, {
      existing: options.existing ?? { sheets: [] },
      generatedAt: formatTimestamp(now),
      inputHash: hash,
      today,
      locale,
      calendarNote: statutoryLine(calendar, locale),
    }),
  };
}

/** A results job that stops at its problems (with the template, once it is known). */
const noResults = (
  problems: Issue[],
  template: LoadedTemplate | null = null
): ResultsJobResult => ({
  template,
  rankingSheet: null,
  results: null,
  inputHash: null,
  problems,
  notes: [],
  sheets: [],
});

/** A ranking tab of the workbook, with the period its registry entry gives. */
export type RankingTab = { tab: string; period: Period | null };

/**
 * The ranking tab the results are for: the period asked for, else the latest. The ranking tabs and their
 * score data must be whole, and the tab made with this template.
 */
export function rankingToUse(
  input: RankingInput,
  period: string | undefined,
  template: LoadedTemplate,
  locale: Locale,
  /** What a workbook without a ranking is told, in the words of the job asking (results, calibrate). */
  noRanking: "results.noRanking" | "calibrate.noRanking" = "results.noRanking"
): Result<{ tabs: RankingTab[]; current: RankingTab }, Issue[]> {
  const { snapshot } = input;
  const tabs = rankingTabs(snapshot)
    .map((tab) => ({ tab, period: parsePeriod(snapshot.registry[tab]?.period ?? "") }))
    .filter((entry) => entry.period !== null);
  if (tabs.length === 0) return err([issueAt("error", noRanking, { file: input.source })]);
  // The tab, its history and its score data must be whole: a half-written one would decide outcomes.
  const unfinished = unfinishedIssues(snapshot, [
    ...rankingTabs(snapshot),
    ...dataSheets(snapshot),
  ]);
  if (unfinished.length > 0) return err(unfinished);
  const wanted = period ? parsePeriod(period) : null;
  // A period typed that is no period (Q4-2025) is said, never read as "the latest".
  if (period && !wanted) return err([issueAt("error", "period.invalid", { text: period })]);
  const current = wanted
    ? tabs.filter((entry) => periodOrder(entry.period) === periodOrder(wanted)).pop()
    : [...tabs].sort((a, b) => periodOrder(a.period) - periodOrder(b.period)).pop();
  if (!current)
    return err([
      issueAt("error", "results.noPeriod", {
        file: input.source,
        period: period ?? "",
        periods: joinList(
          tabs.map((entry) => snapshot.registry[entry.tab]?.period ?? entry.tab),
          locale
        ),
      }),
    ]);
  const provenance = snapshot.registry[current.tab];
  if (provenance.templateFingerprint && provenance.templateFingerprint !== template.fingerprint)
    return err([
      issueAt("error", "results.templateChanged", {
        sheet: current.tab,
        recorded: provenance.templateFingerprint.slice(0, 8),
        actual: template.fingerprint.slice(0, 8),
      }),
    ]);
  return ok({ tabs, current });
}

/** Why no score data was found: a sheet edited after the ranking, or none of those tried. */
export function scoreDataProblem(
  data: Extract<ScoreData, { ok: false }>,
  ranking: string,
  locale: Locale,
  /** The job whose words say it (each names itself and what to do). */
  job: "results" | "calibrate" = "results"
): Issue {
  return data.changed
    ? issueAt("error", `${job}.inputsChanged`, { sheet: data.changed, ranking })
    : issueAt("error", `${job}.noScores`, { sheet: joinList(data.tried, locale), ranking });
}

/** §1: the workbook's other ranking tabs and the given workbooks are the history. */
function rankingHistory(
  input: RankingInput,
  others: readonly RankingInput[],
  tabs: readonly RankingTab[],
  currentTab: string,
  template: LoadedTemplate
): QuarterResult[] {
  const history: QuarterResult[] = [];
  for (const entry of tabs)
    if (entry.tab !== currentTab) {
      const result = rankingResult(input.snapshot, entry.tab, input.source, template);
      if (result) history.push(result);
    }
  for (const other of others)
    for (const tab of rankingTabs(other.snapshot)) {
      const result = rankingResult(other.snapshot, tab, other.source, template);
      if (result) history.push(result);
    }
  return history;
}

/**
 * The outcomes, their deadlines counted in working days on the calendar given, else the bundled one with the
 * workbook's 放假安排 and the arrangement loaded for the job.
 */
function countResults(
  snapshot: WorkbookSnapshot,
  template: LoadedTemplate,
  assessed: Pick<AssessReport, "ranked" | "unranked">,
  options: Pick<ResultsJobOptions, "calendar" | "arrangement">,
  context: { period: Period; history: QuarterResult[]; published: number }
): Result<{ results: CycleResults; calendar: OfficialCalendar }, Issue[]> {
  const counting = options.calendar
    ? { calendar: options.calendar, issues: [] }
    : jobCalendar(snapshot, options.arrangement);
  if (countErrors(counting.issues) > 0) return err(counting.issues);
  const calendar = counting.calendar;
  const computed = cycleResults(template, assessed, { ...context, calendar });
  if (!computed.ok)
    return err([
      issueAt("error", "results.outOfCalendar", {
        date: computed.error.date,
        from: computed.error.from,
        to: computed.error.to,
      }),
    ]);
  return ok({ results: computed.value, calendar });
}

/** 反馈单, 结果应用, 整改跟踪 and 培训需求, each under its name or, if a sheet has it, the next free one. */
function resultsSheets(
  template: LoadedTemplate,
  results: CycleResults,
  context: {
    existing: Pick<WorkbookSnapshot, "sheets">;
    generatedAt: string;
    inputHash: string;
    today: number;
    locale: Locale;
    calendarNote: string | undefined;
  }
): SheetSpec[] {
  const { generatedAt, inputHash, today, locale, calendarNote } = context;
  const name = (wanted: string) => freeSheetName(wanted, context.existing);
  return [
    ...feedbackSheetSpecs(template, results, {
      name: (k) => name(feedbackSheetName(k)),
      generatedAt,
      inputHash,
      locale,
      calendarNote,
    }),
    ...resultSheets(template, results, {
      names: {
        outcomes: name(OUTCOMES_SHEET),
        rectification: name(RECTIFICATION_SHEET),
        training: name(TRAINING_SHEET),
      },
      generatedAt,
      inputHash,
      today,
      locale,
      calendarNote,
    }),
  ];
}

/**
 * `results` inside a workbook (the pane): the ranking tab and its history are the workbook's own; the four
 * sheets are written into it in one write, a user's sheet of the same name kept (the new one gets a suffix).
 */
export async function resultsInWorkbook(
  book: Workbook,
  options: Omit<ResultsJobOptions, "existing" | "history"> & { source: string; who?: string }
): Promise<ResultsJobResult> {
  const listed = await book.read([]);
  const snapshot = await book.read(resultsSheetsToRead(listed, options.sheet));
  const result = resultsJob(
    { snapshot, source: options.source },
    { ...options, existing: snapshot }
  );
  if (result.sheets.length > 0)
    await book.write(
      withAuditLog(
        result.sheets,
        snapshot.grids.get(AUDIT_SHEET),
        resultsAudit(result, options),
        options.locale
      )
    );
  return result;
}

/** The 审计日志 row of a results job. */
export function resultsAudit(
  result: ResultsJobResult,
  options: { who?: string; locale?: Locale; now?: Date }
): AuditEntry {
  const r = result.results;
  return {
    job: "results",
    who: options.who,
    template: result.template,
    inputHash: result.inputHash,
    summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.results", {
      period: r?.period ?? "",
      objects: r?.objects.length ?? 0,
      reward: r?.counts.reward ?? 0,
      warning: r?.counts.warning ?? 0,
      penalty: r?.counts.penalty ?? 0,
    }),
    now: options.now,
  };
}
