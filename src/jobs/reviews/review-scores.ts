import type { PersonReview } from "../../core/reviews/aggregate-reviews";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { normaliseText } from "../../core/util/text";
import { a1, type Grid, type WorkbookSnapshot } from "../../workbook/port";
import { textOf } from "../shared/cell-values";
import { issueAt, type Issue } from "../shared/issue";
import type { InputCopy } from "../shared/new-workbook";
import { SCORE_SHEET } from "../assessment/score-sheet";
import { findHeaderRow, indicatorColumns, mapColumns } from "../assessment/score-sheet-columns";
import type { Person } from "./review-form";

/** A person of the score sheet with the review results and the targets their post has. */
export type ScorePerson = Person & {
  review: PersonReview;
  /** The target indicators this person's post is scored on (every target where the post is unknown). */
  needs: string[];
};

export type ScoreTable = {
  grid: Grid;
  headerRow: number;
  idAt: number;
  postAt: number | undefined;
  indicatorAt: Map<string, number>;
  columnOf: (key: "branch" | "department" | "name") => number | undefined;
};

export function scoreTable(snapshot: WorkbookSnapshot, loaded: LoadedTemplate): ScoreTable | null {
  const grid = snapshot.grids.get(SCORE_SHEET);
  if (!grid) return null;
  const headerRow = findHeaderRow(grid);
  if (headerRow < 0) return null;
  const columns = mapColumns(grid, headerRow, indicatorColumns(loaded.template));
  if ("fatal" in columns) return null;
  return {
    grid,
    headerRow,
    idAt: columns.identityAt.get("id")!,
    postAt: columns.identityAt.get("post"),
    indicatorAt: columns.indicatorAt,
    columnOf: (key) => columns.identityAt.get(key),
  };
}

/** Each data row of the score sheet with a 工号, as a person, with the 0-based row it sits in. */
export function rowsOf(table: ScoreTable): { r: number; person: Person }[] {
  const rows: { r: number; person: Person }[] = [];
  const seen = new Set<string>();
  for (let r = table.headerRow + 1; r < table.grid.rows.length; r++) {
    const row = table.grid.rows[r] ?? [];
    const id = textOf(row[table.idAt]);
    if (!id || seen.has(normaliseText(id))) continue;
    seen.add(normaliseText(id));
    const field = (c: number | undefined) => (c === undefined ? undefined : textOf(row[c]));
    rows.push({
      r,
      person: {
        id: normaliseText(id),
        name: field(table.columnOf("name")),
        branch: field(table.columnOf("branch")),
        department: field(table.columnOf("department")),
        post: field(table.postAt),
      },
    });
  }
  return rows;
}

/** The people of the score sheet (null when the workbook has no readable 评分表). */
export function scorePeople(snapshot: WorkbookSnapshot, loaded: LoadedTemplate): Person[] | null {
  const table = scoreTable(snapshot, loaded);
  return table ? rowsOf(table).map((row) => row.person) : null;
}

/** The targets a post is scored on: every target indicator the post has (all of them for an unknown post). */
function targetsOf(loaded: LoadedTemplate, post: string | undefined): string[] {
  const targets = Object.keys(loaded.template.reviews?.targets ?? {});
  const key = normaliseText(post ?? "");
  const found = loaded.template.posts.find(
    (p) => normaliseText(p.name) === key || normaliseText(p.id) === key
  );
  // A post the template lacks has no indicators to fill (rank will name that row's post): nothing needed.
  if (!found) return [];
  return targets.filter((id) => found.indicators.some((indicator) => indicator.id === id));
}

/**
 * The score sheet's target cells filled in place (the snapshot's grid, which is then copied as values): a
 * person's target value where their post has that indicator. A cell already holding another value is kept
 * and the difference warned, unless `overwrite`. Every other cell stays exactly as read.
 */
export function fillScoreSheet(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate,
  reviews: readonly PersonReview[],
  overwrite: boolean
): { filled: number; issues: Issue[]; people: ScorePerson[] } {
  const table = scoreTable(snapshot, loaded);
  if (!table) return { filled: 0, issues: [], people: [] };
  const byId = new Map(reviews.map((review) => [review.person, review]));
  const issues: Issue[] = [];
  let filled = 0;
  const missingColumns = new Set<string>();
  const people: ScorePerson[] = [];
  const nameOf = (id: string) =>
    loaded.template.posts.flatMap((p) => p.indicators).find((i) => i.id === id)?.name ?? id;
  for (const { r, person } of rowsOf(table)) {
    const review = byId.get(person.id);
    const needs = targetsOf(loaded, person.post);
    if (!review) continue;
    people.push({ ...person, review, needs });
    for (const indicator of needs) {
      const value = review.targets[indicator];
      if (value === null || value === undefined) continue;
      const c = table.indicatorAt.get(indicator);
      if (c === undefined) {
        if (!missingColumns.has(indicator))
          issues.push(
            issueAt(
              "warning",
              "reviews.noTargetColumn",
              { indicator: nameOf(indicator) },
              SCORE_SHEET,
              a1(table.headerRow, 0)
            )
          );
        missingColumns.add(indicator);
        continue;
      }
      const row = (table.grid.rows[r] ??= []);
      const before = row[c];
      const held =
        before && before.kind !== "empty" && !(before.kind === "text" && !before.value.trim());
      if (held && !(before.kind === "number" && before.value === value)) {
        const old =
          before.kind === "number" || before.kind === "text" ? before.value : String(before.kind);
        issues.push(
          issueAt(
            "warning",
            overwrite ? "reviews.replacedValue" : "reviews.keptValue",
            { indicator: nameOf(indicator), id: person.id, old: String(old), value },
            SCORE_SHEET,
            a1(r, c),
            r + 1
          )
        );
        if (!overwrite) continue;
      }
      if (held && before.kind === "number" && before.value === value) continue;
      while (row.length < c) row.push({ kind: "empty" });
      row[c] = { kind: "number", value, format: "0.00" };
      filled++;
    }
  }
  return { filled, issues, people };
}

/** A score-sheet cell the reviews fill: the person's target value where their post has that indicator. */
export type ReviewedCell = { r: number; c: number; id: string; indicator: string; value: number };

/**
 * The cells `reviews` fills for these results (verify --forms): every person's target with a value, in a
 * column the sheet has. A target left blank (too few raters, an item missing) is not a reviewed cell.
 */
export function reviewedCells(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate,
  reviews: readonly PersonReview[]
): ReviewedCell[] {
  const table = scoreTable(snapshot, loaded);
  if (!table) return [];
  const byId = new Map(reviews.map((review) => [review.person, review]));
  const cells: ReviewedCell[] = [];
  for (const { r, person } of rowsOf(table)) {
    const review = byId.get(person.id);
    if (!review) continue;
    for (const indicator of targetsOf(loaded, person.post)) {
      const value = review.targets[indicator];
      const c = table.indicatorAt.get(indicator);
      if (value === null || value === undefined || c === undefined) continue;
      cells.push({ r, c, id: person.id, indicator, value });
    }
  }
  return cells;
}

/**
 * The filled 评分表 as the new workbook copies it (reviews, survey): under the input's own registry entry,
 * or, for a sheet the add-in did not make, as score data of the template it was filled by.
 */
export function filledScoreSheet(
  scores: WorkbookSnapshot,
  loaded: LoadedTemplate,
  generatedAt: string
): InputCopy {
  const t = loaded.template;
  return {
    name: SCORE_SHEET,
    provenance: scores.registry[SCORE_SHEET] ?? {
      kind: "scores",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      generatedAt,
    },
  };
}
