import type { AssessReport, RowResult } from "../assess/assess";
import type { LoadedTemplate } from "../template/parse-template";
import type { Indicator, Post, Scoring } from "../template/schema";
import { excelRound } from "../util/excel-round";

/** One line of a feedback page's table (cycle.md §4). */
export type IndicatorFeedback = {
  id: string;
  name: string;
  weight: number | null;
  dimension: string | null;
  actual: number | null;
  /** The scoring parameter a person would call the target (null for peer review). */
  target: number | null;
  score: number | null;
  /** weight × score / 100, inside its dimension where the post has dimensions. */
  contribution: number | null;
  /** The post's mean and best score on the indicator among ranked rows. */
  postMean: number | null;
  postBest: number | null;
};

export type Feedback = {
  id: string;
  indicators: IndicatorFeedback[];
  /** Indicator ids: the two weighted indicators furthest above (below) the post's mean, ties by template order. */
  strengths: string[];
  weaknesses: string[];
  /** Each weakness's courses (an indicator's `training`), in the order of the weaknesses. */
  training: { indicator: string; courses: string[] }[];
};

/** §4: the target of each method: target, satisfactory, the best-scoring point, full marks, no deduction. */
export function targetOf(scoring: Scoring, fullScore: number): number | null {
  switch (scoring.method) {
    case "ratio":
      return scoring.target;
    case "efficacy":
      return scoring.satisfactory;
    case "linear": {
      let best = scoring.points[0];
      for (const point of scoring.points) if (point[1] > best[1]) best = point;
      return best ? best[0] : null;
    }
    case "direct":
      return fullScore;
    case "deduction":
      return 0;
    default:
      return null;
  }
}

/**
 * §4 for every ranked (and vetoed) object of a report: its indicator table with the post's mean and best,
 * its strengths and weaknesses and their courses. Differences from the mean are taken on values rounded to
 * the template's precision, as they are printed, so that a tie a reader sees is a tie the rule breaks by the
 * template's indicator order.
 */
export function feedbackFor(
  loaded: LoadedTemplate,
  report: Pick<AssessReport, "ranked">
): Map<string, Feedback> {
  const t = loaded.template;
  const round = (value: number) => excelRound(value, t.precision);
  const posts = new Map<string, Post>(t.posts.map((post) => [post.id, post]));
  const byPost = new Map<string, RowResult[]>();
  for (const row of report.ranked) {
    if (!row.post) continue;
    const rows = byPost.get(row.post.id) ?? [];
    rows.push(row);
    byPost.set(row.post.id, rows);
  }
  const feedback = new Map<string, Feedback>();
  for (const [postId, rows] of byPost) {
    const post = posts.get(postId);
    if (!post) continue;
    const stats = post.indicators.map((_, i) => {
      const scores = rows.map((row) => row.scores[i]).filter((s): s is number => s !== null);
      return scores.length === 0
        ? { mean: null, best: null }
        : {
            mean: round(scores.reduce((sum, s) => sum + s, 0) / scores.length),
            best: round(scores.reduce((best, s) => (s > best ? s : best), -Infinity)),
          };
    });
    for (const row of rows) {
      const indicators = post.indicators.map((indicator, i) =>
        line(indicator, row, i, stats[i], t.fullScore, round)
      );
      const differences = post.indicators.flatMap((indicator, i) => {
        const { score, postMean } = indicators[i];
        return indicator.bonus || score === null || postMean === null
          ? []
          : [{ id: indicator.id, order: i, difference: round(round(score) - postMean) }];
      });
      const strengths = differences
        .filter((d) => d.difference > 0)
        .sort((a, b) => b.difference - a.difference || a.order - b.order)
        .slice(0, 2)
        .map((d) => d.id);
      const weaknesses = differences
        .filter((d) => d.difference < 0)
        .sort((a, b) => a.difference - b.difference || a.order - b.order)
        .slice(0, 2)
        .map((d) => d.id);
      const training = weaknesses.flatMap((id) => {
        const courses = post.indicators.find((indicator) => indicator.id === id)?.training ?? [];
        return courses.length > 0 ? [{ indicator: id, courses }] : [];
      });
      feedback.set(row.id, { id: row.id, indicators, strengths, weaknesses, training });
    }
  }
  return feedback;
}

function line(
  indicator: Indicator,
  row: RowResult,
  i: number,
  stats: { mean: number | null; best: number | null },
  fullScore: number,
  round: (value: number) => number
): IndicatorFeedback {
  const score = row.scores[i] ?? null;
  const weight = indicator.bonus ? null : (indicator.weight ?? null);
  return {
    id: indicator.id,
    name: indicator.name,
    weight,
    dimension: indicator.dimension ?? null,
    actual: row.values[i] ?? null,
    target: targetOf(indicator.scoring, fullScore),
    score,
    contribution: score === null || weight === null ? null : round((weight * score) / 100),
    postMean: stats.mean,
    postBest: stats.best,
  };
}

/** The courses a result suggests, each once, in the order of the weaknesses (two may share a course). */
export const suggestedCourses = (feedback: Pick<Feedback, "training">): string[] => [
  ...new Set(feedback.training.flatMap((entry) => entry.courses)),
];
