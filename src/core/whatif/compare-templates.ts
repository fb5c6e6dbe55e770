import type { AssessIssue, AssessReport, RowResult } from "../assess/assess";
import { checkDistribution, type DistributionViolation } from "../grading/grade";
import type { GradeBand, WeightTemplate } from "../template/schema";
import { excelRound } from "../util/excel-round";

/** One id's result under one template. */
export type SideResult = {
  composite: number;
  rank: NonNullable<RowResult["rank"]>;
  grade: string;
};

export type ComparedRow = {
  id: string;
  name?: string;
  branch?: string;
  post: string;
  a: SideResult;
  b: SideResult;
  /** A's overall rank − B's: positive = moved up under B. */
  deltaRank: number;
  /** B − A, rounded to the finer of the two precisions. */
  deltaComposite: number;
};

/** A row ranked under one template only, and the first error that kept it out under the other. */
export type OneSidedRow = { id: string; issue: AssessIssue | null };

export type GradeCheck = {
  counts: { label: string; count: number }[];
  violations: DistributionViolation[];
};

export type WeightChange = {
  post: string;
  /** The indicator's (or dimension's) id and name; `dimension` for a dimension's weight. */
  id: string;
  name: string;
  kind: "indicator" | "dimension" | "post";
  a: number | null;
  b: number | null;
  /** A post in one template only (its weights are not listed one by one). */
  only?: "a" | "b";
};

export type TemplateComparison = {
  /** Every id ranked under both, by |Δrank| descending, ties by id as text. */
  rows: ComparedRow[];
  moved: { up: number; down: number; stayed: number };
  /** [grade under A, grade under B, count] for every pair that occurs, in the bands' order. */
  transitions: [string, string, number][];
  onlyA: OneSidedRow[];
  onlyB: OneSidedRow[];
  /** Each template's count per grade of all its ranked rows, and the bands over their maxShare. */
  gradesA: GradeCheck;
  gradesB: GradeCheck;
  weights: WeightChange[];
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const side = (row: RowResult): SideResult => ({
  composite: row.composite as number,
  rank: row.rank as NonNullable<RowResult["rank"]>,
  grade: row.grade as string,
});

/**
 * calibration.md §2: the same score data assessed under the current template A and the proposed B, id by
 * id. Rows valid under only one are listed apart with the error that kept them out of the other.
 */
export function compareTemplates(
  a: { template: WeightTemplate; report: AssessReport },
  b: { template: WeightTemplate; report: AssessReport }
): TemplateComparison {
  const underB = new Map(b.report.ranked.map((row) => [row.id, row]));
  const underA = new Set(a.report.ranked.map((row) => row.id));
  const digits = Math.max(a.template.precision, b.template.precision);
  const rows: ComparedRow[] = [];
  for (const rowA of a.report.ranked) {
    const rowB = underB.get(rowA.id);
    if (!rowB) continue;
    const sa = side(rowA);
    const sb = side(rowB);
    rows.push({
      id: rowA.id,
      name: rowA.name,
      branch: rowA.branch,
      post: rowA.post?.name ?? rowA.postText,
      a: sa,
      b: sb,
      deltaRank: sa.rank.overall - sb.rank.overall,
      deltaComposite: excelRound(sb.composite - sa.composite, digits) + 0,
    });
  }
  rows.sort((x, y) => Math.abs(y.deltaRank) - Math.abs(x.deltaRank) || byText(x.id, y.id));
  const moved = { up: 0, down: 0, stayed: 0 };
  for (const row of rows)
    if (row.deltaRank > 0) moved.up++;
    else if (row.deltaRank < 0) moved.down++;
    else moved.stayed++;
  return {
    rows,
    moved,
    transitions: transitions(rows, a.template.grades, b.template.grades),
    onlyA: oneSided(a.report, (id) => !underB.has(id), b.report),
    onlyB: oneSided(b.report, (id) => !underA.has(id), a.report),
    gradesA: gradeCheck(a.report, a.template.grades),
    gradesB: gradeCheck(b.report, b.template.grades),
    weights: weightChanges(a.template, b.template),
  };
}

/** The grade transition table as counted pairs, A's bands in order, then B's; pairs that never occur left out. */
export function transitions(
  rows: readonly ComparedRow[],
  bandsA: readonly GradeBand[],
  bandsB: readonly GradeBand[]
): [string, string, number][] {
  const counts = new Map<string, number>();
  const key = (ga: string, gb: string) => JSON.stringify([ga, gb]);
  for (const row of rows)
    counts.set(key(row.a.grade, row.b.grade), (counts.get(key(row.a.grade, row.b.grade)) ?? 0) + 1);
  const out: [string, string, number][] = [];
  for (const ga of bandsA)
    for (const gb of bandsB) {
      const count = counts.get(key(ga.label, gb.label));
      if (count) out.push([ga.label, gb.label, count]);
    }
  return out;
}

function oneSided(
  report: AssessReport,
  missingOnOtherSide: (id: string) => boolean,
  other: AssessReport
): OneSidedRow[] {
  const issueOf = new Map<string, AssessIssue>();
  for (const issue of other.issues)
    if (issue.severity === "error" && issue.recordId !== undefined && !issueOf.has(issue.recordId))
      issueOf.set(issue.recordId, issue);
  return report.ranked
    .filter((row) => missingOnOtherSide(row.id))
    .map((row) => ({ id: row.id, issue: issueOf.get(row.id) ?? null }))
    .sort((x, y) => byText(x.id, y.id));
}

function gradeCheck(report: AssessReport, bands: readonly GradeBand[]): GradeCheck {
  return checkDistribution(
    report.ranked.map((row) => row.grade as string),
    bands
  );
}

/** Weights that differ between A and B, post by post (posts by id; a post in one template only, once). */
export function weightChanges(a: WeightTemplate, b: WeightTemplate): WeightChange[] {
  const changes: WeightChange[] = [];
  const postsB = new Map(b.posts.map((post) => [post.id, post]));
  const postsA = new Set(a.posts.map((post) => post.id));
  for (const postA of a.posts) {
    const postB = postsB.get(postA.id);
    if (!postB) {
      changes.push({
        post: postA.name,
        id: postA.id,
        name: postA.name,
        kind: "post",
        a: null,
        b: null,
        only: "a",
      });
      continue;
    }
    const pairs = <T extends { id: string; name: string; weight?: number }>(
      left: readonly T[],
      right: readonly T[],
      kind: WeightChange["kind"]
    ) => {
      const rightById = new Map(right.map((item) => [item.id, item]));
      const ids = [
        ...left.map((item) => item.id),
        ...right.map((item) => item.id).filter((id) => !left.some((item) => item.id === id)),
      ];
      for (const id of ids) {
        const l = left.find((item) => item.id === id);
        const r = rightById.get(id);
        const wa = l ? (l.weight ?? null) : null;
        const wb = r ? (r.weight ?? null) : null;
        if (wa !== wb || !l || !r)
          changes.push({ post: postA.name, id, name: (l ?? r)?.name ?? id, kind, a: wa, b: wb });
      }
    };
    pairs(postA.dimensions ?? [], postB.dimensions ?? [], "dimension");
    pairs(postA.indicators, postB.indicators, "indicator");
  }
  for (const postB of b.posts)
    if (!postsA.has(postB.id))
      changes.push({
        post: postB.name,
        id: postB.id,
        name: postB.name,
        kind: "post",
        a: null,
        b: null,
        only: "b",
      });
  return changes;
}
