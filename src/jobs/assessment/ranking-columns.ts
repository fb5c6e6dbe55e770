import type { RowResult } from "../../core/assess/assess";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { shownWidth, wrappedLines } from "../shared/print-layout";

/** Who a row is, the first columns of every ranking-like tab (the ranking, the calibrated one): 名次 … 岗位. */
export const WHO_COLUMN = {
  overall: 0,
  branch: 1,
  department: 2,
  id: 3,
  name: 4,
  post: 5,
} as const;

/**
 * The ranking tab's fixed columns (0-based), in the order `rankingSheetSpec` writes them; what follows them
 * (an annual tab's quarters, the hidden detail) starts at RANKING_FIXED_COLUMNS. History, verify and appeals
 * read a tab back through these.
 */
export const RANKING_COLUMN = {
  ...WHO_COLUMN,
  composite: 6,
  grade: 7,
  inPost: 8,
  inBranch: 9,
  bonus: 10,
  veto: 11,
} as const;

/**
 * 机构 … 岗位 as a row shows them, each with its column: the post's name, or what was typed where the
 * template has no such post (a branch-level row's 姓名 is its 支行's name).
 */
export function eachWho(
  row: RowResult,
  visit: (value: string | undefined, column: number) => void
): void {
  visit(row.branch, WHO_COLUMN.branch);
  visit(row.department, WHO_COLUMN.department);
  visit(row.id, WHO_COLUMN.id);
  visit(row.name, WHO_COLUMN.name);
  visit(row.post?.name ?? row.postText, WHO_COLUMN.post);
}

/** The widest a who column grows to hold its values (characters); a longer value wraps in a taller row. */
const WHO_WIDTH_CAP = 16;

/**
 * The who columns' widths: 机构 … 岗位 each as wide as its widest value (up to WHO_WIDTH_CAP, from the tab's
 * own `base` widths), so that a name prints on one line; `capped` when some value is wider still. One pass
 * over the rows, each value measured only if it could be wider than the widest so far (no character is
 * wider than WIDEST_CHARACTER digits).
 */
export function whoWidths(
  rows: readonly RowResult[],
  base: readonly number[]
): { widths: number[]; capped: boolean } {
  const widths = [...base];
  // A column already past the cap is capped whatever else it holds: its values are not measured again
  // (工号 that carry their branch, 第002支行-E00052, are each wider than the cap).
  const wider = (value: string | undefined, c: number) => {
    if (
      value !== undefined &&
      widths[c] <= WHO_WIDTH_CAP &&
      value.length * WIDEST_CHARACTER + 2 > widths[c]
    )
      widths[c] = Math.max(widths[c], shownWidth(value, undefined));
  };
  for (const row of rows) eachWho(row, wider);
  let capped = false;
  for (let c = WHO_COLUMN.branch; c <= WHO_COLUMN.post; c++) {
    if (widths[c] > WHO_WIDTH_CAP) capped = true;
    widths[c] = Math.min(widths[c], WHO_WIDTH_CAP);
  }
  return { widths, capped };
}

/**
 * Whether one of a row's who values is wider than its column (and so wraps). A value of one line too short
 * to fill its column even in the widest characters is not measured, nor any once one wraps.
 */
export function whoWraps(row: RowResult, widths: readonly number[]): boolean {
  let wraps = false;
  eachWho(row, (value, c) => {
    if (wraps || value === undefined) return;
    if (value.length * WIDEST_CHARACTER < widths[c] - 1 - 1e-9 && !value.includes("\n")) return;
    if (wrappedLines(value, widths[c] - 1) > 1) wraps = true;
  });
  return wraps;
}

/** The widest a character prints (a CJK one, see `printedWidth`): no text is wider than this a character. */
const WIDEST_CHARACTER = 2.1;

export type RankingColumns = {
  dimensions: { id: string; name: string }[];
  indicators: { id: string; name: string; percent: boolean }[];
};

/** The columns of the detail: every dimension and every indicator of the posts that were ranked. */
export function rankingColumns(loaded: LoadedTemplate, rows: readonly RowResult[]): RankingColumns {
  const used = new Set(rows.map((row) => row.post?.id));
  const posts = loaded.template.posts.filter((post) => used.has(post.id));
  const dimensions = new Map<string, string>();
  const indicators = new Map<string, { name: string; percent: boolean }>();
  for (const post of posts) {
    for (const d of post.dimensions ?? []) if (!dimensions.has(d.id)) dimensions.set(d.id, d.name);
    for (const i of post.indicators)
      if (!indicators.has(i.id)) indicators.set(i.id, { name: i.name, percent: i.unit === "%" });
  }
  return {
    dimensions: [...dimensions].map(([id, name]) => ({ id, name })),
    indicators: [...indicators].map(([id, v]) => ({ id, ...v })),
  };
}
