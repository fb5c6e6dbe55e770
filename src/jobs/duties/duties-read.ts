import { CHANGE_TYPES } from "../../core/duties/duties";
import type { DutyChange, PostDescription, ProcessRow } from "../../core/duties/duties";
import { a1, type Grid } from "../../workbook/port";
import { dateOf, textOf } from "../shared/cell-values";
import { dataRows, findHeader, isExample, type Headers } from "../shared/header-table";

/**
 * The duties workbook's headers (duties.md §1–§3): the Chinese name first, then the English one. A sheet is
 * read whoever made it: the header row is found within the first ten rows, headers matched with white space
 * and full-width characters folded, English case-insensitively.
 */
export const DESCRIPTION_HEADERS = {
  id: ["岗位编号", "Post ID"],
  name: ["岗位名称", "Post name"],
  department: ["所属部门", "Department"],
  duties: ["岗位职责", "Duties"],
  requirements: ["任职要求", "Requirements"],
  workflow: ["工作流程", "Workflow"],
  standard: ["考核标准", "Assessment standard"],
  revised: ["最近修订日期", "Last revised"],
} as const;
export const MATRIX_HEADERS = {
  id: ["流程编号", "Process ID"],
  name: ["流程名称", "Process name"],
  line: ["业务条线", "Business line"],
} as const;
export const CHANGE_HEADERS = {
  id: ["编号", "ID"],
  subject: ["事项", "Subject"],
  type: ["类型", "Type"],
  occurred: ["发生日期", "Occurred"],
  posts: ["涉及岗位", "Posts"],
  completed: ["完成日期", "Completed"],
  due: ["到期日", "Due"],
  state: ["状态", "State"],
} as const;

/** A cell that cannot be read as its field needs: a date that is not a date, a change type not of the two. */
export type Unreadable = {
  cell: string;
  field: string;
  text: string;
  /** "required": blank where the row needs it (a change without 类型 or 发生日期 has no due date). */
  expected: "date" | "type" | "required";
};

export type SheetRead<T> =
  | { ok: true; rows: T[]; headerRow: number; unreadable: Unreadable[] }
  /** The headers are not there: which are missing. */
  | { ok: false; missing: string[] };

const missingOf = (headers: Headers, fields: string[]) => fields.map((field) => headers[field][0]);

/** 岗位说明书: one post a row. */
export function readDescriptions(grid: Grid): SheetRead<PostDescription> {
  const required = ["id", "name", "duties", "requirements", "workflow", "standard", "revised"];
  const header = findHeader(grid, DESCRIPTION_HEADERS, ["id", "name"]);
  if (!header) return { ok: false, missing: missingOf(DESCRIPTION_HEADERS, required) };
  const absent = required.filter((f) => !header.columns.has(f as keyof typeof DESCRIPTION_HEADERS));
  if (absent.length > 0) return { ok: false, missing: missingOf(DESCRIPTION_HEADERS, absent) };
  const unreadable: Unreadable[] = [];
  const rows: PostDescription[] = [];
  for (const { r, row } of dataRows(grid, header.row + 1, [...header.columns.values()])) {
    const at = (field: keyof typeof DESCRIPTION_HEADERS) => {
      const c = header.columns.get(field);
      return c === undefined ? undefined : row[c];
    };
    const text = (field: keyof typeof DESCRIPTION_HEADERS) => textOf(at(field));
    if (isExample(text("id"))) continue;
    const revised = dateOf(at("revised"));
    const cells = Object.fromEntries([...header.columns].map(([f, c]) => [f, a1(r, c)]));
    if (revised === null)
      unreadable.push({
        cell: cells.revised,
        field: DESCRIPTION_HEADERS.revised[0],
        text: textOf(at("revised")) ?? "",
        expected: "date",
      });
    rows.push({
      row: r + 1,
      cells,
      id: text("id"),
      name: text("name"),
      department: text("department"),
      duties: text("duties"),
      requirements: text("requirements"),
      workflow: text("workflow"),
      standard: text("standard"),
      revised: revised ?? undefined,
    });
  }
  return { ok: true, rows, headerRow: header.row, unreadable };
}

