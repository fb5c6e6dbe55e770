import * as f from "../../src/core/functions/formulas";
import type { FnResult } from "../../src/core/functions/fn-result";

const value = (r: FnResult<unknown>) => (r.ok ? r.value : `#${r.error.code}`);

describe("indicator formulas (scoring.md §6)", () => {
  it.each([
    ["NPLRATIO", f.nplRatio(150, 10000), 0.015],
    ["PROVISIONCOVERAGE", f.provisionCoverage(300, 200), 1.5],
    ["LOANPROVISIONRATIO", f.loanProvisionRatio(250, 10000), 0.025],
    ["LOANYIELD", f.loanYield(480, 10000), 0.048],
    ["FEESHARE", f.feeShare(30, 200), 0.15],
    ["ERRORRATE", f.errorRate(8, 10000), 0.0008],
    ["RISKLOSSRATE", f.riskLossRate(5, 1000), 0.005],
    ["EXECRATE", f.execRate(100, 100), 1],
    ["IDACCURACY", f.idAccuracy(45, 50), 0.9],
    ["GROWTH", f.growth(92, 87), 5 / 87],
    ["GROWTH of a negative prior", f.growth(-50, -100), 0.5],
    ["COMPLAINTRATE", f.complaintRate(3, 20000, 10000), 1.5],
    ["COMPLAINTRATE per default 1", f.complaintRate(3, 20000, null), 0.00015],
    ["CAR", f.capitalAdequacy(1200, 100, 9000, 10, 6), 1100 / (9000 + 12.5 * 16)],
    ["CAR without operational risk", f.capitalAdequacy(1200, 100, 9000, 10), 1100 / 9125],
  ])("%s", (_name, result, expected) => {
    expect(value(result)).toBeCloseTo(expected as number, 12);
  });

  it("checks text, booleans and blanks first (#VALUE!), then negatives (#NUM!), then zero denominators (#DIV/0!)", () => {
    expect(value(f.nplRatio(-1, 0))).toBe("#NUM");
    expect(value(f.nplRatio("x", -1))).toBe("#VALUE");
    expect(value(f.nplRatio(true, 1))).toBe("#VALUE");
    expect(value(f.nplRatio(null, 1))).toBe("#VALUE");
    expect(value(f.nplRatio("", 1))).toBe("#VALUE");
    expect(value(f.nplRatio(1, 0))).toBe("#DIV0");
    expect(value(f.growth(1, 0))).toBe("#DIV0");
    expect(value(f.growth(-1, 2))).not.toBe("#NUM");
    expect(value(f.capitalAdequacy(1, 0, 0, 0))).toBe("#DIV0");
    expect(value(f.complaintRate(1, 10, -5))).toBe("#NUM");
  });

  it("rejects a part larger than its whole", () => {
    expect(value(f.execRate(101, 100))).toBe("#NUM");
    expect(value(f.idAccuracy(51, 50))).toBe("#NUM");
  });

  it("names the argument in its #VALUE! message", () => {
    const result = f.nplRatio("九十六", 1);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual({
        code: "VALUE",
        key: "fn.notNumber",
        params: { arg: "npl", value: "九十六" },
      });
  });
});

describe("MIX (scoring.md §6)", () => {
  it("gives each amount's share in the range's shape, blanks staying blank", () => {
    const result = f.mix([
      [40, 30],
      [null, 30],
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        [0.4, 0.3],
        ["", 0.3],
      ],
    });
  });
  it("refuses text (#VALUE! naming the cell), negatives (#NUM!) and a zero total (#DIV/0!)", () => {
    const text = f.mix([[1, "abc"]]);
    expect(text.ok ? null : text.error).toEqual({
      code: "VALUE",
      key: "fn.rangeNotNumber",
      params: { arg: "amounts", row: 1, column: 2, value: "abc" },
    });
    expect(value(f.mix([[1, -1]]))).toBe("#NUM");
    expect(value(f.mix([[0, null]]))).toBe("#DIV0");
  });
});
