import { append } from "../util/append";
import { checkDistribution, gradeFor } from "../grading/grade";
import type { MessageKey, MessageParams } from "../i18n/messages";
import { DEFAULT_RANK_METHOD, rankFrom, type RankMethod } from "../ranking/rank";
import {
  deductionScore,
  efficacyScore,
  isWholeCount,
  linearScore,
  peerScore,
  ratioScore,
} from "../scoring/methods";
import { vetoHolds } from "../scoring/veto";
import type { LoadedTemplate } from "../template/parse-template";
import type { GradeBand, Indicator, Post, Veto } from "../template/schema";
import { indicatorLabel } from "../template/template-rules";
import { cellRef } from "../util/cell-ref";
import { excelRound } from "../util/excel-round";
import { normaliseText } from "../util/text";
import { readValue, type ReadValue, type ScoreRecord } from "./score-record";
import { summarise, type CompositeSummary } from "./summary";

export type IssueSeverity = "error" | "warning";

export type AssessIssue = {
  key: MessageKey;
  severity: IssueSeverity;
  params: MessageParams;
  recordId?: string;
  /** Sheet row number (1-based) when the record came from a sheet. */
  row?: number;
  /** "评分表!G7" when known. */
  cell?: string;
  indicatorId?: string;
};

export type VetoOutcome = { indicatorId: string; op: Veto["op"]; threshold: number; value: number };

export type RowResult = {
  id: string;
  name?: string;
  branch?: string;
  department?: string;
  /** The post as typed in the sheet, and the template post it matched (null when none). */
  postText: string;
  post: { id: string; name: string } | null;
  /** Actual values and indicator scores, aligned with the matched post's indicators (null: none). */
  values: (number | null)[];
  scores: (number | null)[];
  dimensions: { id: string; score: number | null }[];
  /** Bonus points after the post's cap. */
  bonus: number | null;
  /** Rounded to the template's precision; null when the row cannot be scored. */
  composite: number | null;
  veto: VetoOutcome | null;
  rank: { overall: number; post: number; branch: number | null } | null;
  grade: string | null;
  source?: ScoreRecord["source"];
};

export type AssessReport = {
  template: { id: string; name: string; version: string; fingerprint: string };
  method: RankMethod;
  /**
   * Ranked rows by overall rank, ties by id (as text), so the same input always gives the same order; in
   * input order when not ranked (`rank: false`).
   */
  ranked: RowResult[];
  /** Rows with an error, in input order. */
  unranked: RowResult[];
  issues: AssessIssue[];
  summary: CompositeSummary;
  gradeCounts: { label: string; count: number }[];
};

export type AssessOptions = {
  method?: RankMethod;
  /**
   * False when only the problems are wanted (validate): rows are scored and graded but not ranked, so
   * `ranked` keeps the input order and each row's `rank` stays null.
   */
  rank?: boolean;
};

/** What a post needs for scoring, computed once per post instead of once per row. */
type PostPlan = {
  post: Post;
  /** Shared by every row of the post. */
  ref: { id: string; name: string };
  /** Peer groups' best and worst values by indicator index (null: not a peer indicator, or no values). */
  peerBounds: ({ best: number; worst: number } | null)[];
  weighted: number[];
  bonus: number[];
  dimensions: { id: string; weight: number; members: number[] }[];
};

function planPost(post: Post): PostPlan {
  const indexOf = (predicate: (indicator: Indicator) => boolean) =>
    post.indicators.flatMap((indicator, i) => (predicate(indicator) ? [i] : []));
  return {
    post,
    ref: { id: post.id, name: post.name },
    peerBounds: post.indicators.map(() => null),
    weighted: indexOf((indicator) => !indicator.bonus),
    bonus: indexOf((indicator) => indicator.bonus),
    dimensions: (post.dimensions ?? []).map((dimension) => ({
      id: dimension.id,
      weight: dimension.weight,
      members: indexOf((indicator) => !indicator.bonus && indicator.dimension === dimension.id),
    })),
  };
}

