import { percentAdvice } from "../../src/core/scoring/percent-advice";
import type { Indicator } from "../../src/core/template/schema";

const indicator = (fields: Partial<Indicator> & Pick<Indicator, "scoring">): Indicator =>
  ({ id: "x", name: "x", weight: 100, direction: "higher", ...fields }) as Indicator;

describe("what a percentage typed as text means, by method and unit", () => {
  it("a direct score (0–full): 95% is 95 of 100, 9.5 of 10", () => {
    const direct = indicator({ unit: "score", scoring: { method: "direct" } });
    expect(percentAdvice(direct, 100, 95)).toEqual({ kind: "score", suggest: 95, full: 100 });
    expect(percentAdvice(direct, 10, 95)).toEqual({ kind: "score", suggest: 9.5, full: 10 });
    expect(percentAdvice(indicator({ scoring: { method: "direct" } }), 100, 95).kind).toBe("score");
  });

  it("a ratio in %: 95% is 0.95", () => {
    const ratio = indicator({ unit: "%", scoring: { method: "ratio", target: 0.1, cap: 1.2 } });
    expect(percentAdvice(ratio, 100, 95)).toEqual({ kind: "fraction", suggest: 0.95 });
    expect(percentAdvice(ratio, 100, 12)).toEqual({ kind: "fraction", suggest: 0.12 });
  });

  it("points, days, counts: never a fraction", () => {
    const points = indicator({
      unit: "score",
      scoring: {
        method: "linear",
        points: [
          [60, 0],
          [95, 100],
        ],
        below: 0,
      },
    });
    expect(percentAdvice(points, 100, 95)).toEqual({ kind: "points", suggest: 95 });
    const days = indicator({ unit: "days", scoring: { method: "ratio", target: 2, cap: 1 } });
    expect(percentAdvice(days, 100, 95)).toEqual({ kind: "unit", unit: "days" });
    const count = indicator({ scoring: { method: "deduction", per: 10, floor: 0 } });
    expect(percentAdvice(count, 100, 95)).toEqual({ kind: "unit", unit: "count" });
  });

  it("without a unit, the parameters' scale decides; with nothing to go by, both readings", () => {
    const fraction = indicator({
      scoring: { method: "efficacy", floor: 0.8, satisfactory: 1 },
    });
    expect(percentAdvice(fraction, 100, 95)).toEqual({ kind: "fraction", suggest: 0.95 });
    const peer = indicator({ scoring: { method: "peer", min: 0 } });
    expect(percentAdvice(peer, 100, 95)).toEqual({ kind: "either", fraction: 0.95, points: 95 });
  });
});
