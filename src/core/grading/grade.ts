import type { GradeBand } from "../template/schema";

/** scoring.md §5: the first band, in template order, whose min ≤ score. Null when below every band. */
export function gradeFor<B extends Pick<GradeBand, "min">>(
  score: number,
  bands: readonly B[]
): B | null {
  for (const band of bands) if (band.min <= score) return band;
  return null;
}

export type DistributionViolation = {
  label: string;
  count: number;
  total: number;
  share: number;
  maxShare: number;
};

/** Counts per band, and the bands whose share of all ranked rows exceeds their maxShare (reported, never fixed). */
export function checkDistribution(
  grades: readonly string[],
  bands: readonly GradeBand[]
): {
  counts: { label: string; count: number }[];
  violations: DistributionViolation[];
} {
  const byLabel = new Map<string, number>(bands.map((band) => [band.label, 0]));
  for (const label of grades) byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  const total = grades.length;
  const counts = bands.map((band) => ({ label: band.label, count: byLabel.get(band.label) ?? 0 }));
  const violations: DistributionViolation[] = [];
  for (const band of bands) {
    if (band.maxShare === undefined || total === 0) continue;
    const count = byLabel.get(band.label) ?? 0;
    const share = count / total;
    if (share > band.maxShare)
      violations.push({ label: band.label, count, total, share, maxShare: band.maxShare });
  }
  return { counts, violations };
}
