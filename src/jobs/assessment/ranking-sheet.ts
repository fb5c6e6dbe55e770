import type { RankMethod } from "../../core/ranking/rank";
import type { AssessReport, RowResult } from "../../core/assess/assess";
import { formatMessage, type Locale, type MessageKey } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { GradeBand, Post } from "../../core/template/schema";
import {
  BLANK,
  columnLetters,
  type OutCell,
  type OutValue,
  type SheetSpec,
} from "../../workbook/port";
import { cellPool } from "../shared/cell-pool";
import type { Issue } from "../shared/issue";
import {
  headerWidths,
  printLayout,
  titleHeights,
  titleSpan,
  wrappedHeight,
  wrappedLines,
} from "../shared/print-layout";
import { sayIn, type Say } from "../shared/say";
import { tableHead, wrappedRowHeight } from "../shared/table-rows";
import { liveFormulas } from "./ranking-formulas";
import {
  RANKING_COLUMN,
  rankingColumns,
  whoWidths,
  whoWraps,
  type RankingColumns,
} from "./ranking-columns";
import { addUnrankedRows, summaryRows } from "./ranking-summary";

export const HEADER_ROW = 3; // 1-based: title, provenance, header

// The fixed columns have their home beside the detail's (ranking-columns.ts); importers keep using this one.
export { RANKING_COLUMN };
export const RANKING_FIXED_COLUMNS = 12;
/** 名次 … 岗位: who a row is, repeated on every page of a tab printed pages across. */
const WHO_COLUMNS = 6;

const GRADE_COLOURS = [
  { fill: "C6EFCE", font: "006100" },
  { fill: "DDEBF7", font: "1F4E78" },
  { fill: "EDEDED", font: "000000" },
  { fill: "FFEB9C", font: "9C5700" },
  { fill: "FFC7CE", font: "9C0006" },
];

const CHINESE_QUARTERS = ["一", "二", "三", "四"];

/**
 * "2025Q4" → "2025年第四季度", "2025" → "2025年度", "2025H1" → "2025年上半年", "2025-03" → "2025年3月";
 * in English "Q4 2025", "2025", "H1 2025", "2025-03".
 */
export function periodTitle(period: string, locale: Locale = "zh-CN"): string {
  const p = period.trim().toUpperCase();
  if (locale === "en-US") {
    const m = p.match(/^(\d{4})([QH][1-4])$/);
    return m ? `${m[2]} ${m[1]}` : period;
  }
  let m = p.match(/^(\d{4})Q([1-4])$/);
  if (m) return `${m[1]}年第${CHINESE_QUARTERS[Number(m[2]) - 1]}季度`;
  if ((m = p.match(/^(\d{4})$/))) return `${m[1]}年度`;
  if ((m = p.match(/^(\d{4})H([12])$/))) return `${m[1]}年${m[2] === "1" ? "上" : "下"}半年`;
  if ((m = p.match(/^(\d{4})-?(\d{1,2})$/))) return `${m[1]}年${Number(m[2])}月`;
  return period;
}

/** A value of a veto's rule as its sheet prints the indicator: a ratio as 5.20% (ux.md), anything else as is. */
const vetoValue = (value: number, unit: string | undefined) =>
  unit === "%" ? `${(Math.round(value * 1e6) / 1e4).toFixed(2)}%` : String(value);

/** Why a row was vetoed, in words: the indicator, its value, the rule ("客户投诉 3 >= 1", "贷款不良率 5.20% >= 5.00%"). */
export function vetoText(row: RowResult, post: Post | undefined): string {
  if (!row.veto) return "";
  const indicator = post?.indicators.find((i) => i.id === row.veto?.indicatorId);
  const unit = indicator?.unit;
  return `${indicator?.name ?? row.veto.indicatorId} ${vetoValue(row.veto.value, unit)} ${row.veto.op} ${vetoValue(row.veto.threshold, unit)}`;
}

/** The reason as workbooks written before ratios were formatted put it (贷款不良率 0.052 >= 0.05): verify accepts it. */
export function earlierVetoText(row: RowResult, post: Post | undefined): string {
  if (!row.veto) return "";
  const indicator = post?.indicators.find((i) => i.id === row.veto?.indicatorId);
  return `${indicator?.name ?? row.veto.indicatorId} ${row.veto.value} ${row.veto.op} ${row.veto.threshold}`;
}

