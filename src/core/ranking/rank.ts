/** Ranking methods of scoring.md §4. `dense` (中国式排名) is the default. */
export const RANK_METHODS = ["dense", "competition", "average"] as const;
export type RankMethod = (typeof RANK_METHODS)[number];
export const DEFAULT_RANK_METHOD: RankMethod = "dense";

/** 0 = highest first (the default), 1 = lowest first, as in Excel's RANK.EQ. */
export type RankOrder = 0 | 1;

/** A rank from the count of better values, of equal ones (the value included) and of distinct better ones. */
export function rankFrom(
  better: number,
  equal: number,
  denseBetter: number,
  method: RankMethod
): number {
  if (method === "dense") return denseBetter + 1;
  if (method === "competition") return better + 1;
  return better + 1 + (equal - 1) / 2;
}

/**
 * Ranks of every value, in input order: one native sort of a copy, then a binary search per value,
 * O(n log n) with no per-value allocation. Equal values share a rank; ties are exact, so callers rank
 * already-rounded values.
 */
export function rankAll(
  values: ArrayLike<number>,
  method: RankMethod = DEFAULT_RANK_METHOD,
  order: RankOrder = 0
): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  // Each distinct value's run in the sorted copy: where it starts, how long it is, how many distinct
  // values are below it. (A Map keyed by number treats 0 and -0 as one value, as ranking must.)
  const runs = new Map<number, { start: number; size: number; distinctBelow: number }>();
  let distinct = 0;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    runs.set(sorted[i], { start: i, size: j - i, distinctBelow: distinct++ });
    i = j;
  }
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const run = runs.get(values[i]) as { start: number; size: number; distinctBelow: number };
    ranks[i] =
      order === 0
        ? rankFrom(n - run.start - run.size, run.size, distinct - run.distinctBelow - 1, method)
        : rankFrom(run.start, run.size, run.distinctBelow, method);
  }
  return ranks;
}

/**
 * The rank of one value among the numbers of a range, in a single pass and no sort (for ASSESS.RANK,
 * called once per cell). Cells that are not finite numbers (text, blanks) are ignored. Null when `value`
 * is not among them.
 */
export function rankOne(
  value: number,
  rows: readonly (readonly unknown[])[],
  method: RankMethod = DEFAULT_RANK_METHOD,
  order: RankOrder = 0
): number | null {
  let better = 0;
  let equal = 0;
  const betterDistinct = method === "dense" ? new Set<number>() : null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      if (v === value) equal++;
      else if (order === 0 ? v > value : v < value) {
        better++;
        if (betterDistinct) betterDistinct.add(v);
      }
    }
  }
  if (equal === 0) return null;
  return rankFrom(better, equal, betterDistinct ? betterDistinct.size : 0, method);
}
