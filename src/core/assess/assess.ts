import { checkDistribution, gradeFor } from "../grading/grade";
import type { MessageKey, MessageParams } from "../i18n/messages";
import { DEFAULT_RANK_METHOD, rankAll, type RankMethod } from "../ranking/rank";
import { deductionScore, efficacyScore, isWholeCount, linearScore, peerScore, ratioScore } from "../scoring/methods";
import { vetoHolds } from "../scoring/veto";
import type { LoadedTemplate } from "../template/parse-template";
import type { Indicator, Post, Veto } from "../template/schema";
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

export type IndicatorOutcome = { id: string; value: number | null; score: number | null };
export type VetoOutcome = { indicatorId: string; op: Veto["op"]; threshold: number; value: number };

export type RowResult = {
  id: string;
  name?: string;
  branch?: string;
  department?: string;
  /** The post as typed in the sheet, and the template post it matched (null when none). */
  postText: string;
  post: { id: string; name: string } | null;
  indicators: IndicatorOutcome[];
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
  /** Ranked rows by overall rank, ties by id (as text), so the same input always gives the same order. */
  ranked: RowResult[];
  /** Rows with an error, in input order. */
  unranked: RowResult[];
  issues: AssessIssue[];
  summary: CompositeSummary;
  gradeCounts: { label: string; count: number }[];
};

export type AssessOptions = { method?: RankMethod };

