/** Ranking methods of scoring.md §4. `dense` (中国式排名) is the default. */
export const RANK_METHODS = ["dense", "competition", "average"] as const;
export type RankMethod = (typeof RANK_METHODS)[number];
export const DEFAULT_RANK_METHOD: RankMethod = "dense";

/** 0 = highest first (the default), 1 = lowest first, as in Excel's RANK.EQ. */
export type RankOrder = 0 | 1;

/**
 * Ranks of every value, in input order: one sort, O(n log n). Equal values share a rank.
 * Values must be finite numbers; ties are exact, so callers rank already-rounded values.
 */
export function rankAll(values: readonly number[], method: RankMethod = DEFAULT_RANK_METHOD, order: RankOrder = 0): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values);
  sorted.sort();
  if (order === 0) sorted.reverse();
  // For each distinct value: its competition rank (1 + count strictly better), dense rank and tie size.
  const competition = new Map<number, number>();
  const dense = new Map<number, number>();
  const size = new Map<number, number>();
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (i === 0 || v !== sorted[i - 1]) {
      distinct++;
      competition.set(v, i + 1);
      dense.set(v, distinct);
      size.set(v, 1);
    } else size.set(v, (size.get(v) as number) + 1);
  }
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (method === "dense") ranks[i] = dense.get(v) as number;
    else if (method === "competition") ranks[i] = competition.get(v) as number;
    else ranks[i] = (competition.get(v) as number) + ((size.get(v) as number) - 1) / 2;
  }
  return ranks;
}

/**
 * The rank of one value among `values` in a single pass, no sort (for ASSESS.RANK, called once per cell).
 * Returns null when `value` is not among `values`.
 */
export function rankOne(value: number, values: Iterable<number>, method: RankMethod = DEFAULT_RANK_METHOD, order: RankOrder = 0): number | null {
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
  if (method === "dense") return (betterDistinct as Set<number>).size + 1;
  if (method === "competition") return better + 1;
  return better + 1 + (equal - 1) / 2;
}
