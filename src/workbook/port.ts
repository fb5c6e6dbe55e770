import { z } from "zod";
import { RANK_METHODS } from "../core/ranking/rank";

/**
 * The Workbook port: what jobs need from a workbook, whoever hosts it (Excel through Office.js, or an .xlsx
 * file through ExcelJS). A job reads everything it needs with one `read` and writes with one `write`, so the
 * Office adapter can do each in one round trip.
 */

/** A cell as read: its type, its value, and its A1 address (for messages that name the cell). */
export const cellSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("empty") }),
  z.object({ kind: z.literal("number"), value: z.number(), format: z.string().optional() }),
  z.object({ kind: z.literal("text"), value: z.string() }),
  z.object({ kind: z.literal("boolean"), value: z.boolean() }),
  /** Dates as Excel serial numbers (days since 1899-12-30, UTC). */
  z.object({ kind: z.literal("date"), value: z.number() }),
  z.object({ kind: z.literal("error"), value: z.string() }),
]);
export type Cell = z.infer<typeof cellSchema>;

export const EMPTY: Cell = { kind: "empty" };

/** A sheet as a grid of cells, row 0 being the sheet's row 1, column 0 its column A. */
export type Grid = { name: string; rows: Cell[][] };

export function cellAt(grid: Grid, row: number, column: number): Cell {
  return grid.rows[row]?.[column] ?? EMPTY;
}

/** "A", "B", …, "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "G7" for 0-based row 6, column 6. */
export const a1 = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

