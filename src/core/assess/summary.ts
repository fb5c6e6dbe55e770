/** Count, mean, median, min and max of the composites of ranked rows (the summary block of a ranking tab). */
export type CompositeSummary = {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
};

export function summarise(composites: readonly number[]): CompositeSummary {
  const count = composites.length;
  if (count === 0) return { count, mean: null, median: null, min: null, max: null };
  const sorted = Float64Array.from(composites).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count, mean: sum / count, median, min: sorted[0], max: sorted[count - 1] };
}
