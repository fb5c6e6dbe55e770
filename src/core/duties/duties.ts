import { z } from "zod";
import {
  atPlace,
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../i18n/messages";

/** duties.md §2: the four roles a post may hold in a process step. */
export const ROLES = ["发起", "协作", "决策", "监督"] as const;
export type Role = (typeof ROLES)[number];

/** duties.md §3: the two kinds of change, and the working days each allows for the update. */
export const CHANGE_TYPES = { 业务变化: 15, 监管变化: 7 } as const;
export type ChangeType = keyof typeof CHANGE_TYPES;

/** One row of 岗位说明书 as read, with each field's cell. Dates are Excel serial dates. */
export const postDescriptionSchema = z.object({
  row: z.number().int().positive(),
  cells: z.record(z.string(), z.string()),
  id: z.string().optional(),
  name: z.string().optional(),
  department: z.string().optional(),
  duties: z.string().optional(),
  requirements: z.string().optional(),
  workflow: z.string().optional(),
  standard: z.string().optional(),
  revised: z.number().optional(),
});
export type PostDescription = z.infer<typeof postDescriptionSchema>;

/** One row of 权责矩阵: the process and, per post column, the text of its cell. */
export const processRowSchema = z.object({
  row: z.number().int().positive(),
  id: z.string().optional(),
  name: z.string().optional(),
  line: z.string().optional(),
  /** Each post column's cell in this row, and the column's header cell (where the post is named). */
  cells: z.array(
    z.object({ post: z.string(), cell: z.string(), header: z.string(), text: z.string() })
  ),
});
export type ProcessRow = z.infer<typeof processRowSchema>;

/** One row of 职责变更. */
export const dutyChangeSchema = z.object({
  row: z.number().int().positive(),
  cells: z.record(z.string(), z.string()),
  id: z.string().optional(),
  subject: z.string().optional(),
  type: z.string().optional(),
  occurred: z.number().optional(),
  posts: z.array(z.string()),
  completed: z.number().optional(),
});
export type DutyChange = z.infer<typeof dutyChangeSchema>;

/** duties.md §4's finding kinds, as the JSON names them. */
export const FINDING_KINDS = [
  "no-initiator",
  "no-decider",
  "multiple-deciders",
  "no-supervisor",
  "decide-and-supervise",
  "initiate-and-decide",
  "unknown-role",
  "unknown-post",
  "duplicate-process",
  "idle-post",
  "incomplete-description",
  "duplicate-post",
  "description-without-template-post",
  "template-post-without-description",
  "description-not-revised",
  "change-unknown-post",
  "stale-description",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** duties.md §1–§3: how bad each finding is. The checks and the report's counts both read it here. */
export const FINDING_SEVERITY: Record<FindingKind, "error" | "warning"> = {
  "no-initiator": "error",
  "no-decider": "error",
  "multiple-deciders": "error",
  "no-supervisor": "error",
  "decide-and-supervise": "error",
  "initiate-and-decide": "warning",
  "unknown-role": "error",
  "unknown-post": "error",
  "duplicate-process": "error",
  "idle-post": "warning",
  "incomplete-description": "error",
  "duplicate-post": "error",
  "description-without-template-post": "error",
  "template-post-without-description": "error",
  "description-not-revised": "error",
  "change-unknown-post": "error",
  "stale-description": "warning",
};

export type Finding = {
  kind: FindingKind;
  severity: "error" | "warning";
  /** The 流程编号, where the finding is about a process. */
  process?: string;
  /** The post's id or name as written. */
  post?: string;
  /** "权责矩阵!E7", where there is one. */
  cell?: string;
  params: MessageParams;
};

/** Errors (findings and cells that cannot be read, which are errors too) and warnings of a check. */
export function tally(findings: readonly Finding[], unreadable = 0) {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors: errors + unreadable, warnings: findings.length - errors };
}

/** A finding in the user's language, with its cell first where it has one. */
export function findingText(finding: Finding, locale: Locale): string {
  // A description never revised says so, rather than "more than 12 months".
  const key =
    finding.kind === "stale-description" && !finding.params.revised
      ? "duty.stale-description.blank"
      : (`duty.${finding.kind}` as MessageKey);
  const text = formatMessage(locale, key, finding.params);
  return finding.cell ? atPlace(finding.cell, text, locale) : text;
}

/** duties.md §3's change states: the JSON name and the label the sheet shows. */
export const CHANGE_STATES = {
  "on-time": "按期完成",
  late: "逾期完成",
  pending: "未到期",
  overdue: "已逾期",
} as const;
