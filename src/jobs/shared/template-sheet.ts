import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator, WeightTemplate } from "../../core/template/schema";
import { describeScoring } from "../../core/template/describe-scoring";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { contentWidths, printedWidth, printLayout, wrappedHeight } from "./print-layout";
import { alignTallRows } from "./table-rows";
import {
  CALIBRATION_ROWS,
  CALIBRATION_UNITS,
  CYCLE_ROWS,
  formatParameters,
  HEADERS,
  MARK,
  META,
  REVIEW_ROWS,
  TEMPLATE_SHEET,
} from "./template-sheet-layout";
import { RATER_TYPES } from "../../core/reviews/reviews-schema";
import { CALIBRATION_DEFAULTS } from "../../core/template/calibration-block";

// The sheet's layout and its reading back have files of their own; importers keep using this one.
export { formatParameters, parseParameters, TEMPLATE_SHEET } from "./template-sheet-layout";
export { readTemplateSheet, type TemplateFromSheet } from "./template-sheet-read";

const text = (value: string | number | undefined | null): OutCell => ({ value: value ?? null });
/** A value beside its label in the head rows: a number left-aligned, so 满分 100 does not run into 小数位数. */
const metaValue = (value: string | number | undefined): OutCell =>
  typeof value === "number" ? { value, align: "left" } : text(value);
/** A SHA-256 in hex, and a little room. */
const FINGERPRINT_WIDTH = Math.ceil(printedWidth("0".repeat(64))) + 2;
/** The widest each column of the indicator table may be (characters); longer text wraps. */
const WIDTH_CAPS = [18, 14, 10, 22, 14, 14, 9, 6, 6, 10, 20, 14, 8, 26, 20];
/** The columns of running text (names, parameters, the method in words, courses), narrowed to fit the page. */
const TEXT_COLUMNS = [4, 5, 10, 13, 14];
const NARROWEST_TEXT = 10;
const bold = (value: string): OutCell => ({ value, bold: true });
const header = (values: string[]): OutCell[] =>
  values.map((value) => ({ value, bold: true, fill: "DDEBF7" }));

/** The template as the sheet `权重模板` (laid out as template-sheet-layout.ts says), protected. */
export function templateSheetSpec(loaded: LoadedTemplate, generatedAt: string): SheetSpec {
  const t = loaded.template;
  const training = t.posts.some((post) => post.indicators.some((i) => i.training !== undefined));
  const rows: OutCell[][] = [
    [{ value: `权重模板：${t.name}`, bold: true, size: 16 }],
    [
      bold(META.id),
      text(t.id),
      bold(META.version),
      text(t.version),
      bold(META.period),
      text(t.period ?? ""),
      bold(META.fullScore),
      metaValue(t.fullScore),
      bold(META.precision),
      metaValue(t.precision),
    ],
    [bold(META.name), text(t.name), bold(META.fingerprint), text(loaded.fingerprint)],
    [],
    [bold(MARK.grades)],
    header(HEADERS.grades.slice(0, t.grades.some((band) => band.pass !== undefined) ? 5 : 4)),
    ...t.grades.map((band) => [
      text(band.label),
      text(band.labelEn),
      text(band.min),
      band.maxShare === undefined ? text(null) : { value: band.maxShare, format: "0.00%" },
      ...(band.pass === undefined ? [] : [text(band.pass ? "是" : "否")]),
    ]),
    [],
    [bold(MARK.posts)],
    header(HEADERS.posts),
    ...t.posts.map((post) => [
      text(post.id),
      text(post.name),
      text(post.nameEn),
      text(post.bonusCap),
    ]),
    [],
    [bold(MARK.dimensions)],
    header(HEADERS.dimensions),
    ...t.posts.flatMap((post) =>
      (post.dimensions ?? []).map((d) => [
        text(post.id),
        text(d.id),
        text(d.name),
        text(d.nameEn),
        text(d.weight),
      ])
    ),
    [],
    [bold(MARK.indicators)],
    header(HEADERS.indicators.slice(0, training ? 15 : 14)),
    ...t.posts.flatMap((post) =>
      post.indicators.map((indicator) => indicatorRow(post.id, post.name, indicator))
    ),
    ...cycleRows(t),
    ...reviewRows(t),
    ...calibrationRows(t),
  ];
  // Columns as wide as what they hold (ids and names are never cut), the title and the fingerprint apart:
  // the fingerprint spans the columns it needs, merged from D3.
  const widths = onePageWide(
    contentWidths(
      rows.slice(1).map((cells, r) => (r === 1 ? cells.slice(0, 3) : cells)),
      6,
      48
    ).map((width, c) => Math.min(width, WIDTH_CAPS[c] ?? 48))
  );
  let span = 3;
  for (let used = widths[3]; used < FINGERPRINT_WIDTH && span < widths.length - 1;)
    used += widths[++span];
  // Long text (the name, English names, parameters, the method in words) wraps in its column: the page
  // stays one wide at a readable size, and each row is as tall as its longest cell.
  const rowHeights: Record<number, number> = { 0: 24 };
  rows.forEach((cells, r) => {
    if (r === 0) return;
    let height = 15;
    cells.forEach((cell, c) => {
      const value = cell?.value;
      if (r === 2 && c === 3) return; // the fingerprint, merged across the columns it needs
      if (typeof value !== "string" || printedWidth(value, cell.bold) <= widths[c] - 1) return;
      cell.wrap = true;
      height = Math.max(height, wrappedHeight(value, widths[c] - 1, cell.bold));
    });
    if (height > 15) rowHeights[r] = height;
  });
  const lastColumn = columnLetters(widths.length - 1);
  return {
    name: TEMPLATE_SHEET,
    rows: alignTallRows(rows, rowHeights, 1),
    columns: widths.map((width) => ({ width })),
    rowHeights,
    merges: [`A1:${lastColumn}1`, `D3:${columnLetters(span)}3`],
    print: printLayout(widths, { header: "内部资料 注意保密" }),
    protect: true,
    provenance: {
      kind: "template",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      generatedAt,
    },
  };
}

