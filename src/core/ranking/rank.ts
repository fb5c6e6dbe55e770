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
  // distinctUpTo[i]: how many distinct values sorted[0..i] holds.
  const distinctUpTo = new Int32Array(n);
  for (let i = 0; i < n; i++)
    distinctUpTo[i] = i === 0 ? 1 : distinctUpTo[i - 1] + (sorted[i] === sorted[i - 1] ? 0 : 1);
  const totalDistinct = n === 0 ? 0 : distinctUpTo[n - 1];
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const lower = lowerBound(sorted, v);
    const upper = upperBound(sorted, v, lower);
    const equal = upper - lower;
    if (order === 0) {
      ranks[i] = rankFrom(n - upper, equal, totalDistinct - distinctUpTo[upper - 1], method);
    } else {
      ranks[i] = rankFrom(lower, equal, lower === 0 ? 0 : distinctUpTo[lower - 1], method);
    }
  }
  return ranks;
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, v: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rank of one value among `values` in a single pass, no sort (for ASSESS.RANK, called once per cell).
 * Returns null when `value` is not among `values`.
 */
export function rankOne(
  value: number,
  values: Iterable<number>,
  method: RankMethod = DEFAULT_RANK_METHOD,
  order: RankOrder = 0
): number | null {
  let better = 0;
  let equal = 0;
  const betterDistinct = method === "dense" ? new Set<number>() : null;
  for (const v of values) {
    if (v === value) equal++;
    else if (order === 0 ? v > value : v < value) {
      better++;
      betterDistinct?.add(v);
    }
  }
  if (equal === 0) return null;
  return rankFrom(better, equal, betterDistinct ? betterDistinct.size : 0, method);
}
