import { isDateFormat } from "../number-format";
import { EMPTY, excelText, SheetTooLarge, type Cell, type Grid } from "../port";
import { decodeText } from "./xml-text";
import { releaseBytes } from "./zip/release-bytes";
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
    const entry = this.entries.get(sheet.part);
    const bytes = entry ? entryBytes(this.bytes, entry) : new Uint8Array(0);
    const rows = this.parseSheet(pieces(bytes, ROW_TAG));
    // The rows hold text decoded from the XML, never a view of it: its bytes can go now.
    releaseBytes(bytes, this.bytes);
    return { name: sheet.name, rows };
  }

  private text(part: string): string | null {
    const entry = this.entries.get(part);
    return entry ? decodePiece(entryBytes(this.bytes, entry)) : null;
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
    const entry = this.entries.get(this.partOfType("sharedStrings") ?? "xl/sharedStrings.xml");
    const strings: string[] = [];
    const items = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
    const bytes = entry ? entryBytes(this.bytes, entry) : new Uint8Array(0);
    for (const xml of pieces(bytes, SI_TAG)) {
      items.lastIndex = 0;
      for (let m = items.exec(xml); m; m = items.exec(xml)) strings.push(runsText(m[1] ?? ""));
    }
    releaseBytes(bytes, this.bytes);
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

  /**
   * The sheet's rows from its XML, a piece at a time (each piece starts at a <row> tag): the text between
   * <sheetData> and </sheetData> is read cell by cell, and the merged ranges after it are cleared at the end.
   */
  private parseSheet(xmlPieces: Iterable<string>): Cell[][] {
    const scan: SheetScan = {
      rows: [],
      filledRows: 0,
      row: -1,
      column: -1,
      formats: this.styleFormats(),
      dates: this.styleFormats().map(isDateFormat),
      strings: () => this.strings(),
      seen: new Map(),
      values: new Map(),
      textCells: [],
      lastSeen: [],
    };
    let phase: "before" | "rows" | "after" = "before";
    const merges: string[] = [];
    for (const xml of xmlPieces) {
      let from = -1;
      if (phase === "before") {
        from = xml.indexOf("<sheetData");
        if (from < 0) continue;
        const tagEnd = xml.indexOf(">", from);
        phase =
          tagEnd > 0 && xml.charCodeAt(tagEnd - 1) === 47 /* <sheetData/> */ ? "after" : "rows";
      }
      let tail = from;
      if (phase === "rows") {
        const end = xml.indexOf("</sheetData>");
        scanRows(xml, from, end < 0 ? xml.length : end, scan);
        if (end >= 0) phase = "after";
        tail = end;
      }
      if (phase === "after") mergedRanges(xml.slice(Math.max(tail, 0)), merges);
    }
    // No </sheetData> (a truncated part): no rows, as the reader has always read it.
    if (phase !== "after") return [];
    const rows = scan.rows;
    for (const ref of merges) clearMergedSlaves(rows, ref);
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) rows[r] = [];
      else for (let c = 0; c < cells.length; c++) if (!cells[c]) cells[c] = EMPTY;
    }
    return rows;
  }
}

/** The ranges of the <mergeCell> tags in `xml`, added to `into`. */
function mergedRanges(xml: string, into: string[]): void {
  for (const range of xml.match(/<(?:\w+:)?mergeCell\s[^>]*>/g) ?? [])
    into.push(attributesOf(range).ref ?? "");
}

/** Where a sheet's read is, between pieces of its XML. */
type SheetScan = {
  rows: Cell[][];
  filledRows: number;
  row: number;
  column: number;
  formats: (string | undefined)[];
  dates: boolean[];
  strings: () => string[];
  /** Cells already read, by type and style, then by their XML: a score repeats down a column. */
  seen: SeenCells;
  /** The same for cells that are `<v>value</v>` (nearly all), by the value alone. */
  values: SeenCells;
  /** The cell of each shared string, made once: a branch or post repeats down a column. */
  textCells: (Cell | undefined)[];
  /** Each column's last cells remembered (see `seenOfColumn`). */
  lastSeen: (
    | { seen: SeenCells; type: string | null; style: string | null; cells: Map<string, Cell> }
    | undefined
  )[];
};

type SeenCells = Map<string | null, Map<string | null, Map<string, Cell>>>;

/**
 * The cells `seen` remembers for this type and style, the column's last ones when they are the same (a
 * column's cells mostly share a style): one lookup per cell instead of three.
 */
function seenOfColumn(
  seen: SeenCells,
  type: string | null,
  style: string | null,
  scan: SheetScan
): Map<string, Cell> {
  const last = scan.lastSeen[scan.column];
  if (last !== undefined && last.seen === seen && last.type === type && last.style === style)
    return last.cells;
  let byStyle = seen.get(type);
  if (!byStyle) seen.set(type, (byStyle = new Map()));
  let cells = byStyle.get(style);
  if (!cells) byStyle.set(style, (cells = new Map()));
  scan.lastSeen[scan.column] = { seen, type, style, cells };
  return cells;
}

