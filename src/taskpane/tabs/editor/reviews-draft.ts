import type { Locale } from "../../../core/i18n/messages";
import type { RaterType } from "../../../core/reviews/reviews-schema";
import type { TemplateDraft } from "../../template-source";
import { nameIn } from "./localized-name";
import { postsOf } from "./draft-updates";

/** The draft's `reviews` block (reviews.md §1) as the editor changes it: values typed may not be numbers yet. */
export type DraftReviews = NonNullable<TemplateDraft["reviews"]>;
export type DraftReviewItem = DraftReviews["items"][number];
export type ReviewNumber = "trimAt" | "minPeers" | "selfGapWarning";

/** What 添加员工评价设置 starts from: reviews.md §1's example weights and defaults, one item to name. */
export const newReviews = (): DraftReviews => ({
  items: [{ id: "item1", name: "" }],
  raters: { superior: 50, peer: 40, self: 10 },
  trimAt: 5,
  minPeers: 3,
  selfGapWarning: 15,
  targets: {},
});

/** The draft with its reviews changed (undefined: the template has none). */
export function withReviews(
  draft: TemplateDraft,
  change: (reviews: DraftReviews) => DraftReviews | undefined
): TemplateDraft {
  const next = { ...draft };
  const reviews = draft.reviews ? change(draft.reviews) : undefined;
  if (reviews) next.reviews = reviews;
  else delete next.reviews;
  return next;
}

const itemsOf = (reviews: DraftReviews): DraftReviewItem[] =>
  Array.isArray(reviews.items) ? reviews.items : [];
const targetsOf = (reviews: DraftReviews): Record<string, string[]> =>
  reviews.targets && typeof reviews.targets === "object" ? reviews.targets : {};

/** A new item, with the first free id item1, item2, … */
export function addItem(reviews: DraftReviews): DraftReviews {
  const ids = new Set(itemsOf(reviews).map((item) => item.id));
  let n = 1;
  while (ids.has(`item${n}`)) n++;
  return { ...reviews, items: [...itemsOf(reviews), { id: `item${n}`, name: "" }] };
}

/** Item k removed, and from every target (a target left with no item is for the check to name). */
export function removeItem(reviews: DraftReviews, k: number): DraftReviews {
  const items = itemsOf(reviews);
  const id = items[k]?.id;
  const others = items.filter((_, j) => j !== k);
  const stillThere = others.some((item) => item.id === id);
  return {
    ...reviews,
    items: others,
    targets: stillThere
      ? targetsOf(reviews)
      : mapTargets(reviews, (ids) => ids.filter((x) => x !== id)),
  };
}

/**
 * Item k's id or name changed. A new id follows into the targets when it names one item before and after
 * (two items sharing an id are for the check to name, not for the editor to guess between).
 */
export function setItem(
  reviews: DraftReviews,
  k: number,
  change: Partial<DraftReviewItem>
): DraftReviews {
  const items = itemsOf(reviews);
  const old = items[k]?.id;
  const next = items.map((item, j) => (j === k ? { ...item, ...change } : item));
  const renamed = change.id !== undefined && change.id !== old;
  const unique = (id: string | undefined, list: DraftReviewItem[]) =>
    list.filter((item) => item.id === id).length === 1;
  const follow = renamed && unique(old, items) && unique(change.id, next);
  return {
    ...reviews,
    items: next,
    targets: follow
      ? mapTargets(reviews, (ids) => ids.map((x) => (x === old ? (change.id as string) : x)))
      : targetsOf(reviews),
  };
}

/** A rater type's weight; blank: that type is not weighed (not in the template). */
export function setRater(reviews: DraftReviews, type: RaterType, value: unknown): DraftReviews {
  const raters: Record<string, unknown> = { ...(reviews.raters ?? {}) };
  if (value === undefined) delete raters[type];
  else raters[type] = value;
  return { ...reviews, raters: raters as DraftReviews["raters"] };
}

/** trimAt, minPeers or selfGapWarning; blank: the default (reviews.md §1). */
export function setNumber(reviews: DraftReviews, key: ReviewNumber, value: unknown): DraftReviews {
  const next: Record<string, unknown> = { ...reviews };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as DraftReviews;
}

function mapTargets(reviews: DraftReviews, change: (ids: string[]) => string[]) {
  return Object.fromEntries(
    Object.entries(targetsOf(reviews)).map(([indicator, ids]) => [indicator, change(ids)])
  );
}

/** A new target: the first indicator scored directly that no target fills yet, taking every item. */
export function addTarget(reviews: DraftReviews, choices: string[]): DraftReviews {
  const targets = targetsOf(reviews);
  const free = choices.find((id) => !(id in targets));
  if (free === undefined) return reviews;
  return { ...reviews, targets: { ...targets, [free]: itemsOf(reviews).map((item) => item.id) } };
}

export function removeTarget(reviews: DraftReviews, indicator: string): DraftReviews {
  const targets = { ...targetsOf(reviews) };
  delete targets[indicator];
  return { ...reviews, targets };
}

/** A target moved to another indicator, in its place in the list. */
export function retarget(reviews: DraftReviews, from: string, to: string): DraftReviews {
  if (from === to || to in targetsOf(reviews)) return reviews;
  return {
    ...reviews,
    targets: Object.fromEntries(
      Object.entries(targetsOf(reviews)).map(([id, items]) => [id === from ? to : id, items])
    ),
  };
}

/** An item taken by a target or not, the target's items kept in the order of the items list. */
export function toggleTargetItem(
  reviews: DraftReviews,
  indicator: string,
  itemId: string,
  on: boolean
): DraftReviews {
  const targets = targetsOf(reviews);
  const had = targets[indicator] ?? [];
  const order = itemsOf(reviews).map((item) => item.id);
  const chosen = on
    ? [...had.filter((id) => id !== itemId), itemId]
    : had.filter((id) => id !== itemId);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return {
    ...reviews,
    targets: { ...targets, [indicator]: [...chosen].sort((a, b) => rank(a) - rank(b)) },
  };
}

/** The indicators a review may fill: every id some post scores directly, once, by its first name. */
export function directIndicators(
  draft: TemplateDraft,
  locale: Locale
): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const post of postsOf(draft))
    for (const indicator of Array.isArray(post.indicators) ? post.indicators : [])
      if (indicator?.scoring?.method === "direct" && !seen.has(indicator.id))
        seen.set(indicator.id, nameIn(locale, indicator.name, indicator.nameEn));
  return [...seen].map(([id, name]) => ({ id, name }));
}

export { itemsOf as reviewItemsOf, targetsOf as reviewTargetsOf };
