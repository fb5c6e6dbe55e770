import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Provenance, WorkbookSnapshot } from "../../workbook/port";
import { inputHash } from "../shared/input-hash";
import { inspect, type Inspection } from "./inspect";
import { SCORE_SHEET } from "./score-sheet";

/** The sheets that can hold a ranking's score data: those the registry names (评分表, 汇总), else 评分表. */
export function dataSheets(snapshot: Pick<WorkbookSnapshot, "registry">): string[] {
  const named = Object.entries(snapshot.registry)
    .filter(([, p]) => p.kind === "scores" || p.kind === "summary")
    .map(([name]) => name);
  return named.length > 0 ? named : [SCORE_SHEET];
}

export type ScoreData =
  | { ok: true; inspection: Inspection & { assessed: NonNullable<Inspection["assessed"]> } }
  | { ok: false; changed: string | null; tried: string[] };

/**
 * The score data a ranking tab was made from: the named sheet, or the one whose records hash to the input
 * hash the tab records, scored with the tab's rank method. `changed` names a sheet that is there but no
 * longer hashes alike (edited after the ranking).
 */
export function scoreDataOf(
  snapshot: WorkbookSnapshot,
  provenance: Provenance,
  template: LoadedTemplate,
  sheet?: string
): ScoreData {
  const candidates = sheet ? [sheet] : dataSheets(snapshot);
  let changed: string | null = null;
  for (const name of candidates) {
    if (!snapshot.grids.has(name)) continue;
    const tried = inspect(snapshot, { sheet: name, template, method: provenance.method });
    if (!tried.assessed) continue;
    if (provenance.inputHash && inputHash(tried.records) !== provenance.inputHash) {
      changed ??= name;
      continue;
    }
    return { ok: true, inspection: { ...tried, assessed: tried.assessed } };
  }
  return { ok: false, changed, tried: candidates };
}
