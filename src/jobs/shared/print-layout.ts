import { columnLetters, type PrintSetup, type SheetSpec } from "../../workbook/port";

/**
 * How each sheet prints on A4. The body font is 11 pt; a page scaled below 8/11 would print text under 8 pt,
 * which a bank's staff cannot read: such a table prints at full size over several pages across, with its
 * identity columns repeated, instead of shrunk to one page wide.
 */
export const BODY_POINTS = 11;
export const MIN_PRINT_POINTS = 8;
/** A4 (595 × 842 pt) less the side margins (PRINT_MARGINS: 0.5" each). */
export const PRINTABLE_WIDTH = { portrait: 595 - 72, landscape: 842 - 72 } as const;

/** A column's printed width in points, from its width in characters (Excel: 7 px a character plus 5 px). */
export const columnPoints = (characters: number) => ((characters * 7 + 5) * 3) / 4;

/**
 * Column widths are counted in the default font's characters (Excel: Calibri's digit, 7 px = 5.25 pt). Where
 * Calibri's metric twin is missing, LibreOffice sets DejaVu Sans and counts the columns in its digit (0.64 em
 * at 11 pt: 7 pt), a third wider: every column, and so every table, is that much wider on paper.
 */
export const WIDER_FONT = 4 / 3;

/** The widest single column that stays on the page in a font a third wider than Calibri (portrait: 74). */
export const pageWideColumn = (orientation: "portrait" | "landscape") =>
  Math.floor(((PRINTABLE_WIDTH[orientation] / WIDER_FONT) * 4) / 3 / 7 - 5 / 7);

export function printLayout(
  widths: readonly number[],
  options: Omit<PrintSetup, "orientation" | "fitToWidth"> = {}
): PrintSetup {
  const total = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const minScale = MIN_PRINT_POINTS / BODY_POINTS;
  // Fit-to-width only ever shrinks what does not fit (a sheet that fits prints at 100 %), so it is set
  // wherever the shrinking would keep text at 8 pt or more: fonts wider than Calibri still fit the page.
  if (total <= PRINTABLE_WIDTH.portrait)
    return { orientation: "portrait", fitToWidth: true, ...options };
  if (PRINTABLE_WIDTH.landscape / total >= minScale)
    return { orientation: "landscape", fitToWidth: true, ...options };
  return { orientation: "landscape", fitToWidth: false, ...options };
}

const isWide = (code: number) =>
  code >= 0x1100 && code <= 0xffdc && !(code >= 0xff61 && code <= 0xff9f);

/**
 * The width text prints in, in column characters, in the widest of the fonts it may be set in: a CJK
 * character is a full 11 pt em, 2.1 characters (Noto Sans CJK in LibreOffice; DengXian or YaHei in Excel); a
 * capital 1.3, a digit 1.1 and any other Latin character 1.0 (Calibri's and DejaVu's widest, each against its
 * own digit, as the columns are counted); bold a tenth more.
 */
export function printedWidth(text: string, bold = false): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (an emoji, a rare CJK character) is one character, as wide as a CJK one.
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    width += charWidth(code);
  }
  return bold ? width * 1.1 : width;
}

/**
 * Lines text wraps into within `characters` (a column's width less its margins) in the widest fonts: a Latin
 * word stays whole where it fits a line (a longer one is broken), CJK text breaks between any two characters,
 * and each line break in the text starts a line.
 */
export function wrappedLines(text: string, characters: number, bold = false): number {
  const room = Math.max(1, characters);
  let lines = 1;
  let line = 0;
  // One pass over the text, word by word, without cutting it up: tables measure every cell of 100,000 rows.
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    if (code === 10) {
      lines++;
      line = 0;
      at++;
      continue;
    }
    // The word at `at` and the spaces after it (both as wide as printedWidth says), up to where it ends.
    let word: number;
    let full: number;
    if (breaksAround(code)) {
      full = charWidth(code);
      word = isSpace(code) ? 0 : full;
      at++;
    } else {
      word = 0;
      if (!isSpace(code))
        for (; at < text.length; at++) {
          const next = text.charCodeAt(at);
          if (isSpace(next) || breaksAround(next)) break;
          word += charWidth(next);
        }
      full = word;
      for (; at < text.length; at++) {
        const next = text.charCodeAt(at);
        if (next === 10 || !isSpace(next)) break;
        full += charWidth(next);
      }
    }
    if (bold) {
      word *= 1.1;
      full *= 1.1;
    }
    if (line > 0 && line + word > room) {
      lines++;
      line = 0;
      if (word === 0) continue;
    }
    if (word > room) {
      const more = Math.ceil(word / room) - 1;
      lines += more;
      line = word - more * room + (full - word);
    } else line += full;
  }
  return lines;
}

