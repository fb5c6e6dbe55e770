import type { AssessIssue } from "../../core/assess/assess";
import { describeIssue } from "../../core/assess/issue-text";
import type { Locale, MessageKey, MessageParams } from "../../core/i18n/messages";
import { cellRef } from "../../core/util/cell-ref";

/** Every problem a job reports has the engine's shape: a message key, its parameters, and where it is. */
export type Issue = AssessIssue;

export function issueAt(
  severity: Issue["severity"],
  key: MessageKey,
  params: MessageParams,
  sheet?: string,
  address?: string,
  row?: number
): Issue {
  return {
    key,
    severity,
    params,
    cell: sheet && address ? cellRef(sheet, address) : undefined,
    row,
  };
}

export const issueText = (issue: Issue, locale: Locale) => describeIssue(issue, locale);

export const countErrors = (issues: readonly Issue[]) =>
  issues.filter((issue) => issue.severity === "error").length;

/** Why a row was not ranked: its errors (an unranked row has at least one). */
export function reasonsFor(
  row: { id: string; source?: { row?: number } },
  issues: readonly Issue[]
): Issue[] {
  return issues.filter(
    (issue) =>
      issue.severity === "error" && issue.row === row.source?.row && issue.recordId === row.id
  );
}

/**
 * reasonsFor for many rows: the errors grouped by row and id once, so that listing every unranked row of a
 * 200,000-row sheet does not read the whole issue list for each.
 */
export function reasonsIndex(
  issues: readonly Issue[]
): (row: { id: string; source?: { row?: number } }) => Issue[] {
  const byPlace = new Map<string, Issue[]>();
  const key = (row: number | undefined, id: string) => `${row ?? ""}\u0000${id}`;
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.recordId === undefined) continue;
    const at = key(issue.row, issue.recordId);
    const list = byPlace.get(at);
    if (list) list.push(issue);
    else byPlace.set(at, [issue]);
  }
  return (row) => byPlace.get(key(row.source?.row, row.id)) ?? [];
}
