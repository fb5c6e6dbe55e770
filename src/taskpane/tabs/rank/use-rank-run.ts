import { useState } from "react";
import type { AssessReport } from "../../../core/assess/assess";
import type { RankMethod } from "../../../core/ranking/rank";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { countErrors, issueText } from "../../../jobs/shared/issue";
import { rankJob, type RankJobResult } from "../../../jobs/assessment/rank-job";
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
  const [period, setPeriod] = useState(template?.template.period ?? "");
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
      const result = await rankJob(book, {
        period: period.trim() || undefined,
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
          ranked: result.assessed.ranked.length,
          unranked: result.assessed.unranked.length,
        },
      };
    });

  return {
    book,
    period,
    setPeriod,
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
