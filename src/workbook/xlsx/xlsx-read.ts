import { isDateFormat } from "../number-format";
import { EMPTY, excelText, SheetTooLarge, type Cell, type Grid } from "../port";
import { decodeText } from "./xml-text";
import { entryBytes, zipEntries, ZipError, type ZipEntry } from "./zip/zip-read";

/**
 * A narrow, fast reader of .xlsx files: the sheet list, and any sheet as a typed grid (values, cached
 * formula results, number formats, dates). Nothing else of the file is parsed, so a 100,000-row sheet reads
 * in about the time it takes to unzip it. Anything it cannot make sense of is a `ZipError("damaged")`.
 */

export type SheetState = "visible" | "hidden" | "veryHidden";
export type SheetEntry = { name: string; state: SheetState; part: string };

/** Excel's last row and column: a cell beyond them is a damaged file, not a sheet to allocate. */
export const MAX_ROWS = 1_048_576;
/**
 * The most filled rows a sheet is read with: ten times a large bank's staff. Past it the read stops at once
 * (memory grows with the cells read, and a full 1,048,576-row sheet would need gigabytes) and says so.
 */
export const MAX_FILLED_ROWS = 500_000;

export const MAX_COLUMNS = 16_384;

/** Built-in number formats (ids without a <numFmt> in styles.xml), as Excel shows them in a zh-CN system. */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const utf8 = new TextDecoder("utf-8");
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A number as SpreadsheetML writes it; `0x60`, `1,5` or `96abc` are not numbers. */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export class XlsxFile {
  private readonly entries: Map<string, ZipEntry>;
  readonly sheets: SheetEntry[];
  private sharedStrings: string[] | null = null;
  private formats: (string | undefined)[] | null = null;

  private constructor(private readonly bytes: Uint8Array) {
    this.entries = new Map(zipEntries(bytes).map((entry) => [entry.name, entry]));
    this.sheets = this.sheetList();
  }

  static open(bytes: Uint8Array): XlsxFile {
    return new XlsxFile(bytes);
  }

  /** The sheet's cells, row 0 being row 1; merged ranges hold their value in their first cell only. */
  grid(name: string): Grid | null {
    const sheet = this.sheets.find((entry) => entry.name === name);
    if (!sheet) return null;
    return { name: sheet.name, rows: this.parseSheet(this.text(sheet.part) ?? "") };
  }

  private text(part: string): string | null {
    const entry = this.entries.get(part);
    return entry ? utf8.decode(entryBytes(this.bytes, entry)) : null;
  }

  private sheetList(): SheetEntry[] {
    const workbookPart = officeDocument(this.text("_rels/.rels")) ?? "xl/workbook.xml";
    const workbook = this.text(workbookPart);
    if (workbook === null) throw new ZipError("damaged");
    const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
    const targets = relationships(
      this.text(`${folder}_rels/${workbookPart.slice(folder.length)}.rels`)
    );
    const sheets: SheetEntry[] = [];
    for (const tag of workbook.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
      const attributes = attributesOf(tag);
      const target = targets.get(attributes["r:id"] ?? attributes.id ?? "");
      if (attributes.name === undefined || !target) throw new ZipError("damaged");
      const state =
        attributes.state === "hidden" || attributes.state === "veryHidden"
          ? attributes.state
          : "visible";
      sheets.push({ name: decodeText(attributes.name), state, part: resolvePart(folder, target) });
    }
    this.parts = { folder, targets };
    return sheets;
  }

  private parts: { folder: string; targets: Map<string, string> } | null = null;

  private partOfType(type: string): string | null {
    if (!this.parts) return null;
    const { folder, targets } = this.parts;
    for (const [id, target] of targets)
      if (id.startsWith(`${type}:`)) return resolvePart(folder, target);
    return null;
  }

  private strings(): string[] {
    if (this.sharedStrings) return this.sharedStrings;
    const xml = this.text(this.partOfType("sharedStrings") ?? "xl/sharedStrings.xml") ?? "";
    const strings: string[] = [];
    const items = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
    for (let m = items.exec(xml); m; m = items.exec(xml)) strings.push(runsText(m[1] ?? ""));
    return (this.sharedStrings = strings);
  }

  /** Each cell style's number format code (undefined for General). */
  private styleFormats(): (string | undefined)[] {
    if (this.formats) return this.formats;
    const xml = this.text(this.partOfType("styles") ?? "xl/styles.xml") ?? "";
    const custom = new Map<number, string>();
    for (const tag of xml.match(/<(?:\w+:)?numFmt\s[^>]*>/g) ?? []) {
      const a = attributesOf(tag);
      if (a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(Number(a.numFmtId), decodeText(a.formatCode));
    }
    const cellXfs = /<(?:\w+:)?cellXfs[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
    const formats = (cellXfs.match(/<(?:\w+:)?xf[\s/>][^>]*>?/g) ?? []).map((tag) => {
      const id = Number(attributesOf(tag).numFmtId ?? 0);
      return id === 0 ? undefined : (custom.get(id) ?? BUILT_IN_FORMATS[id]);
    });
    return (this.formats = formats);
  }

  private parseSheet(xml: string): Cell[][] {
    const rows: Cell[][] = [];
    let filledRows = 0;
    const strings = () => this.strings();
    const formats = this.styleFormats();
    const dates = formats.map(isDateFormat);
    let at = xml.indexOf("<sheetData");
    const end = xml.indexOf("</sheetData>");
    if (at < 0) return rows;
    let row = -1;
    let column = -1;
    while (at >= 0 && at < end) {
      at = xml.indexOf("<", at + 1);
      if (at < 0 || at >= end) break;
      const next = xml.charCodeAt(at + 1);
      if (next === 114 /* r */ && xml.startsWith("<row", at) && isNameEnd(xml.charCodeAt(at + 4))) {
        const tagEnd = xml.indexOf(">", at);
        const r = attributeIn(xml, at, tagEnd, "r");
        row = r === null ? row + 1 : Number(r) - 1;
        if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new ZipError("damaged");
        column = -1;
        at = tagEnd;
      } else if (next === 99 /* c */ && isNameEnd(xml.charCodeAt(at + 2))) {
        const tagEnd = xml.indexOf(">", at);
        if (tagEnd < 0) throw new ZipError("damaged");
        const reference = attributeIn(xml, at, tagEnd, "r");
        column = reference === null ? column + 1 : columnOf(reference);
        if (column < 0 || column >= MAX_COLUMNS || row < 0) throw new ZipError("damaged");
        // <c r="B7" s="3"/>: a formatted blank, most of a template's cells.
        if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) {
          at = tagEnd;
          continue;
        }
        const close = xml.indexOf("</c>", tagEnd);
        if (close < 0) throw new ZipError("damaged");
        const style = attributeIn(xml, at, tagEnd, "s");
        const cell = cellOf(
          xml.slice(tagEnd + 1, close),
          attributeIn(xml, at, tagEnd, "t"),
          style === null ? undefined : formats[Number(style)],
          style !== null && dates[Number(style)],
          strings
        );
        at = close + 3;
        if (cell.kind !== "empty") {
          if (rows[row] === undefined && ++filledRows > MAX_FILLED_ROWS)
            throw new SheetTooLarge(MAX_FILLED_ROWS);
          (rows[row] ??= [])[column] = cell;
        }
      }
    }
    for (const range of xml.slice(end).match(/<(?:\w+:)?mergeCell\s[^>]*>/g) ?? [])
      clearMergedSlaves(rows, attributesOf(range).ref ?? "");
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) rows[r] = [];
      else for (let c = 0; c < cells.length; c++) if (!cells[c]) cells[c] = EMPTY;
    }
    return rows;
  }
}

