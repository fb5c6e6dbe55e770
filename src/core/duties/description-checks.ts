import {
  addWorkdays,
  isoDate,
  serialOf,
  type OfficialCalendar,
} from "../calendar/official-calendar";
import { cellRef } from "../util/cell-ref";
import { normaliseText } from "../util/text";
import {
  CHANGE_TYPES,
  type ChangeType,
  type DutyChange,
  FINDING_SEVERITY,
  type Finding,
  type PostDescription,
} from "./duties";

export const DESCRIPTIONS_SHEET = "岗位说明书";
export const CHANGES_SHEET = "职责变更";

const ELEMENTS = [
  ["duties", "岗位职责"],
  ["requirements", "任职要求"],
  ["workflow", "工作流程"],
  ["standard", "考核标准"],
] as const;

/** The same day one year before (29 February → 28 February), as the 12-month revision rule counts. */
export function yearBefore(serial: number): number {
  const iso = isoDate(serial);
  const [y, m, d] = iso.split("-").map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return serialOf(`${y - 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/**
 * duties.md §1 (and §2's revision rule): the four elements filled, 岗位编号 and 岗位名称 unique, 考核标准 naming
 * a post of the weight template (and each template post described), 最近修订日期 within the last 12 months.
 */
export function checkDescriptions(
  descriptions: readonly PostDescription[],
  templatePosts: readonly { id: string; name: string }[] | null,
  asOf: number
): Finding[] {
  const findings: Finding[] = [];
  const at = (d: PostDescription, field: string) =>
    d.cells[field] ? cellRef(DESCRIPTIONS_SHEET, d.cells[field]) : undefined;
  const seen = { id: new Map<string, number>(), name: new Map<string, number>() };
  const linked = new Set<string>();
  const limit = yearBefore(asOf);
  for (const d of descriptions) {
    const post = d.name ?? d.id ?? `#${d.row}`;
    const missing = ELEMENTS.filter(([field]) => !d[field]?.trim()).map(([, label]) => label);
    if (missing.length > 0)
      findings.push({
        kind: "incomplete-description",
        severity: FINDING_SEVERITY["incomplete-description"],
        post,
        cell: at(d, ELEMENTS.find(([, label]) => label === missing[0])?.[0] ?? "duties"),
        params: { post, missing },
      });
    for (const key of ["id", "name"] as const) {
      const value = d[key];
      if (!value) continue;
      const first = seen[key].get(normaliseText(value));
      if (first !== undefined)
        findings.push({
          kind: "duplicate-post",
          severity: FINDING_SEVERITY["duplicate-post"],
          post: value,
          cell: at(d, key),
          params: { post: value, first },
        });
      else seen[key].set(normaliseText(value), d.row);
    }
    if (templatePosts && d.standard?.trim()) {
      const standard = normaliseText(d.standard);
      const match = templatePosts.find(
        (p) => standard.includes(normaliseText(p.id)) || standard.includes(normaliseText(p.name))
      );
      if (match) linked.add(match.id);
      else
        findings.push({
          kind: "description-without-template-post",
          severity: FINDING_SEVERITY["description-without-template-post"],
          post,
          cell: at(d, "standard"),
          params: { post },
        });
    }
    if (d.revised === undefined || d.revised < limit)
      findings.push({
        kind: "stale-description",
        severity: FINDING_SEVERITY["stale-description"],
        post,
        cell: at(d, "revised"),
        params: { post, revised: d.revised === undefined ? "" : isoDate(d.revised) },
      });
  }
  for (const p of templatePosts ?? [])
    if (!linked.has(p.id))
      findings.push({
        kind: "template-post-without-description",
        severity: FINDING_SEVERITY["template-post-without-description"],
        post: p.name,
        params: { post: p.name },
      });
  return findings;
}

export type ChangeState = "on-time" | "late" | "pending" | "overdue";

/** duties.md §3: the due date (working days by type) and the state as of the check date. */
export function changeStatus(
  change: Pick<DutyChange, "type" | "occurred" | "completed">,
  asOf: number,
  calendar: OfficialCalendar
): { due: number; state: ChangeState } | null {
  const days = CHANGE_TYPES[(change.type ?? "").trim() as ChangeType];
  if (days === undefined || change.occurred === undefined) return null;
  const due = addWorkdays(calendar, change.occurred, days);
  if (!due.ok) return null;
  const state: ChangeState =
    change.completed !== undefined
      ? change.completed <= due.value
        ? "on-time"
        : "late"
      : asOf <= due.value
        ? "pending"
        : "overdue";
  return { due: due.value, state };
}

/** duties.md §3: each post a change names is described, and (once the change is done) revised since it. */
export function checkChanges(
  changes: readonly DutyChange[],
  descriptions: readonly PostDescription[]
): Finding[] {
  const findings: Finding[] = [];
  const find = (text: string) =>
    descriptions.find(
      (d) =>
        normaliseText(d.id ?? "") === normaliseText(text) ||
        normaliseText(d.name ?? "") === normaliseText(text)
    );
  for (const change of changes) {
    const cell = change.cells.posts ? cellRef(CHANGES_SHEET, change.cells.posts) : undefined;
    for (const post of change.posts) {
      const d = find(post);
      if (!d) {
        findings.push({
          kind: "change-unknown-post",
          severity: FINDING_SEVERITY["change-unknown-post"],
          post,
          cell,
          params: { post, change: change.id ?? `#${change.row}` },
        });
        continue;
      }
      if (change.completed !== undefined && change.occurred !== undefined)
        if (d.revised === undefined || d.revised < change.occurred)
          findings.push({
            kind: "description-not-revised",
            severity: FINDING_SEVERITY["description-not-revised"],
            post,
            cell: d.cells.revised ? cellRef(DESCRIPTIONS_SHEET, d.cells.revised) : cell,
            params: {
              post,
              change: change.id ?? `#${change.row}`,
              occurred: isoDate(change.occurred),
            },
          });
    }
  }
  return findings;
}
