import { rankingPeriod, readPeriod } from "../../../core/cycle/periods";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { err, ok, type Result } from "../../../core/util/result";
import { periodIssue } from "../../../jobs/assessment/rank-job";
import type { Issue } from "../../../jobs/shared/issue";

/**
 * The period a 排名 or 汇总 field starts with: the template's, where a ranking may use it as it is (a
 * quarter, or the year of a yearly cycle); else empty, to be filled — never 排名 2025 of a quarterly cycle.
 */
export function usablePeriod(template: LoadedTemplate | null): string {
  const chosen = template ? rankingPeriod(undefined, template.template) : null;
  return chosen?.ok ? chosen.value.text : "";
}

/** The period field as typed: required, and a year or a quarter (2025, 2025Q4); the refusal says which. */
export function typedPeriod(text: string): Result<string, Issue> {
  if (text.trim() === "") return err(periodIssue({ code: "missing" }));
  const read = readPeriod(text);
  return read.ok ? ok(read.value.text) : err(periodIssue({ code: "invalid", text }));
}
