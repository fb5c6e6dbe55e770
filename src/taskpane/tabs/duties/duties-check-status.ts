import { formatMessage, joinList, type Locale } from "../../../core/i18n/messages";
import { DUTIES_SHEETS, type DutiesJobResult } from "../../../jobs/duties/duties-job";
import type { Issue } from "../../../jobs/shared/issue";
import { issueText } from "../../pane-wording";
import { HighlightsUnavailable, WorkbookRefusal, type Highlight } from "../../../workbook/port";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";

export type DutiesChecked = Extract<DutiesJobResult, { ok: true }>;

/** Why the problem cells could not all be marked, if they could not: a protected sheet, or unreadable formats. */
export type NotMarked = "protected" | "unreadable" | null;

/** Marks each duties sheet's problem cells; the check stands even where the marks cannot be made. */
export async function markDutiesCells(host: PaneHost, done: DutiesChecked): Promise<NotMarked> {
  let notMarked: NotMarked = null;
  if (!host.highlight) return notMarked;
  for (const sheet of DUTIES_SHEETS) {
    const cells: Highlight[] = [...done.unreadable, ...done.findings]
      .filter((f) => f.cell?.startsWith(`${sheet}!`))
      .map((f) => ({ address: (f.cell as string).split("!")[1], severity: f.severity }));
    try {
      await host.highlight(sheet, cells);
    } catch (error) {
      if (error instanceof HighlightsUnavailable) notMarked ??= "unreadable";
      else if (error instanceof WorkbookRefusal && error.code === "protectedSheet")
        notMarked = "protected";
      else throw error;
    }
  }
  return notMarked;
}

/**
 * Why a workbook could not be checked, a line each; the duties sheets it lacks in one line that says what to
 * do in the pane (generate them), not three alike.
 */
export function dutiesProblemLines(problems: readonly Issue[], locale: Locale): string[] {
  const missing = problems.filter((issue) => issue.key === "duties.missingSheet");
  const others = problems.filter((issue) => issue.key !== "duties.missingSheet");
  const quoted = (sheet: unknown) => (locale === "en-US" ? `"${sheet}"` : `「${sheet}」`);
  return [
    ...(missing.length > 0
      ? [
          formatMessage(locale, "ui.duties.missingSheets", {
            file: missing[0].params.file ?? "",
            sheets: joinList(
              missing.map((issue) => quoted(issue.params.sheet)),
              locale
            ),
          }),
        ]
      : []),
    ...others.map((issue) => issueText(issue, locale)),
  ];
}

/** The outcome of a check-up: counts, a warning when marks are missing, notes on how due dates were counted. */
export function dutiesCheckStatus(
  done: DutiesChecked,
  notMarked: NotMarked,
  locale: Locale
): Status {
  const params = {
    ...done.counts,
    errors: done.errors,
    warnings: done.warnings,
  };
  if (notMarked)
    return {
      kind: "warning",
      key: notMarked === "protected" ? "ui.duties.notMarked" : "ui.duties.marksUnreadable",
      params,
    };
  // A due date counted without its year's arrangement says so, and how to load it.
  const details = done.notes.map((note) => issueText(note, locale));
  if (done.errors + done.warnings === 0)
    return {
      kind: details.length > 0 ? "warning" : "success",
      key: "ui.duties.clean",
      details,
    };
  return {
    kind: done.errors > 0 || details.length > 0 ? "warning" : "success",
    key: "ui.duties.summary",
    params,
    details,
  };
}
