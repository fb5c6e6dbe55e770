import type { Locale } from "../../../core/i18n/messages";
import { DUTIES_SHEETS, type DutiesJobResult } from "../../../jobs/duties/duties-job";
import { issueText } from "../../../jobs/shared/issue";
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
