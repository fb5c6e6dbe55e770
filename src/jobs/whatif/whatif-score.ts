import type { AssessReport } from "../../core/assess/assess";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { WorkbookSnapshot } from "../../workbook/port";
import { inspect, type Inspection } from "../assessment/inspect";
import type { Issue } from "../shared/issue";

/** The score data assessed under one template: ranked as `rank` ranks it, or why it could not be. */
export type Scored =
  | { ok: true; inspection: Inspection & { assessed: AssessReport }; template: LoadedTemplate }
  | { ok: false; problems: Issue[] };

/**
 * The score sheet read and scored under `template` (its own precision; the method given, else dense as
 * `rank`), exactly as `rank` would: the same reading, the same issues, the same ranks. A sheet that cannot be
 * read at all (missing, not a score sheet, left unfinished, no 工号 column) is a refusal with its errors.
 */
export function scoreUnder(
  snapshot: WorkbookSnapshot,
  template: LoadedTemplate,
  options: { sheet?: string; method?: RankMethod }
): Scored {
  const inspection = inspect(snapshot, { sheet: options.sheet, template, method: options.method });
  if (inspection.fatal || !inspection.assessed) {
    const errors = inspection.issues.filter((issue) => issue.severity === "error");
    return { ok: false, problems: errors.length > 0 ? errors : inspection.issues };
  }
  return {
    ok: true,
    inspection: inspection as Inspection & { assessed: AssessReport },
    template,
  };
}