export type RankingSheetOptions = {
  name: string;
  period: string;
  source: string;
  generatedAt: string;
  inputHash: string;
  live: boolean;
  /** The language of the sheet's own text (titles, headers, labels); the data stay as they are. */
  locale?: Locale;
  /** Columns after the ones everyone needs (the annual tab's quarters and trend), printed with them. */
  extraColumns?: ExtraColumn[];
  /** The hidden score columns of each dimension and indicator (default: there; the annual tab has none). */
  detail?: boolean;
  /** The title, when not the quarterly one ("2025年度 运营考核排名（年度汇总）"). */
  title?: string;
  /** A corrected ranking: the published tab it corrects and the appeals applied (recorded for verify). */
  correction?: { corrects: string; appeals: string[] };
  /** Why each row of `report.unranked` was not ranked, when not from the issues (the annual tab's). */
  unrankedReason?: (row: RowResult) => string;
};

export type ExtraColumn = {
  header: string;
  width: number;
  format?: string;
  /** Centred, with its header (a grade, as the 等级 column). */
  centred?: boolean;
  value: (row: RowResult) => OutValue;
};

const IDENTITY_KEYS = [
  "sheet.col.rank",
  "sheet.col.branch",
  "sheet.col.department",
  "sheet.col.id",
  "sheet.col.name",
  "sheet.col.post",
  "sheet.col.composite",
  "sheet.col.grade",
  "sheet.col.rankInPost",
  "sheet.col.rankInBranch",
  "sheet.col.bonus",
  "sheet.col.veto",
] as const satisfies readonly MessageKey[];
/** The columns everyone needs, in the sheet's language (名次 … 否决原因). */
export const identityHeaders = (locale: Locale = "zh-CN") =>
  IDENTITY_KEYS.map((key) => formatMessage(locale, key));
export const COMPOSITE_COLUMN = 6;
// Wide enough for typical values, and widened (up to 14) for each header in the sheet's language to print
// on one line: a short Chinese header wrapped differently in each application ("岗位内名 / 次") reads badly;
// a longer English one wraps between its words. Detail columns wrap their headers.
const IDENTITY_WIDTHS = [9, 11, 12, 9, 8, 13, 9, 9, 7, 7, 7, 30];

/**
 * The ranks, the grade and 加分 print centred, with their headers: right-aligned, a rank touched the 机构
 * printed beside it (1上海分行), as a composite touched its grade (108.70优秀) and 加分 its 否决原因.
 */
const CENTRED_COLUMNS: readonly number[] = [
  RANKING_COLUMN.overall,
  RANKING_COLUMN.grade,
  RANKING_COLUMN.inPost,
  RANKING_COLUMN.inBranch,
  RANKING_COLUMN.bonus,
];

const SCORE_FORMAT = "0.00";

/**
 * A score cell; a post's indicators the row does not have are blank (one shared cell for 100,000 rows), and
 * each score is one shared cell too.
 */
const scored = (pool: CellPool, value: number | null, format: string): OutCell =>
  value === null ? BLANK : pool(value, format);

type CellPool = ReturnType<typeof cellPool>;

/** A ranked row's live formulas (composite, ranks, weights), with their values cached. */
type LiveRow = ReturnType<ReturnType<typeof liveFormulas>["row"]>;

/** What the ranking tab's parts are laid out with: its language, and the columns and formats of its table. */
type RankingLayout = {
  say: Say;
  locale: Locale;
  extras: ExtraColumn[];
  /** The hidden detail: a column per dimension and per indicator of the posts ranked. */
  columns: RankingColumns;
  rankFormat: string;
  /** How many columns everyone reads and prints: the identity columns and any extra ones. */
  main: number;
  /** The printed columns' widths (characters). */
  widths: number[];
  /** Shared cells: the printed ones (all wrapped, the ranks and grade centred too) and the hidden detail's. */
  printed: CellPool;
  centred: CellPool;
  detail: CellPool;
  /** Where each of the detail's indicators sits in a row of each post (-1: not the post's). */
  scoreAt: Map<string, number[]>;
};

