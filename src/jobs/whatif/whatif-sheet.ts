import type { TemplateComparison } from "../../core/whatif/compare-templates";
import { columnLetters, type SheetSpec } from "../../workbook/port";
import { gradeColours } from "../assessment/ranking-sheet";
import { printLayout, titleHeights } from "../shared/print-layout";
import { sayIn } from "../shared/say";
import {
  whatifProvenance,
  whatifProvenanceLine,
  whatifTitle,
  type WhatifContext,
} from "./whatif-context";
import { SectionSheet } from "./whatif-layout";
import { oneSidedSection, weightsSection, type Who } from "./whatif-lists";
import {
  comparedCells,
  comparedHeader,
  comparedWidths,
  rowFormats,
  WHATIF_COLUMN,
} from "./whatif-rows";
import {
  gradesSection,
  overviewSection,
  topMovesSection,
  transitionsSection,
} from "./whatif-summary";

/** The transition table's label spans A–D; B's grades and the total follow it. */
const TRANSITION_LABEL = 4;

/**
 * 方案比较 (calibration.md §2): the title and the provenance line (both templates, the data, the input hash),
 * then the summary — the templates, the counts moved up, down or stayed, the largest moves, the grade
 * transition table, each template's count per grade against its maxShare — then the rows ranked under one
 * template only with why, the weights that differ, and every compared row by |Δrank| (ties by id). One sheet,
 * printed one page wide on A4, the compared rows' header repeated on every page that shows them.
 */
export function whatifSheetSpec(
  name: string,
  comparison: TemplateComparison,
  context: WhatifContext,
  who: Who
): SheetSpec {
  const say = sayIn(context.locale);
  const header = comparedHeader(say);
  const fitted = comparedWidths(header);
  // Templates with many grades: the transition table's columns beyond the compared rows' get a width of their own.
  const needed = TRANSITION_LABEL + context.b.template.grades.length + 1;
  const widths = [
    ...fitted,
    ...Array.from({ length: Math.max(0, needed - fitted.length) }, () => 9),
  ];
  const sheet = new SectionSheet(widths);
  const lastColumn = columnLetters(sheet.last);
  const print = printLayout(widths, { header: say("sheet.confidential") });
  const title = whatifTitle(context, say);
  const line = whatifProvenanceLine(context, say);
  const heights = titleHeights(
    widths.reduce((sum, width) => sum + width, 0),
    { title, line }
  );
  sheet.rows.push(
    [{ value: title, bold: true, size: 16, wrap: true }],
    [{ value: line, wrap: true }]
  );
  sheet.merges.push(`A1:${lastColumn}1`, `A2:${lastColumn}2`);
  Object.assign(sheet.rowHeights, heights);

  const formats = rowFormats(context, context.method);
  overviewSection(sheet, comparison, context, say);
  const moves = topMovesSection(sheet, comparison, header, formats, say);
  transitionsSection(sheet, comparison, context, say);
  gradesSection(sheet, comparison, context, say);
  oneSidedSection(sheet, comparison, who, say, context.locale);
  weightsSection(sheet, comparison, say);

  sheet.blank();
  sheet.line(say("sheet.whatif.section.rows", { count: comparison.rows.length }), true);
  const headerRow = sheet.rows.length; // 0-based
  sheet.header(header);
  for (const row of comparison.rows) sheet.place(comparedCells(row, formats));
  const lastRow = sheet.rows.length; // 1-based, the last compared row (the header when none)

  const tables = [...(moves ? [moves] : []), { first: headerRow + 1, last: lastRow - 1 }];
  return {
    name,
    rows: sheet.rows,
    columns: widths.map((width) => ({ width })),
    rowHeights: sheet.rowHeights,
    merges: sheet.merges,
    filter: `A${headerRow + 1}:${columnLetters(header.length - 1)}${lastRow}`,
    conditionalFormats: tables.flatMap(({ first, last }) => [
      // The tables' rows are 0-based here.
      ...gradeColours(context.a.template.grades, WHATIF_COLUMN.gradeA, first + 1, last + 1),
      ...gradeColours(context.b.template.grades, WHATIF_COLUMN.gradeB, first + 1, last + 1),
    ]),
    print: {
      ...print,
      repeatRows: `${headerRow + 1}:${headerRow + 1}`,
      area: `A1:${lastColumn}${sheet.rows.length}`,
    },
    provenance: whatifProvenance(context),
    activate: true,
  };
}
