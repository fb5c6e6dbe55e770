import type { DraftProblem } from "../../template-source";
import type { Path } from "./scoring-fields";

/** Whether a problem's path lies within a part of the draft (a post, an indicator, a field). */
export const startsWith = (path: Path, prefix: Path) => prefix.every((step, k) => path[k] === step);

/** The problems of one field (those under `path`), as one message for Fluent's Field beside it; none: {}. */
export function fieldValidation(problems: readonly DraftProblem[], path: Path) {
  const texts = problems
    .filter((problem) => startsWith(problem.path, path))
    .map((problem) => problem.text);
  return texts.length
    ? { validationState: "error" as const, validationMessage: texts.join(" ") }
    : {};
}
