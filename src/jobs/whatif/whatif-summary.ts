import type { GradeBand } from "../../core/template/schema";
import type { GradeCheck, TemplateComparison } from "../../core/whatif/compare-templates";
import type { OutCell } from "../../workbook/port";
import { rankMethodName, type Say } from "../shared/say";
import { templateText, type WhatifContext } from "./whatif-context";
import { SectionSheet, type Placed } from "./whatif-layout";
import { comparedCells, type RowFormats } from "./whatif-rows";

/** How many of the largest moves the summary lists. */
export const TOP_MOVES = 10;
/** The summary's labels span columns A–D; their values start in E. */
const LABEL_SPAN = 4;
const COUNT = "0";
const SHARE = "0.00%";

const count = (value: number): OutCell => ({ value, format: COUNT });

/**
 * 一、概况: the two templates, the rank method, how many rows were compared, moved up, down or stayed, how
 * many were ranked under one template only, and how Δ is read.
 */
export function overviewSection(
  sheet: SectionSheet,
  comparison: TemplateComparison,
  context: WhatifContext,
  say: Say
): void {
  const valueSpan = sheet.widths.length - LABEL_SPAN;
  const label = (key: Parameters<Say>[0]): Placed => ({
    cell: { value: say(key) },
    span: LABEL_SPAN,
  });
  sheet.line(say("sheet.whatif.section.overview"), true);
  sheet.place([
    label("sheet.whatif.templateA"),
    { cell: { value: templateText(context.a, say) }, span: valueSpan },
  ]);
  sheet.place([
    label("sheet.whatif.templateB"),
    { cell: { value: templateText(context.b, say) }, span: valueSpan },
  ]);
  sheet.place([
    label("sheet.whatif.method"),
    {
      cell: {
        value: say("sheet.whatif.methodText", { method: rankMethodName(say, context.method) }),
      },
      span: valueSpan,
    },
  ]);
  const counts: [Parameters<Say>[0], number][] = [
    ["sheet.whatif.compared", comparison.rows.length],
    ["sheet.whatif.up", comparison.moved.up],
    ["sheet.whatif.down", comparison.moved.down],
    ["sheet.whatif.stayed", comparison.moved.stayed],
    ["sheet.whatif.onlyA", comparison.onlyA.length],
    ["sheet.whatif.onlyB", comparison.onlyB.length],
  ];
  for (const [key, value] of counts) sheet.place([label(key), { cell: count(value) }]);
  sheet.line(say("sheet.whatif.deltaRule"));
}

/** 二、the largest moves: up to ten rows that moved, by |Δrank|; the 0-based rows they take, for the grade colours. */
export function topMovesSection(
  sheet: SectionSheet,
  comparison: TemplateComparison,
  header: readonly string[],
  formats: RowFormats,
  say: Say
): { first: number; last: number } | null {
  const moved = comparison.rows.filter((row) => row.deltaRank !== 0).slice(0, TOP_MOVES);
  sheet.blank();
  if (moved.length === 0) {
    sheet.line(say("sheet.whatif.section.movesNone"), true);
    return null;
  }
  sheet.line(say("sheet.whatif.section.moves", { count: moved.length }), true);
  sheet.header(header);
  const first = sheet.rows.length;
  for (const row of moved) sheet.place(comparedCells(row, formats));
  return { first, last: sheet.rows.length - 1 };
}

/**
 * 三、the grade transition table: a row per grade under A, a column per grade under B, counts; the totals of
 * each row and column, which sum to the rows compared.
 */
export function transitionsSection(
  sheet: SectionSheet,
  comparison: TemplateComparison,
  context: WhatifContext,
  say: Say
): void {
  const bandsA = context.a.template.grades;
  const bandsB = context.b.template.grades;
  const counts = new Map(comparison.transitions.map(([a, b, n]) => [`${a}\u0000${b}`, n]));
  const at = (a: string, b: string) => counts.get(`${a}\u0000${b}`) ?? 0;
  const corner = LABEL_SPAN;
  sheet.blank();
  sheet.line(say("sheet.whatif.section.transitions"), true);
  sheet.header([
    { label: say("sheet.whatif.transitions.corner"), span: corner },
    ...bandsB.map((band) => band.label),
    say("sheet.whatif.total"),
  ]);
  for (const a of bandsA) {
    const row = bandsB.map((b) => at(a.label, b.label));
    sheet.place([
      { cell: { value: a.label }, span: corner },
      ...row.map((n, k) => ({
        cell: { ...count(n), ...(a.label === bandsB[k].label ? { bold: true } : {}) },
      })),
      { cell: { ...count(row.reduce((sum, n) => sum + n, 0)), bold: true } },
    ]);
  }
  const columns = bandsB.map((b) => bandsA.reduce((sum, a) => sum + at(a.label, b.label), 0));
  sheet.place([
    { cell: { value: say("sheet.whatif.total"), bold: true }, span: corner },
    ...columns.map((n) => ({ cell: { ...count(n), bold: true } })),
    { cell: { ...count(comparison.rows.length), bold: true } },
  ]);
}

/**
 * 四、the count per grade under A and under B, each over that template's own ranked rows, with its share and
 * each band's maxShare checked.
 */
export function gradesSection(
  sheet: SectionSheet,
  comparison: TemplateComparison,
  context: WhatifContext,
  say: Say
): void {
  const rest = sheet.widths.length - 7;
  sheet.blank();
  sheet.line(say("sheet.whatif.section.grades"), true);
  sheet.header([
    say("sheet.whatif.col.template"),
    { label: say("sheet.col.grade"), span: 2 },
    say("sheet.whatif.col.people"),
    say("sheet.whatif.col.share"),
    { label: say("sheet.whatif.col.maxShare"), span: 2 },
    { label: say("sheet.whatif.col.check"), span: rest },
  ]);
  const side = (name: string, check: GradeCheck, bands: readonly GradeBand[]) => {
    const total = check.counts.reduce((sum, c) => sum + c.count, 0);
    for (const band of bands) {
      const n = check.counts.find((c) => c.label === band.label)?.count ?? 0;
      const over = check.violations.find((v) => v.label === band.label);
      const verdict =
        band.maxShare === undefined
          ? null
          : over
            ? say("sheet.whatif.check.over", { count: n, total })
            : say("sheet.whatif.check.ok");
      sheet.place([
        { cell: { value: name } },
        { cell: { value: band.label }, span: 2 },
        { cell: count(n) },
        { cell: { value: total ? n / total : 0, format: SHARE } },
        { cell: { value: band.maxShare ?? null, format: SHARE }, span: 2 },
        { cell: { value: verdict, ...(over ? { bold: true } : {}) }, span: rest },
      ]);
    }
  };
  side(say("sheet.whatif.sideA"), comparison.gradesA, context.a.template.grades);
  side(say("sheet.whatif.sideB"), comparison.gradesB, context.b.template.grades);
}
