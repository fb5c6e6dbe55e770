import { RATER_TYPES } from "../reviews/reviews-schema";
import type { TemplateProblem } from "./problem";
import type { WeightTemplate } from "./schema";
import { localized } from "../i18n/messages";

/**
 * reviews.md §1: the `reviews` block's rules across fields, one problem per broken rule. Item ids are unique;
 * the rater weights are not all 0; every target is an indicator of the template (of any post) scored
 * `direct`; every item a target names is one of the items.
 */
export function checkReviews(template: WeightTemplate): TemplateProblem[] {
  const reviews = template.reviews;
  if (!reviews) return [];
  const problems: TemplateProblem[] = [];
  const itemIds = new Set<string>();
  reviews.items.forEach((item, k) => {
    if (itemIds.has(item.id))
      problems.push({
        key: "tpl.reviews.duplicateItem",
        params: { itemId: item.id },
        path: ["reviews", "items", k, "id"],
      });
    itemIds.add(item.id);
  });
  if (RATER_TYPES.every((type) => !((reviews.raters[type] ?? 0) > 0)))
    problems.push({ key: "tpl.reviews.ratersAllZero", params: {}, path: ["reviews", "raters"] });
  for (const [indicatorId, items] of Object.entries(reviews.targets)) {
    problems.push(...checkTarget(template, indicatorId));
    items.forEach((itemId, k) => {
      if (!itemIds.has(itemId))
        problems.push({
          key: "tpl.reviews.itemUnknown",
          params: { indicatorId, itemId },
          path: ["reviews", "targets", indicatorId, k],
        });
    });
  }
  return problems;
}

/**
 * A target: an indicator id that some post scores `direct` (reviews.md §1: "an indicator of the template (of
 * any post) scored direct"). Where the id is only scored otherwise, the message names the first post with it.
 */
function checkTarget(template: WeightTemplate, indicatorId: string): TemplateProblem[] {
  const path = ["reviews", "targets", indicatorId];
  const found = template.posts.flatMap((post) =>
    post.indicators
      .filter((indicator) => indicator.id === indicatorId)
      .map((indicator) => ({ post, indicator }))
  );
  if (found.length === 0)
    return [{ key: "tpl.reviews.targetUnknown", params: { indicatorId }, path }];
  if (found.some(({ indicator }) => indicator.scoring.method === "direct")) return [];
  const { post, indicator } = found[0];
  return [
    {
      key: "tpl.reviews.targetNotDirect",
      params: {
        indicatorId,
        post: localized(post.name, post.nameEn),
        indicator: localized(indicator.name, indicator.nameEn),
      },
      path,
    },
  ];
}
