/* What a printed workbook should show, cell by cell, and what its PDF shows: the checks of the print test over
 * every output (every-output.test.ts). Not a test file itself. */
import ExcelJS from "exceljs";
import type { PdfPage } from "../support/libreoffice";

/** One printed cell: where it is, the text it shows, and whether it wraps. */
export type PrintedCell = {
  address: string;
  row: number;
  column: number;
  text: string;
  wrap: boolean;
  size: number;
};

export type PrintedSheet = {
  name: string;
  cells: PrintedCell[];
  /** Cells whose look breaks ux.md's formats (a fraction in General, TRUE / FALSE, a date not yyyy-mm-dd). */
  formatFindings: string[];
  /**
   * Wrapped rows whose height leaves no room for their lines in a CJK font (~16 pt a line at 11 pt), and
   * rows without a height of their own whose text wraps: LibreOffice does not fit a row to its text as it
   * opens a file, so such a row stays a line tall and its lines spill over the rows around it.
   */
  heightFindings: string[];
  /**
   * Text in the repeated columns of a table printed pages across that runs past them (a title merged across
   * the first page): every later page repeats it, cut at their edge (pdftotext still reads it whole there).
   */
  repeatFindings: string[];
  /** The columns repeated on every page (1-based, inclusive), and the last repeated row. */
  repeatColumns: [number, number] | null;
  repeatRows: [number, number] | null;
};

/** White space (and the full-width space) removed: how cell text and page text are compared. */
export const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, "");

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Round half away from zero at `places` decimals, as Excel shows a number (not binary toFixed). */
function fixed(value: number, places: number): string {
  const scaled = Math.round(Math.abs(value) * 10 ** places * (1 + 4 * Number.EPSILON));
  const text = (scaled / 10 ** places).toFixed(places);
  return value < 0 && scaled !== 0 ? `-${text}` : text;
}

const withThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The text a number shows in one section of a format: 0, #, ",", ".", %, quoted literals and dates. */
function applySection(section: string, value: number): string | null {
  const literal = (s: string) => s.replace(/"([^"]*)"|\\(.)/g, "$1$2");
  if (/[ymdhs]/i.test(section.replace(/"[^"]*"/g, ""))) {
    const date = new Date(Math.round((value - 25569) * DAY_MS));
    return literal(
      section
        .replace(/yyyy/gi, String(date.getUTCFullYear()))
        .replace(/hh:mm/gi, `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`)
        .replace(/mm/gi, pad(date.getUTCMonth() + 1))
        .replace(/dd/gi, pad(date.getUTCDate()))
    );
  }
  const body = /[0#][0#,.]*%?/.exec(section.replace(/"[^"]*"/g, (m) => " ".repeat(m.length)));
  if (!body) return literal(section);
  const pattern = body[0];
  const percent = pattern.endsWith("%");
  const places = (pattern.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  const number = fixed(percent ? value * 100 : value, places);
  const shown = pattern.includes(",") ? number.replace(/^-?\d+/, withThousands) : number;
  return (
    literal(section.slice(0, body.index)) +
    shown +
    (percent ? "%" : "") +
    literal(section.slice(body.index + pattern.length))
  );
}

/** What a number shows in its format; null where the test cannot tell (a fraction in General). */
export function formatNumber(value: number, format: string | undefined): string | null {
  if (!format || format === "General" || format === "@") {
    return Number.isInteger(value) ? String(value) : null;
  }
  const sections = format.split(";");
  if (sections.length >= 3 && value === 0) return applySection(sections[2], value);
  if (sections.length >= 2 && value < 0) return applySection(sections[1], -value);
  return applySection(sections[0], value);
}

const isDateFormat = (format: string | undefined) =>
  !!format && /[yd]/i.test(format.replace(/"[^"]*"/g, ""));
const ISO_DAY = "yyyy-mm-dd";

type Shown = { text: string | null; finding?: string };

/** The text a cell shows, and what is wrong with how it shows (ux.md's formats). */
function shown(cell: ExcelJS.Cell): Shown {
  let value = cell.value as unknown;
  if (value && typeof value === "object" && "result" in value) value = value.result;
  else if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value))
    return { text: null };
  const format = cell.numFmt;
  if (value === null || value === undefined || value === "") return { text: null };
  if (typeof value === "boolean")
    return { text: value ? "TRUE" : "FALSE", finding: `prints ${value ? "TRUE" : "FALSE"}` };
  if (value instanceof Date) {
    const serial = value.getTime() / DAY_MS + 25569;
    const text = formatNumber(serial, isDateFormat(format) ? format : ISO_DAY);
    const bad = !format || !format.startsWith(ISO_DAY);
    return { text, finding: bad ? `a date in format ${format ?? "General"}` : undefined };
  }
  if (typeof value === "number") {
    const text = formatNumber(value, format);
    if (text === null) return { text, finding: `${value} in General (no 0.00 / 0.00% / #,##0.00)` };
    if (format?.includes("%") && !/0\.00%/.test(format))
      return { text, finding: `a ratio in ${format}, not 0.00%` };
    return { text };
  }
  if (typeof value === "object" && value && "richText" in value)
    return {
      text: (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""),
    };
  if (typeof value === "object" && value && "error" in value) return { text: null };
  return { text: String(value) };
}

const range = (spec: string | undefined, letters: boolean): [number, number] | null => {
  if (!spec) return null;
  const parts = spec.replace(/\$/g, "").split(":");
  const index = (part: string) =>
    letters ? [...part].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : Number(part);
  return [index(parts[0]), index(parts[1] ?? parts[0])];
};

/**
 * The width text prints in, in column characters (the default font's digit), in the widest fonts a bank may
 * print with: a CJK character is an 11 pt em, 2.1 of Calibri's 7 px digits (Excel with DengXian or YaHei,
 * LibreOffice with Noto Sans CJK and Carlito); a Latin capital 1.3, a digit 1.1, any other Latin character 1.0 (each font
 * against its own digit, as LibreOffice counts columns in DejaVu's digit where Carlito is missing); bold a
 * tenth more.
 */
export function printedWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width +=
      code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f)
        ? 2.1
        : code >= 65 && code <= 90
          ? 1.3
          : code >= 48 && code <= 57
            ? 1.1
            : 1;
  }
  return bold ? width * 1.1 : width;
}