function cellOf(
  inner: string,
  type: string | null,
  format: string | undefined,
  isDate: boolean,
  strings: () => string[]
): Cell {
  if (type === "inlineStr") {
    const text = runsText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? "");
    // Longer than a cell holds (a forged file): cut with its mark as it is read, so nothing after holds it.
    return text === "" ? EMPTY : { kind: "text", value: excelText(text) };
  }
  const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  if (!v) return EMPTY;
  const raw = v[1];
  switch (type) {
    case "s": {
      const text = strings()[Number(raw)];
      if (text === undefined) throw new ZipError("damaged");
      return text === "" ? EMPTY : { kind: "text", value: excelText(text) };
    }
    case "str": {
      const text = decodeText(raw);
      return text === "" ? EMPTY : { kind: "text", value: excelText(text) };
    }
    case "b":
      return { kind: "boolean", value: raw === "1" || raw === "true" };
    case "e":
      return { kind: "error", value: decodeText(raw) };
    case "d": {
      const time = Date.parse(raw.endsWith("Z") || raw.length <= 10 ? raw : `${raw}Z`);
      return Number.isFinite(time)
        ? { kind: "date", value: (time - EXCEL_EPOCH) / MS_PER_DAY }
        : { kind: "text", value: decodeText(raw) };
    }
    default: {
      const text = raw.trim();
      // Not a number as SpreadsheetML writes one: kept as text, so validation names the cell.
      if (!NUMBER.test(text)) return { kind: "text", value: decodeText(raw) };
      const value = Number(text);
      if (!Number.isFinite(value)) return { kind: "text", value: text };
      if (isDate) return { kind: "date", value };
      return format ? { kind: "number", value, format } : { kind: "number", value };
    }
  }
}

