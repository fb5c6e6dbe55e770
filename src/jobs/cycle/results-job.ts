import { unfinishedIssues } from "../shared/unfinished";
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
import { dataSheets, scoreDataOf } from "../assessment/score-data";
import { FEEDBACK_SHEET, feedbackSheetSpec } from "./feedback-sheet";
import { OUTCOMES_SHEET, RECTIFICATION_SHEET, resultSheets, TRAINING_SHEET } from "./result-sheets";
import { readTemplateSheet, TEMPLATE_SHEET } from "../assessment/template-sheet";
import { formatTimestamp } from "../shared/timestamp";

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
  const none = (problems: Issue[], template: LoadedTemplate | null = null): ResultsJobResult => ({
    template,
    rankingSheet: null,
    results: null,
    inputHash: null,
    problems,
    notes: [],
    sheets: [],
  });
  const { snapshot } = input;
  let template = options.template ?? null;
  if (!template) {
    const grid = snapshot.grids.get(TEMPLATE_SHEET);
    const read = grid ? readTemplateSheet(grid) : null;
    if (!read) return none([issueAt("error", "annual.noTemplate", { file: input.source })]);
    if (!read.ok) return none(read.issues);
    template = read.value.loaded;
  }
  const tabs = rankingTabs(snapshot)
    .map((tab) => ({ tab, period: parsePeriod(snapshot.registry[tab]?.period ?? "") }))
    .filter((entry) => entry.period !== null);
  if (tabs.length === 0)
    return none([issueAt("error", "results.noRanking", { file: input.source })], template);
  // The tab, its history and its score data must be whole: a half-written one would decide outcomes.
  const unfinished = unfinishedIssues(snapshot, [
    ...rankingTabs(snapshot),
    ...dataSheets(snapshot),
  ]);
  if (unfinished.length > 0) return none(unfinished, template);
  const wanted = options.period ? parsePeriod(options.period) : null;
  const current = wanted
    ? tabs.filter((entry) => periodOrder(entry.period) === periodOrder(wanted)).pop()
    : [...tabs].sort((a, b) => periodOrder(a.period) - periodOrder(b.period)).pop();
  if (!current)
    return none(
      [
        issueAt("error", "results.noPeriod", {
          file: input.source,
          period: options.period ?? "",
          periods: joinList(
            tabs.map((entry) => snapshot.registry[entry.tab]?.period ?? entry.tab),
            locale
          ),
        }),
      ],
      template
    );
  const provenance = snapshot.registry[current.tab];
  const period = current.period as Period;
  if (provenance.templateFingerprint && provenance.templateFingerprint !== template.fingerprint)
    return none(
      [
        issueAt("error", "results.templateChanged", {
          sheet: current.tab,
          recorded: provenance.templateFingerprint.slice(0, 8),
          actual: template.fingerprint.slice(0, 8),
        }),
      ],
      template
    );

  // The score data: the named sheet, else the one whose records hash to the tab's input hash.
  const data = scoreDataOf(snapshot, provenance, template, options.sheet);
  if (!data.ok)
    return none(
      [
        data.changed
          ? issueAt("error", "results.inputsChanged", { sheet: data.changed, ranking: current.tab })
          : issueAt("error", "results.noScores", {
              sheet: joinList(data.tried, locale),
              ranking: current.tab,
            }),
      ],
      template
    );
  const inspection = data.inspection;

  // §1: the workbook's other ranking tabs and the given workbooks are the history.
  const history: QuarterResult[] = [];
  for (const entry of tabs)
    if (entry.tab !== current.tab) {
      const result = rankingResult(snapshot, entry.tab, input.source, template);
      if (result) history.push(result);
    }
  for (const other of options.history ?? [])
    for (const tab of rankingTabs(other.snapshot)) {
      const result = rankingResult(other.snapshot, tab, other.source, template);
      if (result) history.push(result);
    }
  const problems = historyProblems(template.template.id, [
    {
      period: provenance.period ?? "",
      templateId: template.template.id,
      source: `${input.source} · ${current.tab}`,
    },
    ...history,
  ]);
  if (problems.length > 0)
    return none(
      problems.map((problem) => issueAt("error", problem.key, problem.params)),
      template
    );

  const now = options.now ?? new Date();
  const today = serialOf(localIsoDay(now));
  const counting = options.calendar
    ? { calendar: options.calendar, issues: [] }
    : jobCalendar(snapshot, options.arrangement);
  if (countErrors(counting.issues) > 0) return none(counting.issues, template);
  const calendar = counting.calendar;
  const computed = cycleResults(template, inspection.assessed, {
    period,
    history,
    published: options.published ?? today,
    calendar,
  });
  if (!computed.ok)
    return none(
      [
        issueAt("error", "results.outOfCalendar", {
          date: computed.error.date,
          from: computed.error.from,
          to: computed.error.to,
        }),
      ],
      template
    );
  const results = computed.value;
  const notes = statutoryNotes(calendar);
  const calendarNote = statutoryLine(calendar, locale);
  const hash = provenance.inputHash ?? inputHash(inspection.records);
  const generatedAt = formatTimestamp(now);
  const existing = options.existing ?? { sheets: [] };
  const name = (wanted: string) => freeSheetName(wanted, existing);
  const sheets = [
    feedbackSheetSpec(template, results, {
      name: name(FEEDBACK_SHEET),
      generatedAt,
      inputHash: hash,
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
      inputHash: hash,
      today,
      locale,
      calendarNote,
    }),
  ];
  return {
    template,
    rankingSheet: current.tab,
    results,
    inputHash: hash,
    problems: [],
    notes,
    sheets,
  };
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
