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
 * Column widths are counted in the default font's characters. Where Calibri's metric twin is missing
 * (LibreOffice without Carlito sets DejaVu Sans: its digit is 0.64 em to Calibri's 0.51), a character is a quarter
 * wider, and so is every column.
 */
export const WIDER_FONT = 1.25;

/** The widest single column that stays on the page in a font a quarter wider than Calibri (portrait: 78). */
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

/** The width in characters text needs (a CJK character is two), for columns sized to their content. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (an emoji, a rare CJK character) is one character, as wide as a CJK one.
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    width += code >= 0x1100 && code <= 0xffdc && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1;
  }
  return width;
}

/** Column widths (characters) from the text in the given rows, each within [min, max]. */
export function contentWidths(
  rows: readonly (readonly ({ value: unknown } | undefined)[])[],
  min = 6,
  max = 40
): number[] {
  const widths: number[] = [];
  for (const cells of rows)
    cells.forEach((cell, c) => {
      const value = cell?.value;
      const text =
        typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
      const width =
        (text.includes("\n") ? Math.max(...text.split("\n").map(textWidth)) : textWidth(text)) + 2;
      widths[c] = Math.max(widths[c] ?? min, Math.min(max, width));
    });
  return Array.from(widths, (width) => width ?? min);
}

/** Points a row needs for `text` wrapped in `characters` of width (15 pt a line). */
export function wrappedHeight(text: string, characters: number): number {
  const lines = text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / characters)), 0);
  return 15 * lines;
}

/**
 * A table with a title (row 1), a provenance line (row 2) and a wrapped header (row 3) whose first
 * `identity` columns say who a row is: title and provenance merged across the first page's width, the header
 * as tall as its longest label, rows 1–3 and the identity columns repeated on every page.
 */
export function tableLayout(
  header: readonly string[],
  widths: readonly number[],
  identity: number,
  pageHeader = "内部资料 注意保密"
): Pick<SheetSpec, "rowHeights" | "merges" | "print"> {
  const print = printLayout(widths, {
    repeatRows: "1:3",
    ...(identity > 0 ? { repeatColumns: `A:${columnLetters(identity - 1)}` } : {}),
    header: pageHeader,
  });
  const page = PRINTABLE_WIDTH[print.orientation];
  let last = 0;
  for (let used = columnPoints(widths[0] ?? 8); last + 1 < widths.length; last++) {
    used += columnPoints(widths[last + 1]);
    if (used > page && !print.fitToWidth) break;
  }
  const end = columnLetters(Math.max(0, last));
  const headerHeight = Math.min(
    75,
    Math.max(
      15,
      ...header.map((label, c) => wrappedHeight(label, Math.max(1, (widths[c] ?? 8) - 1)))
    )
  );
  return {
    rowHeights: { 0: 22, 1: 30, 2: headerHeight },
    merges: last > 0 ? [`A1:${end}1`, `A2:${end}2`] : [],
    print,
  };
}