/**
 * A character a line may break before and after, whatever is beside it (CJK and the other wide scripts, and
 * each half of a surrogate pair): a word of its own.
 */
const breaksAround = (code: number) => code >= 0x1100 && code <= 0xffdc;

/** A white-space character (JavaScript's \s). */
const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** One character's width (a surrogate pair's first half: the pair's; a half alone: as wide as CJK). */
const charWidth = (code: number) =>
  isWide(code) || (code >= 0xd800 && code <= 0xdfff)
    ? 2.1
    : code >= 65 && code <= 90
      ? 1.3
      : code >= 48 && code <= 57
        ? 1.1
        : 1;

/** Not trimStart/trimEnd: EdgeHTML 18, which older Office on Windows uses, has neither. */
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;
/** What a line breaks between: each CJK character, each Latin word with the spaces after it. */
const WRAP_TOKENS = /[\u1100-\uffdc\ud800-\udfff]|[^\s\u1100-\uffdc\ud800-\udfff]+\s*|\s+/g;

/**
 * Points a line of 11 pt text takes in the CJK fonts LibreOffice and Excel fall back to for Chinese (Noto Sans
 * CJK's line is 1.45 em, 16 pt), and what a row of several lines needs above and below them.
 */
export const LINE_POINTS = 16;
const ROW_MARGIN = 2;

/** Points a row needs for `lines` lines of text at `size` points (one line: the line itself). */
export const linesHeight = (lines: number, size = BODY_POINTS) =>
  Math.ceil((LINE_POINTS * Math.max(1, lines) * size) / BODY_POINTS + (lines > 1 ? ROW_MARGIN : 0));

/** Column widths (characters) from the text in the given rows, each within [min, max]. */
export function contentWidths(
  rows: readonly (readonly ({ value: unknown; format?: string } | undefined)[])[],
  min = 6,
  max = 40,
  /** Only the first columns (the rest are not measured). */
  columns = Infinity
): number[] {
  const widths: number[] = [];
  const measure = shownWidths();
  for (const cells of rows)
    for (let c = 0; c < cells.length && c < columns; c++) {
      const cell = cells[c];
      // A hole in a sparse row is no cell at all (an undefined cell is a blank one).
      if (cell === undefined && !(c in cells)) continue;
      const width = cell ? measure(cell.value, cell.format) : 2;
      widths[c] = Math.max(widths[c] ?? min, Math.min(max, width));
    }
  return Array.from(widths, (width) => width ?? min);
}

/**
 * The width (characters, with a character's margin each side) a value shows in its format, widest line,
 * measured once per distinct text or number and format: a column of 100,000 rows holds few of either.
 */
export function shownWidths(): (value: unknown, format: string | undefined) => number {
  const texts = new Map<string, number>();
  const numbers = new Map<string | undefined, Map<number, number>>();
  const ofText = (text: string) => {
    // A short text is measured faster than it is looked up among 100,000 others (ids, names).
    if (text.length <= MEASURED_DIRECTLY) return textWidth(text);
    let width = texts.get(text);
    if (width === undefined) {
      width = textWidth(text);
      if (texts.size < MEASURED_LIMIT) texts.set(text, width);
    }
    return width;
  };
  return (value, format) => {
    if (typeof value === "string") return ofText(value);
    if (typeof value !== "number") return ofText(shownText(value, format));
    let byValue = numbers.get(format);
    if (!byValue) numbers.set(format, (byValue = new Map()));
    let width = byValue.get(value);
    if (width === undefined) {
      width = textWidth(shownText(value, format));
      if (byValue.size < MEASURED_LIMIT) byValue.set(value, width);
    }
    return width;
  };
}

/** How many distinct texts (and numbers of a format) `shownWidths` remembers. */
const MEASURED_LIMIT = 100_000;
/** Texts up to this long are measured each time, never remembered. */
const MEASURED_DIRECTLY = 32;

