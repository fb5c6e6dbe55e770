import { isoDate } from "../../core/calendar/official-calendar";
import type { CycleResults, ObjectResult } from "../../core/cycle/results";
import {
  formatMessage,
  joinList,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import {
  a1,
  columnLetters,
  type OutCell,
  type Provenance,
  type SheetSpec,
} from "../../workbook/port";
import { tableLayout, wrappedHeight } from "../shared/print-layout";
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
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const t = loaded.template;
  const provenanceLine =
    say("sheet.results.provenance", {
      template: t.name,
      version: t.version,
      fingerprint: loaded.fingerprint.slice(0, 8),
      published: isoDate(results.published),
      deadline: isoDate(results.appealDeadline),
      generatedAt: options.generatedAt,
    }) + (options.calendarNote ? ` ${options.calendarNote}` : "");
  const provenance = (kind: Provenance["kind"]): Provenance => ({
    kind,
    templateId: t.id,
    templateVersion: t.version,
    templateFingerprint: loaded.fingerprint,
    inputHash: options.inputHash,
    period: results.period,
    generatedAt: options.generatedAt,
  });
  const period = periodTitle(results.period, locale);
  const names = (object: ObjectResult, ids: string[]) => {
    const post = t.posts.find((p) => p.id === object.row.post?.id);
    return joinList(
      ids.map((id) => post?.indicators.find((indicator) => indicator.id === id)?.name ?? id),
      locale
    );
  };
  const weaknesses = (object: ObjectResult) => names(object, object.feedback?.weaknesses ?? []);
  const table = (
    name: string,
    title: string,
    headerKeys: (MessageKey | string)[],
    widths: number[],
    identity: number,
    body: OutCell[][],
    empty: MessageKey
  ) => {
    const header = headerKeys.map((key) =>
      key.includes(".") ? say(key as MessageKey) : (key as string)
    );
    const layout = tableLayout(header, widths, identity, say("sheet.confidential"));
    const rows: OutCell[][] = [
      [{ value: title, bold: true, size: 16 }],
      [{ value: provenanceLine, wrap: true }],
      header.map((value) => ({ value, bold: true, fill: "DDEBF7", wrap: true })),
      ...(body.length > 0 ? body : [[{ value: say(empty) }]]),
    ];
    const last = columnLetters(widths.length - 1);
    // Wrapped text gets the height it needs, so a printed row never runs into the next.
    const rowHeights = { ...layout.rowHeights };
    body.forEach((cells, k) => {
      const height = Math.max(
        15,
        ...cells.map((cell, c) =>
          cell.wrap && typeof cell.value === "string"
            ? wrappedHeight(cell.value, Math.max(1, (widths[c] ?? 8) - 1))
            : 15
        )
      );
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
  };

  // 结果应用: every object, ranked first in rank order, then those with no result.
  const outcomeRows: OutCell[][] = results.objects.map((object) => {
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
      outcome.warning
        ? { value: { date: outcome.warning.deadline }, format: DATE }
        : { value: null },
      { value: outcome.pass === false ? outcome.consecutiveFailures : null },
      { value: outcome.penalty ? say("sheet.results.yes") : null },
      { value: feedback ? names(object, feedback.strengths) || null : null, wrap: true },
      { value: feedback ? weaknesses(object) || null : null, wrap: true },
      {
        value: feedback
          ? joinList(
              feedback.training.flatMap((entry) => entry.courses),
              locale
            ) || null
          : null,
        wrap: true,
      },
    ];
  });
  const outcomes: SheetSpec = {
    ...table(
      options.names?.outcomes ?? OUTCOMES_SHEET,
      say("sheet.results.outcomesTitle", { period }),
      [
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
      [9, 9, 11, 11, 11, 8, 8, 8, 6, 11, 8, 8, 18, 18, 20],
      2,
      outcomeRows,
      "sheet.results.none"
    ),
    provenance: provenance("outcomes"),
  };

  // 整改跟踪: one row per warning; 状态 and 完成日期 are the user's to fill, the overdue flag a native formula.
  const states = [
    say("sheet.results.state.todo"),
    say("sheet.results.state.doing"),
    say("sheet.results.state.done"),
  ];
  const warned = results.objects.filter((object) => object.outcome.warning !== null);
  const rectificationRows: OutCell[][] = warned.map((object, k) => {
    const r = FIRST_ROW + k;
    const deadline = object.outcome.warning?.deadline ?? 0;
    const formula = `AND(${a1(r, 7)}<>"${states[2]}",TODAY()>${a1(r, 6)})`;
    return [
      { value: object.row.id },
      { value: object.row.name ?? null, wrap: true },
      { value: object.row.branch ?? null, wrap: true },
      { value: object.row.post?.name ?? (object.row.postText || null), wrap: true },
      { value: object.row.veto ? say("sheet.results.vetoed") : object.row.grade },
      { value: weaknesses(object) || null, wrap: true },
      { value: { date: deadline }, format: DATE },
      { value: states[0], unlocked: true },
      { value: null, format: DATE, unlocked: true },
      { value: { formula, result: options.today > deadline } },
    ];
  });
  const lastWarned = FIRST_ROW + Math.max(warned.length, 1);
  const rectification: SheetSpec = {
    ...table(
      options.names?.rectification ?? RECTIFICATION_SHEET,
      say("sheet.results.rectificationTitle", { period }),
      [
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
      [9, 9, 11, 11, 8, 24, 11, 9, 11, 7],
      2,
      rectificationRows,
      "sheet.results.noWarning"
    ),
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
    provenance: provenance("rectification"),
  };

  // 培训需求: per course, the people in total and per branch (branches in the order of the ranking).
  const branches = [
    ...new Set(results.objects.filter((o) => o.feedback).map((o) => o.row.branch ?? "")),
  ];
  const indicatorName = (id: string) =>
    t.posts.flatMap((post) => post.indicators).find((indicator) => indicator.id === id)?.name ?? id;
  const trainingRows: OutCell[][] = results.training.map((need) => [
    { value: need.course, wrap: true },
    { value: joinList(need.indicators.map(indicatorName), locale), wrap: true },
    { value: need.total },
    ...branches.map((branch) => ({ value: need.byBranch.get(branch) ?? null })),
  ]);
  const training: SheetSpec = {
    ...table(
      options.names?.training ?? TRAINING_SHEET,
      say("sheet.results.trainingTitle", { period }),
      [
        "sheet.results.course",
        "sheet.results.indicators",
        "sheet.results.total",
        ...branches.map((branch) => branch || say("sheet.results.noBranch")),
      ],
      [22, 18, 8, ...branches.map(() => 9)],
      1,
      trainingRows,
      "sheet.results.noTraining"
    ),
    provenance: provenance("training"),
  };
  return [outcomes, rectification, training];
}