/** How many distinct cells of one type and style are remembered (ids and names are seldom repeated). */
const SEEN_LIMIT = 50_000;
/** Only short cells are remembered (a number, a shared string's index): longer XML is read each time. */
const SEEN_LENGTH = 48;
/** V8 copies a substring shorter than this; a longer one is a view that would hold its whole piece of XML. */
const COPIED_LENGTH = 13;

/** A start tag's r, s and t attributes, read in one pass (reused: no object per cell). */
const tag = { r: null as string | null, s: null as string | null, t: null as string | null };

/** The rows and cells of `xml` from just after `at` to `end`, into `scan`. */
function scanRows(xml: string, at: number, end: number, scan: SheetScan): void {
  const { rows } = scan;
  while (at < end) {
    at = xml.indexOf("<", at + 1);
    if (at < 0 || at >= end) break;
    const next = xml.charCodeAt(at + 1);
    if (next === 114 /* r */ && xml.startsWith("<row", at) && isNameEnd(xml.charCodeAt(at + 4))) {
      const tagEnd = xml.indexOf(">", at);
      const r = attributeIn(xml, at, tagEnd, "r");
      scan.row = r === null ? scan.row + 1 : Number(r) - 1;
      if (!Number.isInteger(scan.row) || scan.row < 0 || scan.row >= MAX_ROWS)
        throw new ZipError("damaged");
      scan.column = -1;
      at = tagEnd;
    } else if (next === 99 /* c */ && isNameEnd(xml.charCodeAt(at + 2))) {
      const tagEnd = xml.indexOf(">", at);
      if (tagEnd < 0) throw new ZipError("damaged");
      cellAttributes(xml, at + 2, tagEnd);
      const row = scan.row;
      const column = (scan.column = tag.r === null ? scan.column + 1 : columnOf(tag.r));
      if (column < 0 || column >= MAX_COLUMNS || row < 0) throw new ZipError("damaged");
      // <c r="B7" s="3"/>: a formatted blank, most of a template's cells.
      if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) {
        at = tagEnd;
        continue;
      }
      // <c …><v>raw</v></c>, nearly every cell: its value read where it lies, without cutting out the cell.
      const lt = xml.startsWith("<v>", tagEnd + 1) ? xml.indexOf("<", tagEnd + 4) : -1;
      let cell: Cell;
      if (lt >= 0 && xml.startsWith("</v></c>", lt)) {
        cell = valueCell(xml.slice(tagEnd + 4, lt), scan);
        at = lt + 7;
      } else {
        const close = xml.indexOf("</c>", tagEnd);
        if (close < 0) throw new ZipError("damaged");
        const inner = xml.slice(tagEnd + 1, close);
        cell = seenCell(scan.seen, inner, inner, scan);
        at = close + 3;
      }
      if (cell.kind !== "empty") {
        if (rows[row] === undefined && ++scan.filledRows > MAX_FILLED_ROWS)
          throw new SheetTooLarge(MAX_FILLED_ROWS);
        (rows[row] ??= [])[column] = cell;
      }
    }
  }
}

/** The cell whose XML is `<v>raw</v>` (its type and style in `tag`): a shared string's by its index. */
function valueCell(raw: string, scan: SheetScan): Cell {
  if (tag.t === "s") {
    const index = Number(raw);
    const known = scan.textCells[index];
    if (known !== undefined) return known;
    const cell = sharedTextCell(raw, scan.strings);
    if (Number.isInteger(index) && index >= 0) scan.textCells[index] = cell;
    return cell;
  }
  return seenCell(scan.values, raw, null, scan);
}

/**
 * The cell of this XML (its type and style in `tag`): one shared (never changed) cell for the same three,
 * remembered in `seen` under `key` (the XML itself, or the value alone for `<v>value</v>`, whose `inner`
 * is then null).
 */
function seenCell(seen: SeenCells, key: string, inner: string | null, scan: SheetScan): Cell {
  const { t: type, s: style } = tag;
  const cells = seenOfColumn(seen, type, style, scan);
  const cached = key.length <= SEEN_LENGTH;
  let cell = cached ? cells.get(key) : undefined;
  if (cell === undefined) {
    const format = style === null ? undefined : scan.formats[Number(style)];
    const isDate = style !== null && scan.dates[Number(style)];
    // A plain number's value is read as it is, not found again in `<v>…</v>` made for it.
    cell =
      inner === null && (type === null || type === "n")
        ? numberCell(key, format, isDate)
        : cellOf(inner ?? `<v>${key}</v>`, type, format, isDate, scan.strings);
    // Kept as a copy of its own: a longer slice would hold the whole piece of XML it was cut from.
    if (cached && cells.size < SEEN_LIMIT)
      cells.set(key.length < COPIED_LENGTH ? key : key.split("").join(""), cell);
  }
  return cell;
}