/** Lines wrapped text takes in a column of `characters`: Latin words kept whole, CJK broken anywhere. */
export function printedLines(text: string, characters: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let line = 0;
    for (const token of paragraph.match(/[\u1100-\uffff]|[^\s\u1100-\uffff]+\s*|\s+/g) ?? []) {
      const width = printedWidth(token.trimEnd(), bold);
      const full = printedWidth(token, bold);
      if (line > 0 && line + width > characters) {
        lines++;
        line = 0;
        if (width === 0) continue;
      }
      if (width > characters) {
        // A word wider than the column is broken across lines.
        const more = Math.ceil(width / characters) - 1;
        lines += more;
        line = width - more * characters + (full - width);
      } else line += full;
    }
  }
  return lines;
}

/** Points a line takes at `size` pt in a CJK font (Noto Sans CJK: 1.45 em; 16 pt at 11 pt). */
export const cjkLine = (size: number) => (16 / 11) * size;

/** Whether a cell shows text (which wraps), not a number, a date or a truth value (which do not). */
function holdsText(value: ExcelJS.CellValue): boolean {
  if (typeof value === "string") return true;
  if (!value || typeof value !== "object" || value instanceof Date) return false;
  if ("richText" in value) return true;
  return "result" in value && typeof value.result === "string";
}

/**
 * A column whose numbers are the user's, kept as typed: the appeals register's 更正值 (a corrected score or
 * ratio, whichever the appealed indicator is; its copy in the corrected workbook is the register as it stood).
 */
function typedAsIs(sheet: ExcelJS.Worksheet, column: number): boolean {
  return sheet.name.startsWith("申诉登记") && sheet.getRow(3).getCell(column).value === "更正值";
}