/** The ranking tab (排名): title, provenance, the ranked table, a summary, and the rows that could not be ranked. */
export function rankingSheetSpec(
  loaded: LoadedTemplate,
  report: AssessReport,
  issues: readonly Issue[],
  options: RankingSheetOptions
): SheetSpec {
  const locale = options.locale ?? "zh-CN";
  const say = sayIn(locale);
  const extras = options.extraColumns ?? [];
  const layout: RankingLayout = {
    say,
    locale,
    extras,
    columns:
      options.detail === false
        ? { dimensions: [], indicators: [] }
        : rankingColumns(loaded, report.ranked),
    rankFormat: report.method === "average" ? "0.0" : "0",
    main: IDENTITY_KEYS.length + extras.length,
    widths: [],
    printed: cellPool({ wrap: true }),
    centred: cellPool({ wrap: true, align: "center" }),
    detail: cellPool(),
    scoreAt: new Map(),
  };
  const header = rankingHeader(layout, options.live, report.method);
  const who = whoWidths(report.ranked, IDENTITY_WIDTHS);
  layout.widths = headerWidths(header, [...who.widths, ...extras.map((extra) => extra.width)], {
    lines: 1,
    max: 14,
  });
  const first = HEADER_ROW + 1; // 1-based first data row
  const last = HEADER_ROW + report.ranked.length;
  const formulas = options.live
    ? liveFormulas(loaded, report, layout.columns, { first, last, main: layout.main })
    : null;
  const postById = new Map<string, Post>(loaded.template.posts.map((post) => [post.id, post]));
  const lastMain = columnLetters(layout.main - 1);
  const provenanceLine = rankingProvenanceLine(loaded, options, say);
  // A tab wider than a page (the annual one) prints pages across, each with who the row is.
  const identity = extras.length > 0 ? WHO_COLUMNS : 0;
  const print = printLayout(layout.widths, {
    repeatRows: `1:${HEADER_ROW}`,
    ...(identity > 0 ? { repeatColumns: `A:${columnLetters(identity - 1)}` } : {}),
    header: say("sheet.confidential"),
  });
  // The title, the provenance and the summary's verdict span the printed columns when they are scaled to
  // one page wide, else the identity columns every page repeats (wider, they would print cut on the pages
  // after the first).
  const spanned = titleSpan(print, layout.widths, identity);
  const lastSpanned = columnLetters(spanned);
  const spanWidth = layout.widths.slice(0, spanned + 1).reduce((sum, width) => sum + width, 0);
  const title = rankingTitle(options, say, locale);
  const rows: OutCell[][] = [...tableHead(title, provenanceLine, header)];
  const centred = new Set([
    ...CENTRED_COLUMNS,
    ...extras.flatMap((extra, k) => (extra.centred ? [layout.main - extras.length + k] : [])),
  ]);
  const headerAt = HEADER_ROW - 1;
  rows[headerAt] = rows[headerAt].map((cell, c) =>
    centred.has(c) ? { ...cell, align: "center" } : cell
  );
  const rowHeights: Record<number, number> = {
    ...titleHeights(spanWidth, { title, line: provenanceLine }),
    2: Math.max(
      30,
      ...header
        .slice(0, layout.main)
        .map((label, c) => wrappedHeight(label, layout.widths[c] - 1, true))
    ),
  };
  report.ranked.forEach((row, k) => {
    const post = row.post ? postById.get(row.post.id) : undefined;
    const cells = rankedRow(layout, row, post, formulas?.row(k));
    // A veto's reason longer than its column wraps, as does a name longer than the widest who column: its
    // row as tall as it needs (LibreOffice keeps a row one line tall, its text spilling over its
    // neighbours'). Every other row holds one line: a 100,000-row tab sets few heights.
    if (vetoLines(cells, layout.widths) > 1 || (who.capped && whoWraps(row, layout.widths)))
      rowHeights[rows.length] = wrappedRowHeight(cells, layout.widths, 11, layout.main);
    rows.push(cells);
  });
  const merges = [`A1:${lastSpanned}1`, `A2:${lastSpanned}2`];
  // Summary and the rows that could not be ranked, below the table (the filter covers the table only).
  rows.push([], ...summaryRows(report, loaded.template.grades, issues, layout));
  // The verdict on the grades' shares, the summary's last row: a line across the table, wrapped.
  merges.push(`A${rows.length}:${lastSpanned}${rows.length}`);
  rowHeights[rows.length - 1] = wrappedHeight(
    String(rows[rows.length - 1][0].value),
    spanWidth - 2
  );
  addUnrankedRows({ rows, merges, rowHeights }, report, issues, {
    say,
    locale,
    lastColumn: spanned,
    widths: layout.widths,
    unrankedReason: options.unrankedReason,
  });
  return {
    name: options.name,
    rows,
    columns: rankingColumnSpecs(layout, header.length),
    rowHeights,
    merges,
    freeze: { rows: HEADER_ROW, columns: 0 },
    filter: `A${HEADER_ROW}:${columnLetters(header.length - 1)}${Math.max(last, HEADER_ROW)}`,
    conditionalFormats: gradeColours(loaded.template.grades, RANKING_COLUMN.grade, first, last),
    print: { ...print, area: `A1:${lastMain}${rows.length}` },
    provenance: rankingProvenance(loaded, report, options),
    activate: true,
  };
}

