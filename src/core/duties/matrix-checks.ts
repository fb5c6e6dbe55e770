import { cellRef } from "../util/cell-ref";
import { normaliseText } from "../util/text";
import { DESCRIPTIONS_SHEET } from "./description-checks";
import { ROLES, FINDING_SEVERITY, type Finding, type ProcessRow, type Role } from "./duties";

export const MATRIX_SHEET = "权责矩阵";

/** A cell's roles: joined with 、 or / (or a comma, or spaces); anything else is reported as unknown. */
export function rolesOf(text: string): { roles: Role[]; unknown: string[] } {
  const parts = text
    .split(/[、/／,，;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const part of parts)
    if ((ROLES as readonly string[]).includes(part)) {
      if (!roles.includes(part as Role)) roles.push(part as Role);
    } else unknown.push(part);
  return { roles, unknown };
}

/**
 * duties.md §2: per process, an initiator, exactly one decider, a supervisor, no post both deciding and
 * supervising (nor, a warning, both initiating and deciding), roles from the four, posts from 岗位说明书,
 * unique 流程编号; over the matrix, each described post holding some role (else a warning).
 */
export function checkMatrix(
  processes: readonly ProcessRow[],
  posts: readonly { id?: string; name?: string; cells?: Record<string, string> }[]
): Finding[] {
  const findings: Finding[] = [];
  const known = (text: string) =>
    posts.some(
      (p) =>
        normaliseText(p.id ?? "") === normaliseText(text) ||
        normaliseText(p.name ?? "") === normaliseText(text)
    );
  const columns = new Map<string, string>();
  for (const process of processes)
    for (const c of process.cells) if (!columns.has(c.post)) columns.set(c.post, c.header);
  for (const [post, cell] of columns)
    if (!known(post))
      findings.push({
        kind: "unknown-post",
        severity: FINDING_SEVERITY["unknown-post"],
        post,
        cell: cellRef(MATRIX_SHEET, cell),
        params: { post },
      });
  const seen = new Map<string, number>();
  const used = new Set<string>();
  for (const process of processes) {
    const name = process.id ?? `#${process.row}`;
    const at = (cell: string) => cellRef(MATRIX_SHEET, cell);
    const whole = cellRef(MATRIX_SHEET, `A${process.row}`);
    if (process.id) {
      const first = seen.get(normaliseText(process.id));
      if (first !== undefined)
        findings.push({
          kind: "duplicate-process",
          severity: FINDING_SEVERITY["duplicate-process"],
          process: name,
          cell: whole,
          params: { process: name, first },
        });
      else seen.set(normaliseText(process.id), process.row);
    }
    const holders: Record<Role, string[]> = { 发起: [], 协作: [], 决策: [], 监督: [] };
    for (const c of process.cells) {
      if (!c.text.trim()) continue;
      const { roles, unknown } = rolesOf(c.text);
      for (const text of unknown)
        findings.push({
          kind: "unknown-role",
          severity: FINDING_SEVERITY["unknown-role"],
          process: name,
          post: c.post,
          cell: at(c.cell),
          params: { process: name, post: c.post, text },
        });
      for (const role of roles) holders[role].push(c.post);
      if (roles.length > 0) used.add(normaliseText(c.post));
      if (roles.includes("决策") && roles.includes("监督"))
        findings.push({
          kind: "decide-and-supervise",
          severity: FINDING_SEVERITY["decide-and-supervise"],
          process: name,
          post: c.post,
          cell: at(c.cell),
          params: { process: name, post: c.post },
        });
      if (roles.includes("发起") && roles.includes("决策"))
        findings.push({
          kind: "initiate-and-decide",
          severity: FINDING_SEVERITY["initiate-and-decide"],
          process: name,
          post: c.post,
          cell: at(c.cell),
          params: { process: name, post: c.post },
        });
    }
    const missing = (kind: Finding["kind"]) =>
      findings.push({
        kind,
        severity: FINDING_SEVERITY[kind],
        process: name,
        cell: whole,
        params: { process: name },
      });
    if (holders.发起.length === 0) missing("no-initiator");
    if (holders.决策.length === 0) missing("no-decider");
    if (holders.决策.length > 1)
      findings.push({
        kind: "multiple-deciders",
        severity: FINDING_SEVERITY["multiple-deciders"],
        process: name,
        cell: whole,
        params: { process: name, posts: holders.决策 },
      });
    if (holders.监督.length === 0) missing("no-supervisor");
  }
  for (const post of posts) {
    const names = [post.id, post.name].filter((x): x is string => Boolean(x)).map(normaliseText);
    if (!names.some((n) => used.has(n)))
      findings.push({
        kind: "idle-post",
        severity: FINDING_SEVERITY["idle-post"],
        post: post.name ?? post.id,
        cell: post.cells?.name ? cellRef(DESCRIPTIONS_SHEET, post.cells.name) : undefined,
        params: { post: post.name ?? post.id ?? "" },
      });
  }
  return findings;
}