/** A number, or how the cell fails to be one; numbers stay unboxed on the hot path. */
type Reading = number | Exclude<ReadValue, { kind: "number" }>;

function toReading(raw: ScoreRecord["values"][string]): Reading {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  const read = readValue(raw);
  return read.kind === "number" ? read.value : read;
}

/** scoring.md §2–§5 in one pass: score records → composite → ranks in three scopes → grades. */
export function assess(
  loaded: LoadedTemplate,
  records: readonly ScoreRecord[],
  options: AssessOptions = {}
): AssessReport {
  const { template, fingerprint } = loaded;
  const method = options.method ?? DEFAULT_RANK_METHOD;

  const planByHandle = new Map<string, PostPlan>();
  for (const post of template.posts) {
    const plan = planPost(post);
    planByHandle.set(normaliseText(post.id), plan);
    planByHandle.set(normaliseText(post.name), plan);
  }
  // Posts repeat on every row: match each distinct spelling once.
  const planOfText = new Map<string, PostPlan | null>();
  const planFor = (text: string) => {
    let plan = planOfText.get(text);
    if (plan === undefined)
      planOfText.set(text, (plan = planByHandle.get(normaliseText(text)) ?? null));
    return plan;
  };

  const ids = records.map((record) => normaliseText(record.id));
  const duplicates = findDuplicates(ids, records);

  // Pass 1: match posts; peer scoring needs every row's value before any row is scored.
  const plans = records.map((record) => planFor(record.post));
  computePeerBounds(plans, records);

  // Pass 2: score each row on its own.
  const issues: AssessIssue[] = [];
  const ranked: RowResult[] = [];
  const unranked: RowResult[] = [];
  const context: RowContext = {
    full: template.fullScore,
    precision: template.precision,
  };
  for (let r = 0; r < records.length; r++) {
    const plan = plans[r];
    const row = emptyRow(records[r], plan);
    const rankable = scoreRow(
      records[r],
      row,
      r,
      ids[r],
      duplicates.get(ids[r]),
      plan,
      context,
      issues
    );
    (rankable ? ranked : unranked).push(row);
  }

  if (options.rank !== false) rankAndOrder(ranked, method);
  const lowest = template.grades[template.grades.length - 1];
  for (const row of ranked) {
    row.grade = row.veto
      ? lowest.label
      : (gradeFor(row.composite as number, template.grades) ?? lowest).label;
  }

  const distribution = gradeDistribution(ranked, template.grades);
  append(issues, distribution.issues);

  return {
    template: { id: template.id, name: template.name, version: template.version, fingerprint },
    method,
    ranked,
    unranked,
    issues,
    summary: summarise(ranked.map((row) => row.composite as number)),
    gradeCounts: distribution.counts,
  };
}

/** scoring.md §5: the count per grade of ranked rows, and a warning for each band over its maximum share. */
export function gradeDistribution(
  ranked: readonly RowResult[],
  bands: readonly GradeBand[]
): { counts: { label: string; count: number }[]; issues: AssessIssue[] } {
  const distribution = checkDistribution(
    ranked.map((row) => row.grade as string),
    bands
  );
  const issues: AssessIssue[] = distribution.violations.map((violation) => ({
    key: "dist.violation",
    severity: "warning",
    params: {
      label: violation.label,
      count: violation.count,
      total: violation.total,
      share: percent(violation.share),
      maxShare: percent(violation.maxShare),
    },
  }));
  return { counts: distribution.counts, issues };
}

type RowContext = { full: number; precision: number };

function pushIssue(
  issues: AssessIssue[],
  record: ScoreRecord,
  key: MessageKey,
  params: MessageParams,
  indicatorId?: string,
  cellKey = indicatorId
): void {
  issues.push({
    key,
    severity: "error",
    params: { id: record.id, ...params },
    recordId: record.id,
    row: record.source?.row,
    cell: cellOf(record, cellKey),
    indicatorId,
  });
}

