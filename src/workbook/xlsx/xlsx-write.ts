import { roundTo15Significant } from "../../core/util/excel-round";
import { phaseClock } from "../../core/util/phase-clock";
import {
  BLANK,
  columnLetters,
  excelText,
  inExcelRange,
  PRINT_MARGINS,
  writableValidations,
  type OutCell,
  type SheetSpec,
} from "../port";
import { XmlBytes } from "./xml-bytes";
import { releaseBytes } from "./zip/release-bytes";
import { escapeText } from "./xml-text";
import { compress, handOver, zip, zipParts, ZipWriter, type Compressed } from "./zip/zip-write";

/**
 * Writes a new .xlsx from sheet specs, sheet by sheet and row by row, compressing as it goes: a
 * 100,000-row ranking is never held as one XML string, and no spreadsheet object model is built.
 * Everything a spec can say is written: values, formulas with their cached results, number formats,
 * fonts, fills, wrapping, locked cells, column widths and hidden columns, row heights, merges, frozen
 * panes, filters, list and number validations, conditional formats, print set-up and titles, protection,
 * and sheets' visibility (the registry is very hidden).
 */

/** What workbook.xml needs of a sheet once its cells are written and let go. */
type SheetMeta = Pick<SheetSpec, "name" | "filter" | "print" | "provenance"> & {
  state?: "visible" | "hidden" | "veryHidden";
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A new workbook, sheet by sheet: each sheet is turned into compressed XML when it is added, so its cells
 * can be let go before the next sheet is made. Styles and text are shared by all sheets, as in Excel's files.
 */
export class XlsxBuilder {
  private readonly tables: Tables = {
    styles: new StyleTable(),
    strings: new StringTable(),
    tails: new WeakMap(),
  };
  /**
   * Each sheet's compressed part, still being finished by zlib while the next sheet is made; null once it
   * is the stream's (`streamTo`).
   */
  private readonly sheets: {
    meta: SheetMeta;
    part: Promise<Compressed> | null;
    activate: boolean;
  }[] = [];
  /** Where the parts go as they are ready, once `streamTo` was called; `written` settles when all have. */
  private stream: {
    zip: ZipWriter;
    write: (piece: Uint8Array) => Promise<void>;
    written: Promise<void>;
  } | null = null;

  /** Adds the sheet, or replaces the one of that name (names are case-insensitive), which moves to the end. */
  async add(spec: SheetSpec, state?: SheetMeta["state"]): Promise<void> {
    this.remove(spec.name);
    const part = (await handOver(sheetXml(spec, this.tables))).entry;
    const { name, filter, print, provenance } = spec;
    this.sheets.push({
      meta: {
        name,
        filter,
        print,
        provenance,
        state: state ?? (spec.hidden ? "hidden" : undefined),
      },
      part,
      activate: Boolean(spec.activate),
    });
    if (this.stream) this.flush(this.sheets.length - 1);
  }

  remove(name: string): void {
    const at = this.sheets.findIndex((s) => s.meta.name.toLowerCase() === name.toLowerCase());
    if (at < 0) return;
    // Its part is the stream's: the file would have it, and the sheets after it would be numbered wrongly.
    if (!this.sheets[at].part) throw new Error(`sheet "${name}" is already streamed out`);
    this.sheets.splice(at, 1);
  }

  names(): string[] {
    return this.sheets.map((sheet) => sheet.meta.name);
  }

  provenance(): SheetMeta["provenance"][] {
    return this.sheets.map((sheet) => sheet.meta.provenance);
  }

  /** The file: the sheets in order (the last one asked to be active is), styles, text, workbook parts. */
  async finish(): Promise<Uint8Array> {
    return zip(await this.whole());
  }

  /** `finish`'s file as the pieces it is made of, to be written one after the other (see `zipParts`). */
  async finishParts(): Promise<Uint8Array[]> {
    return zipParts(await this.whole());
  }

  /** Every part, for a file made whole at the end (never one whose sheets were given out). */
  private whole(): Promise<{ name: string; entry: Compressed }[]> {
    if (this.stream) throw new Error("the workbook is being streamed out");
    return this.entries();
  }

  /**
   * From now on each sheet's part is written through `write` as soon as zlib is done with it (in order, while
   * the next sheet is made) and then let go, and `finishStream` writes the rest: the file is written while
   * it is made, the same bytes as `finishParts`. A sheet given to the stream cannot be replaced or removed.
   */
  streamTo(write: (piece: Uint8Array) => Promise<void>): void {
    this.stream = { zip: new ZipWriter(), write, written: Promise.resolve() };
    for (let k = 0; k < this.sheets.length; k++) this.flush(k);
  }

  /** The sheet's part, written once those before it are (a failure is `finishStream`'s to say). */
  private flush(index: number): void {
    const stream = this.stream;
    const part = this.sheets[index].part;
    if (!stream || !part) return;
    this.sheets[index].part = null;
    stream.written = stream.written.then(async () => {
      const entry = await part;
      for (const piece of stream.zip.entry(sheetPart(index), entry)) await stream.write(piece);
      // Compressed while the sheet was made, the pieces are old objects by now, which the collector
      // sweeps late: they are let go at once (they are this builder's own, written and read by nothing).
      for (const piece of entry.data) releaseBytes(piece, undefined, PIECE_RELEASE_FROM);
    });
    stream.written.catch(() => undefined);
  }

  /** The rest of a streamed file once every sheet is added: the sheets' last parts, the others, the directory. */
  async finishStream(): Promise<void> {
    const stream = this.stream;
    if (!stream) throw new Error("the workbook is not being streamed out");
    await phaseClock.timeAsync("deflate", () => stream.written);
    const rest = await this.entries();
    const writing = phaseClock.start();
    for (const { name, entry } of rest)
      for (const piece of stream.zip.entry(name, entry)) await stream.write(piece);
    await stream.write(stream.zip.end());
    phaseClock.add("write", writing);
  }

  /** The parts not yet given out, in the file's order. */
  private async entries(): Promise<{ name: string; entry: Compressed }[]> {
    let active = 0;
    this.sheets.forEach((sheet, k) => {
      if (sheet.activate) active = k;
    });
    const files: { name: string; entry: Compressed }[] = [];
    for (const [k, sheet] of this.sheets.entries()) {
      const part = sheet.part;
      if (!part) continue;
      files.push({ name: sheetPart(k), entry: await phaseClock.timeAsync("deflate", () => part) });
    }
    const metas = this.sheets.map((sheet) => sheet.meta);
    const { styles, strings } = this.tables;
    files.push(
      { name: "xl/sharedStrings.xml", entry: await compress(strings.xml()) },
      { name: "xl/styles.xml", entry: await compress([styles.xml()]) },
      { name: "xl/workbook.xml", entry: await compress([workbookXml(metas, active)]) },
      { name: "xl/_rels/workbook.xml.rels", entry: await compress([workbookRels(metas.length)]) },
      {
        name: "_rels/.rels",
        entry: await compress([
          `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ]),
      },
      { name: "[Content_Types].xml", entry: await compress([contentTypes(metas.length)]) }
    );
    return files;
  }
}

/** Compressed pieces at least this large are let go once written to a stream (most are 256 KiB). */
const PIECE_RELEASE_FROM = 64 << 10;

/** The part of the sheet at `index` (0-based): the workbook's relationships name them so. */
const sheetPart = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

type Tables = {
  styles: StyleTable;
  strings: StringTable;
  /**
   * The markup after the reference of each shared (frozen) cell, with the column format it was made for;
   * null for a cell not written (a blank without a look).
   */
  tails: WeakMap<OutCell, { format: string | undefined; tail: string | null }>;
};

function* sheetXml(spec: SheetSpec, tables: Tables): Generator<Uint8Array> {
  const { styles } = tables;
  const columnStyles = (spec.columns ?? []).map((column) =>
    column.format ? styles.formatId(column.format) : 0
  );
  const columnFormats = (spec.columns ?? []).map((column) => column.format);
  let width = 0;
  for (const row of spec.rows) width = Math.max(width, row.length);
  const out = new XmlBytes();
  let head = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`;
  if (spec.print?.fitToWidth) head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  if (spec.rows.length > 0 && width > 0)
    head += `<dimension ref="A1:${columnLetters(width - 1)}${spec.rows.length}"/>`;
  head += `<sheetViews><sheetView workbookViewId="0">${paneXml(spec.freeze)}</sheetView></sheetViews>`;
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  head += colsXml(spec, columnStyles);
  head += "<sheetData>";
  out.text(head);
  // Each row is made as one string and encoded at once: copying its markup piece by piece, a character at
  // a time, took half of the time spent on a 100,000-row sheet's XML.
  for (let r = 0; r < spec.rows.length; r++) {
    const cells = spec.rows[r];
    const height = spec.rowHeights?.[r];
    let row = "";
    let rowText = "";
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      // Most of a large sheet's cells are the one shared blank (a post's indicators a row does not have).
      if (!cell || cell === BLANK) continue;
      // A shared cell's markup is known from its first use: nothing else to look at.
      const frozen = Object.isFrozen(cell);
      const known = frozen ? tables.tails.get(cell) : undefined;
      let tail = known !== undefined && known.format === columnFormats[c] ? known.tail : undefined;
      if (tail === null) continue;
      if (tail === undefined) {
        const looks = hasLooks(cell);
        // A blank cell with no look of its own is not written at all: large sheets are mostly blanks.
        tail =
          cell.value === null && !looks ? null : cellXml(cell, looks, c, tables, columnFormats[c]);
        // A frozen cell is shared (BLANK, a table's repeated scores and grades): its markup after the
        // reference is made once (per column format) and used wherever it is (a formula's is not kept).
        if (frozen && !isFormula(cell.value))
          tables.tails.set(cell, { format: columnFormats[c], tail });
        if (tail === null) continue;
      }
      if (rowText === "") {
        rowText = String(r + 1);
        row = rowStart(rowText, height);
      }
      row += cellStart(c) + rowText + tail;
    }
    if (rowText === "" && height === undefined) continue;
    if (rowText === "") row = rowStart(String(r + 1), height);
    out.text(`${row}</row>`);
    if (out.ready()) yield* out.take();
  }
  let tail = "</sheetData>";
  if (spec.protect)
    tail += '<sheetProtection sheet="1" formatColumns="0" sort="0" autoFilter="0"/>';
  if (spec.filter) tail += `<autoFilter ref="${escapeText(spec.filter)}"/>`;
  if (spec.merges?.length)
    tail += `<mergeCells count="${spec.merges.length}">${spec.merges.map((ref) => `<mergeCell ref="${escapeText(ref)}"/>`).join("")}</mergeCells>`;
  (spec.conditionalFormats ?? []).forEach((format, k) => {
    const dxf = styles.dxf(format.fill, format.font);
    // The value compared with is a string literal in the formula: its quotes are doubled, so a label can
    // never become a live formula.
    const literal = `"${format.equals.replace(/"/g, '""')}"`;
    tail += `<conditionalFormatting sqref="${escapeText(format.range)}"><cfRule type="cellIs" dxfId="${dxf}" priority="${k + 1}" operator="equal"><formula>${escapeText(literal)}</formula></cfRule></conditionalFormatting>`;
  });
  const validations = writableValidations(spec.validations);
  if (validations.length) {
    tail += `<dataValidations count="${validations.length}">`;
    for (const validation of validations) tail += validationXml(validation);
    tail += "</dataValidations>";
  }
  if (spec.print) {
    const m = PRINT_MARGINS;
    tail += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
    tail += `<pageSetup paperSize="9" orientation="${spec.print.orientation}" fitToWidth="1" fitToHeight="0"/>`;
    const header = spec.print.header ? `&C${spec.print.header.replace(/&/g, "&&")}` : "";
    tail += `<headerFooter>${header ? `<oddHeader>${escapeText(header)}</oddHeader>` : ""}<oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>`;
  }
  const breaks = (spec.pageBreaks ?? []).filter((row) => row > 0);
  // A break "after row id" (1-based) starts the next page at the 0-based row id.
  if (breaks.length > 0)
    tail += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  out.text(`${tail}</worksheet>`);
  yield* out.end();
}

const hasLooks = (out: OutCell) =>
  Boolean(out.bold || out.fill || out.unlocked || out.wrap || out.size || out.align);

function rowStart(row: string, height: number | undefined): string {
  return height === undefined
    ? `<row r="${row}">`
    : `<row r="${row}" ht="${height}" customHeight="1">`;
}

const CELL_STARTS: string[] = [];
/** `<c r="AB`: made once per column rather than once per cell. */
function cellStart(column: number): string {
  return (CELL_STARTS[column] ??= `<c r="${columnLetters(column)}`);
}

const STYLE_ATTRIBUTES: string[] = [];
function styleAttribute(style: number): string {
  return (STYLE_ATTRIBUTES[style] ??= `" s="${style}`);
}

function paneXml(freeze: SheetSpec["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return "";
  const pane =
    freeze.rows > 0 && freeze.columns > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  const topLeft = `${columnLetters(freeze.columns)}${freeze.rows + 1}`;
  const x = freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "";
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "";
  return `<pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function colsXml(spec: SheetSpec, columnStyles: number[]): string {
  const columns = spec.columns ?? [];
  let xml = "";
  for (let c = 0; c < columns.length;) {
    const column = columns[c];
    let last = c;
    // Neighbours that look the same share one <col> element.
    while (
      last + 1 < columns.length &&
      columns[last + 1]?.width === column?.width &&
      Boolean(columns[last + 1]?.hidden) === Boolean(column?.hidden) &&
      columnStyles[last + 1] === columnStyles[c]
    )
      last++;
    if (column && (column.width || column.hidden || columnStyles[c])) {
      xml += `<col min="${c + 1}" max="${last + 1}"`;
      if (column.width) xml += ` width="${column.width}" customWidth="1"`;
      if (columnStyles[c]) xml += ` style="${columnStyles[c]}"`;
      if (column.hidden) xml += ' hidden="1"';
      xml += "/>";
    }
    c = last + 1;
  }
  return xml ? `<cols>${xml}</cols>` : "";
}

/** The cell's markup after its reference (`<c r="B7`): its style, type and value. */
function cellXml(
  cell: OutCell,
  looks: boolean,
  column: number,
  tables: Tables,
  columnFormat: string | undefined
): string {
  const value = cell.value;
  const style = styleOf(cell, looks, column, tables, columnFormat);
  const head = style ? styleAttribute(style) : "";
  if (value === null || value === "") return `${head}"/>`;
  if (typeof value === "number") return head + numberTail(value);
  // Strings stay strings (a shared string is never a formula, whatever it starts with).
  if (typeof value === "string")
    return `${head}" t="s"><v>${tables.strings.idAt(column, value)}</v></c>`;
  if (typeof value === "boolean") return `${head}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("date" in value) return head + numberTail(value.date);
  const formula = `<f>${escapeText(value.formula.replace(/^=/, ""))}</f>`;
  const result = value.result;
  if (result === null) return `${head}">${formula}</c>`;
  if (typeof result === "boolean") return `${head}" t="b">${formula}<v>${result ? 1 : 0}</v></c>`;
  if (typeof result === "number")
    return inExcelRange(result)
      ? `${head}">${formula}<v>${numberText(result)}</v></c>`
      : `${head}" t="e">${formula}<v>#NUM!</v></c>`;
  return `${head}" t="str">${formula}<v>${escapeText(excelText(result))}</v></c>`;
}

const isFormula = (value: OutCell["value"]): boolean =>
  typeof value === "object" && value !== null && "formula" in value;

/** A cell's style id: its own look and format, else its column's format (a date's default). */
function styleOf(
  cell: OutCell,
  looks: boolean,
  column: number,
  { styles }: Tables,
  columnFormat: string | undefined
): number {
  const value = cell.value;
  const isDate = typeof value === "object" && value !== null && "date" in value;
  const format = cell.format ?? columnFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
  return looks ? styles.idAt(column, cell, format) : format ? styles.formatIdAt(column, format) : 0;
}

/** A number's markup after its style: Excel's error for one it cannot hold. */
function numberTail(value: number): string {
  if (!inExcelRange(value)) return '" t="e"><v>#NUM!</v></c>';
  const text =
    Number.isInteger(value) && value >= 0 && value < 1e15 ? String(value) : numberText(value);
  return `"><v>${text}</v></c>`;
}

/** Dates without a format of their own show as the reader's system short date (built-in format 14). */
const DEFAULT_DATE_FORMAT = "mm-dd-yy";

/** No float noise: a number is stored with the 15 significant digits Excel shows. */
function numberText(value: number): string {
  const text = String(value);
  // Fifteen characters hold at most fifteen digits: nothing to round (most scores, 93.5 or 0.85).
  return text.length <= 15 ? text : String(roundTo15Significant(value));
}

/** Each text once, as Excel itself stores text: names and posts repeat down a 100,000-row sheet. */
class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly recent: (string | undefined)[] = [];
  private readonly recentIds: number[] = [];

  /** The id of a cell's text (cut to Excel's limit), `column` remembering its last text: a branch repeats. */
  idAt(column: number, text: string): number {
    if (this.recent[column] === text) return this.recentIds[column];
    const id = this.id(excelText(text));
    this.recent[column] = text;
    this.recentIds[column] = id;
    return id;
  }

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  /** The part, written straight into the XML's byte buffers (230,000 names and ids are no one long string). */
  *xml(): Generator<Uint8Array> {
    const out = new XmlBytes();
    out.text(`${XML_HEAD}<sst xmlns="${MAIN}" uniqueCount="${this.ids.size}">`);
    for (const text of this.ids.keys()) {
      out.ascii(/^\s|\s$|\n/.test(text) ? '<si><t xml:space="preserve">' : "<si><t>");
      out.text(escapeText(text));
      out.ascii("</t></si>");
      if (out.ready()) yield* out.take();
    }
    out.ascii("</sst>");
    yield* out.end();
  }
}

function validationXml(validation: NonNullable<SheetSpec["validations"]>[number]): string {
  const messages =
    (validation.prompt ? ` showInputMessage="1" prompt="${escapeText(validation.prompt)}"` : "") +
    ` showErrorMessage="1" errorStyle="${validation.kind === "list" && validation.alert === "warning" ? "warning" : "stop"}"` +
    (validation.error ? ` error="${escapeText(validation.error)}"` : "");
  const ref = ` sqref="${escapeText(validation.range.replace(/,/g, " "))}"`;
  if (validation.kind === "list") {
    const list = `"${validation.values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
    return `<dataValidation type="list" allowBlank="1"${messages}${ref}><formula1>${escapeText(list)}</formula1></dataValidation>`;
  }
  const min = validation.min ?? -1e15;
  const max = validation.max ?? 1e15;
  return `<dataValidation type="${validation.kind}" operator="between" allowBlank="1"${messages}${ref}><formula1>${numberText(min)}</formula1><formula2>${numberText(max)}</formula2></dataValidation>`;
}

/** Excel's built-in number formats (those not shown differently by locale): written by id, not as codes. */
const BUILT_IN_IDS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "h:mm": 20,
  "h:mm:ss": 21,
  "@": 49,
};

type Look = Omit<OutCell, "value"> & { id: number };

/** Cell formats, fonts, fills and number formats, each listed once, in the order first used. */
class StyleTable {
  private readonly xfs = new Map<string, number>([["||||||", 0]]);
  private readonly xfXml: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly fonts = new Map<string, number>([["|", 0]]);
  private readonly fills = new Map<string, number>();
  private readonly numFmts = new Map<string, number>();
  private readonly dxfs: string[] = [];

  private readonly byFormat = new Map<string, number>();
  private readonly recentFormats: (string | undefined)[] = [];
  private readonly recentFormatIds: number[] = [];

  /** `formatId`, for a cell of `column`: most of a column's cells have its last cell's format. */
  formatIdAt(column: number, format: string): number {
    if (this.recentFormats[column] === format) return this.recentFormatIds[column];
    const id = this.formatId(format);
    this.recentFormats[column] = format;
    this.recentFormatIds[column] = id;
    return id;
  }

  /** The last look asked for in each column, and its id: a column's cells mostly look alike. */
  private readonly recent: (Look | undefined)[] = [];

  /** `id`, for a cell of `column`: its look compared with the column's last one before any key is made. */
  idAt(column: number, out: OutCell, format: string | undefined): number {
    const last = this.recent[column];
    if (
      last !== undefined &&
      last.format === format &&
      last.bold === out.bold &&
      last.size === out.size &&
      last.fill === out.fill &&
      last.unlocked === out.unlocked &&
      last.wrap === out.wrap &&
      last.align === out.align
    )
      return last.id;
    const id = this.id(out, format);
    const { bold, size, fill, unlocked, wrap, align } = out;
    this.recent[column] = { format, bold, size, fill, unlocked, wrap, align, id };
    return id;
  }

  /** The style of a cell that has a number format and no other look (most cells of a large sheet). */
  formatId(format: string): number {
    let id = this.byFormat.get(format);
    if (id === undefined) {
      id = this.id({ value: null }, format);
      this.byFormat.set(format, id);
    }
    return id;
  }

  id(out: OutCell, format: string | undefined = out.format): number {
    const key = `${format ?? ""}|${out.bold ? 1 : ""}|${out.size ?? ""}|${out.fill ?? ""}|${out.unlocked ? 1 : ""}|${out.wrap ? 1 : ""}|${out.align ?? ""}|`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = format ? this.numFmt(format) : 0;
    const fontId = this.font(Boolean(out.bold), out.size);
    const fillId = out.fill ? this.fill(out.fill) : 0;
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"`;
    if (numFmtId) xml += ' applyNumberFormat="1"';
    if (fontId) xml += ' applyFont="1"';
    if (fillId) xml += ' applyFill="1"';
    if (out.wrap || out.align) xml += ' applyAlignment="1"';
    if (out.unlocked) xml += ' applyProtection="1"';
    const inner =
      (out.wrap || out.align
        ? `<alignment${out.align ? ` horizontal="${out.align}"` : ""}${out.wrap ? ' vertical="center" wrapText="1"' : ""}/>`
        : "") + (out.unlocked ? '<protection locked="0"/>' : "");
    xml += inner ? `>${inner}</xf>` : "/>";
    const id = this.xfXml.length;
    this.xfXml.push(xml);
    this.xfs.set(key, id);
    return id;
  }

  /** A differential format for a conditional format: bold text, its colour, and a solid fill. */
  dxf(fill: string, font: string | undefined): number {
    const color = font ? `<color rgb="FF${escapeText(font)}"/>` : "";
    this.dxfs.push(
      `<dxf><font><b/>${color}</font><fill><patternFill patternType="solid"><bgColor rgb="FF${escapeText(fill)}"/></patternFill></fill></dxf>`
    );
    return this.dxfs.length - 1;
  }

  private numFmt(code: string): number {
    if (code in BUILT_IN_IDS) return BUILT_IN_IDS[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = 164 + this.numFmts.size;
    this.numFmts.set(code, id);
    return id;
  }

  private font(bold: boolean, size: number | undefined): number {
    const key = `${bold ? "b" : ""}|${size ?? ""}`;
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    const id = this.fonts.size;
    this.fonts.set(key, id);
    return id;
  }

  private fill(rgb: string): number {
    const known = this.fills.get(rgb);
    if (known !== undefined) return known;
    const id = 2 + this.fills.size; // 0 and 1 are the two fills Excel reserves
    this.fills.set(rgb, id);
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeText(code)}"/>`)
      .join("");
    const fonts = [...this.fonts.keys()]
      .map((key) => {
        const [bold, size] = key.split("|");
        return `<font>${bold ? "<b/>" : ""}<sz val="${size || 11}"/><name val="Calibri"/><family val="2"/></font>`;
      })
      .join("");
    const fills = [...this.fills.keys()]
      .map(
        (rgb) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${escapeText(rgb)}"/><bgColor indexed="64"/></patternFill></fill>`
      )
      .join("");
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      (numFmts ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : "") +
      `<fonts count="${this.fonts.size}">${fonts}</fonts>` +
      `<fills count="${2 + this.fills.size}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>` +
      "</styleSheet>"
    );
  }
}

/** A sheet name in a formula or defined name: always quoted, its apostrophes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** "A1:L40" → "$A$1:$L$40"; "1:3" → "$1:$3"; "A:E" → "$A:$E". */
const absolute = (range: string) =>
  range
    .split(":")
    .map((part) =>
      part.replace(
        /^([A-Za-z]*)(\d*)$/,
        (_, col, row) => `${col ? `$${col}` : ""}${row ? `$${row}` : ""}`
      )
    )
    .join(":");

function workbookXml(sheets: readonly SheetMeta[], active: number): string {
  const names: string[] = [];
  sheets.forEach((spec, k) => {
    const sheet = quoted(spec.name);
    if (spec.filter)
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${k}" hidden="1">${escapeText(`${sheet}!${absolute(spec.filter)}`)}</definedName>`
      );
    const print = spec.print;
    if (print?.area)
      names.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${k}">${escapeText(`${sheet}!${absolute(print.area)}`)}</definedName>`
      );
    const titles = [print?.repeatColumns, print?.repeatRows]
      .filter((part): part is string => Boolean(part))
      .map((part) => `${sheet}!${absolute(part)}`);
    if (titles.length > 0)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${k}">${escapeText(titles.join(","))}</definedName>`
      );
  });
  const sheetList = sheets
    .map(
      ({ name, state }, k) =>
        `<sheet name="${escapeText(name)}" sheetId="${k + 1}"${state && state !== "visible" ? ` state="${state}"` : ""} r:id="rId${k + 1}"/>`
    )
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${active}"/></bookViews>` +
    `<sheets>${sheetList}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    // An older calculation id than Excel's own: Excel recalculates the whole workbook when it opens it.
    '<calcPr calcId="171027"/>' +
    "</workbook>"
  );
}

function workbookRels(count: number): string {
  let xml = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  for (let k = 1; k <= count; k++)
    xml += `<Relationship Id="rId${k}" Type="${REL}/worksheet" Target="worksheets/sheet${k}.xml"/>`;
  xml += `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  xml += `<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${xml}</Relationships>`;
}

function contentTypes(count: number): string {
  let xml = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`;
  for (let k = 1; k <= count; k++)
    xml += `<Override PartName="/xl/worksheets/sheet${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return `${xml}</Types>`;
}
