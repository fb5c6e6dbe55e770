import type { LoadedTemplate } from "../../core/template/parse-template";
import { err, ok, type Result } from "../../core/util/result";
import type { WorkbookSnapshot } from "../../workbook/port";
import { issueAt, type Issue } from "./issue";
import { readTemplateSheet, TEMPLATE_SHEET } from "./template-sheet";

/**
 * The template a job over ranked workbooks works with: the one given, else the workbook's 权重模板 sheet read
 * back. A workbook without the sheet is an error naming it (`source`); a broken sheet gives its own issues.
 */
export function workbookTemplate(
  snapshot: WorkbookSnapshot | undefined,
  source: string,
  given?: LoadedTemplate,
  /** What a workbook without the sheet is told, in the words of the job asking (whatif names --template). */
  missing: "annual.noTemplate" | "whatif.noTemplate" = "annual.noTemplate"
): Result<LoadedTemplate, Issue[]> {
  if (given) return ok(given);
  const grid = snapshot?.grids.get(TEMPLATE_SHEET);
  const read = grid ? readTemplateSheet(grid) : null;
  if (!read) return err([issueAt("error", missing, { file: source })]);
  if (!read.ok) return err(read.issues);
  return ok(read.value.loaded);
}