/** Scores one row into `row`; its problems go to `issues`. Returns whether the row can be ranked. */
function scoreRow(
  record: ScoreRecord,
  row: RowResult,
  index: number,
  id: string,
  duplicateOf: readonly string[] | undefined,
  plan: PostPlan | null,
  { full, precision }: RowContext,
  issues: AssessIssue[]
): boolean {
  const before = issues.length;
  if (id === "")
    pushIssue(
      issues,
      record,
      "row.idMissing",
      { row: record.source?.row ?? index + 1 },
      undefined,
      "id"
    );
  else if (duplicateOf)
    pushIssue(issues, record, "row.duplicateId", { rows: duplicateOf }, undefined, "id");
  if (!plan) {
    if (normaliseText(record.post) === "")
      pushIssue(issues, record, "row.postMissing", {}, undefined, "post");
    else pushIssue(issues, record, "row.unknownPost", { value: record.post }, undefined, "post");
    return false;
  }

  const post = plan.post;
  const count = post.indicators.length;
  const values: (number | null)[] = (row.values = new Array(count));
  const scores: (number | null)[] = (row.scores = new Array(count));
  for (let i = 0; i < count; i++) {
    const indicator = post.indicators[i];
    const reading = toReading(record.values[indicator.id]);
    values[i] = null;
    scores[i] = null;
    if (typeof reading === "number") {
      values[i] = reading;
      const score = scoreIndicator(indicator, reading, full, plan.peerBounds[i]);
      if (typeof score === "number") scores[i] = score;
      else
        pushIssue(
          issues,
          record,
          score,
          { indicator: indicatorLabel(indicator), value: reading, full },
          indicator.id
        );
      if (indicator.veto && !row.veto && vetoHolds(indicator.veto, reading)) {
        row.veto = {
          indicatorId: indicator.id,
          op: indicator.veto.op,
          threshold: indicator.veto.value,
          value: reading,
        };
      }
    } else if (reading.kind === "blank") {
      // A blank bonus counts as 0 points; a blank weighted value makes the row unrankable.
      if (indicator.bonus) scores[i] = 0;
      else
        pushIssue(
          issues,
          record,
          "row.valueMissing",
          { indicator: indicatorLabel(indicator) },
          indicator.id
        );
    } else if (reading.kind === "text") {
      pushIssue(
        issues,
        record,
        "row.notNumber",
        { indicator: indicatorLabel(indicator), value: reading.text },
        indicator.id
      );
    } else {
      pushIssue(
        issues,
        record,
        "row.excelError",
        { indicator: indicatorLabel(indicator), value: reading.code },
        indicator.id
      );
    }
  }

  let bonus: number | null = 0;
  for (const i of plan.bonus)
    bonus = bonus === null || scores[i] === null ? null : bonus + (scores[i] as number);
  row.bonus = bonus === null ? null : Math.min(bonus, post.bonusCap);
  for (const dimension of plan.dimensions) {
    row.dimensions.push({ id: dimension.id, score: weightedMean(post, dimension.members, scores) });
  }
  if (issues.length > before) return false;

  let weighted = 0;
  if (plan.dimensions.length > 0) {
    for (let d = 0; d < plan.dimensions.length; d++)
      weighted += plan.dimensions[d].weight * (row.dimensions[d].score as number);
    weighted /= 100;
  } else weighted = weightedMean(post, plan.weighted, scores) as number;
  // §3: weighting, then bonus, then veto, then one rounding.
  row.composite = excelRound(row.veto ? 0 : weighted + (row.bonus as number), precision);
  return true;
}

function emptyRow(record: ScoreRecord, plan: PostPlan | null): RowResult {
  return blankRow({
    id: record.id,
    name: record.name,
    branch: record.branch,
    department: record.department,
    postText: record.post,
    post: plan ? plan.ref : null,
    source: record.source,
  });
}

