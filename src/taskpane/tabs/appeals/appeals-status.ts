import { joinList, type Locale } from "../../../core/i18n/messages";
import type { AppealsInWorkbookResult } from "../../../jobs/appeals/appeals-job";
import { issueText } from "../../pane-wording";
import type { Status } from "../../use-task";

/** The outcome of checking the appeals (or applying the answered ones): what was written, or the counts. */
export function appealsStatus(
  done: AppealsInWorkbookResult,
  apply: boolean,
  locale: Locale
): Status {
  if (done.problems.length > 0)
    return {
      kind: "error",
      key: "ui.appeals.failed",
      details: done.problems.map((issue) => issueText(issue, locale)),
    };
  const errors = done.issues.filter((i) => i.severity === "error").length;
  if (apply && done.corrections.length > 0)
    return {
      kind: "success",
      key: "ui.appeals.applied",
      params: {
        sheets: joinList(done.written, locale),
        changes: done.corrections.reduce((sum, c) => sum + c.changes.length, 0),
      },
    };
  // Deadlines counted without their year's arrangement say so.
  const details = done.notes.map((note) => issueText(note, locale));
  return {
    kind:
      errors > 0 || details.length > 0 || (apply && done.corrections.length === 0)
        ? "warning"
        : "success",
    key: apply ? "cli.appealsNothing" : "cli.appealsChecked",
    params: { appeals: done.appeals.length, errors, warnings: done.issues.length - errors },
    details,
  };
}
