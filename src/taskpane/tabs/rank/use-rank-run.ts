import { useState } from "react";
import type { AssessReport } from "../../../core/assess/assess";
import type { RankMethod } from "../../../core/ranking/rank";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { countErrors } from "../../../jobs/shared/issue";
import { issueText } from "../../pane-wording";
import { rankJob, type RankJobResult } from "../../../jobs/assessment/rank-job";
import type { Issue } from "../../../jobs/shared/issue";
import { typedPeriod, usablePeriod } from "./period-field";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";
import { useText } from "../../use-text";

type Template = LoadedTemplate["template"];

/** Each branch's mean composite score, to the cent, for the ranking tab's chart. */
function branchMeans(ranked: AssessReport["ranked"]) {
  const byBranch = new Map<string, number[]>();
  for (const row of ranked) {
    const branch = row.branch ?? "—";
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), row.composite as number]);
  }
  return [...byBranch].map(([branch, values]) => ({
    branch,
    mean: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
  }));
}

export type RankRun = ReturnType<typeof useRankRun>;

/** The ranking's choices (period, method, live formulas), the last ranking's report, and the task that makes it. */
export function useRankRun({
  host,
  template,
  run,
}: {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
}) {
  const { locale } = useText();
  // The template's period where a ranking can use it (a quarter, or the year of a yearly cycle); else the
  // field starts empty and must be filled: never 排名 2025 for a quarterly cycle.
  const [period, setPeriod] = useState(() => usablePeriod(template));
  const [periodProblem, setPeriodProblem] = useState<Issue | null>(null);
  const [method, setMethod] = useState<RankMethod>("dense");
  const [live, setLive] = useState(false);
  const [report, setReport] = useState<AssessReport | null>(null);
  const [grades, setGrades] = useState<Template["grades"]>([]);
  const [posts, setPosts] = useState<Template["posts"]>([]);
  const [issues, setIssues] = useState<RankJobResult["issues"]>([]);
  const book = host.workbook();

  const rank = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      // The period is a required field, checked before anything is read (cycle.md §1: YYYY or YYYYQ1–Q4).
      const typed = typedPeriod(period);
      setPeriodProblem(typed.ok ? null : typed.error);
      if (!typed.ok) return { kind: "error", key: typed.error.key, params: typed.error.params };
      setPeriod(typed.value);
      const result = await rankJob(book, {
        period: typed.value,
        method,
        live,
        source: host.sourceName(),
        locale,
      });
      if (!result.assessed || !result.rankingSheet) {
        const errors = countErrors(result.issues);
        return {
          kind: "error",
          key: "ui.validate.summary",
          params: { rows: result.records.length, errors, warnings: result.issues.length - errors },
          details: result.issues
            .filter((issue) => issue.severity === "error")
            .map((issue) => issueText(issue, locale)),
        };
      }
      setReport(result.assessed);
      setGrades(result.template?.template.grades ?? []);
      setPosts(result.template?.template.posts ?? []);
      setIssues(result.issues);
      if (host.addCharts)
        await host.addCharts({
          sheet: result.rankingSheet,
          grades: result.assessed.gradeCounts,
          branches: branchMeans(result.assessed.ranked),
        });
      return {
        kind: result.assessed.unranked.length > 0 ? "warning" : "success",
        key: "ui.rank.done",
        params: {
          sheet: result.rankingSheet,
          period: result.period,
          ranked: result.assessed.ranked.length,
          unranked: result.assessed.unranked.length,
        },
      };
    });

  return {
    book,
    period,
    setPeriod,
    periodProblem,
    method,
    setMethod,
    live,
    setLive,
    report,
    grades,
    posts,
    issues,
    rank,
  };
}