/** What the add-in records about a sheet it wrote: the sheet is its own, and where its numbers came from. */
export const provenanceSchema = z.object({
  kind: z.enum([
    "template",
    "scores",
    "ranking",
    "rankingDetails",
    "instructions",
    "summary",
    "status",
    "feedback",
    "outcomes",
    "rectification",
    "training",
    "audit",
    "appeals",
    "changes",
    /** The duties workbook's three sheets (岗位说明书, 权责矩阵, 职责变更), as the add-in generated them. */
    "duties",
    /** The non-working days the duties workbook's WORKDAY formulas skip (a hidden sheet). */
    "calendar",
    "checkup",
    /** The 放假安排 sheet the add-in generated for a bank to fill (the year's days off and make-up days). */
    "arrangement",
    /** reviews.md: the review form a rater fills, the review summary, and the forms' status. */
    "reviewForm",
    "reviewSummary",
    "reviewStatus",
    /** reviews.md §5: the customer survey's summary per object (调查汇总). */
    "surveySummary",
    /**
     * calibration.md §1: the groups' comparison (校准分析) and the calibrated ranking (排名 2025Q4 校准) —
     * never "ranking": results, annual and verify must not take a calibration for a published ranking.
     */
    "calibration",
    "calibratedRanking",
    /**
     * calibration.md §2: 方案比较, the same score data under the current template (templateId…, A) and a
     * proposed one (against…, B). Never "ranking": no later job takes it for a published ranking.
     */
    "comparison",
  ]),
  /** A corrected ranking tab: the tab it corrects and the appeals applied (verify re-applies them). */
  corrects: z.string().optional(),
  appeals: z.array(z.string()).optional(),
  /** A calibration (calibration.md §1): the published ranking tab it calibrates and the grouping column. */
  calibrates: z.string().optional(),
  by: z.string().optional(),
  /** A comparison (calibration.md §2): the proposed template B; templateId… are the current one, A. */
  againstTemplateId: z.string().optional(),
  againstTemplateVersion: z.string().optional(),
  againstTemplateFingerprint: z.string().optional(),
  /** A register the add-in wrote: each appeal's state then, so a later state may not go back (cycle.md §5). */
  states: z.record(z.string(), z.string()).optional(),
  templateId: z.string().optional(),
  templateVersion: z.string().optional(),
  templateFingerprint: z.string().optional(),
  inputHash: z.string().optional(),
  /** The rank method a ranking tab was made with, so a later job ranks (and verifies) alike. */
  method: z.enum(RANK_METHODS).optional(),
  source: z.string().optional(),
  period: z.string().optional(),
  generatedAt: z.string().optional(),
  /**
   * "writing": the sheet was being written when the job stopped (Excel's requests are not a transaction). The
   * Office adapter records it before a sheet's first request and drops it after its last; readers treat such a
   * sheet as unfinished, and the next run of the job rewrites it as the add-in's own.
   */
  state: z.literal("writing").optional(),
  /**
   * An append-only sheet (the 审计日志): how many of its first rows are whole. Their cells are never cleared
   * by a rewrite, so a sheet left being written is read as those rows, and nothing earlier is lost.
   */
  rows: z.number().int().nonnegative().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Sheets the add-in owns, by name. Kept in a very hidden sheet, which both adapters can read. */
export type Registry = Record<string, Provenance>;

/** A value to write. Text is always written as text, never as a formula, whatever it starts with. */
export type OutValue =
  | null
  | number
  | string
  | boolean
  | { formula: string; result: number | string | boolean | null }
  | { date: number };

export type OutCell = {
  value: OutValue;
  format?: string;
  bold?: boolean;
  /** Font size in points (titles); the body is 11 pt. */
  size?: number;
  fill?: string;
  unlocked?: boolean;
  wrap?: boolean;
  /**
   * Right: a header over a column of numbers, so each number stands under its own header. Left: a number
   * that is the value of a label beside it (满分 100), so it does not run into the next label. Center: a
   * rank or a grade, which would otherwise touch the text or number printed beside it (1上海分行).
   */
  align?: "right" | "left" | "center";
};

/** Excel's largest number (9.99999999999999E+307): beyond it (and for no finite number) Excel shows #NUM!. */
export const EXCEL_MAX_NUMBER = 9.99999999999999e307;
export const inExcelRange = (value: number) =>
  Number.isFinite(value) && Math.abs(value) <= EXCEL_MAX_NUMBER;

/** Excel's limit on a cell's text. */
export const MAX_CELL_TEXT = 32_767;
export const CUT_MARK = "…[超长已截断 / cut]";

/**
 * A cell's text within Excel's 32,767 characters: a longer one (only a forged or pasted input has one) is
 * cut with a visible mark rather than making a file Excel repairs.
 */
export function excelText(text: string): string {
  return text.length <= MAX_CELL_TEXT
    ? text
    : `${text.slice(0, MAX_CELL_TEXT - CUT_MARK.length)}${CUT_MARK}`;
}

/** The tallest row Excel has, in points (Excel's specifications and limits). */
export const ROW_HEIGHT_LIMIT = 409;

/** The manual page breaks Excel keeps on one sheet ("There is a limit of 1,026 horizontal page breaks per sheet"). */
export const PAGE_BREAK_LIMIT = 1_026;

/** A cell with nothing in it and no look of its own; shared (and frozen) so large sheets do not allocate one per blank. */
export const BLANK: OutCell = Object.freeze({ value: null });

export type Validation =
  | {
      kind: "list";
      range: string;
      values: string[];
      prompt?: string;
      error?: string;
      /** "warning": a value not in the list is asked about, not refused (a cell may join several roles). */
      alert?: "stop" | "warning";
    }
  | { kind: "decimal"; range: string; min?: number; max?: number; prompt?: string; error?: string }
  | { kind: "whole"; range: string; min?: number; max?: number; prompt?: string; error?: string };

/** Excel's limit on a drop-down written as a list of values: 255 characters, commas included. */
export const MAX_LIST_LITERAL = 255;
/** Whether values can be a literal drop-down: none with a comma (it would split), 255 characters in all. */
export const fitsListLiteral = (values: readonly string[]) =>
  values.every((value) => !value.includes(",")) && values.join(",").length <= MAX_LIST_LITERAL;

/**
 * The validations an adapter writes: a list that does not fit a drop-down (over 255 characters, or a value
 * with a comma, as six long post names make) is left out, never written damaged. What it guarded is still
 * checked when the sheet is read (a post not in the template is refused).
 */
export const writableValidations = (validations: readonly Validation[] | undefined) =>
  (validations ?? []).filter((v) => v.kind !== "list" || fitsListLiteral(v.values));

export type ConditionalFormat = { range: string; equals: string; fill: string; font?: string };

/**
 * How a sheet prints: always A4, with narrow side margins, the given rows (and columns) repeated on every page,
 * a header line and page numbers. Orientation and fit-to-width are chosen per sheet from its widths
 * (`jobs/shared/print-layout.ts`) so that text never prints below 8 pt.
 */
export type PrintSetup = {
  orientation: "portrait" | "landscape";
  /** Scale the sheet to one page wide (only where its text stays ≥ 8 pt). */
  fitToWidth: boolean;
  /** "1:3": rows repeated at the top of every page. */
  repeatRows?: string;
  /** "A:E": columns repeated at the left of every page (a table too wide for one page). */
  repeatColumns?: string;
  /** "A1:L40": what prints (default: the used range). */
  area?: string;
  header?: string;
};

/** Page margins in inches: narrow at the sides, room for the header line and the page numbers. */
export const PRINT_MARGINS = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

export type SheetSpec = {
  name: string;
  rows: OutCell[][];
  columns?: { width?: number; format?: string; hidden?: boolean }[];
  /** Row heights in points, by 0-based row (rows whose wrapped text needs more than one line). */
  rowHeights?: Record<number, number>;
  /** Merged ranges ("A1:L1"): a title or a provenance line across the table. */
  merges?: string[];
  /** Rows and columns kept in view when scrolling. */
  freeze?: { rows: number; columns: number };
  /** A1 range of the header and data that get a filter. */
  filter?: string;
  validations?: Validation[];
  conditionalFormats?: ConditionalFormat[];
  /** 0-based rows that start a new printed page (a feedback page per person); at most PAGE_BREAK_LIMIT. */
  pageBreaks?: number[];
  /** Protect the sheet; cells marked `unlocked` stay editable. */
  protect?: boolean;
  print?: PrintSetup;
  /** Where the add-in records this sheet (kind, template fingerprint, input hash…). */
  provenance: Provenance;
  /**
   * An append-only sheet: its first `keepRows` rows are exactly what the sheet already holds, so a rewrite
   * leaves them in place and writes only what follows (a failure halfway never loses them).
   */
  keepRows?: number;
  /** Make it the active sheet. */
  activate?: boolean;
  /** A hidden sheet (a table formulas read, not for people); a user can still unhide it. */
  hidden?: boolean;
};

/**
 * A sheet made only when the adapter comes to write it. A 100,000-row ranking and its details are each some
 * hundred megabytes as specs: an adapter that writes sheet by sheet (the .xlsx writer) makes one, writes it and
 * lets it go before it makes the next. The name is known before, for the checks made before anything is written.
 */
export type LazySheet = { name: string; make: () => SheetSpec };
export type SheetSource = SheetSpec | LazySheet;

export type WorkbookSnapshot = {
  /** Every sheet's name, in workbook order, and whether the add-in owns it. */
  sheets: { name: string; owned: boolean }[];
  grids: Map<string, Grid>;
  registry: Registry;
};

/** A cell to mark (Excel only): where, and how bad. */
export type Highlight = { address: string; severity: "error" | "warning" };

export {
  HighlightsUnavailable,
  SheetTooLarge,
  WorkbookDamaged,
  WorkbookRefusal,
} from "./workbook-errors";

export interface Workbook {
  /** One read: the sheet list, the registry, and the grids of the named sheets that exist. */
  read(sheets: readonly string[]): Promise<WorkbookSnapshot>;
  /**
   * One write: replaces the add-in's own sheets of the same names (or creates them) and records them.
   * A sheet the user owns is never overwritten: jobs pick free names from the snapshot first.
   */
  write(sheets: readonly SheetSource[]): Promise<void>;
}

/**
 * Sheet names as Excel takes them: at most 31 characters, none of [ ] : * ? / \ nor a control character,
 * no apostrophe first or last; and not a user's existing sheet.
 */
export function freeSheetName(wanted: string, snapshot: Pick<WorkbookSnapshot, "sheets">): string {
  const clean =
    wanted
      // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name
      .replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, " ")
      .replace(/\s+/g, " ")
      .slice(0, 31)
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  const taken = (name: string) =>
    snapshot.sheets.some(
      (sheet) => sheet.name.toLowerCase() === name.toLowerCase() && !sheet.owned
    );
  if (!taken(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}
