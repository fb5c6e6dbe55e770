import type { RowResult } from "../../core/assess/assess";
import type { LoadedTemplate } from "../../core/template/parse-template";

/**
 * The ranking tab's fixed columns (0-based), in the order `rankingSheetSpec` writes them; what follows them
 * (an annual tab's quarters, the hidden detail) starts at RANKING_FIXED_COLUMNS. History, verify and appeals
 * read a tab back through these.
 */
export const RANKING_COLUMN = {
  overall: 0,
  branch: 1,
  department: 2,
  id: 3,
  name: 4,
  post: 5,
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
  visit(row.branch, RANKING_COLUMN.branch);
  visit(row.department, RANKING_COLUMN.department);
  visit(row.id, RANKING_COLUMN.id);
  visit(row.name, RANKING_COLUMN.name);
  visit(row.post?.name ?? row.postText, RANKING_COLUMN.post);
}

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