/**
 * The widths narrowed, running text first (the widest of it a character at a time, down to ten), until the
 * sheet prints one landscape page wide with its text at 8 pt or more: ids and names keep their width.
 */
function onePageWide(widths: number[]): number[] {
  const fitted = [...widths];
  while (!printLayout(fitted).fitToWidth) {
    const widest = TEXT_COLUMNS.filter((c) => (fitted[c] ?? 0) > NARROWEST_TEXT).sort(
      (a, b) => fitted[b] - fitted[a]
    )[0];
    if (widest === undefined) break;
    fitted[widest]--;
  }
  return fitted;
}

function indicatorRow(postId: string, postName: string, indicator: Indicator): OutCell[] {
  return [
    text(postId),
    text(postName),
    text(indicator.dimension),
    text(indicator.id),
    text(indicator.name),
    text(indicator.nameEn),
    text(indicator.unit),
    text(indicator.weight),
    text(indicator.direction === "lower" ? "逆向" : "正向"),
    text(indicator.scoring.method),
    text(formatParameters(indicator.scoring)),
    text(indicator.veto ? `${indicator.veto.op} ${indicator.veto.value}` : ""),
    text(indicator.bonus ? "是" : ""),
    text(describeScoring(indicator, "zh-CN")),
    ...(indicator.training === undefined ? [] : [text(indicator.training.join("、"))]),
  ];
}

function cycleRows(t: WeightTemplate): OutCell[][] {
  const a = t.annual;
  const o = t.outcomes;
  const values: [string, string | number | undefined][] = [
    [CYCLE_ROWS.quarterWeights, a?.quarterWeights?.join(", ")],
    [CYCLE_ROWS.minQuarters, a?.minQuarters],
    [CYCLE_ROWS.rewardGrades, o?.reward?.grades.join("、")],
    [CYCLE_ROWS.rectifyWorkdays, o?.warning?.rectifyWorkdays],
    [CYCLE_ROWS.consecutiveFailures, o?.penalty?.consecutiveFailures],
    [CYCLE_ROWS.appealWorkdays, o?.appealWorkdays],
  ];
  const present = values.filter(([, value]) => value !== undefined);
  if (present.length === 0) return [];
  return [
    [],
    [bold(MARK.cycle)],
    header(HEADERS.cycle),
    ...present.map(([label, value]) => [text(label), text(value)]),
  ];
}

/** The 【评价】 block (reviews.md §1), as template-sheet-layout.ts's REVIEW_ROWS says; none without reviews. */
function reviewRows(t: WeightTemplate): OutCell[][] {
  const r = t.reviews;
  if (!r) return [];
  return [
    [],
    [bold(MARK.reviews)],
    header(HEADERS.reviews),
    ...r.items.map((item) => [text(REVIEW_ROWS.item), text(item.id), text(item.name)]),
    ...RATER_TYPES.filter((type) => r.raters[type] !== undefined).map((type) => [
      text(REVIEW_ROWS.raters[type]),
      text(r.raters[type]),
    ]),
    [text(REVIEW_ROWS.trimAt), text(r.trimAt)],
    [text(REVIEW_ROWS.minPeers), text(r.minPeers)],
    [text(REVIEW_ROWS.selfGapWarning), text(r.selfGapWarning)],
    ...Object.entries(r.targets).map(([indicator, items]) => [
      text(REVIEW_ROWS.target),
      text(indicator),
      ...items.map(text),
    ]),
  ];
}

/** The 【校准】 block (calibration.md §1): both numbers, blank where the default holds; none without the block. */
function calibrationRows(t: WeightTemplate): OutCell[][] {
  const c = t.calibration;
  if (!c) return [];
  const keys = ["gap", "minGroup"] as const;
  return [
    [],
    [bold(MARK.calibration)],
    // The value and its default right-aligned, each under its header: 3.5 and 5 分 do not run together.
    header(HEADERS.calibration).map((cell, k): OutCell =>
      k > 0 ? { ...cell, align: "right" } : cell
    ),
    ...keys.map((key): OutCell[] => [
      text(CALIBRATION_ROWS[key]),
      text(c[key]),
      { value: `${CALIBRATION_DEFAULTS[key]} ${CALIBRATION_UNITS[key]}`, align: "right" },
    ]),
  ];
}

/** Template → JSON text (2-space indented, as HR reads it); the canonical form is for fingerprints only. */
export function templateToJson(template: WeightTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
