import { formatMessage, joinList, type Locale } from "../../../core/i18n/messages";
import type { CollectResult } from "../../../jobs/assessment/collect-result";
import { issueText } from "../../pane-wording";
import type { Status } from "../../use-task";

/** The outcome of a collection: counts, then what needs doing (missing branches named). */
export function collectSummary(collected: CollectResult, locale: Locale): Status {
  const attention = collected.files.filter((f) => f.state !== "accepted").length;
  const missing = collected.branches.filter((b) => b.state === "missing").map((b) => b.branch);
  return {
    kind: attention || missing.length || collected.crossBranch.length ? "warning" : "success",
    key: "collect.summary",
    params: {
      files: collected.files.length,
      accepted: collected.files.length - attention,
      attention,
      rows: collected.rows.length,
    },
    details: [
      ...(missing.length
        ? [formatMessage(locale, "ui.collect.missing", { branches: joinList(missing, locale) })]
        : []),
      ...(collected.templateNote ? [issueText(collected.templateNote, locale)] : []),
      ...collected.crossBranch.map((issue) => issueText(issue, locale)),
    ],
  };
}
