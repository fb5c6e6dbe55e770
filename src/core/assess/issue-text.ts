import { atPlace, formatMessage, type Locale } from "../i18n/messages";
import type { AssessIssue } from "./assess";

/** "评分表!G7：「贷款不良率」应为数字，当前为「九十六」": the place first, then what is wrong. */
export function describeIssue(issue: AssessIssue, locale: Locale): string {
  const message = formatMessage(locale, issue.key, issue.params);
  if (!issue.cell) return message;
  return atPlace(issue.cell, message, locale);
}
