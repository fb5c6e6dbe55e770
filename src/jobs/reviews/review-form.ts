import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { RATER_LABELS, RATER_TYPES, type Reviews } from "../../core/reviews/reviews-schema";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { normaliseText } from "../../core/util/text";
import { columnLetters, type Grid, type OutCell, type SheetSpec } from "../../workbook/port";
import { textOf } from "../shared/cell-values";
import { findHeader, isExample } from "../shared/header-table";
import { headerWidths, tableLayout } from "../shared/print-layout";
import { IDENTITY, IDENTITY_HEADERS } from "../assessment/score-sheet-columns";

/** The review form (reviews.md §2): one rater fills one copy of 评价表 and sends it back. */
export const REVIEW_FORM_SHEET = "评价表";
/** The labels of the rater's own cells on top of the form (row 3), read back by these words. */
export const RATER_ID_LABEL = "评价人工号";
export const RATER_NAME_LABEL = "评价人姓名";
export const RELATION_HEADER = "评价关系";
/** 0-based rows: title, instructions, the rater's cells, the header; people from the fifth row on. */
export const FORM_HEADER_ROW = 3;

/** One person to rate, as the roster or the score sheet names them. */
export type Person = {
  id: string;
  name?: string;
  branch?: string;
  department?: string;
  post?: string;
};

/** "团队协作（teamwork）": the item's name and the id it is read back by. */
export const itemHeader = (item: { id: string; name: string }) => `${item.name}（${item.id}）`;

const identityHeaders = IDENTITY.map((key) => IDENTITY_HEADERS[key].zh);

export type FormOptions = {
  people: readonly Person[];
  /** Blank rows to fill when there is no roster. */
  rows?: number;
  generatedAt: string;
  locale: Locale;
};

/** The 评价表 sheet: title, instructions, the rater's 工号 and 姓名, then one row a person to rate. */
export function reviewFormSpec(loaded: LoadedTemplate, options: FormOptions): SheetSpec {
  const t = loaded.template;
  const reviews = t.reviews as Reviews;
  const say = (key: MessageKey, params: MessageParams = {}) =>
    formatMessage(options.locale, key, params);
  const header = [...identityHeaders, RELATION_HEADER, ...reviews.items.map(itemHeader)];
  const widths = headerWidths(header, [14, 14, 10, 10, 12, 10, ...reviews.items.map(() => 12)], {
    lines: 4,
    max: 24,
  });
  const title = say("sheet.reviews.formTitle", { name: t.name, version: t.version });
  const line = say("sheet.reviews.formInstructions", {
    relations: RATER_TYPES.map((type) => RATER_LABELS[type]).join("/"),
    fingerprint: loaded.fingerprint.slice(0, 8),
    time: options.generatedAt,
  });
  const given = options.people.length > 0;
  const count = given ? options.people.length : (options.rows ?? 50);
  const input = (value: OutCell["value"] = null): OutCell => ({ value, unlocked: true });
  const rows: OutCell[][] = [
    [{ value: title, bold: true, size: 14, wrap: true }],
    [{ value: line, wrap: true }],
    [
      { value: RATER_ID_LABEL, bold: true, fill: "FFF2CC" },
      input(),
      { value: RATER_NAME_LABEL, bold: true, fill: "FFF2CC" },
      input(),
    ],
    header.map((value) => ({ value, bold: true, fill: "DDEBF7", wrap: true })),
  ];
  for (let k = 0; k < count; k++) {
    const person = options.people[k];
    const identity = person
      ? [person.branch, person.department, person.id, person.name, person.post].map(
          (value): OutCell => ({ value: value ?? null })
        )
      : IDENTITY.map(() => input());
    rows.push([...identity, input(), ...reviews.items.map(() => input())]);
  }
  const first = FORM_HEADER_ROW + 2; // 1-based number of the first person's row
  const last = FORM_HEADER_ROW + 1 + count;
  const range = (column: number) =>
    `${columnLetters(column)}${first}:${columnLetters(column)}${last}`;
  const layout = tableLayout(header, widths, 4, say("sheet.confidential"), {
    title,
    titleSize: 14,
    line,
  });
  return {
    name: REVIEW_FORM_SHEET,
    rows,
    columns: widths.map((width, c) => ({
      width,
      ...(c > IDENTITY.length ? { format: "0.00" } : {}),
    })),
    rowHeights: {
      0: layout.rowHeights?.[0] ?? 24,
      1: layout.rowHeights?.[1] ?? 30,
      2: 20,
      3: layout.rowHeights?.[2] ?? 30,
    },
    merges: layout.merges,
    print: { ...layout.print!, repeatRows: "1:4" },
    freeze: { rows: FORM_HEADER_ROW + 1, columns: 4 },
    validations: [
      {
        kind: "list",
        range: range(IDENTITY.length),
        values: RATER_TYPES.map((type) => RATER_LABELS[type]),
        prompt: say("sheet.reviews.relationPrompt"),
        error: say("sheet.reviews.relationError"),
      },
      ...reviews.items.map((item, k) => ({
        kind: "decimal" as const,
        range: range(IDENTITY.length + 1 + k),
        min: 0,
        max: 100,
        prompt: item.name,
        error: say("sheet.reviews.valueError"),
      })),
    ],
    protect: true,
    provenance: {
      kind: "reviewForm",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      generatedAt: options.generatedAt,
    },
    activate: true,
  };
}

const IDENTITY_NAMES = Object.fromEntries(
  IDENTITY.map((key) => [key, IDENTITY_HEADERS[key].aliases])
) as Record<(typeof IDENTITY)[number], string[]>;

/**
 * The people of a roster or score sheet: its header found in the first ten rows (工号 required; 机构, 部门,
 * 姓名, 岗位 where they are), each row with a 工号 one person, in order, each 工号 once.
 */
export function peopleFromGrid(grid: Grid | undefined): Person[] {
  if (!grid) return [];
  const found = findHeader(grid, IDENTITY_NAMES, ["id"]);
  if (!found) return [];
  const people: Person[] = [];
  const seen = new Set<string>();
  for (let r = found.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const field = (key: (typeof IDENTITY)[number]) => {
      const c = found.columns.get(key);
      return c === undefined ? undefined : textOf(row[c]);
    };
    const id = field("id");
    if (!id || isExample(field("branch")) || isExample(id)) continue;
    const key = normaliseText(id);
    if (seen.has(key)) continue;
    seen.add(key);
    people.push({
      id: key,
      name: field("name"),
      branch: field("branch"),
      department: field("department"),
      post: field("post"),
    });
  }
  return people;
}