/** The width a value shows in its number format (see `shownWidths`), measured without remembering it. */
export const shownWidth = (value: unknown, format: string | undefined): number =>
  textWidth(typeof value === "string" ? value : shownText(value, format));

const textWidth = (text: string) =>
  Math.ceil(
    text.includes("\n")
      ? Math.max(...text.split("\n").map((line) => printedWidth(line))) + 2
      : printedWidth(text) + 2
  );

/**
 * The text a value shows in its number format, as wide as Excel shows it: dates as yyyy-mm-dd, numbers with
 * the format's decimals (a percentage ×100 with its sign), text as it is; a formula by its cached result.
 */
export function shownText(value: unknown, format?: string): string {
  if (value && typeof value === "object") {
    if ("date" in value) return "yyyy-mm-dd";
    if ("result" in value) return shownText((value as { result: unknown }).result, format);
    return "";
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return "";
  const pattern = format === "General" || format === "@" ? undefined : format;
  if (pattern && /y|d/i.test(pattern.replace(/"[^"]*"/g, ""))) return "yyyy-mm-dd";
  const places = pattern ? (/\.([0#]+)/.exec(pattern)?.[1].length ?? 0) : -1;
  const percent = !!pattern?.includes("%");
  const shown = percent ? value * 100 : value;
  const digits = places >= 0 ? shown.toFixed(places) : String(Number(shown.toPrecision(10)));
  const grouped = pattern?.includes(",") ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digits;
  return `${grouped}${percent ? "%" : ""}`;
}

/** Points a row needs for `text` wrapped within `characters` (a column's width less its margins). */
export function wrappedHeight(text: string, characters: number, bold = false): number {
  return linesHeight(wrappedLines(text, characters, bold));
}

/** Punctuation a line may end on but never start with (Chinese line-breaking rules). */
const CLOSING = /[。，、；：！？）」』】”’)\]%]/;

/**
 * Running text broken into lines ("\n") that each fit `characters` in the widest fonts, at the ends of its
 * clauses where it can: no application has to wrap it, so none breaks it differently, and a line never starts
 * with closing punctuation (LibreOffice, without Chinese line-breaking rules, would put a lone 。 on a line).
 */
export function breakLines(text: string, characters: number): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      // Clauses: up to and with their punctuation; a clause too long for a line is taken a CJK character or an
      // English word at a time.
      for (const clause of paragraph.match(/[^。，、；：！？]*[。，、；：！？]*/g) ?? []) {
        if (!clause) continue;
        if (printedWidth(line + clause.replace(TRAILING_SPACE, "")) <= characters) {
          line += clause;
          continue;
        }
        if (line.trim()) lines.push(line.replace(TRAILING_SPACE, ""));
        line = "";
        for (const token of clause.match(WRAP_TOKENS) ?? []) {
          const full = printedWidth(line + token.replace(TRAILING_SPACE, "")) > characters;
          if (full && line.trim() && !CLOSING.test(token[0])) {
            lines.push(line.replace(TRAILING_SPACE, ""));
            line = "";
          }
          line += line === "" ? token.replace(LEADING_SPACE, "") : token;
        }
      }
      if (line.trim() || lines.length === 0) lines.push(line.replace(TRAILING_SPACE, ""));
      return lines.join("\n");
    })
    .join("\n");
}

/**
 * Header widths that keep each label within `lines` lines: a column is widened (up to `max` characters) until
 * its label fits, and until its longest word does (a word is never broken across lines; an id such as
 * exceeded_without_risk is not words, and is broken at the column's edge in every application, unless `ids`).
 */
export function headerWidths(
  header: readonly string[],
  widths: readonly number[],
  { lines = 3, max = 24, ids = false }: { lines?: number; max?: number; ids?: boolean } = {}
): number[] {
  return widths.map((width, c) => {
    const label = header[c] ?? "";
    let fitted = width;
    while (fitted < max && wrappedLines(label, fitted - 1, true) > lines) fitted++;
    // An id (exceeded_without_risk) is kept whole only where asked (the 评分表 handout, whose ids a
    // manager may copy); elsewhere a narrow column breaks it at its edge, as every application does.
    // A word with the brackets around it: no application breaks between 「（」 and the word it opens.
    const words = (label.match(/[（(]?[A-Za-z0-9_]+[）)]?/g) ?? []).filter(
      (word) => ids || !word.includes("_")
    );
    const longest = Math.max(0, ...words.map((word) => printedWidth(word, true)));
    return Math.max(fitted, Math.min(max, Math.ceil(longest + 1)));
  });
}

/**
 * Widths widened, where the page allows, for each short header to print on one line (up to `max`
 * characters): a short Chinese header wraps differently in each application, and may leave one character on
 * a line of its own ("表彰奖 / 励"). The smallest widenings first; none that would turn the page or push a
 * table printed one page wide onto pages across.
 */
export function oneLineHeaders(
  header: readonly string[],
  widths: readonly number[],
  max = 18
): number[] {
  const fitted = [...widths];
  const before = printLayout(widths);
  header
    .map((label, c) => ({ c, need: Math.ceil(printedWidth(label, true) + 1) }))
    .filter(({ c, need }) => c < fitted.length && need > fitted[c] && need <= max)
    .sort((a, b) => a.need - fitted[a.c] - (b.need - fitted[b.c]))
    .forEach(({ c, need }) => {
      const was = fitted[c];
      fitted[c] = need;
      const after = printLayout(fitted);
      if (after.orientation !== before.orientation || after.fitToWidth !== before.fitToWidth)
        fitted[c] = was;
    });
  return fitted;
}

/** The last column (0-based) a page holds at full size in the wider font, from the first. */
export function firstPageColumns(widths: readonly number[], page: number): number {
  let last = 0;
  for (let used = columnPoints(widths[0] ?? 8) * WIDER_FONT; last + 1 < widths.length; last++) {
    used += columnPoints(widths[last + 1]) * WIDER_FONT;
    if (used > page) break;
  }
  return last;
}

/**
 * The last column (0-based) the title and the line under it span: the whole width of a table scaled to one
 * page wide; of a table printed pages across, its identity columns, which every page repeats (a title
 * spanning more would print cut at their edge on every page after the first); else what the first page shows.
 */
export function titleSpan(
  print: Pick<PrintSetup, "fitToWidth" | "orientation">,
  widths: readonly number[],
  identity: number
): number {
  if (print.fitToWidth) return widths.length - 1;
  if (identity > 0) return Math.min(identity, widths.length) - 1;
  return firstPageColumns(widths, PRINTABLE_WIDTH[print.orientation]);
}

/** The points a title at `size` and the line under it need, wrapped across `span` characters. */
export function titleHeights(
  span: number,
  text: { title?: string; titleSize?: number; line?: string }
): Record<0 | 1, number> {
  const size = text.titleSize ?? 16;
  const titleLines = text.title
    ? wrappedLines(text.title, ((span - 2) * BODY_POINTS) / size, true)
    : 1;
  return {
    0: Math.max(24, linesHeight(titleLines, size)),
    1: Math.max(30, text.line === undefined ? 0 : wrappedHeight(text.line, span - 2)),
  };
}

/**
 * A table with a title (row 1), a provenance line (row 2) and a wrapped header (row 3) whose first
 * `identity` columns say who a row is: title and provenance merged across the columns `titleSpan` says and
 * as tall as their text wrapped there, the header as tall as its longest label, rows 1–3 and the identity
 * columns repeated on every page.
 */
export function tableLayout(
  header: readonly string[],
  widths: readonly number[],
  identity: number,
  pageHeader = "内部资料 注意保密",
  text: { title?: string; titleSize?: number; line?: string } = {}
): Pick<SheetSpec, "rowHeights" | "merges" | "print"> {
  const print = printLayout(widths, {
    repeatRows: "1:3",
    ...(identity > 0 ? { repeatColumns: `A:${columnLetters(identity - 1)}` } : {}),
    header: pageHeader,
  });
  const last = titleSpan(print, widths, identity);
  const end = columnLetters(Math.max(0, last));
  const span = widths.slice(0, last + 1).reduce((sum, width) => sum + width, 0);
  const headerHeight = Math.max(
    15,
    ...header.map((label, c) => wrappedHeight(label, Math.max(1, (widths[c] ?? 8) - 1), true))
  );
  return {
    rowHeights: { ...titleHeights(span, text), 2: headerHeight },
    merges: last > 0 ? [`A1:${end}1`, `A2:${end}2`] : [],
    print,
  };
}