/** scoring.md §2–§5 in one pass: score records → composite → ranks in three scopes → grades. */
export function assess(loaded: LoadedTemplate, records: readonly ScoreRecord[], options: AssessOptions = {}): AssessReport {
  const { template, fingerprint } = loaded;
  const method = options.method ?? DEFAULT_RANK_METHOD;

  const postByHandle = new Map<string, Post>();
  for (const post of template.posts) {
    postByHandle.set(normaliseText(post.id), post);
    postByHandle.set(normaliseText(post.name), post);
  }
  const ids = records.map((record) => normaliseText(record.id));
  const duplicates = findDuplicates(ids, records);

  // Pass 1: match posts and read values; peer scoring needs every row's value before any row is scored.
  const posts = records.map((record) => postByHandle.get(normaliseText(record.post)) ?? null);
  const readings = records.map((record, r) => posts[r]?.indicators.map((indicator) => readValue(record.values[indicator.id])) ?? []);
  const peerBounds = computePeerBounds(posts, readings);

  // Pass 2: score each row on its own.
  const issues: AssessIssue[] = [];
  const ranked: RowResult[] = [];
  const unranked: RowResult[] = [];
  records.forEach((record, r) => {
    const scored = scoreRow(record, r, ids[r], duplicates.get(ids[r]), posts[r], readings[r], peerBounds, template.fullScore, template.precision);
    issues.push(...scored.issues);
    (scored.issues.length === 0 ? ranked : unranked).push(scored.row);
  });

  assignRanks(ranked, method);
  const lowest = template.grades[template.grades.length - 1];
  for (const row of ranked) {
    row.grade = row.veto ? lowest.label : (gradeFor(row.composite as number, template.grades) ?? lowest).label;
  }
  ranked.sort(byRankThenId);

  const distribution = checkDistribution(
    ranked.map((row) => row.grade as string),
    template.grades
  );
  for (const violation of distribution.violations) {
    issues.push({
      key: "dist.violation",
      severity: "warning",
      params: {
        label: violation.label,
        count: violation.count,
        total: violation.total,
        share: percent(violation.share),
        maxShare: percent(violation.maxShare),
      },
    });
  }

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

type PeerBounds = Map<Post, Map<string, { best: number; worst: number }>>;

function scoreRow(
  record: ScoreRecord,
  index: number,
  id: string,
  duplicateOf: string | undefined,
  post: Post | null,
  readings: ReadValue[],
  peerBounds: PeerBounds,
  full: number,
  precision: number
): { row: RowResult; issues: AssessIssue[] } {
  const issues: AssessIssue[] = [];
  const issue = (key: MessageKey, params: MessageParams, indicatorId?: string, cellKey = indicatorId) =>
    issues.push({
      key,
      severity: "error",
      params: { id: record.id, ...params },
      recordId: record.id,
      row: record.source?.row,
      cell: cellOf(record, cellKey),
      indicatorId,
    });
  const row: RowResult = {
    id: record.id,
    name: record.name,
    branch: record.branch,
    department: record.department,
    postText: record.post,
    post: post ? { id: post.id, name: post.name } : null,
    indicators: [],
    dimensions: [],
    bonus: null,
    composite: null,
    veto: null,
    rank: null,
    grade: null,
    source: record.source,
  };

  if (id === "") issue("row.idMissing", { row: record.source?.row ?? index + 1 }, undefined, "id");
  else if (duplicateOf) issue("row.duplicateId", { rows: duplicateOf }, undefined, "id");
  if (!post) {
    if (normaliseText(record.post) === "") issue("row.postMissing", {}, undefined, "post");
    else issue("row.unknownPost", { value: record.post }, undefined, "post");
    return { row, issues };
  }

  const scores = new Map<string, number>();
  post.indicators.forEach((indicator, i) => {
    const reading = readings[i];
    const name = indicatorLabel(indicator);
    const outcome: IndicatorOutcome = { id: indicator.id, value: reading.kind === "number" ? reading.value : null, score: null };
    row.indicators.push(outcome);
    switch (reading.kind) {
      case "blank":
        // A blank bonus counts as 0 points; a blank weighted value makes the row unrankable.
        if (indicator.bonus) {
          outcome.score = 0;
          scores.set(indicator.id, 0);
        } else issue("row.valueMissing", { indicator: name }, indicator.id);
        return;
      case "text":
        return void issue("row.notNumber", { indicator: name, value: reading.text }, indicator.id);
      case "error":
        return void issue("row.excelError", { indicator: name, value: reading.code }, indicator.id);
      case "number": {
        const score = scoreIndicator(indicator, reading.value, full, peerBounds.get(post)?.get(indicator.id));
        if (typeof score === "number") {
          outcome.score = score;
          scores.set(indicator.id, score);
        } else issue(score, { indicator: name, value: reading.value, full }, indicator.id);
        if (indicator.veto && !row.veto && vetoHolds(indicator.veto, reading.value)) {
          row.veto = { indicatorId: indicator.id, op: indicator.veto.op, threshold: indicator.veto.value, value: reading.value };
        }
      }
    }
  });

  let bonus: number | null = 0;
  for (const indicator of post.indicators) {
    if (!indicator.bonus) continue;
    const score = scores.get(indicator.id);
    bonus = score === undefined || bonus === null ? null : bonus + score;
  }
  row.bonus = bonus === null ? null : Math.min(bonus, post.bonusCap);
  for (const dimension of post.dimensions ?? []) {
    const members = post.indicators.filter((indicator) => !indicator.bonus && indicator.dimension === dimension.id);
    row.dimensions.push({ id: dimension.id, score: weightedMean(members, scores) });
  }
  if (issues.length > 0) return { row, issues };

  const weighted = post.dimensions?.length
    ? post.dimensions.reduce((total, dimension, d) => total + dimension.weight * (row.dimensions[d].score as number), 0) / 100
    : (weightedMean(post.indicators.filter((indicator) => !indicator.bonus), scores) as number);
  // §3: weighting, then bonus, then veto, then one rounding.
  row.composite = excelRound(row.veto ? 0 : weighted + (row.bonus as number), precision);
  return { row, issues };
}

type ScoreError = Extract<MessageKey, "row.directRange" | "row.deductionCount">;

function scoreIndicator(indicator: Indicator, x: number, full: number, peer: { best: number; worst: number } | undefined): number | ScoreError {
  const scoring = indicator.scoring;
  switch (scoring.method) {
    case "direct":
      return x >= 0 && x <= full ? x : "row.directRange";
    case "ratio":
      return ratioScore(x, scoring.target, indicator.direction, scoring.cap, full);
    case "efficacy":
      return efficacyScore(x, scoring.floor, scoring.satisfactory, scoring.base as number, scoring.span as number);
    case "linear":
      return linearScore(x, scoring.points, scoring.below);
    case "deduction":
      return isWholeCount(x) ? deductionScore(x, scoring.per, full, scoring.floor) : "row.deductionCount";
    case "peer": {
      const bounds = peer as { best: number; worst: number };
      return peerScore(x, bounds.best, bounds.worst, scoring.min, full);
    }
  }
}

/** Σ weight × score / Σ weight; null when a member has no score. */
function weightedMean(members: readonly Indicator[], scores: ReadonlyMap<string, number>): number | null {
  let numerator = 0;
  let denominator = 0;
  for (const indicator of members) {
    const score = scores.get(indicator.id);
    if (score === undefined) return null;
    numerator += (indicator.weight as number) * score;
    denominator += indicator.weight as number;
  }
  return denominator === 0 ? null : numerator / denominator;
}

/** §2 peer: the group is every row of the post with a number for that indicator, ranked in the end or not. */
function computePeerBounds(posts: readonly (Post | null)[], readings: readonly ReadValue[][]): PeerBounds {
  const bounds: PeerBounds = new Map();
  posts.forEach((post, r) => {
    if (!post) return;
    post.indicators.forEach((indicator, i) => {
      const reading = readings[r][i];
      if (indicator.scoring.method !== "peer" || reading.kind !== "number") return;
      let perPost = bounds.get(post);
      if (!perPost) bounds.set(post, (perPost = new Map()));
      const lowerIsBetter = indicator.direction === "lower";
      const x = reading.value;
      const current = perPost.get(indicator.id);
      if (!current) perPost.set(indicator.id, { best: x, worst: x });
      else {
        if (lowerIsBetter ? x < current.best : x > current.best) current.best = x;
        if (lowerIsBetter ? x > current.worst : x < current.worst) current.worst = x;
      }
    });
  });
  return bounds;
}

/** For each id used by more than one row, the rows that share it ("第 3、7 行" style list of row numbers). */
function findDuplicates(ids: readonly string[], records: readonly ScoreRecord[]): Map<string, string> {
  const rowsById = new Map<string, number[]>();
  ids.forEach((id, r) => {
    if (id === "") return;
    const rowNumber = records[r].source?.row ?? r + 1;
    const list = rowsById.get(id);
    if (list) list.push(rowNumber);
    else rowsById.set(id, [rowNumber]);
  });
  const duplicates = new Map<string, string>();
  for (const [id, rows] of rowsById) if (rows.length > 1) duplicates.set(id, rows.join(", "));
  return duplicates;
}

function assignRanks(rows: RowResult[], method: RankMethod): void {
  const overall = rankAll(rows.map((row) => row.composite as number), method);
  const byPost = rankWithin(rows, (row) => (row.post as { id: string }).id, method);
  const byBranch = rankWithin(rows, (row) => normaliseText(row.branch ?? ""), method);
  rows.forEach((row, r) => {
    // A row with no branch has no rank in branch.
    const branch = normaliseText(row.branch ?? "") === "" ? null : (byBranch[r] as number);
    row.rank = { overall: overall[r], post: byPost[r] as number, branch };
  });
}

function rankWithin(rows: readonly RowResult[], groupOf: (row: RowResult) => string, method: RankMethod): number[] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, r) => {
    const key = groupOf(row);
    const members = groups.get(key);
    if (members) members.push(r);
    else groups.set(key, [r]);
  });
  const ranks = new Array<number>(rows.length);
  for (const members of groups.values()) {
    const groupRanks = rankAll(members.map((r) => rows[r].composite as number), method);
    members.forEach((r, k) => (ranks[r] = groupRanks[k]));
  }
  return ranks;
}

function byRankThenId(a: RowResult, b: RowResult): number {
  const ra = (a.rank as { overall: number }).overall;
  const rb = (b.rank as { overall: number }).overall;
  if (ra !== rb) return ra - rb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function cellOf(record: ScoreRecord, key: string | undefined): string | undefined {
  const address = key ? record.source?.cells?.[key] : undefined;
  return record.source && address ? cellRef(record.source.sheet, address) : undefined;
}

function percent(share: number): string {
  return `${excelRound(share * 100, 2)}%`;
}