/** A row with who it is and nothing scored yet: the start of every row, quarterly or annual. */
export function blankRow(who: Pick<RowResult, "id"> & Partial<Omit<RowResult, "id">>): RowResult {
  return {
    postText: "",
    post: null,
    values: [],
    scores: [],
    dimensions: [],
    bonus: null,
    composite: null,
    veto: null,
    rank: null,
    grade: null,
    ...who,
  };
}

type ScoreError = Extract<MessageKey, "row.directRange" | "row.deductionCount">;

/**
 * Whether an indicator's method accepts an actual value (an appeal's corrected value, cycle.md §5): the
 * message key of the refusal, or null. A peer review accepts any number: it is ranked among the post's.
 */
export function refusedValue(indicator: Indicator, x: number, full: number): ScoreError | null {
  if (indicator.scoring.method === "peer") return null;
  const score = scoreIndicator(indicator, x, full, null);
  return typeof score === "number" ? null : score;
}

function scoreIndicator(
  indicator: Indicator,
  x: number,
  full: number,
  peer: { best: number; worst: number } | null
): number | ScoreError {
  const scoring = indicator.scoring;
  switch (scoring.method) {
    case "direct":
      return x >= 0 && x <= full ? x : "row.directRange";
    case "ratio":
      return ratioScore(x, scoring.target, indicator.direction, scoring.cap, full);
    case "efficacy":
      return efficacyScore(
        x,
        scoring.floor,
        scoring.satisfactory,
        scoring.base as number,
        scoring.span as number
      );
    case "linear":
      return linearScore(x, scoring.points, scoring.below);
    case "deduction":
      return isWholeCount(x)
        ? deductionScore(x, scoring.per, full, scoring.floor)
        : "row.deductionCount";
    case "peer": {
      const bounds = peer as { best: number; worst: number };
      return peerScore(x, bounds.best, bounds.worst, scoring.min, full);
    }
  }
}

/** Σ weight × score / Σ weight over the given indicators; null when one has no score. */
function weightedMean(
  post: Post,
  members: readonly number[],
  scores: readonly (number | null)[]
): number | null {
  let numerator = 0;
  let denominator = 0;
  for (const i of members) {
    const score = scores[i];
    if (score === null) return null;
    const weight = post.indicators[i].weight as number;
    numerator += weight * score;
    denominator += weight;
  }
  return denominator === 0 ? null : numerator / denominator;
}

/** §2 peer: the group is every row of the post with a number for that indicator, ranked in the end or not. */
function computePeerBounds(
  plans: readonly (PostPlan | null)[],
  records: readonly ScoreRecord[]
): void {
  const peersOf = new Map<PostPlan, number[]>();
  for (let r = 0; r < plans.length; r++) {
    const plan = plans[r];
    if (!plan) continue;
    let peers = peersOf.get(plan);
    if (!peers) {
      peers = plan.post.indicators.flatMap((indicator, i) =>
        indicator.scoring.method === "peer" ? [i] : []
      );
      peersOf.set(plan, peers);
    }
    for (const i of peers) {
      const indicator = plan.post.indicators[i];
      const x = toReading(records[r].values[indicator.id]);
      if (typeof x !== "number") continue;
      const lowerIsBetter = indicator.direction === "lower";
      const current = plan.peerBounds[i];
      if (!current) plan.peerBounds[i] = { best: x, worst: x };
      else {
        if (lowerIsBetter ? x < current.best : x > current.best) current.best = x;
        if (lowerIsBetter ? x > current.worst : x < current.worst) current.worst = x;
      }
    }
  }
}

/** For each id used by more than one row, the row numbers that share it ("4, 5"). */
function findDuplicates(
  ids: readonly string[],
  records: readonly ScoreRecord[]
): Map<string, string[]> {
  const firstRow = new Map<string, number>();
  const rowsById = new Map<string, number[]>();
  ids.forEach((id, r) => {
    if (id === "") return;
    const rowNumber = records[r].source?.row ?? r + 1;
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, rowNumber);
    else {
      const list = rowsById.get(id);
      if (list) list.push(rowNumber);
      else rowsById.set(id, [first, rowNumber]);
    }
  });
  // The row numbers as a list: the message joins them as its language does (第 10、28 行 / rows 10, 28).
  const duplicates = new Map<string, string[]>();
  for (const [id, rows] of rowsById) duplicates.set(id, rows.map(String));
  return duplicates;
}

