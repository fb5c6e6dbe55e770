import type { WorkbookSnapshot } from "../../workbook/port";
import { issueAt, type Issue } from "./issue";

/**
 * A sheet the add-in was writing when its job stopped (the registry still says "writing": a network failure
 * or a closed pane halfway through Excel's requests). Its content is incomplete: no job reads it as a result.
 */
export const isUnfinished = (snapshot: Pick<WorkbookSnapshot, "registry">, sheet: string) =>
  snapshot.registry[sheet]?.state === "writing";

/** An error for each of the named sheets left unfinished, saying to run again the job that writes it. */
export function unfinishedIssues(
  snapshot: Pick<WorkbookSnapshot, "registry">,
  sheets: readonly string[]
): Issue[] {
  return [...new Set(sheets)]
    .filter((sheet) => isUnfinished(snapshot, sheet))
    .map((sheet) => issueAt("error", "sheet.unfinished", { sheet }));
}
