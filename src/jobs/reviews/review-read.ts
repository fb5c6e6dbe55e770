import type { MessageKey, MessageParams } from "../../core/i18n/messages";
import type { Rating } from "../../core/reviews/aggregate-reviews";
import {
  RATER_LABELS,
  RATER_TYPES,
  type RaterType,
  type Reviews,
} from "../../core/reviews/reviews-schema";
import { sha256Hex } from "../../core/util/sha256";
import { normaliseText } from "../../core/util/text";
import { a1, type Cell, type Grid, type Workbook } from "../../workbook/port";
import { inspectContainer } from "../../workbook/xlsx/container-check";
import { textOf } from "../shared/cell-values";
import { findHeader } from "../shared/header-table";
import { issueAt, type Issue } from "../shared/issue";
import { DEFAULT_LIMITS, type Limits, type Submission } from "../assessment/collect-file";
import { IDENTITY_HEADERS } from "../assessment/score-sheet-columns";
import { RATER_ID_LABEL, RELATION_HEADER, REVIEW_FORM_SHEET } from "./review-form";

export { DEFAULT_LIMITS, type Limits, type Submission };

/** A form's state in 评价表情况: taken whole, taken with rows or values left out, or not taken at all. */
export type FormState = "accepted" | "attention" | "refused" | "duplicate";
export type FormStatus = {
  file: string;
  rater: string | null;
  state: FormState;
  /** Rows that rated someone (a value filled). */
  rows: number;
  errors: number;
  hash: string | null;
  note: { key: MessageKey; params: MessageParams };
  issues: Issue[];
  ratings: Rating[];
};

export type FormContext = {
  reviews: Reviews;
  /** The people of the score sheet, by 工号. */
  people: ReadonlySet<string>;
  open: (bytes: Uint8Array) => Promise<Workbook>;
  limits?: Limits;
  /** Content hashes already read, with the file that had them: the same file twice is counted once. */
  seen: Map<string, string>;
};

const MB = 2 ** 20;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** 上级/同事/下级/本人 (or the type's own name), to its rater type. */
export function relationOf(text: string | undefined): RaterType | null {
  if (!text) return null;
  const key = normaliseText(text).toLowerCase();
  return RATER_TYPES.find((type) => RATER_LABELS[type] === key || type === key) ?? null;
}

/** One returned form: looked at before it is unpacked, hashed, opened, and its rows read with their cells. */
export async function readForm(submission: Submission, context: FormContext): Promise<FormStatus> {
  const status = (
    state: FormState,
    key: MessageKey,
    params: MessageParams = {},
    extra: Partial<FormStatus> = {}
  ): FormStatus => ({
    file: submission.name,
    rater: null,
    state,
    rows: 0,
    errors: 0,
    hash: null,
    note: { key, params },
    issues: [],
    ratings: [],
    ...extra,
  });
  let bytes: Uint8Array;
  try {
    bytes = await submission.read();
  } catch (error) {
    return status("refused", "collect.unreadable", { reason: (error as Error).message });
  }
  const limits = context.limits ?? DEFAULT_LIMITS;
  if (bytes.length > limits.maxFileBytes)
    return status("refused", "collect.tooLarge", {
      size: mb(bytes.length),
      limit: mb(limits.maxFileBytes),
    });
  const container = inspectContainer(bytes);
  if (container.kind === "ole") return status("refused", "collect.encrypted");
  if (container.kind === "other") return status("refused", "collect.notWorkbook");
  if (container.kind === "damaged") return status("refused", "collect.damaged");
  if (container.unpackedBytes > limits.maxUnpackedBytes)
    return status("refused", "collect.bomb", {
      size: mb(container.unpackedBytes),
      limit: mb(limits.maxUnpackedBytes),
    });
  const hash = sha256Hex(bytes);
  const first = context.seen.get(hash);
  if (first) return status("duplicate", "collect.duplicate", { file: first }, { hash });
  context.seen.set(hash, submission.name);
  let grid: Grid | undefined;
  try {
    grid = (await (await context.open(bytes)).read([REVIEW_FORM_SHEET])).grids.get(
      REVIEW_FORM_SHEET
    );
  } catch {
    return status("refused", "collect.damaged", {}, { hash });
  }
  if (!grid)
    return status("refused", "reviews.noFormSheet", { sheet: REVIEW_FORM_SHEET }, { hash });
  const rater = raterOf(grid);
  if (!rater.id)
    return status(
      "refused",
      "reviews.noRater",
      { label: RATER_ID_LABEL },
      {
        hash,
        issues: [
          issueAt("error", "reviews.noRater", { label: RATER_ID_LABEL }, grid.name, rater.at),
        ],
      }
    );
  const read = readRows(grid, rater.id, context);
  if ("fatal" in read)
    return status("refused", read.fatal.key, {}, { hash, rater: rater.id, issues: [read.fatal] });
  for (const rating of read.ratings) rating.form = submission.name;
  const errors = read.issues.filter((issue) => issue.severity === "error").length;
  return status(
    errors > 0 ? "attention" : "accepted",
    errors > 0 ? "reviews.formWithErrors" : "reviews.formAccepted",
    { rows: read.ratings.length, errors },
    {
      hash,
      rater: rater.id,
      rows: read.ratings.length,
      errors,
      issues: read.issues,
      ratings: read.ratings,
    }
  );
}

/** The rater's 工号: the cell right of the 评价人工号 label in the first rows (where to write it if blank). */
function raterOf(grid: Grid): { id: string | null; at: string } {
  for (let r = 0; r < Math.min(10, grid.rows.length); r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = normaliseText(textOf(row[c]) ?? "");
      if (label !== RATER_ID_LABEL) continue;
      const id = textOf(row[c + 1]);
      return { id: id ? normaliseText(id) : null, at: a1(r, c + 1) };
    }
  }
  return { id: null, at: "B3" };
}

