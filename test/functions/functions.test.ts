import { cell, errorOf, installCustomFunctionsStub } from "../support/custom-functions-stub";

installCustomFunctionsStub();
// Loaded after the stub, as Excel's runtime exists before the add-in's script runs.
const fns =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");
const { setFunctionLocale } =
  require("../../src/functions/function-locale") as typeof import("../../src/functions/function-locale");

afterEach(() => setFunctionLocale("zh-CN"));

describe("BANK indicator functions through their wrappers", () => {
  it("return fractions", () => {
    expect(fns.nplRatio(150, 10000)).toBeCloseTo(0.015, 15);
    expect(fns.growth(92, 87)).toBeCloseTo(5 / 87, 15);
    expect(fns.car(1200, 100, 9000, 10, null)).toBeCloseTo(1100 / 9125, 15);
    expect(fns.complaintRate(3, 20000, undefined)).toBeCloseTo(0.00015, 15);
  });

  it("turn core errors into Excel errors, in the spec's order", () => {
    expect(cell(() => fns.nplRatio(-1, 0))).toBe("#NUM!");
    expect(cell(() => fns.nplRatio(1, 0))).toBe("#DIV/0!");
    expect(cell(() => fns.nplRatio("", 5))).toBe("#VALUE!");
    expect(cell(() => fns.execRate(101, 100))).toBe("#NUM!");
  });

  it("give #VALUE! and #N/A a message in the user's language, and no message to the others", () => {
    expect(errorOf(() => fns.nplRatio("九十六", 1)).message).toBe(
      "参数 npl 应为数字，当前为「九十六」。"
    );
    setFunctionLocale("en-US");
    expect(errorOf(() => fns.nplRatio("九十六", 1)).message).toBe(
      'Argument npl must be a number, found "九十六".'
    );
    expect(errorOf(() => fns.nplRatio(1, 0)).message).toBeUndefined();
    expect(errorOf(() => fns.assessRank(85, [[90], [80]])).message).toBe(
      "85 is not in the range being ranked."
    );
  });

  it("spill MIX and ASSESS.RANKS in the shape of their range", () => {
    expect(
      fns.mix([
        [40, 30],
        [null, 30],
      ])
    ).toEqual([
      [0.4, 0.3],
      ["", 0.3],
    ]);
    expect(fns.assessRanks([[95], [90], ["缺考"], [90], [80]])).toEqual([[1], [2], [""], [2], [3]]);
  });

  it("score, weight, rank and grade the policy's credit-approval example", () => {
    const approval = fns.assessRatio(3, 2, "lower", 1.2);
    const npl = fns.assessEfficacy(0.02, 0.03, 0.01);
    const composite = fns.assessWeighted([[approval, npl, 95]], [[30, 40, 30]]);
    expect(composite).toBeCloseTo(80.5, 9);
    expect(fns.assessGrade(composite + 2)).toBe("良好");
    expect(fns.assessRank(82.5, [[82.5], [90], [70]], null, null)).toBe(2);
  });

  it("never return NaN or Infinity (a sample of edge inputs)", () => {
    const inputs = [0, -0, 1e308, -1e308, 5e-324, "", null, undefined, "12%", true, Number.NaN];
    for (const x of inputs) {
      for (const y of inputs) {
        for (const fn of [
          fns.nplRatio,
          fns.growth,
          fns.errorRate,
          fns.assessRatio,
          fns.assessEfficacy,
        ]) {
          const result = cell(() => (fn as (a: unknown, b: unknown) => unknown)(x, y));
          if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
          else expect(result).toMatch(/^#(VALUE!|NUM!|DIV\/0!|N\/A)$/);
        }
      }
    }
  });
});
