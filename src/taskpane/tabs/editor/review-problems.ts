import type { DraftProblem } from "../../template-source";
import { fieldValidation } from "./paths";
import type { DraftReviews } from "./reviews-draft";

/** What each part of the reviews section is given. */
export type PartProps = {
  reviews: DraftReviews;
  change: (next: (r: DraftReviews) => DraftReviews | undefined) => void;
  problems: DraftProblem[];
  disabled?: boolean;
};

/** The problems of one part of the reviews block (by its path under `reviews`), as one message; none: {}. */
export function reviewValidation(problems: DraftProblem[], ...path: (string | number)[]) {
  return fieldValidation(problems, ["reviews", ...path]);
}

/** Whether a problem has a field of its own in the reviews section (else it shows at the section's foot). */
export function hasReviewField(problem: DraftProblem): boolean {
  const [, part, index] = problem.path;
  if (part === "items" || part === "targets") return index !== undefined;
  return part === "raters" || part === "trimAt" || part === "minPeers" || part === "selfGapWarning";
}