/** The printed sheets of a workbook (visible ones), with the text of each cell as it shows. */
export async function printedSheets(file: string): Promise<PrintedSheet[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets: PrintedSheet[] = [];
  for (const sheet of book.worksheets) {
    if (sheet.state !== "visible") continue;
    const cells: PrintedCell[] = [];
    const formatFindings: string[] = [];
    const heightFindings: string[] = [];
    const merged = new Map<string, number>(); // master address → columns it spans
    const model = sheet.model as unknown as { merges?: string[] };
    for (const ref of model.merges ?? []) {
      const [from, to] = ref.split(":").map((address) => address.replace(/\d+$/, ""));
      const [first, last] = range(`${from}:${to}`, true) ?? [1, 1];
      merged.set(ref.split(":")[0], last - first + 1);
    }
    const widthOf = (column: number, span: number) => {
      let sum = 0;
      for (let c = column; c < column + span; c++)
        sum += sheet.getColumn(c).hidden ? 0 : (sheet.getColumn(c).width ?? 8.43);
      return sum;
    };
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (row.hidden) return;
      let needed = 0;
      let most = 0;
      let why = "";
      row.eachCell({ includeEmpty: false }, (cell) => {
        const column = Number(cell.col);
        if (sheet.getColumn(column).hidden) return;
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const { text, finding } = shown(cell);
        if (finding && !typedAsIs(sheet, column))
          formatFindings.push(`${sheet.name}!${cell.address} ${finding}`);
        if (text === null || squeeze(text) === "") return;
        const wrap = !!cell.alignment?.wrapText;
        const size = cell.font?.size ?? 11;
        cells.push({ address: cell.address, row: Number(row.number), column, text, wrap, size });
        if (wrap) {
          const width = widthOf(column, merged.get(cell.address) ?? 1);
          const bold = !!cell.font?.bold;
          // A number or a date never wraps: too narrow, it shows ### (which the text checks see).
          const lines = holdsText(cell.value)
            ? printedLines(text, Math.max(1, width - 0.5), bold)
            : 1;
          const points = lines * cjkLine(size);
          most = Math.max(most, lines);
          if (points > needed) {
            needed = points;
            why = `${cell.address} 「${text.slice(0, 24)}」 ${lines} lines`;
          }
        }
      });
      const height = row.height;
      if (height ? needed > height + 0.5 : most > 1)
        heightFindings.push(
          `${sheet.name} row ${row.number} is ${height ? `${height} pt` : "one line"}; ${why} need ${Math.ceil(needed)} pt`
        );
    });
    const repeatColumns = range(sheet.pageSetup.printTitlesColumn, true);
    sheets.push({
      name: sheet.name,
      cells,
      formatFindings,
      heightFindings,
      repeatFindings: repeatColumns ? pastRepeated(sheet, cells, merged, repeatColumns) : [],
      repeatColumns,
      repeatRows: range(sheet.pageSetup.printTitlesRow, false),
    });
  }
  return sheets;
}

/** Points a column of `characters` takes where LibreOffice counts them in DejaVu Sans's 7 pt digit. */
const widerPoints = (characters: number) => characters * 7 + 4;

function pastRepeated(
  sheet: ExcelJS.Worksheet,
  cells: PrintedCell[],
  merged: Map<string, number>,
  [first, last]: [number, number]
): string[] {
  const lastColumn = Math.max(...cells.map((cell) => cell.column));
  let total = 0;
  for (let c = 1; c <= lastColumn; c++)
    if (!sheet.getColumn(c).hidden) total += widerPoints(sheet.getColumn(c).width ?? 8.43);
  // Only a table printed pages across repeats its columns on a page after the first.
  if (sheet.pageSetup.fitToPage || total <= 842 - 72) return [];
  let room = 0;
  for (let c = first; c <= last; c++) room += sheet.getColumn(c).width ?? 8.43;
  const findings: string[] = [];
  for (const cell of cells) {
    if (cell.column < first || cell.column > last) continue;
    const span = merged.get(cell.address) ?? 1;
    const beyond = cell.column + span - 1 > last;
    let left = 0;
    for (let c = cell.column; c <= last; c++) left += sheet.getColumn(c).width ?? 8.43;
    const overflows = !cell.wrap && span === 1 && printedWidth(cell.text) > left;
    if (beyond || overflows)
      findings.push(
        `${sheet.name}!${cell.address} 「${cell.text.slice(0, 30)}」 runs past the repeated columns (${room} wide): cut on the pages after the first`
      );
  }
  return findings;
}

const countIn = (haystack: string, needle: string) => {
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    count++;
  return count;
};

/** A page's text less the page header and the page number: what the sheet put on it. */
export const pageBody = (text: string) =>
  squeeze(text.replace(/内部资料\s*注意保密/g, "").replace(/^\s*\d+\s*\/\s*\d+\s*$/gm, ""));

/**
 * What a printed sheet cuts or leaves out: every cell's text whole on one of the sheet's pages (as many times
 * as cells hold it), no page blank, every page with the identity columns (the repeated ones, or column A).
 */
/**
 * `ids`: ids (exceeded_without_risk) must print whole too, as on the 评分表 handout, whose columns fit them.
 * `copy`: the sheet is an input copied as values, its text the user's as written: the application wraps it,
 * and LibreOffice (without Chinese line-breaking rules) may leave its 。 on a line alone; our own text is
 * broken at its clauses where it is written, and is held to that.
 */
