import type { ComparedRow, SideResult } from "../../core/whatif/compare-templates";
import type { RankMethod } from "../../core/ranking/rank";
import type { OutCell } from "../../workbook/port";
import { headerWidths, oneLineHeaders } from "../shared/print-layout";
import type { Say } from "../shared/say";
import { scoreFormat } from "../../workbook/number-format";
import { signedFormat, type WhatifContext } from "./whatif-context";
import type { Placed } from "./whatif-layout";

/**
 * The compared rows' columns (0-based): who the row is, then A's standing, B's, and the changes. The top
 * movers and the table of every row use them; the summary's tables are laid out over the same columns.
 */
export const WHATIF_COLUMN = {
  id: 0,
  name: 1,
  branch: 2,
  post: 3,
  compositeA: 4,
  rankA: 5,
  inPostA: 6,
  gradeA: 7,
  compositeB: 8,
  rankB: 9,
  inPostB: 10,
  gradeB: 11,
  deltaComposite: 12,
  deltaRank: 13,
} as const;

/** Wide enough for typical values (ranks up to 100,000), widened for each header to print on two lines at most. */
const WIDTHS = [10, 8, 12, 13, 9, 8, 8, 9, 9, 8, 8, 9, 9, 8];

/** 工号, 姓名, 机构, 岗位, 综合得分（A）… 等级（B）, Δ综合得分, Δ名次. */
export function comparedHeader(say: Say): string[] {
  const side = (s: "A" | "B") => [
    say("sheet.whatif.col.composite", { side: s }),
    say("sheet.whatif.col.rank", { side: s }),
    say("sheet.whatif.col.rankInPost", { side: s }),
    say("sheet.whatif.col.grade", { side: s }),
  ];
  return [
    say("sheet.col.id"),
    say("sheet.col.name"),
    say("sheet.col.branch"),
    say("sheet.col.post"),
    ...side("A"),
    ...side("B"),
    say("sheet.whatif.col.deltaComposite"),
    say("sheet.whatif.col.deltaRank"),
  ];
}

/** The sheet's column widths: the compared rows' table's, each header on at most two lines. */
export function comparedWidths(header: readonly string[]): number[] {
  return oneLineHeaders(header, headerWidths(header, WIDTHS, { lines: 2, max: 14 }));
}

/** The formats of a compared row's numbers, made once for the whole sheet. */
export type RowFormats = {
  scoreA: string;
  scoreB: string;
  rank: string;
  deltaScore: string;
  deltaRank: string;
};

export function rowFormats(context: WhatifContext, method: RankMethod): RowFormats {
  const a = context.a.template.precision;
  const b = context.b.template.precision;
  const rankDecimals = method === "average" ? 1 : 0;
  return {
    scoreA: scoreFormat(a),
    scoreB: scoreFormat(b),
    rank: rankDecimals ? "0.0" : "0",
    deltaScore: signedFormat(Math.max(a, b)),
    deltaRank: signedFormat(rankDecimals),
  };
}

/** A text cell, wrapped like every printed cell of the table (its row as tall as its longest). */
const text = (value: string | undefined): OutCell =>
  value ? { value, wrap: true } : { value: null };

function sideCells(side: SideResult, score: string, rank: string): Placed[] {
  return [
    { cell: { value: side.composite, format: score } },
    { cell: { value: side.rank.overall, format: rank } },
    { cell: { value: side.rank.post, format: rank } },
    { cell: text(side.grade) },
  ];
}

/** One id's row: who, A's composite, rank, rank in post and grade, B's, Δcomposite (B − A), Δrank (A − B). */
export function comparedCells(row: ComparedRow, formats: RowFormats): Placed[] {
  return [
    { cell: text(row.id) },
    { cell: text(row.name) },
    { cell: text(row.branch) },
    { cell: text(row.post) },
    ...sideCells(row.a, formats.scoreA, formats.rank),
    ...sideCells(row.b, formats.scoreB, formats.rank),
    { cell: { value: row.deltaComposite, format: formats.deltaScore } },
    { cell: { value: row.deltaRank, format: formats.deltaRank } },
  ];
}
