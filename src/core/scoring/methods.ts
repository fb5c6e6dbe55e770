import type { Direction } from "../template/schema";

/**
 * The scoring kernels of scoring.md §2, one per method: actual value in, indicator score out.
 * Parameters are assumed valid (template rules or the function wrappers check them first).
 * No kernel returns a score below 0.
 */

export function ratioScore(
  x: number,
  target: number,
  direction: Direction,
  cap: number,
  full: number
): number {
  if (direction === "lower") {
    if (x <= 0) return full * cap;
    return full * Math.min(target / x, cap);
  }
  return Math.max(0, full * Math.min(x / target, cap));
}

export function efficacyScore(
  x: number,
  floor: number,
  satisfactory: number,
  base: number,
  span: number
): number {
  // The order of floor and satisfactory alone sets the direction: (x − floor)/(satisfactory − floor).
  const f = (x - floor) / (satisfactory - floor);
  if (f >= 1) return base + span;
  if (f < 0) return 0;
  return base + f * span;
}

export function linearScore(
  x: number,
  points: ReadonlyArray<readonly [number, number]>,
  below: number
): number {
  const increasing = points[1][0] > points[0][0];
  const before = (a: number, b: number) => (increasing ? a < b : a > b);
  const first = points[0];
  const last = points[points.length - 1];
  if (before(x, first[0])) return below;
  if (!before(x, last[0])) return last[1];
  for (let k = 0; k < points.length - 1; k++) {
    const [x0, s0] = points[k];
    const [x1, s1] = points[k + 1];
    if (!before(x1, x) && !before(x, x0)) {
      return s0 + ((x - x0) / (x1 - x0)) * (s1 - s0);
    }
  }
  return last[1];
}

export function deductionScore(count: number, per: number, full: number, floor: number): number {
  return Math.max(floor, full - per * count);
}

/** Best of the peer group gets `full`, worst gets `min`, linear between; an all-equal group gets `full`. */
export function peerScore(
  x: number,
  best: number,
  worst: number,
  min: number,
  full: number
): number {
  if (best === worst) return full;
  return min + ((x - worst) / (best - worst)) * (full - min);
}

export const isWholeCount = (x: number) => Number.isInteger(x) && x >= 0;
