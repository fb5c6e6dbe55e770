import type { Indicator } from "../template/schema";

/**
 * What to type instead of a percentage typed as text (`95%` in a cell that holds a number): the number the
 * indicator's method and unit mean by it. The value is never changed; this is only the advice the message
 * gives.
 */
export type PercentAdvice =
  /** A ratio kept as a fraction (unit `%`, or parameters that are fractions): 95% is 0.95. */
  | { kind: "fraction"; suggest: number }
  /** A direct score (直接打分) from 0 to full marks: 95% of full marks (95 of 100). */
  | { kind: "score"; suggest: number; full: number }
  /** A value in points (unit `score`): 95% is typed 95. */
  | { kind: "points"; suggest: number }
  /** Days, minutes, a count or an amount: a percentage is not such a value at all. */
  | { kind: "unit"; unit: "days" | "minutes" | "count" | "amount" }
  /** Nothing says which scale the value is on: both readings are offered. */
  | { kind: "either"; fraction: number; points: number };

/**
 * The advice for `percent`% typed as text in `indicator` (the row's post's own indicator, where the post is
 * known): its unit first (`%` a fraction; days, minutes, counts and amounts no percentage at all; `score`
 * points), then its method (`direct` a score out of `full`, `deduction` a count), then the scale of its
 * parameters (a target, floor, satisfactory value or points all within [-1, 1] are fractions).
 */
export function percentAdvice(indicator: Indicator, full: number, percent: number): PercentAdvice {
  // (Messages show numbers to Excel's 15 digits, so 0.95 is never shown as 0.9500000000000001.)
  const fraction = percent / 100;
  const { unit, scoring } = indicator;
  if (unit === "%") return { kind: "fraction", suggest: fraction };
  if (scoring.method === "direct") return { kind: "score", suggest: fraction * full, full };
  if (unit === "score") return { kind: "points", suggest: percent };
  if (unit === "days" || unit === "minutes" || unit === "count" || unit === "amount")
    return { kind: "unit", unit };
  if (scoring.method === "deduction") return { kind: "unit", unit: "count" };
  const references =
    scoring.method === "ratio"
      ? [scoring.target]
      : scoring.method === "efficacy"
        ? [scoring.floor, scoring.satisfactory]
        : scoring.method === "linear"
          ? scoring.points.map(([x]) => x)
          : [];
  if (references.length > 0 && references.every((v) => Math.abs(v) <= 1))
    return { kind: "fraction", suggest: fraction };
  return { kind: "either", fraction, points: percent };
}