/** The post and the branch a row is ranked within (the live formulas group alike). */
export const postKey = (row: RowResult) => row.post?.id ?? "";
export const branchKey = (row: RowResult) => normaliseText(row.branch ?? "");

/**
 * scoring.md §4 on rows that already have their composites: ranks in the three scopes, and the rows put in
 * overall order (ties by id). Shared by the quarterly assessment and the annual result (cycle.md §2).
 *
 * The ranks and the listing order come from one sort: rows by composite (highest first), ties by id compared
 * as text (UTF-16 code units), so every run lists rows alike. One pass over that order then ranks every scope
 * at once: within a run of equal composites, each group's rows share a rank.
 */
export function rankAndOrder(rows: RowResult[], method: RankMethod): void {
  const n = rows.length;
  const composites = new Float64Array(n);
  for (let r = 0; r < n; r++) composites[r] = rows[r].composite as number;
  const ids = rows.map((row) => row.id);
  const order = Array.from({ length: n }, (_, r) => r);
  order.sort(
    (a, b) => composites[b] - composites[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0)
  );

  const single: Groups = { groupOf: new Int32Array(n), count: 1, indexOf: new Map([["", 0]]) };
  const posts = groupIndex(rows, postKey);
  const branches = groupIndex(rows, branchKey);
  const scopes = [single, posts, branches].map((groups) => ({
    groups,
    better: new Int32Array(groups.count),
    denseBetter: new Int32Array(groups.count),
    tally: new Int32Array(groups.count),
    ranks: new Float64Array(n),
  }));

  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && composites[order[end]] === composites[order[start]]) end++;
    for (const scope of scopes) {
      const { groupOf } = scope.groups;
      for (let k = start; k < end; k++) scope.tally[groupOf[order[k]]]++;
      for (let k = start; k < end; k++) {
        const g = groupOf[order[k]];
        scope.ranks[order[k]] = rankFrom(
          scope.better[g],
          scope.tally[g],
          scope.denseBetter[g],
          method
        );
      }
      for (let k = start; k < end; k++) {
        const g = groupOf[order[k]];
        if (scope.tally[g] === 0) continue;
        scope.better[g] += scope.tally[g];
        scope.denseBetter[g] += 1;
        scope.tally[g] = 0;
      }
    }
    start = end;
  }

  const [overall, byPost, byBranch] = scopes.map((scope) => scope.ranks);
  const noBranch = branches.indexOf.get("");
  const listed = order.map((r) => rows[r]);
  for (let r = 0; r < n; r++) {
    // A row with no branch has no rank in branch.
    rows[r].rank = {
      overall: overall[r],
      post: byPost[r],
      branch: branches.groupOf[r] === noBranch ? null : byBranch[r],
    };
  }
  for (let k = 0; k < n; k++) rows[k] = listed[k];
}

type Groups = { groupOf: Int32Array; count: number; indexOf: Map<string, number> };

/** Numbers each row's group (post, branch) 0, 1, 2, … */
function groupIndex(rows: readonly RowResult[], keyOf: (row: RowResult) => string): Groups {
  const indexOf = new Map<string, number>();
  const groupOf = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const key = keyOf(rows[r]);
    let group = indexOf.get(key);
    if (group === undefined) indexOf.set(key, (group = indexOf.size));
    groupOf[r] = group;
  }
  return { groupOf, count: indexOf.size, indexOf };
}

function cellOf(record: ScoreRecord, key: string | undefined): string | undefined {
  const source = record.source;
  if (!source || !key) return undefined;
  const letters = source.columns?.[key];
  return letters ? cellRef(source.sheet, `${letters}${source.row}`) : undefined;
}

function percent(share: number): string {
  return `${excelRound(share * 100, 2)}%`;
}
