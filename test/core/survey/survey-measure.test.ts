import {
  measureSurvey,
  type SurveyAnswer,
  type SurveyMeasure,
} from "../../../src/core/survey/survey-measure";

let row = 1;
/** Answers for one object, each on its own row of 导出 (the object in A, the answer in B). */
const answers = (object: string, values: readonly (number | string | null)[]): SurveyAnswer[] =>
  values.map((value) => {
    row++;
    return { object, value, cell: `导出!B${row}`, objectCell: `导出!A${row}` };
  });

const known = new Set(["E001", "E002", "北京分行"]);
const measure = (
  list: SurveyAnswer[],
  options: { scale?: number; measure?: SurveyMeasure; precision?: number } = {}
) =>
  measureSurvey(list, {
    scale: options.scale ?? 5,
    measure: options.measure ?? "mean",
    precision: options.precision ?? 2,
    known,
  });

const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

describe("measureSurvey (reviews.md §5)", () => {
  it.each([
    // [scale, measure, answers, value]
    [5, "mean", [1, 5, 3], 50],
    [5, "mean", [5, 5, 5], 100],
    [5, "mean", [1, 1], 0],
    [5, "mean", [4, 5], 87.5],
    [10, "mean", [10, 10, 1], 66.67],
    [10, "mean", [1, 10], 50],
    [5, "satisfied", [5, 4, 3, 2], 50],
    [5, "satisfied", [4, 4, 4], 100],
    [10, "satisfied", [10, 9, 8, 1], 50],
    [10, "satisfied", [8, 8, 8], 0],
    [5, "satisfied", [5, 1, 1], 33.33],
  ] as const)("on a %i-point scale, %s of %j is %d", (scale, how, values, value) => {
    const result = measure(answers("E001", values), { scale, measure: how });
    expect(result.problems).toEqual([]);
    expect(result.objects).toEqual([
      { object: "E001", answers: values.length, value, fewAnswers: true },
    ]);
  });

  it("warns 样本不足 30 at 29 answers, not at exactly 30, and gives the value either way", () => {
    const result = measure([
      ...answers("E001", repeat(4, 30)),
      ...answers("E002", [...repeat(5, 28), 1]),
    ]);
    expect(result.objects).toEqual([
      { object: "E001", answers: 30, value: 75, fewAnswers: false },
      // (141 / 29 − 1) / 4 × 100 = 96.55…
      { object: "E002", answers: 29, value: 96.55, fewAnswers: true },
    ]);
  });

  it("leaves blanks out: they are no answer, and an object with only blanks has no value", () => {
    const result = measure([
      ...answers("E001", [5, null, "", "  ", 3]),
      ...answers("E002", [null, ""]),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.objects).toEqual([
      { object: "E001", answers: 2, value: 75, fewAnswers: true },
      { object: "E002", answers: 0, value: null, fewAnswers: true },
    ]);
  });

  it("refuses an answer out of range or not a whole number, naming its cell, and does not count it", () => {
    row = 1;
    const result = measure(answers("E001", [5, 6, 0, "很满意", 4.5, "4", -1]));
    expect(result.problems).toEqual([
      { key: "survey.badAnswer", cell: "导出!B3", value: "6", scale: 5 },
      { key: "survey.badAnswer", cell: "导出!B4", value: "0", scale: 5 },
      { key: "survey.badAnswer", cell: "导出!B5", value: "很满意", scale: 5 },
      { key: "survey.badAnswer", cell: "导出!B6", value: "4.5", scale: 5 },
      { key: "survey.badAnswer", cell: "导出!B8", value: "-1", scale: 5 },
    ]);
    // 5 and the CSV's text "4" are counted.
    expect(result.objects).toEqual([{ object: "E001", answers: 2, value: 87.5, fewAnswers: true }]);
  });

  it("takes 10 as an answer on a 10-point scale and refuses it on a 5-point one", () => {
    expect(measure(answers("E001", [10]), { scale: 10 }).problems).toEqual([]);
    expect(measure(answers("E001", [10]), { scale: 5 }).problems).toHaveLength(1);
  });

  it("refuses an object the score sheet lacks once, at its first cell, and uses none of its answers", () => {
    row = 1;
    const result = measure([
      ...answers("E009", [5, 4]),
      ...answers("E001", [5]),
      ...answers("上海分行", [3]),
    ]);
    expect(result.problems).toEqual([
      { key: "survey.unknownObject", cell: "导出!A2", object: "E009" },
      { key: "survey.unknownObject", cell: "导出!A5", object: "上海分行" },
    ]);
    expect(result.objects.map((o) => o.object)).toEqual(["E001"]);
  });

  it("matches objects as typed with full-width characters and spaces normalised", () => {
    const result = measure(answers(" Ｅ００１ ", [5]));
    expect(result.problems).toEqual([]);
    expect(result.objects[0].object).toBe("E001");
  });

  it("rounds once, at the end, as Excel's ROUND (half away from zero)", () => {
    // 1 of 8 satisfied: 12.5 → 13 at precision 0 (banker's rounding would give 12).
    expect(
      measure(answers("E001", [5, ...repeat(1, 7)]), { measure: "satisfied", precision: 0 })
        .objects[0].value
    ).toBe(13);
    // 1 of 16: 6.25 → 6.3 at precision 1.
    expect(
      measure(answers("E001", [5, ...repeat(1, 15)]), { measure: "satisfied", precision: 1 })
        .objects[0].value
    ).toBe(6.3);
    // mean 1.5 on a 5-point scale: 12.5 → 13 at precision 0.
    expect(measure(answers("E001", [1, 2]), { precision: 0 }).objects[0].value).toBe(13);
  });
});