function rankingTitle(options: RankingSheetOptions, say: Say, locale: Locale): string {
  return options.title ?? say("sheet.rank.title", { period: periodTitle(options.period, locale) });
}

/** The line under the title: the template (name, version, fingerprint), the source and when. */
function rankingProvenanceLine(loaded: LoadedTemplate, options: RankingSheetOptions, say: Say) {
  return say("sheet.rank.provenance", {
    name: loaded.template.name,
    version: loaded.template.version,
    fingerprint: loaded.fingerprint.slice(0, 8),
    source: options.source,
    time: options.generatedAt,
  });
}

/**
 * The header: 名次 … 否决原因, the extra columns, then the detail's scores (and weights when live, and a
 * dense rank's shares in its three scopes).
 */
function rankingHeader(
  { say, locale, extras, columns }: RankingLayout,
  live: boolean,
  method: RankMethod
): string[] {
  return [
    ...identityHeaders(locale),
    ...extras.map((extra) => extra.header),
    ...columns.dimensions.map((d) => say("sheet.col.dimension", { name: d.name })),
    ...columns.indicators.map((i) => say("sheet.col.score", { name: i.name })),
    ...(live ? columns.indicators.map((i) => say("sheet.col.weight", { name: i.name })) : []),
    ...(live && method === "dense"
      ? [
          say("sheet.col.denseShare.overall"),
          say("sheet.col.denseShare.post"),
          say("sheet.col.denseShare.branch"),
        ]
      : []),
  ];
}

/** Lines a ranked row's veto reason takes in its column. */
const vetoLines = (cells: readonly OutCell[], widths: readonly number[]) => {
  const veto = cells[RANKING_COLUMN.veto].value;
  return typeof veto === "string" ? wrappedLines(veto, widths[RANKING_COLUMN.veto] - 1) : 0;
};

/**
 * A ranked row: who, the composite, grade and ranks (live formulas when asked), extras, then the detail. The
 * printed cells all wrap: a veto's reason wraps in its column, and the writers centre wrapped text in its
 * row, so a taller row's other values line up with it; one look for the whole table, one style rectangle.
 * The row is made at its full length and filled in place: grown cell by cell, each of 100,000 rows would be
 * copied twice and left with room it never uses.
 */
function rankedRow(
  layout: RankingLayout,
  row: RowResult,
  post: Post | undefined,
  live: LiveRow | undefined
): OutCell[] {
  const cells = new Array<OutCell>(rowLength(layout, live));
  const next = printedCells(layout, row, post, live, cells);
  detailCells(layout, row, post, live, cells, next);
  return cells;
}

/** How many cells a ranked row has: the printed ones, the scores, and when live the weights and shares. */
const rowLength = ({ main, columns }: RankingLayout, live: LiveRow | undefined) =>
  main +
  columns.dimensions.length +
  columns.indicators.length +
  (live ? live.weights.length + (live.shares ? 3 : 0) : 0);

/** The printed cells, from the row's first; returns where the detail starts. */
function printedCells(
  { extras, rankFormat, printed, centred }: RankingLayout,
  row: RowResult,
  post: Post | undefined,
  live: LiveRow | undefined,
  cells: OutCell[]
): number {
  const veto = vetoText(row, post);
  cells[0] = live
    ? { value: live.overall, format: rankFormat, wrap: true, align: "center" }
    : centred(row.rank?.overall as number, rankFormat);
  cells[1] = printed(row.branch ?? null);
  cells[2] = printed(row.department ?? null);
  cells[3] = { value: row.id, wrap: true };
  cells[4] = row.name === undefined ? printed(null) : { value: row.name, wrap: true };
  cells[5] = printed(row.post?.name ?? row.postText);
  cells[6] = live
    ? { value: live.composite, format: SCORE_FORMAT, wrap: true }
    : printed(row.composite as number, SCORE_FORMAT);
  cells[7] = centred(row.grade);
  cells[8] = live
    ? { value: live.post, format: rankFormat, wrap: true, align: "center" }
    : centred(row.rank?.post as number, rankFormat);
  cells[9] = live
    ? { value: live.branch, format: rankFormat, wrap: true, align: "center" }
    : centred(row.rank?.branch ?? null, rankFormat);
  cells[10] = centred(row.bonus, SCORE_FORMAT);
  cells[11] = veto ? { value: veto, wrap: true } : printed(null);
  let at = 12;
  for (const extra of extras)
    cells[at++] = {
      value: extra.value(row),
      format: extra.format,
      wrap: true,
      ...(extra.centred ? { align: "center" as const } : {}),
    };
  return at;
}

