import type { MessageKey } from "../core/i18n/messages";
import type { Issue } from "../jobs/shared/issue";
import { PERCENT_ADVICE_KEY } from "../jobs/assessment/score-sheet-rows";

/** Groups of issues as a manager fixes them, each with its title in the catalogue. */
export const ISSUE_KINDS: { kind: MessageKey; keys: readonly string[] }[] = [
  {
    kind: "ui.kind.template",
    keys: ["sheet.fingerprint", "sheet.templateChanged", "sheet.noTemplate"],
  },
  {
    kind: "ui.kind.columns",
    keys: [
      "sheet.missingColumn",
      "sheet.unknownColumn",
      "sheet.missingIdentity",
      "sheet.noHeader",
      "sheet.noRows",
      "sheet.emptyRow",
      "sheet.emptyRows",
      "row.notInPost",
    ],
  },
  {
    kind: "ui.kind.identity",
    keys: ["row.idMissing", "row.duplicateId", "row.postMissing", "row.unknownPost"],
  },
  { kind: "ui.kind.missing", keys: ["row.valueMissing"] },
  // A percentage typed as text, each advice by its indicator's method and unit, and 12 written for 0.12.
  { kind: "ui.kind.percent", keys: [...Object.values(PERCENT_ADVICE_KEY), "row.percentScale"] },
  {
    kind: "ui.kind.value",
    keys: ["row.notNumber", "row.excelError", "row.directRange", "row.deductionCount"],
  },
];

export function groupIssues(issues: readonly Issue[]): { kind: MessageKey; issues: Issue[] }[] {
  const groups = ISSUE_KINDS.map(({ kind, keys }) => ({
    kind,
    issues: issues.filter((issue) => keys.includes(issue.key)),
  }));
  const known = new Set(ISSUE_KINDS.flatMap(({ keys }) => keys));
  groups.push({ kind: "ui.kind.other", issues: issues.filter((issue) => !known.has(issue.key)) });
  return groups.filter((group) => group.issues.length > 0);
}
