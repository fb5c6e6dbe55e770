import type { ParsedArgs } from "./args";
import type { Io } from "./io";
import type { RowResult } from "../core/assess/assess";
import type { Locale } from "../core/i18n/messages";
import type { LoadedTemplate } from "../core/template/parse-template";
import { issueText, type Issue } from "../jobs/shared/issue";

/** The JSON a script reads from `--json`: plain values, issue messages in the chosen language. */
export function issuesJson(issues: readonly Issue[], locale: Locale) {
  return issues.map((issue) => ({
    severity: issue.severity,
    code: issue.key,
    cell: issue.cell ?? null,
    row: issue.row ?? null,
    id: issue.recordId ?? null,
    message: issueText(issue, locale),
  }));
}

export function rowJson(row: RowResult, loaded: LoadedTemplate) {
  const post = loaded.template.posts.find((p) => p.id === row.post?.id);
  return {
    id: row.id,
    name: row.name ?? null,
    branch: row.branch ?? null,
    department: row.department ?? null,
    post: row.post?.name ?? row.postText,
    composite: row.composite,
    rank: row.rank,
    grade: row.grade,
    scores: Object.fromEntries(
      (post?.indicators ?? []).map((indicator, i) => [indicator.id, row.scores[i] ?? null])
    ),
    dimensions: Object.fromEntries(row.dimensions.map((d) => [d.id, d.score])),
    bonus: row.bonus,
    veto: row.veto,
  };
}

export const templateJson = (loaded: LoadedTemplate) => ({
  id: loaded.template.id,
  name: loaded.template.name,
  version: loaded.template.version,
  fingerprint: loaded.fingerprint,
});

/**
 * A job that cannot run (exit 2): each problem on stderr, and with --json their texts on stdout, so a script
 * reading stdout still gets JSON.
 */
export function cannotRun(
  io: Pick<Io, "out" | "err">,
  problems: readonly Issue[],
  args: Pick<ParsedArgs, "json" | "lang">
): { code: 2 } {
  for (const issue of problems) io.err(`✗ ${issueText(issue, args.lang)}\n`);
  if (args.json)
    io.out(
      `${JSON.stringify({ issues: problems.map((i) => issueText(i, args.lang)) }, null, 2)}\n`
    );
  return { code: 2 };
}