/** The hidden detail from `at`: each dimension's and indicator's score (and each weight when live). */
function detailCells(
  { columns, detail, scoreAt }: RankingLayout,
  row: RowResult,
  post: Post | undefined,
  live: LiveRow | undefined,
  cells: OutCell[],
  at: number
): void {
  for (const d of columns.dimensions)
    cells[at++] = scored(
      detail,
      row.dimensions.find((x) => x.id === d.id)?.score ?? null,
      SCORE_FORMAT
    );
  const where = post ? indicatorsAt(scoreAt, post, columns) : null;
  for (let k = 0; k < columns.indicators.length; k++) {
    const index = where ? where[k] : -1;
    cells[at++] = scored(detail, index >= 0 ? row.scores[index] : null, SCORE_FORMAT);
  }
  if (live) for (const w of live.weights) cells[at++] = { value: w as OutValue };
  if (live?.shares) {
    const { overall, post: inPost, branch } = live.shares;
    cells[at++] = { value: overall };
    cells[at++] = { value: inPost };
    cells[at++] = { value: branch };
  }
}

/** Where each of the detail's indicators sits in a row of `post` (-1 where it is not the post's), found once. */
function indicatorsAt(known: Map<string, number[]>, post: Post, columns: RankingColumns): number[] {
  let at = known.get(post.id);
  if (!at) {
    at = columns.indicators.map((i) => post.indicators.findIndex((x) => x.id === i.id));
    known.set(post.id, at);
  }
  return at;
}

/**
 * Widths and formats by column, so that 10,000 rows do not carry 10,000 styles each. The table everyone
 * reads is the identity columns; each post's indicator detail is on the details tab (排名明细), where a post
 * shows only its own indicators. The detail stays here, hidden, for the live formulas and for whoever
 * unhides it.
 */
function rankingColumnSpecs(layout: RankingLayout, count: number): SheetSpec["columns"] {
  const { main, widths } = layout;
  return Array.from({ length: count }, (_, c) => ({
    width: widths[c] ?? 11,
    format: columnFormat(layout, c),
    ...(c >= main ? { hidden: true } : {}),
  }));
}

function columnFormat({ extras, columns, rankFormat, main }: RankingLayout, c: number) {
  if (c === 0 || c === 8 || c === 9) return rankFormat;
  if (c >= 12 && c < main) return extras[c - 12].format;
  if (
    c === COMPOSITE_COLUMN ||
    c === 10 ||
    (c >= main && c < main + columns.dimensions.length + columns.indicators.length)
  )
    return SCORE_FORMAT;
  return undefined;
}

/** Each grade's colours on a grade column (0-based) of the rows `first` to `last` (1-based). */
export function gradeColours(
  grades: readonly GradeBand[],
  column: number,
  first: number,
  last: number
) {
  const letter = columnLetters(column);
  return grades.map((band, g) => ({
    range: `${letter}${first}:${letter}${Math.max(last, first)}`,
    equals: band.label,
    ...GRADE_COLOURS[Math.min(g, GRADE_COLOURS.length - 1)],
  }));
}

function rankingProvenance(
  loaded: LoadedTemplate,
  report: AssessReport,
  options: RankingSheetOptions
): SheetSpec["provenance"] {
  return {
    kind: "ranking",
    templateId: loaded.template.id,
    templateVersion: loaded.template.version,
    templateFingerprint: loaded.fingerprint,
    inputHash: options.inputHash,
    method: report.method,
    source: options.source,
    period: options.period,
    generatedAt: options.generatedAt,
    ...(options.correction
      ? { corrects: options.correction.corrects, appeals: options.correction.appeals }
      : {}),
  };
}
