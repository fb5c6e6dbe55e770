/* What verify reports: one difference between a published number and its recomputation. */

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
