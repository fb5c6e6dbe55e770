import { assess } from "../../src/core/assess/assess";
import type { ScoreRecord } from "../../src/core/assess/score-record";
import { feedbackFor, suggestedCourses, targetOf } from "../../src/core/cycle/feedback";
import { direct, load, templateWith } from "../support/template-builders";

const rec = (id: string, values: ScoreRecord["values"]): ScoreRecord => ({
  id,
  post: "测试岗",
  values,
});

const loaded = load(
  templateWith([
    direct("a", 40, { training: ["课程A"] }),
    direct("b", 30, { training: ["课程B1", "课程B2"] }),
    direct("c", 20),
    direct("d", 10, { training: ["课程D"] }),
    direct("x", 0, { bonus: true, weight: undefined }),
  ])
);

describe("feedback (cycle.md §4)", () => {
  // Post means: a 80, b 80, c 80, d 80 (E1 and E2 mirror each other around them).
  const report = assess(loaded, [
    rec("E1", { a: 90, b: 90, c: 70, d: 70, x: 2 }),
    rec("E2", { a: 70, b: 70, c: 90, d: 90 }),
  ]);
  const feedback = feedbackFor(loaded, report);

  it("gives each indicator its weight, actual, target, score, contribution and the post's mean and best", () => {
    expect(feedback.get("E1")!.indicators[0]).toEqual({
      id: "a",
      name: "a",
      weight: 40,
      dimension: null,
      actual: 90,
      target: 100,
      score: 90,
      contribution: 36,
      postMean: 80,
      postBest: 90,
    });
    // A bonus indicator has no weight and no contribution; it is never a strength or a weakness.
    expect(feedback.get("E1")!.indicators[4]).toMatchObject({
      id: "x",
      weight: null,
      contribution: null,
    });
  });

  it("breaks ties between strengths (and weaknesses) by the template's indicator order", () => {
    // E1 is +10 on a and b, −10 on c and d: all tie; the template order decides.
    expect(feedback.get("E1")).toMatchObject({ strengths: ["a", "b"], weaknesses: ["c", "d"] });
    expect(feedback.get("E2")).toMatchObject({ strengths: ["c", "d"], weaknesses: ["a", "b"] });
  });

  it("lists the courses of each weakness, in the weaknesses' order", () => {
    expect(feedback.get("E1")!.training).toEqual([{ indicator: "d", courses: ["课程D"] }]);
    expect(feedback.get("E2")!.training).toEqual([
      { indicator: "a", courses: ["课程A"] },
      { indicator: "b", courses: ["课程B1", "课程B2"] },
    ]);
  });

  it("names fewer strengths when fewer are above the mean, and none for the only one of a post", () => {
    const three = assess(loaded, [
      rec("E1", { a: 100, b: 80, c: 80, d: 80 }),
      rec("E2", { a: 60, b: 80, c: 80, d: 80 }),
    ]);
    expect(feedbackFor(loaded, three).get("E1")).toMatchObject({
      strengths: ["a"],
      weaknesses: [],
    });
    const alone = assess(loaded, [rec("E1", { a: 100, b: 10, c: 80, d: 80 })]);
    expect(feedbackFor(loaded, alone).get("E1")).toMatchObject({ strengths: [], weaknesses: [] });
  });

  it.each([
    [{ method: "ratio", target: 2, cap: 1.2 }, 2],
    [{ method: "efficacy", floor: 0.03, satisfactory: 0.01 }, 0.01],
    [
      {
        method: "linear",
        points: [
          [0, 0],
          [0.2, 60],
          [0.5, 100],
        ],
        below: 0,
      },
      0.5,
    ],
    [
      {
        method: "linear",
        points: [
          [5, 100],
          [10, 60],
          [20, 0],
        ],
        below: 0,
      },
      5,
    ],
    [{ method: "direct" }, 100],
    [{ method: "deduction", per: 5, floor: 0 }, 0],
    [{ method: "peer", min: 0 }, null],
  ])("takes %j's target as %s", (scoring, target) => {
    expect(targetOf(scoring as never, 100)).toBe(target);
  });
});

describe("suggestedCourses: what the 反馈单 and 培训需求 list", () => {
  it("names a course once when two weaknesses share it, in the order of the weaknesses", () => {
    const training = [
      { indicator: "counter_error_rate", courses: ["柜面操作规范与差错防控"] },
      { indicator: "dual_review_rate", courses: ["柜面操作规范与差错防控", "双人复核实务"] },
      { indicator: "handling_minutes", courses: [] },
    ];
    expect(suggestedCourses({ training })).toEqual(["柜面操作规范与差错防控", "双人复核实务"]);
    expect(suggestedCourses({ training: [] })).toEqual([]);
  });
});
