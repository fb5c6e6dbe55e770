import type { Locale, MessageKey, MessageParams } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import type { Issue } from "../shared/issue";
import { tableLayout } from "../shared/print-layout";
import { alignTallRows, tableHead, wrappedRowHeight } from "../shared/table-rows";
import { templateProvenance } from "../shared/template-provenance";
import type { SurveyCollected } from "./survey-result";

export const SURVEY_SUMMARY_SHEET = "调查汇总";

type Made = {
  generatedAt: string;
  locale: Locale;
  source: string;
  indicator: string;
  names: ReadonlyMap<string, { name?: string; branch?: string }>;
  say: (key: MessageKey, params?: MessageParams) => string;
};

/** Each object's notes: too few answers, no answer, the score sheet's value kept or replaced. */
function notesOf(
  collected: SurveyCollected,
  fill: readonly Issue[],
  made: Made
): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (object: string, text: string) =>
    notes.set(object, [...(notes.get(object) ?? []), text]);
  for (const o of collected.objects) {
    if (o.answers === 0) add(o.object, made.say("survey.noAnswers"));
    else if (o.fewAnswers)
      add(o.object, made.say("survey.fewAnswers", { object: o.object, answers: o.answers }));
  }
  for (const issue of fill) {
    const id = issue.params.id;
    if (typeof id !== "string") continue;
    const object = collected.by === "id" ? id : made.names.get(id)?.branch;
    if (object) add(object, made.say(issue.key, issue.params));
  }
  return notes;
}

/**
 * 调查汇总 (reviews.md §5): per object (工号 or 机构) the answers counted, the value and the warnings; then the
 * export's errors, each with its cell, and the people scored on the indicator who got no value. No respondent is named: the export names none.
 */
export function surveySummarySheet(
  collected: SurveyCollected,
  fill: { issues: readonly Issue[]; unfilled: readonly string[] },
  loaded: LoadedTemplate,
  made: Made
): SheetSpec {
  const t = loaded.template;
  const indicator = t.posts.flatMap((p) => p.indicators).find((i) => i.id === made.indicator);
  const byId = collected.by === "id";
  const header = [
    made.say(byId ? "sheet.survey.col.id" : "sheet.survey.col.branch"),
    made.say("sheet.survey.col.name"),
    made.say("sheet.survey.col.answers"),
    `${indicator?.name ?? made.indicator}（${made.indicator}）`,
    made.say("sheet.survey.col.notes"),
  ];
  const widths = [14, 14, 10, 16, 50];
  const title = made.say("sheet.survey.title", { name: t.name });
  const line = made.say("sheet.survey.line", {
    name: t.name,
    measure: made.say(`sheet.survey.measure.${collected.measure}` as MessageKey),
    scale: collected.scale,
    source: made.source,
    version: t.version,
    fingerprint: loaded.fingerprint.slice(0, 8),
    time: made.generatedAt,
  });
  const rows: OutCell[][] = tableHead(title, line, header, 14);
  rows[2] = rows[2].map((cell, c) => (c === 2 || c === 3 ? { ...cell, align: "right" } : cell));
  const heights: Record<number, number> = {};
  const push = (row: OutCell[]) => {
    const height = wrappedRowHeight(row, widths, 8);
    if (height > 15) heights[rows.length] = height;
    rows.push(row);
  };
  const notes = notesOf(collected, fill.issues, made);
  for (const o of collected.objects)
    push([
      { value: o.object },
      { value: byId ? (made.names.get(o.object)?.name ?? null) : null },
      { value: o.answers },
      { value: o.value, format: "0.00" },
      { value: (notes.get(o.object) ?? []).join("\n") || null, wrap: true },
    ]);
  const objectsEnd = rows.length;
  const errors = collected.issues.filter((issue) => issue.severity === "error");
  push([]);
  push([{ value: made.say("sheet.survey.errors", { count: errors.length }), bold: true }]);
  for (const issue of errors)
    push([
      { value: issue.cell ?? null },
      // Not wrapped: the message runs on over the empty cells to its right.
      { value: made.say(issue.key, issue.params) },
    ]);
  if (errors.length === 0) push([{ value: made.say("sheet.survey.none") }]);
  push([]);
  push([{ value: made.say("sheet.survey.unfilled", { count: fill.unfilled.length }), bold: true }]);
  for (const id of fill.unfilled)
    push([
      { value: id },
      { value: made.names.get(id)?.name ?? null },
      { value: made.names.get(id)?.branch ?? null },
    ]);
  if (fill.unfilled.length === 0) push([{ value: made.say("sheet.survey.none") }]);
  const layout = tableLayout(header, widths, 1, made.say("sheet.confidential"), {
    title,
    titleSize: 14,
    line,
  });
  const rowHeights = { ...layout.rowHeights, ...heights };
  return {
    name: SURVEY_SUMMARY_SHEET,
    rows: alignTallRows(rows, rowHeights, 3),
    columns: widths.map((width) => ({ width })),
    ...layout,
    rowHeights,
    freeze: { rows: 3, columns: 1 },
    filter: `A3:${columnLetters(header.length - 1)}${Math.max(3, objectsEnd)}`,
    provenance: templateProvenance("surveySummary", loaded, {
      inputHash: collected.inputHash,
      generatedAt: made.generatedAt,
    }),
  };
}
