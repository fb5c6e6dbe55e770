import type { Issue } from "../../../jobs/shared/issue";
import { HighlightsUnavailable, WorkbookRefusal } from "../../../workbook/port";
import type { PaneHost } from "../../../workbook/pane-host";

/** Why the problem cells could not be marked, if they could not: a protected sheet, or unreadable formats. */
export type NotMarked = "protected" | "unreadable" | null;

/** Marks the checked sheet's problem cells; only the marks can fail here, never the check. */
export async function markIssueCells(
  host: PaneHost,
  sheet: string,
  issues: Issue[]
): Promise<NotMarked> {
  if (!host.highlight) return null;
  const cells = issues
    .filter((issue) => issue.cell?.startsWith(`${sheet}!`) || issue.cell?.startsWith(`'${sheet}'!`))
    .map((issue) => ({
      address: (issue.cell as string).split("!")[1],
      severity: issue.severity,
    }));
  try {
    await host.highlight(sheet, cells);
  } catch (error) {
    // The check is done; only the marks could not be made: a sheet the user protected, or formats
    // of the user's that Excel cannot read back.
    if (error instanceof HighlightsUnavailable) return "unreadable";
    if (error instanceof WorkbookRefusal && error.code === "protectedSheet") return "protected";
    throw error;
  }
  return null;
}
