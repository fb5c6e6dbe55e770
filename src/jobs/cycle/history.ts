import type { QuarterResult, QuarterRow } from "../../core/cycle/annual";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { normaliseText } from "../../core/util/text";
import { cellAt, type Cell, type WorkbookSnapshot } from "../../workbook/port";
import { HEADER_ROW, RANKING_COLUMN } from "../assessment/ranking-sheet";

/** The ranking tabs a workbook's registry names (never guessed from sheet names), for one read. */
export function rankingTabs(snapshot: Pick<WorkbookSnapshot, "registry">): string[] {
  return Object.entries(snapshot.registry)
    .filter(([, provenance]) => provenance.kind === "ranking")
    .map(([name]) => name);
}

const { branch: BRANCH, department: DEPARTMENT, id: ID, name: NAME, post: POST } = RANKING_COLUMN;
const { composite: COMPOSITE, grade: GRADE, veto: VETO } = RANKING_COLUMN;

const textOf = (cell: Cell): string | undefined =>
  cell.kind === "text" ? cell.value : cell.kind === "number" ? String(cell.value) : undefined;

/**
 * cycle.md §1: one ranking tab as a result of the history: its period and template from the registry, and
 * each ranked row (the table under the header, down to the first empty row) with its composite, grade and
 * veto. Rows that were not ranked are absent here, as the rules treat them.
 */
export function rankingResult(
  snapshot: WorkbookSnapshot,
  sheet: string,
  source: string,
  template: LoadedTemplate
): QuarterResult | null {
  const provenance = snapshot.registry[sheet];
  const grid = snapshot.grids.get(sheet);
  if (!provenance || provenance.kind !== "ranking" || !grid) return null;
  const posts = new Map(template.template.posts.map((post) => [normaliseText(post.name), post]));
  const rows: QuarterRow[] = [];
  for (let r = HEADER_ROW; r < grid.rows.length; r++) {
    const id = textOf(cellAt(grid, r, ID));
    if (!id) break;
    const composite = cellAt(grid, r, COMPOSITE);
    const post = posts.get(normaliseText(textOf(cellAt(grid, r, POST)) ?? ""));
    rows.push({
      id,
      name: textOf(cellAt(grid, r, NAME)),
      branch: textOf(cellAt(grid, r, BRANCH)),
      department: textOf(cellAt(grid, r, DEPARTMENT)),
      post: post ? { id: post.id, name: post.name } : null,
      composite: composite.kind === "number" ? composite.value : null,
      grade: textOf(cellAt(grid, r, GRADE)) ?? null,
      vetoed: Boolean(textOf(cellAt(grid, r, VETO))),
    });
  }
  return {
    period: provenance.period ?? "",
    templateId: provenance.templateId ?? "",
    templateFingerprint: provenance.templateFingerprint ?? "",
    source: `${source} · ${sheet}`,
    rows,
  };
}
