import * as a from "../../src/core/functions/assess-functions";
import type { FnResult } from "../../src/core/functions/fn-result";

const v = (r: FnResult<unknown>) => (r.ok ? r.value : `#${r.error.code}`);

describe("ASSESS.RATIO", () => {
  it("scores higher and lower indicators, with cap and full", () => {
    expect(v(a.assessRatio(0.08, 0.1))).toBeCloseTo(80, 12);
    expect(v(a.assessRatio(3, 2, "lower", 1.2))).toBeCloseTo(66.6666666667, 9);
    expect(v(a.assessRatio(3, 2, "逆向", 1.2))).toBeCloseTo(66.6666666667, 9);
    expect(v(a.assessRatio(0.2, 0.1, "正向", 1.2))).toBe(120);
    expect(v(a.assessRatio(0.2, 0.1, " HIGHER ", null, 10))).toBe(10);
    expect(v(a.assessRatio(0, 2, "lower", 1.2))).toBe(120);
  });
  it("rejects a bad direction (#VALUE!), a target ≤ 0 or a cap < 1 (#NUM!)", () => {
    expect(v(a.assessRatio(1, 2, "up"))).toBe("#VALUE");
    expect(v(a.assessRatio("x", 2))).toBe("#VALUE");
    expect(v(a.assessRatio(1, 0))).toBe("#NUM");
    expect(v(a.assessRatio(1, 2, "higher", 0.9))).toBe("#NUM");
  });
});

describe("ASSESS.EFFICACY", () => {
  it("follows the order of floor and satisfactory", () => {
    expect(v(a.assessEfficacy(0.02, 0.03, 0.01))).toBeCloseTo(80, 12);
    expect(v(a.assessEfficacy(0.04, 0.03, 0.01))).toBe(0);
    expect(v(a.assessEfficacy(0.005, 0.03, 0.01))).toBe(100);
    expect(v(a.assessEfficacy(0.95, 0.9, 1, 50, 50))).toBeCloseTo(75, 12);
  });
  it("gives #DIV/0! when floor equals satisfactory and #NUM! for a negative base", () => {
    expect(v(a.assessEfficacy(1, 2, 2))).toBe("#DIV0");
    expect(v(a.assessEfficacy(1, 0, 2, -1))).toBe("#NUM");
  });
});

describe("ASSESS.LINEAR", () => {
  const points = [
    [0, 0],
    [0.2, 60],
    [0.4, 100],
    [null, null],
  ];
  it("interpolates through a two-column range, ignoring blank rows", () => {
    expect(v(a.assessLinear(0.3, points))).toBeCloseTo(80, 12);
    expect(v(a.assessLinear(-1, points))).toBe(0);
    expect(v(a.assessLinear(1, points))).toBe(100);
  });
  it("needs two columns, two points and monotone values (#VALUE!)", () => {
    expect(v(a.assessLinear(1, [[0], [1]]))).toBe("#VALUE");
    expect(v(a.assessLinear(1, [[0, 1]]))).toBe("#VALUE");
    expect(
      v(
        a.assessLinear(1, [
          [0, 1],
          [2, 2],
          [1, 3],
        ])
      )
    ).toBe("#VALUE");
    expect(
      v(
        a.assessLinear(1, [
          [0, "x"],
          [2, 2],
        ])
      )
    ).toBe("#VALUE");
  });
});

describe("ASSESS.DEDUCT", () => {
  it("deducts per count down to the floor", () => {
    expect(v(a.assessDeduct(3, 5))).toBe(85);
    expect(v(a.assessDeduct(30, 5))).toBe(0);
    expect(v(a.assessDeduct(30, 5, 100, 40))).toBe(40);
  });
  it("needs a whole count ≥ 0 and per > 0 (#NUM!)", () => {
    expect(v(a.assessDeduct(1.5, 5))).toBe("#NUM");
    expect(v(a.assessDeduct(-1, 5))).toBe("#NUM");
    expect(v(a.assessDeduct(1, 0))).toBe("#NUM");
    expect(v(a.assessDeduct(1, 5, 100, 120))).toBe("#NUM");
  });
});

