import type { PersonReview } from "../../core/reviews/aggregate-reviews";
import type { FormStatus } from "./review-read";

/** What reading the forms gives (reviews.md §3): each form's state, each person's results; the sheets come from it. */
export type ReviewsCollected = {
  forms: FormStatus[];
  people: PersonReview[];
  straightLiners: string[];
  /** People of the score sheet nobody reviewed. */
  unreviewed: string[];
  /** SHA-256 over the content hashes of the forms read, sorted: the 审计日志's input hash. */
  inputHash: string;
};
