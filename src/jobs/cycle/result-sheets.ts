import { suggestedCourses } from "../../core/cycle/feedback";
import { isoDate } from "../../core/calendar/official-calendar";
import type { CycleResults, ObjectResult } from "../../core/cycle/results";
import { joinList, type Locale, type MessageKey } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { a1, columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { oneLineHeaders, shownWidth, tableLayout } from "../shared/print-layout";
import { sayIn, type Say } from "../shared/say";
import { tableHead, wrappedRowHeight } from "../shared/table-rows";
import { templateProvenance } from "../shared/template-provenance";
import { periodTitle } from "../assessment/ranking-sheet";

export const OUTCOMES_SHEET = "结果应用";
export const RECTIFICATION_SHEET = "整改跟踪";
export const TRAINING_SHEET = "培训需求";

export type ResultSheetsOptions = {
  /** The names to write under (a user's sheet of the default name is never replaced). */
  names?: { outcomes?: string; rectification?: string; training?: string };
  generatedAt: string;
  inputHash: string;
  /** "today" for the overdue flag's cached value (the formula recalculates in Excel). */
  today: number;
  locale?: Locale;
  /** Said on the provenance line when a deadline was counted without the year's arrangement. */
  calendarNote?: string;
};

const DATE = "yyyy-mm-dd";
const SCORE = "0.00";
const FIRST_ROW = 3; // 0-based: title, provenance, header

/** What the three lists share: their language, the template, the period and the provenance line. */
type ResultsFrame = {
  say: Say;
  locale: Locale;
  loaded: LoadedTemplate;
  results: CycleResults;
  options: ResultSheetsOptions;
  /** The period as the titles say it ("2025年第四季度"). */
  period: string;
  provenanceLine: string;
};

/**
 * The three lists of cycle.md §3–§4 that go with the 反馈单: 结果应用 (every object and its outcome),
 * 整改跟踪 (one row per warning, with a 状态 drop-down and a native overdue formula that stays true in
 * Excel without the add-in), and 培训需求 (per course, the people in total and per branch).
 */
export function resultSheets(
  loaded: LoadedTemplate,
  results: CycleResults,
  options: ResultSheetsOptions
): SheetSpec[] {
  const locale = options.locale ?? "zh-CN";
  const say = sayIn(locale);
  const t = loaded.template;
  const frame: ResultsFrame = {
    say,
    locale,
    loaded,
    results,
    options,
    period: periodTitle(results.period, locale),
    provenanceLine:
      say("sheet.results.provenance", {
        template: t.name,
        version: t.version,
        fingerprint: loaded.fingerprint.slice(0, 8),
        published: isoDate(results.published),
        deadline: isoDate(results.appealDeadline),
        generatedAt: options.generatedAt,
      }) + (options.calendarNote ? ` ${options.calendarNote}` : ""),
  };
  return [outcomesSheet(frame), rectificationSheet(frame), trainingSheet(frame)];
}

const provenanceOf = (
  { loaded, results, options }: ResultsFrame,
  kind: "outcomes" | "rectification" | "training"
) =>
  templateProvenance(kind, loaded, {
    inputHash: options.inputHash,
    period: results.period,
    generatedAt: options.generatedAt,
  });

/** The names of an object's indicators by id, as a list ("存款增长、客户投诉"). */
function indicatorNames({ loaded, locale }: ResultsFrame, object: ObjectResult, ids: string[]) {
  const post = loaded.template.posts.find((p) => p.id === object.row.post?.id);
  return joinList(
    ids.map((id) => post?.indicators.find((indicator) => indicator.id === id)?.name ?? id),
    locale
  );
}
const weaknesses = (frame: ResultsFrame, object: ObjectResult) =>
  indicatorNames(frame, object, object.feedback?.weaknesses ?? []);

/**
 * A list under its title and the provenance line, with a filter over its rows and the identity columns kept
 * in view; a list with no rows says so in place of them.
 */
function resultTable(
  { say, provenanceLine }: ResultsFrame,
  table: {
    name: string;
    title: string;
    /** Message keys, or a header's own text (a branch's name). */
    headerKeys: (MessageKey | string)[];
    widths: number[];
    identity: number;
    body: OutCell[][];
    empty: MessageKey;
    /** Columns printed centred with their headers: a grade or a 是 beside a number would touch it. */
    centred?: readonly number[];
  }
) {
  const { name, identity } = table;
  const centred = new Set(table.centred ?? []);
  const align = (cell: OutCell, c: number): OutCell =>
    centred.has(c) ? { ...cell, align: "center" } : cell;
  // Every cell of the body wraps: long names and lists wrap in their columns, and the writers centre wrapped
  // text in its row, so a taller row's other values line up with it (one look for all the rows).
  const body = table.body.map((cells) =>
    cells.map((cell, c): OutCell =>
      centred.has(c) ? { ...cell, wrap: true, align: "center" } : { ...cell, wrap: true }
    )
  );
  const header = table.headerKeys.map((key) =>
    key.includes(".") ? say(key as MessageKey) : (key as string)
  );
  const widths = oneLineHeaders(header, table.widths);
  const layout = tableLayout(header, widths, identity, say("sheet.confidential"), {
    title: table.title,
    line: provenanceLine,
  });
  const [titleRow, lineRow, headerRow] = tableHead(table.title, provenanceLine, header);
  const rows: OutCell[][] = [
    titleRow,
    lineRow,
    headerRow.map(align),
    ...(body.length > 0 ? body : [[{ value: say(table.empty) }]]),
  ];
  const last = columnLetters(widths.length - 1);
  // Wrapped text gets the height it needs, so a printed row never runs into the next.
  const rowHeights = { ...layout.rowHeights };
  body.forEach((cells, k) => {
    const height = wrappedRowHeight(cells, widths, 8);
    if (height > 15) rowHeights[FIRST_ROW + k] = height;
  });
  return {
    name,
    rows,
    columns: widths.map((width) => ({ width })),
    ...layout,
    rowHeights,
    freeze: { rows: FIRST_ROW, columns: identity },
    ...(body.length > 0 ? { filter: `A${FIRST_ROW}:${last}${FIRST_ROW + body.length}` } : {}),
  };
}

/** 结果应用: every object, ranked first in rank order, then those with no result. */
function outcomesSheet(frame: ResultsFrame): SheetSpec {
  const { say, results, options } = frame;
  return {
    ...resultTable(frame, {
      name: options.names?.outcomes ?? OUTCOMES_SHEET,
      title: say("sheet.results.outcomesTitle", { period: frame.period }),
      headerKeys: [
        "sheet.col.id",
        "sheet.col.name",
        "sheet.col.branch",
        "sheet.col.department",
        "sheet.col.post",
        "sheet.col.composite",
        "sheet.col.grade",
        "sheet.results.verdict",
        "sheet.results.reward",
        "sheet.results.deadline",
        "sheet.results.failures",
        "sheet.results.penalty",
        "sheet.results.strengths",
        "sheet.results.weaknesses",
        "sheet.results.training",
      ],
      widths: [9, 9, 11, 11, 11, 8, gradeWidth(frame), 8, 6, 11, 8, 8, 18, 18, 20],
      identity: 2,
      // 等级, 表彰奖励 and 按制度处理 (是): beside 综合得分 and 连续不达标期数 they read 108.70优秀, 4是.
      centred: [6, 8, 11],
      body: results.objects.map((object) => outcomeRow(frame, object)),
      empty: "sheet.results.none",
    }),
    provenance: provenanceOf(frame, "outcomes"),
  };
}

/** 等级 as wide as the template's longest grade (or 否决) on one line: 基本合 / 格 left one character alone. */
const gradeWidth = ({ loaded, say }: ResultsFrame) =>
  Math.max(
    8,
    ...[...loaded.template.grades.map((band) => band.label), say("sheet.results.vetoed")].map(
      (label) => shownWidth(label, undefined)
    )
  );

function outcomeRow(frame: ResultsFrame, object: ObjectResult): OutCell[] {
  const { say, locale } = frame;
  const { row, outcome, feedback } = object;
  const verdict =
    outcome.pass === null
      ? "sheet.results.noResult"
      : outcome.pass
        ? "sheet.results.passed"
        : "sheet.results.failed";
  return [
    { value: row.id },
    { value: row.name ?? null, wrap: true },
    { value: row.branch ?? null, wrap: true },
    { value: row.department ?? null, wrap: true },
    { value: row.post?.name ?? (row.postText || null), wrap: true },
    { value: row.composite, format: SCORE },
    { value: row.veto ? say("sheet.results.vetoed") : row.grade },
    { value: say(verdict) },
    { value: outcome.reward ? say("sheet.results.yes") : null },
    outcome.warning ? { value: { date: outcome.warning.deadline }, format: DATE } : { value: null },
    { value: outcome.pass === false ? outcome.consecutiveFailures : null },
    { value: outcome.penalty ? say("sheet.results.yes") : null },
    {
      value: feedback ? indicatorNames(frame, object, feedback.strengths) || null : null,
      wrap: true,
    },
    { value: feedback ? weaknesses(frame, object) || null : null, wrap: true },
    {
      value: feedback ? joinList(suggestedCourses(feedback), locale) || null : null,
      wrap: true,
    },
  ];
}

/**
 * 整改跟踪: one row per warning; 状态 and 完成日期 are the user's to fill, the overdue flag a native formula
 * that says 是 or 否 (never TRUE) and recalculates wherever the workbook is opened.
 */
function rectificationSheet(frame: ResultsFrame): SheetSpec {
  const { say, results, options } = frame;
  const states = [
    say("sheet.results.state.todo"),
    say("sheet.results.state.doing"),
    say("sheet.results.state.done"),
  ];
  const warned = results.objects.filter((object) => object.outcome.warning !== null);
  const rows: OutCell[][] = warned.map((object, k) => {
    const r = FIRST_ROW + k;
    const deadline = object.outcome.warning?.deadline ?? 0;
    const [yes, no] = [say("sheet.results.yes"), say("sheet.results.no")];
    const formula = `IF(AND(${a1(r, 7)}<>"${states[2]}",TODAY()>${a1(r, 6)}),"${yes}","${no}")`;
    return [
      { value: object.row.id },
      { value: object.row.name ?? null, wrap: true },
      { value: object.row.branch ?? null, wrap: true },
      { value: object.row.post?.name ?? (object.row.postText || null), wrap: true },
      { value: object.row.veto ? say("sheet.results.vetoed") : object.row.grade },
      { value: weaknesses(frame, object) || null, wrap: true },
      { value: { date: deadline }, format: DATE },
      { value: states[0], unlocked: true },
      { value: null, format: DATE, unlocked: true },
      { value: { formula, result: options.today > deadline ? yes : no } },
    ];
  });
  const lastWarned = FIRST_ROW + Math.max(warned.length, 1);
  return {
    ...resultTable(frame, {
      name: options.names?.rectification ?? RECTIFICATION_SHEET,
      title: say("sheet.results.rectificationTitle", { period: frame.period }),
      headerKeys: [
        "sheet.col.id",
        "sheet.col.name",
        "sheet.col.branch",
        "sheet.col.post",
        "sheet.col.grade",
        "sheet.results.weaknesses",
        "sheet.results.deadline",
        "sheet.results.state",
        "sheet.results.doneOn",
        "sheet.results.overdue",
      ],
      widths: [9, 9, 11, 11, gradeWidth(frame), 24, 11, 9, 11, 7],
      identity: 2,
      // 等级 as on 结果应用, and 逾期 (是 / 否) after 完成日期.
      centred: [4, 9],
      body: rows,
      empty: "sheet.results.noWarning",
    }),
    validations:
      warned.length > 0
        ? [
            {
              kind: "list",
              range: `H${FIRST_ROW + 1}:H${lastWarned}`,
              values: states,
              prompt: say("sheet.results.statePrompt"),
              error: say("sheet.results.stateError"),
            },
          ]
        : [],
    provenance: provenanceOf(frame, "rectification"),
  };
}

/** 培训需求: per course, the people in total and per branch (branches in the order of the ranking). */
function trainingSheet(frame: ResultsFrame): SheetSpec {
  const { say, locale, results, options } = frame;
  const branches = [
    ...new Set(results.objects.filter((o) => o.feedback).map((o) => o.row.branch ?? "")),
  ];
  const indicatorName = (id: string) =>
    frame.loaded.template.posts
      .flatMap((post) => post.indicators)
      .find((indicator) => indicator.id === id)?.name ?? id;
  const rows: OutCell[][] = results.training.map((need) => [
    { value: need.course, wrap: true },
    { value: joinList(need.indicators.map(indicatorName), locale), wrap: true },
    { value: need.total },
    ...branches.map((branch) => ({ value: need.byBranch.get(branch) ?? null })),
  ]);
  return {
    ...resultTable(frame, {
      name: options.names?.training ?? TRAINING_SHEET,
      title: say("sheet.results.trainingTitle", { period: frame.period }),
      headerKeys: [
        "sheet.results.course",
        "sheet.results.indicators",
        "sheet.results.total",
        ...branches.map((branch) => branch || say("sheet.results.noBranch")),
      ],
      widths: [22, 18, 8, ...branches.map(() => 9)],
      identity: 1,
      body: rows,
      empty: "sheet.results.noTraining",
    }),
    provenance: provenanceOf(frame, "training"),
  };
}