const FORM_HEADERS = {
  id: IDENTITY_HEADERS.id.aliases,
  relation: [RELATION_HEADER, "relation"],
};

/** Each row's person, relation and values, every problem named by its cell; bad values are left out. */
function readRows(
  grid: Grid,
  rater: string,
  context: FormContext
): { ratings: Rating[]; issues: Issue[] } | { fatal: Issue } {
  const found = findHeader(grid, FORM_HEADERS, ["id", "relation"]);
  if (!found) return { fatal: issueAt("error", "reviews.noFormHeader", {}, grid.name, "A4") };
  const itemAt = itemColumns(grid.rows[found.row] ?? [], context.reviews);
  const issues: Issue[] = [];
  for (const item of context.reviews.items)
    if (!itemAt.has(item.id))
      issues.push(
        issueAt(
          "warning",
          "reviews.missingItemColumn",
          { item: item.name },
          grid.name,
          a1(found.row, 0)
        )
      );
  const ratings: Rating[] = [];
  const rated = new Set<string>();
  const idAt = found.columns.get("id")!;
  const relationAt = found.columns.get("relation")!;
  for (let r = found.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const values: Record<string, number | null> = {};
    let bad = false;
    for (const item of context.reviews.items) {
      const c = itemAt.get(item.id);
      const value = c === undefined ? null : formValue(row[c]);
      if (value === "bad") {
        bad = true;
        issues.push(
          issueAt(
            "error",
            "reviews.badValue",
            { item: item.name, value: shown(row[c!]) },
            grid.name,
            a1(r, c!),
            r + 1
          )
        );
      }
      values[item.id] = typeof value === "number" ? value : null;
    }
    const filled = Object.values(values).some((v) => v !== null);
    if (!filled && !bad) continue;
    const idText = textOf(row[idAt]);
    const person = idText ? normaliseText(idText) : "";
    const rowError = (key: MessageKey, params: MessageParams, column: number) =>
      issues.push(issueAt("error", key, params, grid.name, a1(r, column), r + 1));
    if (!person) {
      rowError("reviews.noPerson", {}, idAt);
      continue;
    }
    if (!context.people.has(person)) {
      rowError("reviews.unknownPerson", { id: person }, idAt);
      continue;
    }
    const type = person === rater ? "self" : relationOf(textOf(row[relationAt]));
    if (!type) {
      rowError("reviews.badRelation", { value: textOf(row[relationAt]) ?? "" }, relationAt);
      continue;
    }
    if (rated.has(person)) {
      rowError("reviews.personTwice", { id: person }, idAt);
      continue;
    }
    rated.add(person);
    if (filled) ratings.push({ form: "", rater, person, type, values });
  }
  return { ratings, issues };
}

/** Each item's column: headed `名称（id）`, its name, or its id. */
function itemColumns(header: readonly Cell[], reviews: Reviews): Map<string, number> {
  const at = new Map<string, number>();
  header.forEach((cell, c) => {
    const label = normaliseText(textOf(cell) ?? "").toLowerCase();
    if (!label) return;
    const bracketed = /[（(]([^()（）]+)[）)]\s*$/.exec(label)?.[1]?.trim();
    const item = reviews.items.find(
      (i) =>
        normaliseText(i.id).toLowerCase() === (bracketed ?? label) ||
        normaliseText(i.name).toLowerCase() === label
    );
    if (item && !at.has(item.id)) at.set(item.id, c);
  });
  return at;
}

/** A value: blank is null (not rated), a number in [0, 100] is taken, anything else is bad. */
export function formValue(cell: Cell | undefined): number | null | "bad" {
  if (!cell || cell.kind === "empty") return null;
  if (cell.kind === "text" && cell.value.trim() === "") return null;
  if (cell.kind === "number" && Number.isFinite(cell.value) && cell.value >= 0 && cell.value <= 100)
    return cell.value;
  return "bad";
}

const shown = (cell: Cell | undefined) =>
  !cell || cell.kind === "empty" ? "" : String(cell.value);