export function printFindings(
  sheet: PrintedSheet,
  pages: PdfPage[],
  { ids = false, copy = false }: { ids?: boolean; copy?: boolean } = {}
): string[] {
  const findings: string[] = [...sheet.repeatFindings];
  if (pages.length === 0) return [`${sheet.name}: no page printed`];
  const bodies = pages.map((page) => pageBody(page.text));
  bodies.forEach((body, k) => {
    if (body === "") findings.push(`${sheet.name}: page ${k + 1} of ${pages.length} is blank`);
  });
  // A sentence's punctuation is never a line of its own (。 wrapped away from its sentence).
  if (!copy)
    pages.forEach((page, k) => {
      for (const line of page.text.split("\n"))
        if (/^[\s\u3000]*[。，、；：！？]+[\s\u3000]*$/.test(line))
          findings.push(`${sheet.name}: page ${k + 1} has a line of only «${line.trim()}»`);
    });
  const byText = new Map<string, PrintedCell[]>();
  for (const cell of sheet.cells) {
    const key = squeeze(cell.text);
    byText.set(key, [...(byText.get(key) ?? []), cell]);
  }
  for (const [text, cells] of byText) {
    const found = bodies.reduce((sum, body) => sum + countIn(body, text), 0);
    if (found < cells.length)
      findings.push(
        `${sheet.name}!${cells
          .slice(0, 3)
          .map((c) => c.address)
          .join(
            ","
          )}${cells.length > 3 ? "…" : ""} 「${text.slice(0, 60)}」 cut (${found} of ${cells.length} whole)`
      );
  }
  // Nor cut on a page it shows on: a page that has the start of a cell's text at the start of a piece of
  // text (its first 60 %, eight characters or more) has the whole of it, or of another cell that holds
  // that start (the title of a table printed pages across, repeated with its identity columns, cut at their edge
  // on the pages after the first).
  const starts = [...byText.keys()].filter(
    (text) => text.length >= 10 && !/^[\d.,:%\-/+]+$/.test(text)
  );
  const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  pages.forEach((page, k) => {
    for (const text of starts) {
      if (bodies[k].includes(text)) continue;
      const start = [...text].slice(0, Math.max(8, Math.ceil(text.length * 0.6)));
      if (!new RegExp(`(^|\\s)${start.map(escape).join("\\s*")}`).test(page.text)) continue;
      const prefix = start.join("");
      // …or of another cell that holds those characters, printed whole there ("Credit approval" for
      // approval_days's start).
      if (
        [...byText.keys()].some(
          (other) => other !== text && other.includes(prefix) && bodies[k].includes(other)
        )
      )
        continue;
      findings.push(
        `${sheet.name}: page ${k + 1} of ${pages.length} shows 「${text.slice(0, 40)}」 cut`
      );
    }
  });
  // No word is broken across lines ("Composit / e"): each English word of a cell whole on the pages, as
  // often as the cells hold it (the page text keeps its line breaks here). An id (exceeded_without_risk) is
  // not words: a column narrower than it breaks it at its edge, in every application (unless `ids`).
  const words = new Map<string, number>();
  for (const cell of sheet.cells)
    for (const token of cell.text.match(/[A-Za-z_]+/g) ?? [])
      if ((ids || !token.includes("_")) && token.length >= 3)
        words.set(token, (words.get(token) ?? 0) + 1);
  for (const [word, count] of words) {
    const found = pages.reduce((sum, page) => sum + countIn(page.text, word), 0);
    if (found < count)
      findings.push(`${sheet.name}: «${word}» broken across lines (${found} of ${count} whole)`);
  }
  // Every page says whose rows it shows: a text of the identity columns (not a bare number) on each.
  const [first, last] = sheet.repeatColumns ?? [1, 1];
  const identity = [
    ...new Set(
      sheet.cells
        .filter((c) => c.column >= first && c.column <= last)
        .map((c) => squeeze(c.text))
        .filter((t) => t.length >= 2 && !/^[\d.,%-]+$/.test(t))
    ),
  ];
  if (identity.length > 0)
    bodies.forEach((body, k) => {
      if (body !== "" && !identity.some((t) => body.includes(t)))
        findings.push(
          `${sheet.name}: page ${k + 1} of ${pages.length} shows none of its identity columns`
        );
    });
  return findings;
}
