import type { SurveyObject } from "../../core/survey/survey-measure";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { normaliseText } from "../../core/util/text";
import { a1, type WorkbookSnapshot } from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { SCORE_SHEET } from "../assessment/score-sheet";
import { rowsOf, scoreTable } from "../reviews/review-scores";
import type { SurveyBy } from "./survey-read";

/** The objects of the score sheet a survey can name: its 工号, or its 机构. Null without a readable 评分表. */
export function surveyObjects(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate,
  by: SurveyBy
): Set<string> | null {
  const table = scoreTable(snapshot, loaded);
  if (!table) return null;
  const keys = rowsOf(table).map(({ person }) =>
    by === "id" ? person.id : normaliseText(person.branch ?? "")
  );
  return new Set(keys.filter(Boolean));
}

/** Each 工号 of the score sheet with its 姓名 and 机构, for the summary. */
export function surveyNames(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate
): Map<string, { name?: string; branch?: string }> {
  const table = scoreTable(snapshot, loaded);
  if (!table) return new Map();
  return new Map(
    rowsOf(table).map(({ person }) => [person.id, { name: person.name, branch: person.branch }])
  );
}

/** Whether a post is scored on the indicator (an unknown post: yes, as reviews does). */
function postHas(loaded: LoadedTemplate, post: string | undefined, indicator: string): boolean {
  const key = normaliseText(post ?? "");
  const found = loaded.template.posts.find(
    (p) => normaliseText(p.name) === key || normaliseText(p.id) === key
  );
  return !found || found.indicators.some((i) => i.id === indicator);
}

/**
 * The score sheet's indicator cells filled in place (the snapshot's grid, then copied as values) with the
 * value of each row's object (its 工号, or its 机构: every person of the branch), where the row's post has
 * the indicator (a row whose object got no value is listed as unfilled). A cell already holding another value is kept and the difference warned, unless
 * `overwrite` (then replaced, and warned). Every other cell stays exactly as read.
 */
export function fillSurveyScores(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate,
  options: {
    indicator: string;
    by: SurveyBy;
    objects: readonly SurveyObject[];
    overwrite: boolean;
  }
): { filled: number; kept: number; unfilled: string[]; issues: Issue[] } {
  const table = scoreTable(snapshot, loaded);
  const issues: Issue[] = [];
  if (!table) return { filled: 0, kept: 0, unfilled: [], issues };
  const { indicator } = options;
  const name =
    loaded.template.posts.flatMap((p) => p.indicators).find((i) => i.id === indicator)?.name ??
    indicator;
  const c = table.indicatorAt.get(indicator);
  if (c === undefined) {
    issues.push(
      issueAt(
        "warning",
        "survey.noColumn",
        { indicator: name },
        SCORE_SHEET,
        a1(table.headerRow, 0)
      )
    );
    return { filled: 0, kept: 0, unfilled: [], issues };
  }
  const byObject = new Map(options.objects.map((o) => [o.object, o]));
  let filled = 0;
  let kept = 0;
  const unfilled: string[] = [];
  for (const { r, person } of rowsOf(table)) {
    const key = options.by === "id" ? person.id : normaliseText(person.branch ?? "");
    const value = byObject.get(key)?.value;
    if (!postHas(loaded, person.post, indicator)) continue;
    if (value === null || value === undefined) {
      unfilled.push(person.id);
      continue;
    }
    const row = (table.grid.rows[r] ??= []);
    const before = row[c];
    const held =
      before && before.kind !== "empty" && !(before.kind === "text" && !before.value.trim());
    if (held && before.kind === "number" && before.value === value) continue;
    if (held) {
      const old =
        before.kind === "number" || before.kind === "text" ? before.value : String(before.kind);
      issues.push(
        issueAt(
          "warning",
          options.overwrite ? "survey.replacedValue" : "survey.keptValue",
          { indicator: name, id: person.id, old: String(old), value },
          SCORE_SHEET,
          a1(r, c),
          r + 1
        )
      );
      if (!options.overwrite) {
        kept++;
        continue;
      }
    }
    while (row.length < c) row.push({ kind: "empty" });
    row[c] = { kind: "number", value, format: "0.00" };
    filled++;
  }
  return { filled, kept, unfilled, issues };
}
