import { localized, type LocalizedText } from "../i18n/messages";
import type { TemplateProblem } from "./problem";
import { checkReviews } from "./reviews-rules";
import type { Indicator, Post, WeightTemplate } from "./schema";

/** The cross-field rules of scoring.md §1, each broken rule one problem naming the post and indicator. */

const WEIGHT_SUM = 100;
const SUM_TOLERANCE = 1e-9;

export const postLabel = (post: Pick<Post, "name" | "nameEn">): LocalizedText =>
  localized(post.name, post.nameEn);
export const indicatorLabel = (indicator: Pick<Indicator, "name" | "nameEn">): LocalizedText =>
  localized(indicator.name, indicator.nameEn);

const isValidWeight = (weight: number | undefined): weight is number =>
  typeof weight === "number" && Number.isFinite(weight) && weight > 0;

const sumsTo100 = (sum: number) => Math.abs(sum - WEIGHT_SUM) <= SUM_TOLERANCE;

export function checkTemplateRules(template: WeightTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  problems.push(...checkPostIdentity(template));
  template.posts.forEach((post, postIndex) =>
    problems.push(...checkPost(post, postIndex, template.fullScore))
  );
  problems.push(...checkGrades(template));
  problems.push(...checkCycle(template));
  problems.push(...checkReviews(template));
  return problems;
}

const isWholeAtLeast = (value: number, least: number) => Number.isInteger(value) && value >= least;

/** cycle.md §2–§3: the annual weights and quarters, the reward grades, whole working days. */
function checkCycle(template: WeightTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const weights = template.annual?.quarterWeights;
  if (
    weights &&
    (weights.length !== 4 || weights.some((w) => w < 0) || weights.every((w) => w === 0))
  )
    problems.push({
      key: "tpl.annualWeights",
      params: { value: weights.join(", ") },
      path: ["annual", "quarterWeights"],
    });
  const minQuarters = template.annual?.minQuarters;
  if (minQuarters !== undefined && !(isWholeAtLeast(minQuarters, 1) && minQuarters <= 4))
    problems.push({
      key: "tpl.annualMinQuarters",
      params: { value: minQuarters },
      path: ["annual", "minQuarters"],
    });
  const labels = template.grades.map((band) => band.label);
  (template.outcomes?.reward?.grades ?? []).forEach((label, k) => {
    if (!labels.includes(label))
      problems.push({
        key: "tpl.rewardGrade",
        params: { label, grades: labels },
        path: ["outcomes", "reward", "grades", k],
      });
  });
  const days: [string[], number | undefined][] = [
    [["outcomes", "warning", "rectifyWorkdays"], template.outcomes?.warning?.rectifyWorkdays],
    [["outcomes", "appealWorkdays"], template.outcomes?.appealWorkdays],
  ];
  for (const [path, value] of days)
    if (value !== undefined && !isWholeAtLeast(value, 1))
      problems.push({ key: "tpl.workdays", params: { field: path.join("."), value }, path });
  const failures = template.outcomes?.penalty?.consecutiveFailures;
  if (failures !== undefined && !isWholeAtLeast(failures, 1))
    problems.push({
      key: "tpl.consecutiveFailures",
      params: { value: failures },
      path: ["outcomes", "penalty", "consecutiveFailures"],
    });
  return problems;
}

function checkPostIdentity(template: WeightTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seenIds = new Set<string>();
  // Score sheets name a post by its name or its id, so every name and id must point at one post.
  const owner = new Map<string, number>();
  template.posts.forEach((post, postIndex) => {
    if (seenIds.has(post.id)) {
      problems.push({
        key: "tpl.duplicatePostId",
        params: { postId: post.id },
        path: ["posts", postIndex, "id"],
      });
      return;
    }
    seenIds.add(post.id);
    for (const handle of new Set([post.id, post.name])) {
      const other = owner.get(handle);
      if (other !== undefined && other !== postIndex) {
        problems.push({
          key: "tpl.postNameClash",
          params: { post: postLabel(post), other: postLabel(template.posts[other]) },
          path: ["posts", postIndex, "name"],
        });
      } else owner.set(handle, postIndex);
    }
  });
  return problems;
}

/** A post being checked: the name its problems show, and the path to one of its fields. */
type PostInCheck = {
  post: Post;
  name: LocalizedText;
  pathTo: (...rest: (string | number)[]) => (string | number)[];
};

