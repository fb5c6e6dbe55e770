import { excelRound } from "../util/excel-round";
import { normaliseText } from "../util/text";

/** reviews.md §5: `mean` (the mean answer on 0–100) or `satisfied` (the share of 满意及以上 answers). */
export const SURVEY_MEASURES = ["mean", "satisfied"] as const;
export type SurveyMeasure = (typeof SURVEY_MEASURES)[number];

/** Fewer answers than this: the value with the warning 样本不足 30. */
export const SURVEY_MIN_ANSWERS = 30;

/** One response of the export: the object (工号 or 机构), the answer as read, and where both are. */
export type SurveyAnswer = {
  object: string;
  value: number | string | null;
  /** The answer's cell (导出!C5 or 调查.csv 第 5 行). */
  cell: string;
  /** The object's cell. */
  objectCell: string;
};

export type SurveyObject = {
  object: string;
  /** Answers used (blanks and refused answers left out). */
  answers: number;
  /** 0–100, rounded once to the template's precision; null with no answer. */
  value: number | null;
  /** Fewer than SURVEY_MIN_ANSWERS answers. */
  fewAnswers: boolean;
};

export type SurveyProblem =
  | { key: "survey.badAnswer"; cell: string; value: string; scale: number }
  | { key: "survey.unknownObject"; cell: string; object: string };

/**
 * Each object's value (reviews.md §5). A blank is no answer; an answer that is not a number from 1 to
 * `scale` is an error of its cell and not used; an object not among `known` is an error of its cell and its
 * answers are not used. `mean`: (mean − 1) / (scale − 1) × 100; `satisfied`: the share of answers ≥ scale − 1
 * × 100; each rounded once, at the end, to `precision` as Excel's ROUND. Objects in the order first met.
 */
export function measureSurvey(
  answers: readonly SurveyAnswer[],
  options: {
    scale: number;
    measure: SurveyMeasure;
    precision: number;
    known: ReadonlySet<string>;
  }
): { objects: SurveyObject[]; problems: SurveyProblem[] } {
  const { scale } = options;
  const problems: SurveyProblem[] = [];
  const values = new Map<string, number[]>();
  const unknown = new Set<string>();
  for (const answer of answers) {
    const object = normaliseText(answer.object);
    if (!object) continue;
    if (!options.known.has(object)) {
      if (!unknown.has(object))
        problems.push({ key: "survey.unknownObject", cell: answer.objectCell, object });
      unknown.add(object);
      continue;
    }
    const list = values.get(object) ?? [];
    values.set(object, list);
    const read = answerOf(answer.value);
    if (read === null) continue;
    if (Number.isNaN(read) || !Number.isInteger(read) || read < 1 || read > scale) {
      problems.push({
        key: "survey.badAnswer",
        cell: answer.cell,
        value: String(answer.value),
        scale,
      });
      continue;
    }
    list.push(read);
  }
  const objects = [...values].map(([object, list]): SurveyObject => {
    const raw =
      list.length === 0
        ? null
        : options.measure === "mean"
          ? ((list.reduce((a, b) => a + b, 0) / list.length - 1) / (scale - 1)) * 100
          : (list.filter((v) => v >= scale - 1).length / list.length) * 100;
    return {
      object,
      answers: list.length,
      value: raw === null ? null : excelRound(raw, options.precision),
      fewAnswers: list.length < SURVEY_MIN_ANSWERS,
    };
  });
  return { objects, problems };
}

/** A number, a number typed as text (a CSV's "4"), null for a blank, NaN for anything else. */
function answerOf(value: number | string | null): number | null {
  if (value === null) return null;
  if (typeof value === "number") return value;
  const text = value.trim();
  if (!text) return null;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
}
