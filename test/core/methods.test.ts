import fc from "fast-check";
import {
  deductionScore,
  efficacyScore,
  linearScore,
  peerScore,
  ratioScore,
} from "../../src/core/scoring/methods";

const full = 100;

describe("ratio (完成率法)", () => {
  it("higher: full × min(x / target, cap)", () => {
    expect(ratioScore(0.08, 0.1, "higher", 1, full)).toBeCloseTo(80, 12);
    expect(ratioScore(0.15, 0.1, "higher", 1, full)).toBe(100);
    expect(ratioScore(0.15, 0.1, "higher", 1.2, full)).toBe(120);
    expect(ratioScore(0.11, 0.1, "higher", 1.2, full)).toBeCloseTo(110, 12);
  });
  it("lower: full × min(target / x, cap); the policy's approval 7 → 3 days against a 2-day target", () => {
    expect(ratioScore(3, 2, "lower", 1.2, full)).toBeCloseTo(66.6666666667, 9);
    expect(ratioScore(7, 2, "lower", 1.2, full)).toBeCloseTo(28.5714285714, 9);
    expect(ratioScore(1, 2, "lower", 1.2, full)).toBe(120);
  });
  it("lower: x ≤ 0 gives full × cap", () => {
    expect(ratioScore(0, 2, "lower", 1.2, full)).toBe(120);
    expect(ratioScore(-1, 2, "lower", 1, full)).toBe(100);
  });
  it("higher: a negative actual gives 0, never a negative score", () => {
    expect(ratioScore(-0.05, 0.1, "higher", 1, full)).toBe(0);
  });
});

describe("efficacy (功效系数法)", () => {
  // Credit approval NPL ratio: floor 3 %, satisfactory 1 % (lower is better by the order alone).
  const npl = (x: number) => efficacyScore(x, 0.03, 0.01, 60, 40);
  it("f ≥ 1 → base + span", () => {
    expect(npl(0.01)).toBe(100);
    expect(npl(0.005)).toBe(100);
  });
  it("f < 0 → 0", () => expect(npl(0.031)).toBe(0));
  it("0 ≤ f < 1 → base + f × span", () => {
    expect(npl(0.03)).toBe(60);
    expect(npl(0.02)).toBeCloseTo(80, 12);
  });
  it("higher-is-better when satisfactory > floor", () => {
    expect(efficacyScore(0.95, 0.9, 1, 60, 40)).toBeCloseTo(80, 12);
  });
});

describe("linear (区间插值)", () => {
  const rising: [number, number][] = [
    [0, 0],
    [0.2, 60],
    [0.4, 100],
  ];
  it("interpolates between points", () => {
    expect(linearScore(0.1, rising, 0)).toBeCloseTo(30, 12);
    expect(linearScore(0.3, rising, 0)).toBeCloseTo(80, 12);
    expect(linearScore(0.2, rising, 0)).toBe(60);
  });
  it("before the first point → below; past the last → the last score", () => {
    expect(linearScore(-0.1, rising, 0)).toBe(0);
    expect(linearScore(-0.1, rising, 10)).toBe(10);
    expect(linearScore(0.9, rising, 0)).toBe(100);
  });
  it("follows the points' own order when x decreases", () => {
    const falling: [number, number][] = [
      [10, 50],
      [5, 80],
      [2, 100],
    ];
    expect(linearScore(12, falling, 0)).toBe(0);
    expect(linearScore(10, falling, 0)).toBe(50);
    expect(linearScore(7.5, falling, 0)).toBeCloseTo(65, 12);
    expect(linearScore(1, falling, 0)).toBe(100);
  });
  it("can exceed full marks through its points", () => {
    expect(
      linearScore(
        2,
        [
          [0, 0],
          [1, 110],
        ],
        0
      )
    ).toBe(110);
  });
});

describe("deduction (扣分法)", () => {
  it("max(floor, full − per × x)", () => {
    expect(deductionScore(0, 10, full, 0)).toBe(100);
    expect(deductionScore(3, 10, full, 0)).toBe(70);
    expect(deductionScore(12, 10, full, 0)).toBe(0);
    expect(deductionScore(12, 10, full, 40)).toBe(40);
  });
});

describe("peer (排名计分法)", () => {
  it("best → full, worst → min, linear between", () => {
    expect(peerScore(90, 90, 70, 60, full)).toBe(100);
    expect(peerScore(70, 90, 70, 60, full)).toBe(60);
    expect(peerScore(80, 90, 70, 60, full)).toBe(80);
  });
  it("lower is better when best < worst", () => {
    expect(peerScore(3, 3, 8, 0, full)).toBe(100);
    expect(peerScore(8, 3, 8, 0, full)).toBe(0);
  });
  it("an all-equal group scores full", () => expect(peerScore(5, 5, 5, 0, full)).toBe(100));
});

describe("no score is ever below 0 (property)", () => {
  const x = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  it("ratio", () =>
    fc.assert(
      fc.property(
        x,
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.constantFrom("higher" as const, "lower" as const),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (v, target, direction, cap) => {
          expect(ratioScore(v, target, direction, cap, full)).toBeGreaterThanOrEqual(0);
        }
      )
    ));
  it("efficacy", () =>
    fc.assert(
      fc.property(x, x, x, (v, floor, satisfactory) => {
        fc.pre(floor !== satisfactory);
        expect(efficacyScore(v, floor, satisfactory, 60, 40)).toBeGreaterThanOrEqual(0);
      })
    ));
  it("linear with non-negative points", () =>
    fc.assert(
      fc.property(
        x,
        fc.uniqueArray(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
          minLength: 2,
          maxLength: 6,
        }),
        (v, xs) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const points = sorted.map((p, k) => [p, k * 10] as [number, number]);
          expect(linearScore(v, points, 0)).toBeGreaterThanOrEqual(0);
        }
      )
    ));
  it("deduction", () =>
    fc.assert(
      fc.property(fc.nat(1e6), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (count, per) => {
        expect(deductionScore(count, per, full, 0)).toBeGreaterThanOrEqual(0);
      })
    ));
});
