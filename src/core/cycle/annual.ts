import { blankRow, rankAndOrder, type RowResult } from "../assess/assess";
import { gradeFor } from "../grading/grade";
import type { RankMethod } from "../ranking/rank";
import type { LoadedTemplate } from "../template/parse-template";
import { excelRound } from "../util/excel-round";
import { err, ok, type Result } from "../util/result";
import { annualRules } from "./cycle-rules";
import {
  historyProblems,
  type HistoryProblem,
  type QuarterResult,
  type QuarterRow,
} from "./history";
import { parsePeriod } from "./periods";

export type { HistoryProblem, QuarterResult, QuarterRow };

export type AnnualRow = RowResult & {
  /** Each quarter used: its composite and grade. */
  quarters: Record<string, { composite: number; grade: string | null }>;
  /** The posts held during the year, in order, when the post changed (岗位变动). */
  postChanges: string[] | null;
  /** The change from the first to the last quarter used. */
  trend: number | null;
};

export type AnnualShort = { id: string; name?: string; quarters: number; needed: number };

export type AnnualResult = {
  year: number;
  method: RankMethod;
  ranked: AnnualRow[];
  /** Ids with fewer quarters than the template asks for: 季度结果不足. */
  short: AnnualShort[];
};

/**
 * cycle.md §2: each id's annual composite from the quarters where it has one (a vetoed quarter counts with 0,
 * an unranked or absent quarter is left out with its weight), rounded once to the template's precision;
 * the latest quarter's identity, a changed post noted; then ranks and grades as for a quarter.
 */
export function annualResult(
  loaded: LoadedTemplate,
  year: number,
  quarters: readonly QuarterResult[],
  method: RankMethod
): Result<AnnualResult, HistoryProblem[]> {
  const t = loaded.template;
  const byQuarter = new Map<number, QuarterResult>();
  const problems: HistoryProblem[] = historyProblems(t.id, quarters);
  for (const result of quarters) {
    const period = parsePeriod(result.period);
    if (!period || period.quarter === null || period.year !== year) {
      problems.push({
        key: "cycle.notQuarterOf",
        params: { source: result.source, period: result.period, year },
      });
      continue;
    }
    if (!byQuarter.has(period.quarter)) byQuarter.set(period.quarter, result);
  }
  if (problems.length > 0) return err(problems);

  const rules = annualRules(t);
  const ordered = [...byQuarter.entries()].sort(([a], [b]) => a - b);
  type Seen = { row: QuarterRow; period: string; weight: number }[];
  const seen = new Map<string, Seen>();
  for (const [quarter, result] of ordered)
    for (const row of result.rows) {
      if (row.composite === null) continue;
      const list = seen.get(row.id) ?? [];
      list.push({ row, period: result.period, weight: rules.quarterWeights[quarter - 1] });
      seen.set(row.id, list);
    }
  const ranked: AnnualRow[] = [];
  const short: AnnualShort[] = [];
  for (const [id, list] of seen) {
    const latest = list[list.length - 1].row;
    if (list.length < rules.minQuarters) {
      short.push({ id, name: latest.name, quarters: list.length, needed: rules.minQuarters });
      continue;
    }
    const weight = list.reduce((sum, q) => sum + q.weight, 0);
    // Quarters whose weight is 0 still count as quarters; with every used weight 0 the mean is plain.
    const composite =
      weight > 0
        ? list.reduce((sum, q) => sum + q.weight * (q.row.composite as number), 0) / weight
        : list.reduce((sum, q) => sum + (q.row.composite as number), 0) / list.length;
    const posts = list
      .map((q) => q.row.post?.name ?? "")
      .filter((name, k, all) => k === 0 || name !== all[k - 1]);
    ranked.push({
      ...blankRow({
        id,
        name: latest.name,
        branch: latest.branch,
        department: latest.department,
        postText: latest.post?.name ?? "",
        post: latest.post,
        composite: excelRound(composite, t.precision),
      }),
      quarters: Object.fromEntries(
        list.map((q) => [q.period, { composite: q.row.composite as number, grade: q.row.grade }])
      ),
      postChanges: posts.length > 1 ? posts : null,
      trend:
        list.length > 1
          ? excelRound(
              (list[list.length - 1].row.composite as number) - (list[0].row.composite as number),
              t.precision
            )
          : null,
    });
  }
  // Rows without a post (a quarter's unmatched post) cannot be ranked in post: they never reach here, as
  // quarterly rows without a post have no composite.
  rankAndOrder(ranked as RowResult[], method);
  // scoring.md §5: a composite below every band takes the lowest.
  const lowest = t.grades[t.grades.length - 1];
  for (const row of ranked)
    row.grade = (gradeFor(row.composite as number, t.grades) ?? lowest).label;
  short.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ok({ year, method, ranked, short });
}
