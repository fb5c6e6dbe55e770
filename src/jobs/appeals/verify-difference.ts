/* What verify reports: one difference between a published number and its recomputation. */
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";

/** What a difference is about: the tab's provenance, or a value on it (its column). */
export const DIFFERENCE_KINDS = [
  "templateFingerprint",
  "inputHash",
  "composite",
  "rank.overall",
  "rank.post",
  "rank.branch",
  "grade",
  "veto",
  "missingRow",
  "extraRow",
  "appeals",
  "reviewed",
  "reviewsTemplate",
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export type Difference = {
  sheet: string;
  cell: string;
  what: DifferenceKind;
  recorded: string | number | null;
  recomputed: string | number | null;
  /** A reviewed cell's person (工号) and indicator name (verify --forms). */
  person?: string;
  indicator?: string;
};

/** "排名 2025Q4!G12 综合得分 为 88.5，重算为 85.5": a difference in the user's language. */
export function differenceText(difference: Difference, locale: Locale): string {
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const where = difference.cell ? `${difference.sheet}!${difference.cell}` : difference.sheet;
  const show = (value: string | number | null) =>
    value === null || value === "" ? say("verify.blank") : String(value);
  return say("verify.difference", {
    where,
    what: say(`verify.what.${difference.what}` as MessageKey, {
      id: difference.person ?? "",
      indicator: difference.indicator ?? "",
    }),
    recorded: show(difference.recorded),
    recomputed: show(difference.recomputed),
  });
}