/** The text of a string item: its runs' <t> joined, phonetic guides (<rPh>) left out. */
function runsText(xml: string): string {
  const visible = xml.includes("rPh")
    ? xml.replace(/<(?:\w+:)?rPh[\s>][\s\S]*?<\/(?:\w+:)?rPh>/g, "")
    : xml;
  let text = "";
  const runs = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = runs.exec(visible); m; m = runs.exec(visible)) text += decodeText(m[1]);
  return text;
}

function clearMergedSlaves(rows: Cell[][], ref: string): void {
  const [first, last] = ref.split(":");
  if (!first || !last) return;
  const top = rowOf(first);
  const left = columnOf(first);
  const bottom = Math.min(rowOf(last), rows.length - 1);
  const right = columnOf(last);
  for (let r = top; r <= bottom; r++) {
    const cells = rows[r];
    if (!cells) continue;
    for (let c = left; c <= Math.min(right, cells.length - 1); c++)
      if (r !== top || c !== left) delete cells[c];
    while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.length--;
  }
}

const isNameEnd = (code: number) =>
  code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/** "AB12" → 27 (0-based column); -1 when it is not a reference. */
export function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > MAX_COLUMNS) return -1;
  }
  return i === 0 ? -1 : column - 1;
}

function rowOf(reference: string): number {
  return Number(reference.replace(/^[A-Za-z$]+|\$/g, "")) - 1;
}

/** One attribute's value inside a start tag (between `from` and `to`), or null. */
function attributeIn(xml: string, from: number, to: number, name: string): string | null {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at + 1);
    if (at < 0 || at >= to) return null;
    const before = xml.charCodeAt(at - 1);
    const after = at + name.length;
    if (
      (before === 32 || before === 9 || before === 10 || before === 13) &&
      xml.charCodeAt(after) === 61
    ) {
      const quote = xml.charCodeAt(after + 1);
      const close = xml.indexOf(String.fromCharCode(quote), after + 2);
      return close < 0 || close > to ? null : xml.slice(after + 2, close);
    }
  }
}

function attributesOf(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) result[m[1]] = m[3] ?? m[4] ?? "";
  return result;
}

/** Relationship targets by id, and by "type:id" for the parts found by their type. */
function relationships(xml: string | null): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of xml?.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const a = attributesOf(tag);
    if (!a.Id || !a.Target) continue;
    const target = decodeText(a.Target);
    targets.set(a.Id, target);
    const type = (a.Type ?? "").split("/").pop();
    if (type) targets.set(`${type}:${a.Id}`, target);
  }
  return targets;
}

function officeDocument(xml: string | null): string | null {
  for (const [key, target] of relationships(xml))
    if (key.startsWith("officeDocument:")) return target.replace(/^\//, "");
  return null;
}

function resolvePart(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${folder}${target}`.split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}