function checkPost(post: Post, postIndex: number, full: number): TemplateProblem[] {
  const checked: PostInCheck = {
    post,
    name: postLabel(post),
    pathTo: (...rest) => ["posts", postIndex, ...rest],
  };
  const problems: TemplateProblem[] = [];
  if (post.bonusCap < 0)
    problems.push({
      key: "tpl.bonusCap",
      params: { post: checked.name, value: post.bonusCap },
      path: checked.pathTo("bonusCap"),
    });
  problems.push(...checkIndicatorIds(checked));
  problems.push(...checkDimensions(checked));
  const dimensionIds = new Set((post.dimensions ?? []).map((dimension) => dimension.id));
  post.indicators.forEach((indicator, i) => {
    problems.push(...checkWeightAndDimension(checked, indicator, i, dimensionIds));
    problems.push(...checkScoring(indicator, i, post, postIndex, full));
  });
  // Sums are only meaningful once every weight is a valid number.
  if (post.indicators.every((indicator) => indicator.bonus || isValidWeight(indicator.weight)))
    problems.push(...checkWeightSums(checked));
  return problems;
}

/** Each indicator id once within its post. */
function checkIndicatorIds({ post, name, pathTo: at }: PostInCheck): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const indicatorIds = new Set<string>();
  post.indicators.forEach((indicator, i) => {
    if (indicatorIds.has(indicator.id)) {
      problems.push({
        key: "tpl.duplicateIndicatorId",
        params: { post: name, indicatorId: indicator.id },
        path: at("indicators", i, "id"),
      });
    }
    indicatorIds.add(indicator.id);
  });
  return problems;
}

/** Each dimension once, with a valid weight. */
function checkDimensions({ post, name, pathTo: at }: PostInCheck): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const dimensionIds = new Set<string>();
  (post.dimensions ?? []).forEach((dimension, d) => {
    if (dimensionIds.has(dimension.id)) {
      problems.push({
        key: "tpl.duplicateDimensionId",
        params: { post: name, dimensionId: dimension.id },
        path: at("dimensions", d, "id"),
      });
    }
    dimensionIds.add(dimension.id);
    if (!isValidWeight(dimension.weight)) {
      problems.push({
        key: "tpl.dimensionWeightInvalid",
        params: {
          post: name,
          dimension: localized(dimension.name, dimension.nameEn),
          value: dimension.weight,
        },
        path: at("dimensions", d, "weight"),
      });
    }
  });
  return problems;
}

/**
 * A bonus indicator has neither weight nor dimension; any other has a valid weight, and a dimension of its
 * post exactly when the post has dimensions.
 */
function checkWeightAndDimension(
  { post, name: postName, pathTo: at }: PostInCheck,
  indicator: Indicator,
  i: number,
  dimensionIds: ReadonlySet<string>
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const name = indicatorLabel(indicator);
  const hasDimensions = (post.dimensions ?? []).length > 0;
  if (indicator.bonus) {
    if (indicator.weight !== undefined)
      problems.push({
        key: "tpl.bonusHasWeight",
        params: { post: postName, indicator: name },
        path: at("indicators", i, "weight"),
      });
    if (indicator.dimension !== undefined)
      problems.push({
        key: "tpl.bonusHasDimension",
        params: { post: postName, indicator: name },
        path: at("indicators", i, "dimension"),
      });
    return problems;
  }
  if (indicator.weight === undefined) {
    problems.push({
      key: "tpl.weightMissing",
      params: { post: postName, indicator: name },
      path: at("indicators", i, "weight"),
    });
  } else if (!isValidWeight(indicator.weight)) {
    problems.push({
      key: "tpl.weightInvalid",
      params: { post: postName, indicator: name, value: indicator.weight },
      path: at("indicators", i, "weight"),
    });
  }
  if (hasDimensions && indicator.dimension === undefined) {
    problems.push({
      key: "tpl.dimensionMissing",
      params: { post: postName, indicator: name },
      path: at("indicators", i),
    });
  } else if (hasDimensions && !dimensionIds.has(indicator.dimension as string)) {
    problems.push({
      key: "tpl.dimensionUnknown",
      params: { post: postName, indicator: name, dimensionId: indicator.dimension as string },
      path: at("indicators", i, "dimension"),
    });
  } else if (!hasDimensions && indicator.dimension !== undefined) {
    problems.push({
      key: "tpl.dimensionUnexpected",
      params: { post: postName, indicator: name, dimensionId: indicator.dimension },
      path: at("indicators", i, "dimension"),
    });
  }
  return problems;
}

