import type { GradeBand } from "../template/schema";
import { passOf, type PassHistory } from "./outcomes";
import { parsePeriod } from "./periods";

/** One object's line in an earlier ranking: its composite (0 when vetoed; null when unranked or absent). */
export type QuarterRow = {
  id: string;
  name?: string;
  branch?: string;
  department?: string;
  post: { id: string; name: string } | null;
  composite: number | null;
  grade: string | null;
  vetoed: boolean;
};

/** An earlier ranking of the history (cycle.md §1): its period, template, where it came from, and its rows. */
export type QuarterResult = {
  period: string;
  templateId: string;
  templateFingerprint: string;
  source: string;
  rows: QuarterRow[];
};

export type HistoryProblem =
  | { key: "cycle.duplicatePeriod"; params: { period: string; first: string; second: string } }
  | { key: "cycle.otherTemplate"; params: { source: string; id: string; expected: string } }
  | { key: "cycle.notQuarterOf"; params: { source: string; period: string; year: number } };

/**
 * §1: two results for the same period, or a result of another template id, are errors naming the sources
 * (another version of the same template is fine: each result keeps its own fingerprint).
 */
export function historyProblems(
  templateId: string,
  results: readonly Pick<QuarterResult, "period" | "templateId" | "source">[]
): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    if (result.templateId !== templateId)
      problems.push({
        key: "cycle.otherTemplate",
        params: { source: result.source, id: result.templateId, expected: templateId },
      });
    const period = parsePeriod(result.period);
    const key = period ? `${period.year}Q${period.quarter ?? ""}` : result.period;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        key: "cycle.duplicatePeriod",
        params: { period: result.period, first, second: result.source },
      });
    else seen.set(key, result.source);
  }
  return problems;
}

/** §3: for each earlier period, whether each id passed there (null: no result), for the run of failures. */
export function passHistory(
  results: readonly QuarterResult[],
  bands: readonly GradeBand[]
): PassHistory {
  return new Map(
    results.map((result) => [
      result.period,
      new Map(result.rows.map((row) => [row.id, passOf(row, bands)])),
    ])
  );
}
