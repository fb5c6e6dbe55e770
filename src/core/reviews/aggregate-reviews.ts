import { excelRound } from "../util/excel-round";
import { RATER_TYPES, type RaterType, type Reviews } from "./reviews-schema";

/** One rater's row for one person on a form, its values already read (a blank is null, not rated). */
export type Rating = {
  /** The form's file, for the report (never shown to the person rated). */
  form: string;
  rater: string;
  person: string;
  type: RaterType;
  values: Readonly<Record<string, number | null>>;
};

/** Why a person's result is short, in the catalogue's words (no rater named). */
export type ReviewReason =
  | { key: "reviews.tooFewRaters"; params: { type: RaterType; count: number; min: number } }
  | { key: "reviews.targetMissingItem"; params: { indicator: string; item: string } };

export type PersonReview = {
  person: string;
  /** Raters used, by type (a group dropped for being too small counts 0 here). */
  raters: Record<RaterType, number>;
  /** Each item's score s_i, rounded to the template's precision; null where no type was present. */
  items: Record<string, number | null>;
  /** Each target indicator's value; null where one of its items has no score. */
  targets: Record<string, number | null>;
  /** Self's mean over the targets' items less the others' combined score on them; null without both. */
  selfGap: number | null;
  selfGapWarning: boolean;
  reasons: ReviewReason[];
};

/** Raters whose values are all one number over at least this many people: a straight-liner (§3). */
export const STRAIGHT_LINE_PEOPLE = 5;

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** 去掉一个最高分和一个最低分: one of each, once there are `trimAt` values (never for self). */
function groupMean(values: readonly number[], type: RaterType, trimAt: number): number {
  if (type === "self" || values.length < trimAt) return mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/** Groups that could name their raters: 同事 and 下级 below minPeers are not used. */
const anonymousGroup = (type: RaterType) => type === "peer" || type === "subordinate";

/**
 * reviews.md §3 for every person rated: per item and rater type the (trimmed) mean, too-small groups
 * dropped, the item score weighted over the types present, each target the plain mean of its items, the self
 * gap; every figure rounded once, at the end, to `precision` as Excel's ROUND. A row whose person is the
 * rater counts as self whatever its 评价关系 says.
 */
export function aggregateReviews(
  reviews: Reviews,
  ratings: readonly Rating[],
  precision: number
): PersonReview[] {
  const byPerson = new Map<string, Rating[]>();
  for (const rating of ratings) {
    const type: RaterType = rating.rater === rating.person ? "self" : rating.type;
    const list = byPerson.get(rating.person) ?? [];
    list.push({ ...rating, type });
    byPerson.set(rating.person, list);
  }
  return [...byPerson].map(([person, rows]) => personReview(reviews, person, rows, precision));
}

function personReview(
  reviews: Reviews,
  person: string,
  rows: readonly Rating[],
  precision: number
): PersonReview {
  const reasons: ReviewReason[] = [];
  const raters = Object.fromEntries(RATER_TYPES.map((t) => [t, 0])) as Record<RaterType, number>;
  // The group of each type: the distinct raters who gave this person any value.
  const groups = new Map<RaterType, Rating[]>();
  for (const row of rows) {
    if (!Object.values(row.values).some((v) => v !== null)) continue;
    groups.set(row.type, [...(groups.get(row.type) ?? []), row]);
  }
  const used = new Map<RaterType, Rating[]>();
  for (const [type, group] of groups) {
    const count = new Set(group.map((row) => row.rater)).size;
    if (anonymousGroup(type) && count < reviews.minPeers) {
      reasons.push({ key: "reviews.tooFewRaters", params: { type, count, min: reviews.minPeers } });
      continue;
    }
    used.set(type, group);
    raters[type] = count;
  }
  const itemScore = (item: string, types: readonly RaterType[]): number | null => {
    let weighted = 0;
    let weights = 0;
    for (const type of types) {
      const values = (used.get(type) ?? [])
        .map((row) => row.values[item])
        .filter((v): v is number => typeof v === "number");
      const weight = reviews.raters[type] ?? 0;
      if (values.length === 0 || weight === 0) continue;
      weighted += weight * groupMean(values, type, reviews.trimAt);
      weights += weight;
    }
    return weights === 0 ? null : weighted / weights;
  };
  const all = [...RATER_TYPES];
  const others = RATER_TYPES.filter((t) => t !== "self");
  const exact = new Map(reviews.items.map((item) => [item.id, itemScore(item.id, all)]));
  const targets: Record<string, number | null> = {};
  for (const [indicator, items] of Object.entries(reviews.targets)) {
    const missing = items.find((item) => exact.get(item) == null);
    if (missing !== undefined) {
      targets[indicator] = null;
      reasons.push({ key: "reviews.targetMissingItem", params: { indicator, item: missing } });
    } else targets[indicator] = excelRound(mean(items.map((item) => exact.get(item)!)), precision);
  }
  const selfGap = gapOfSelf(reviews, itemScore, others);
  return {
    person,
    raters,
    items: Object.fromEntries(
      [...exact].map(([id, v]) => [id, v === null ? null : excelRound(v, precision)])
    ),
    targets,
    selfGap: selfGap === null ? null : excelRound(selfGap, precision),
    selfGapWarning: selfGap !== null && Math.abs(selfGap) >= reviews.selfGapWarning,
    reasons,
  };
}

/** Self's mean over the targets' items less the others' combined score over the same items (both needed). */
function gapOfSelf(
  reviews: Reviews,
  itemScore: (item: string, types: readonly RaterType[]) => number | null,
  others: readonly RaterType[]
): number | null {
  const items = [...new Set(Object.values(reviews.targets).flatMap((named) => named))];
  const pairs = items
    .map((item) => [itemScore(item, ["self"]), itemScore(item, others)] as const)
    .filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null);
  if (pairs.length === 0) return null;
  return mean(pairs.map(([self]) => self)) - mean(pairs.map(([, rest]) => rest));
}

/** Forms whose every filled value is one number, over at least five people: warned, by file (§3). */
export function straightLiners(ratings: readonly Rating[]): string[] {
  const byForm = new Map<string, { people: Set<string>; values: Set<number> }>();
  for (const rating of ratings) {
    const form = byForm.get(rating.form) ?? { people: new Set(), values: new Set() };
    const filled = Object.values(rating.values).filter((v): v is number => typeof v === "number");
    if (filled.length > 0) form.people.add(rating.person);
    for (const value of filled) form.values.add(value);
    byForm.set(rating.form, form);
  }
  return [...byForm]
    .filter(([, f]) => f.people.size >= STRAIGHT_LINE_PEOPLE && f.values.size === 1)
    .map(([form]) => form);
}

/** Raters who sent more than one form: every form of theirs is refused, named (§3). */
export function ratersWithTwoForms(
  forms: readonly { form: string; rater: string }[]
): Map<string, string[]> {
  const byRater = new Map<string, string[]>();
  for (const { form, rater } of forms) byRater.set(rater, [...(byRater.get(rater) ?? []), form]);
  return new Map([...byRater].filter(([, files]) => new Set(files).size > 1));
}