describe("ASSESS.WEIGHTED", () => {
  it("is Σ score × weight / Σ weight (the policy's credit-approval weights 30/40/30)", () => {
    expect(v(a.assessWeighted([[66.6666666667, 80, 95]], [[30, 40, 30]]))).toBeCloseTo(80.5, 9);
  });
  it("needs the same shape (#VALUE!) and a score in every cell (#N/A)", () => {
    expect(v(a.assessWeighted([[1, 2]], [[1], [2]]))).toBe("#VALUE");
    expect(v(a.assessWeighted([[1, null]], [[1, 2]]))).toBe("#NA");
    expect(v(a.assessWeighted([[1, "九十"]], [[1, 2]]))).toBe("#VALUE");
    expect(v(a.assessWeighted([[1, 2]], [[1, -2]]))).toBe("#NUM");
    expect(v(a.assessWeighted([[1, 2]], [[0, 0]]))).toBe("#DIV0");
  });
});

describe("ASSESS.POSTWEIGHTED", () => {
  const headers = [["审批时效", "贷款不良率", "合规准确率", "客户满意度"]];
  const table = [
    ["授信审批岗", "审批时效", 30],
    ["授信审批岗", "贷款不良率", 40],
    ["授信审批岗", "合规准确率", 30],
    ["客户经理", "客户满意度", 100],
  ];
  it("weights the post's indicators found under the headers, matching after trimming and folding width", () => {
    expect(
      v(a.assessPostWeighted([[66.6666666667, 80, 95, null]], headers, table, " 授信审批岗 "))
    ).toBeCloseTo(80.5, 9);
    expect(v(a.assessPostWeighted([[0, 0, 0, 92]], headers, table, "客户经理"))).toBe(92);
  });
  it("gives #N/A for an unknown post, a missing header or a blank score, naming it", () => {
    const unknown = a.assessPostWeighted([[1, 2, 3, 4]], headers, table, "柜员");
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: "NA", key: "fn.postNotFound" });
    const noHeader = a.assessPostWeighted(
      [[1, 2, 3]],
      [["审批时效", "贷款不良率", "其他"]],
      table,
      "授信审批岗"
    );
    expect(noHeader.ok ? null : noHeader.error).toMatchObject({
      code: "NA",
      params: { indicator: "合规准确率" },
    });
    const blank = a.assessPostWeighted([[1, null, 3, 4]], headers, table, "授信审批岗");
    expect(blank.ok ? null : blank.error).toMatchObject({
      code: "NA",
      key: "fn.indicatorBlank",
      params: { indicator: "贷款不良率" },
    });
  });
  it("needs a three-column table and scores shaped like the headers (#VALUE!)", () => {
    expect(v(a.assessPostWeighted([[1]], [["a", "b"]], table, "客户经理"))).toBe("#VALUE");
    expect(v(a.assessPostWeighted([[1]], [["a"]], [["x", "a"]], "x"))).toBe("#VALUE");
  });
});

describe("ASSESS.RANK and ASSESS.RANKS", () => {
  const range = [[95], [90], ["缺考"], [null], [90], [80]];
  it("ranks one value, ignoring text and blanks", () => {
    expect(v(a.assessRank(90, range))).toBe(2);
    expect(v(a.assessRank(80, range, 0, "competition"))).toBe(4);
    expect(v(a.assessRank(90, range, 0, "average"))).toBe(2.5);
    expect(v(a.assessRank(95, range, 1, "competition"))).toBe(4);
    expect(v(a.assessRank(85, range))).toBe("#NA");
    expect(v(a.assessRank(90, range, 0, "best"))).toBe("#VALUE");
    expect(v(a.assessRank("九十", range))).toBe("#VALUE");
  });
  it("spills the ranks of a whole range in its shape, blanks and text staying blank", () => {
    expect(v(a.assessRanks(range))).toEqual([[1], [2], [""], [""], [2], [3]]);
    expect(v(a.assessRanks([[95, 90, 90, 80]], null, "competition"))).toEqual([[1, 2, 2, 4]]);
  });
});

describe("ASSESS.GRADE", () => {
  it("uses the default bands or the given ones, highest first", () => {
    expect(v(a.assessGrade(90))).toBe("优秀");
    expect(v(a.assessGrade(89.99))).toBe("良好");
    expect(v(a.assessGrade(0))).toBe("不合格");
    expect(
      v(
        a.assessGrade(75, [
          ["A", 80],
          ["B", 60],
          ["C", 0],
        ])
      )
    ).toBe("B");
  });
  it("rejects bands not highest first (#VALUE!) and a score below every band (#N/A)", () => {
    expect(
      v(
        a.assessGrade(75, [
          ["C", 0],
          ["A", 80],
        ])
      )
    ).toBe("#VALUE");
    expect(v(a.assessGrade(-1))).toBe("#NA");
  });
});