/** 权责矩阵: one process a row; every column after 流程编号, 流程名称 and 业务条线 with a header is a post. */
export function readMatrix(grid: Grid): SheetRead<ProcessRow> {
  const header = findHeader(grid, MATRIX_HEADERS, ["id", "name"]);
  if (!header) return { ok: false, missing: missingOf(MATRIX_HEADERS, ["id", "name", "line"]) };
  const fixed = new Set(header.columns.values());
  const last = Math.max(...fixed);
  const posts: { column: number; post: string; header: string }[] = [];
  (grid.rows[header.row] ?? []).forEach((cell, c) => {
    const post = textOf(cell);
    if (c > last && post) posts.push({ column: c, post, header: a1(header.row, c) });
  });
  const rows: ProcessRow[] = [];
  const columns = [...fixed, ...posts.map((p) => p.column)];
  for (const { r, row } of dataRows(grid, header.row + 1, columns)) {
    const text = (field: keyof typeof MATRIX_HEADERS) => {
      const c = header.columns.get(field);
      return c === undefined ? undefined : textOf(row[c]);
    };
    if (isExample(text("id"))) continue;
    rows.push({
      row: r + 1,
      id: text("id"),
      name: text("name"),
      line: text("line"),
      cells: posts.map((p) => ({
        post: p.post,
        cell: a1(r, p.column),
        header: p.header,
        text: textOf(row[p.column]) ?? "",
      })),
    });
  }
  return { ok: true, rows, headerRow: header.row, unreadable: [] };
}

/** 职责变更: one change a row. 到期日 and 状态 are the sheet's own formulas: read, never trusted. */
export function readChanges(grid: Grid): SheetRead<DutyChange> {
  const required = ["id", "type", "occurred", "posts", "completed"];
  const header = findHeader(grid, CHANGE_HEADERS, ["id", "type", "occurred"]);
  if (!header) return { ok: false, missing: missingOf(CHANGE_HEADERS, required) };
  const absent = required.filter((f) => !header.columns.has(f as keyof typeof CHANGE_HEADERS));
  if (absent.length > 0) return { ok: false, missing: missingOf(CHANGE_HEADERS, absent) };
  const inputs = (["id", "subject", "type", "occurred", "posts", "completed"] as const)
    .map((f) => header.columns.get(f))
    .filter((c): c is number => c !== undefined);
  const unreadable: Unreadable[] = [];
  const rows: DutyChange[] = [];
  for (const { r, row } of dataRows(grid, header.row + 1, inputs)) {
    const at = (field: keyof typeof CHANGE_HEADERS) => {
      const c = header.columns.get(field);
      return c === undefined ? undefined : row[c];
    };
    const text = (field: keyof typeof CHANGE_HEADERS) => textOf(at(field));
    if (isExample(text("id"))) continue;
    const cells = Object.fromEntries([...header.columns].map(([f, c]) => [f, a1(r, c)]));
    const date = (field: "occurred" | "completed") => {
      const value = dateOf(at(field));
      if (value === null)
        unreadable.push({
          cell: cells[field],
          field: CHANGE_HEADERS[field][0],
          text: text(field) ?? "",
          expected: "date",
        });
      return value ?? undefined;
    };
    const type = text("type");
    if (type && !(type in CHANGE_TYPES))
      unreadable.push({
        cell: cells.type,
        field: CHANGE_HEADERS.type[0],
        text: type,
        expected: "type",
      });
    for (const field of ["type", "occurred"] as const)
      if (
        at(field) === undefined ||
        at(field)?.kind === "empty" ||
        (!text(field) && at(field)?.kind !== "date")
      )
        unreadable.push({
          cell: cells[field],
          field: CHANGE_HEADERS[field][0],
          text: "",
          expected: "required",
        });
    rows.push({
      row: r + 1,
      cells,
      id: text("id"),
      subject: text("subject"),
      type,
      occurred: date("occurred"),
      posts: (text("posts") ?? "")
        .split(/[、,，;；/／\n]+/)
        .map((p) => p.trim())
        .filter(Boolean),
      completed: date("completed"),
    });
  }
  return { ok: true, rows, headerRow: header.row, unreadable };
}