/** The weighted indicators sum to 100; with dimensions, the dimensions do, and each one's indicators. */
function checkWeightSums({ post, name, pathTo: at }: PostInCheck): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const dimensions = post.dimensions ?? [];
  const weighted = post.indicators.filter((indicator) => !indicator.bonus);
  if (dimensions.length === 0) {
    const sum = weighted.reduce((total, indicator) => total + (indicator.weight as number), 0);
    if (!sumsTo100(sum))
      problems.push({
        key: "tpl.weightsSum",
        params: { post: name, sum },
        path: at("indicators"),
      });
    return problems;
  }
  const sum = dimensions.reduce((total, dimension) => total + dimension.weight, 0);
  if (dimensions.every((dimension) => isValidWeight(dimension.weight)) && !sumsTo100(sum)) {
    problems.push({
      key: "tpl.dimensionWeightsSum",
      params: { post: name, sum },
      path: at("dimensions"),
    });
  }
  dimensions.forEach((dimension, d) => {
    const inner = weighted
      .filter((indicator) => indicator.dimension === dimension.id)
      .reduce((total, indicator) => total + (indicator.weight as number), 0);
    if (!sumsTo100(inner)) {
      problems.push({
        key: "tpl.dimensionIndicatorsSum",
        params: {
          post: name,
          dimension: localized(dimension.name, dimension.nameEn),
          sum: inner,
        },
        path: at("dimensions", d),
      });
    }
  });
  return problems;
}

function checkScoring(
  indicator: Indicator,
  i: number,
  post: Post,
  postIndex: number,
  full: number
): TemplateProblem[] {
  const path = ["posts", postIndex, "indicators", i, "scoring"];
  const base = { post: postLabel(post), indicator: indicatorLabel(indicator) };
  const problem = (
    key: TemplateProblem["key"],
    extra: Record<string, number> = {}
  ): TemplateProblem => ({
    key,
    params: { ...base, ...extra },
    path,
  });
  const scoring = indicator.scoring;
  switch (scoring.method) {
    case "direct":
      return [];
    case "ratio": {
      const problems: TemplateProblem[] = [];
      if (!(scoring.target > 0))
        problems.push(problem("tpl.ratioTarget", { value: scoring.target }));
      if (!(scoring.cap >= 1)) problems.push(problem("tpl.ratioCap", { value: scoring.cap }));
      return problems;
    }
    case "efficacy": {
      const problems: TemplateProblem[] = [];
      if (scoring.floor === scoring.satisfactory)
        problems.push(problem("tpl.efficacyEqual", { value: scoring.floor }));
      if ((scoring.base ?? 0) < 0 || (scoring.span ?? 0) < 0)
        problems.push(problem("tpl.efficacyBaseSpan"));
      return problems;
    }
    case "linear": {
      const points = scoring.points;
      if (points.length < 2) return [problem("tpl.linearCount")];
      const problems: TemplateProblem[] = [];
      const increasing = points[1][0] > points[0][0];
      const monotone = points.every(
        (point, k) =>
          k === 0 || (increasing ? point[0] > points[k - 1][0] : point[0] < points[k - 1][0])
      );
      if (!monotone) problems.push(problem("tpl.linearOrder"));
      if (scoring.below < 0 || points.some((point) => point[1] < 0))
        problems.push(problem("tpl.linearNegative"));
      return problems;
    }
    case "deduction": {
      const problems: TemplateProblem[] = [];
      if (!(scoring.per > 0)) problems.push(problem("tpl.deductionPer", { value: scoring.per }));
      if (scoring.floor < 0 || scoring.floor > full)
        problems.push(problem("tpl.deductionFloor", { value: scoring.floor, full }));
      return problems;
    }
    case "peer":
      return scoring.min < 0 || scoring.min > full
        ? [problem("tpl.peerMin", { value: scoring.min, full })]
        : [];
  }
}

function checkGrades(template: WeightTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const labels = new Set<string>();
  template.grades.forEach((band, g) => {
    if (labels.has(band.label))
      problems.push({
        key: "tpl.duplicateGrade",
        params: { label: band.label },
        path: ["grades", g, "label"],
      });
    labels.add(band.label);
    const previous = template.grades[g - 1];
    if (previous && !(band.min < previous.min)) {
      problems.push({
        key: "tpl.gradesOrder",
        params: {
          label: band.label,
          min: band.min,
          previous: previous.label,
          previousMin: previous.min,
        },
        path: ["grades", g, "min"],
      });
    }
  });
  const last = template.grades[template.grades.length - 1];
  if (last && last.min !== 0)
    problems.push({
      key: "tpl.gradesLastZero",
      params: { label: last.label, min: last.min },
      path: ["grades", template.grades.length - 1, "min"],
    });
  return problems;
}