/**
 * A cell's start tag's r, s and t, from just after `<c` to its `>`, into `tag`: an attribute counts when
 * whitespace comes before its name and "=" right after it (as Excel and every writer put them).
 */
function cellAttributes(xml: string, from: number, to: number): void {
  tag.r = tag.s = tag.t = null;
  for (let at = from; at < to; at++) {
    const code = xml.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) continue;
    const name = xml.charCodeAt(at + 1);
    if ((name !== 114 && name !== 115 && name !== 116) || xml.charCodeAt(at + 2) !== 61) continue;
    const quote = xml.charCodeAt(at + 3);
    const close = xml.indexOf(String.fromCharCode(quote), at + 4);
    if (close < 0 || close >= to) return;
    const value = xml.slice(at + 4, close);
    if (name === 114) tag.r ??= value;
    else if (name === 115) tag.s ??= value;
    else tag.t ??= value;
    at = close;
  }
}

/** The longest string V8 makes (2^29 − 24 characters); a UTF-8 byte is at most one character. */
const MAX_STRING = 0x1fff_ffe8;
/** How much of a part is decoded at once: a part of 1 GiB is never one string (V8 cannot make it). */
const PIECE_BYTES = 32 << 20;
const ROW_TAG = [60, 114, 111, 119]; // "<row"
const SI_TAG = [60, 115, 105]; // "<si"

/**
 * A part's text in pieces of about PIECE_BYTES, each cut just before a `tag` start tag (never inside a tag,
 * a character or a row), so that each piece is read as if it were the whole. A piece no cut fits into (a
 * single row of more than 512 MB, which Excel never writes) is a damaged file.
 */
export function* pieces(
  bytes: Uint8Array,
  tag: readonly number[] = ROW_TAG,
  size = PIECE_BYTES
): Generator<string> {
  for (let start = 0; start < bytes.length;) {
    const cut = bytes.length - start <= size ? bytes.length : tagStart(bytes, start + size, tag);
    yield decodePiece(bytes.subarray(start, cut));
    start = cut;
  }
}

/** The first `tag` start tag at or after `from` (its `<`), or the end of the bytes. */
function tagStart(bytes: Uint8Array, from: number, tag: readonly number[]): number {
  for (let at = bytes.indexOf(60, from); at >= 0; at = bytes.indexOf(60, at + 1)) {
    let k = 1;
    while (k < tag.length && bytes[at + k] === tag[k]) k++;
    if (k === tag.length && isNameEnd(bytes[at + k])) return at;
  }
  return bytes.length;
}

function decodePiece(bytes: Uint8Array): string {
  if (bytes.length > MAX_STRING) {
    try {
      return utf8.decode(bytes);
    } catch {
      throw new ZipError("damaged");
    }
  }
  return utf8.decode(bytes);
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
    case "s":
      return sharedTextCell(raw, strings);
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
    default:
      return numberCell(raw, format, isDate);
  }
}

/** The cell of a shared string, by its index as `<v>` holds it. */
function sharedTextCell(raw: string, strings: () => string[]): Cell {
  const text = strings()[Number(raw)];
  if (text === undefined) throw new ZipError("damaged");
  return text === "" ? EMPTY : { kind: "text", value: excelText(text) };
}

/** A number cell's `<v>` text as its cell: a number (or date), else the text as it is. */
function numberCell(raw: string, format: string | undefined, isDate: boolean): Cell {
  const text = raw.trim();
  // Not a number as SpreadsheetML writes one: kept as text, so validation names the cell.
  if (!NUMBER.test(text)) return { kind: "text", value: decodeText(raw) };
  const value = Number(text);
  if (!Number.isFinite(value)) return { kind: "text", value: text };
  if (isDate) return { kind: "date", value };
  return format ? { kind: "number", value, format } : { kind: "number", value };
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

/**
 * One attribute's value inside a start tag (between `from` and `to`), or null. Only the tag is looked at: a
 * search that ran on past it (`indexOf` to the next "s" anywhere in the sheet) made a sheet of unstyled number
 * cells, which has no "s" for megabytes, quadratic.
 */
function attributeIn(xml: string, from: number, to: number, name: string): string | null {
  const first = name.charCodeAt(0);
  const last = to - name.length;
  for (let at = from + 1; at < last; at++) {
    if (xml.charCodeAt(at) !== first || !xml.startsWith(name, at)) continue;
    const before = xml.charCodeAt(at - 1);
    const after = at + name.length;
    if (
      (before === 32 || before === 9 || before === 10 || before === 13) &&
      xml.charCodeAt(after) === 61
    ) {
      const quote = xml.charCodeAt(after + 1);
      for (let close = after + 2; close < to; close++)
        if (xml.charCodeAt(close) === quote) return xml.slice(after + 2, close);
      return null;
    }
  }
  return null;
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
