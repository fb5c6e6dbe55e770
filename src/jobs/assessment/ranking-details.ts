import type { AssessReport, RowResult } from "../../core/assess/assess";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator, Post } from "../../core/template/schema";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import {
  breakLines,
  contentWidths,
  headerWidths,
  oneLineHeaders,
  printLayout,
  titleHeights,
  titleSpan,
  wrappedHeight,
  wrappedLines,
} from "../shared/print-layout";
import { cellPool } from "../shared/cell-pool";
import { wrappedRowHeight } from "../shared/table-rows";
import { periodTitle, vetoText } from "./ranking-sheet";

/**
 * 排名明细: the indicator detail of a ranking, one block per post, each with only its own indicators (and
 * dimensions), their weights in the header, so that a post's page reads as its people were scored. The same
 * numbers as the ranking tab's hidden detail columns; nothing is recomputed here.
 */
export type DetailsOptions = {
  name: string;
  period: string;
  generatedAt: string;
  provenance: SheetSpec["provenance"];
  /** The ranking tab this details, named in the title. */
  ranking: string;
  locale?: Locale;
};

const LEAD = [
  "sheet.col.rank",
  "sheet.col.id",
  "sheet.col.name",
  "sheet.col.branch",
  "sheet.col.composite",
  "sheet.col.grade",
] as const satisfies readonly MessageKey[];
const LEAD_WIDTHS = [6, 10, 8, 12, 9, 8];
/** 名次 and 等级 print centred, with their headers: right-aligned, a rank touched the 工号 beside it. */
const CENTRED_LEAD: readonly number[] = [0, 5];
/** 名次, 工号, 姓名 and 机构: who a row is, repeated on every page of a block printed pages across. */
const IDENTITY = 4;
const DETAIL_WIDTH = 12;
/** 否决原因, the last column. */
const VETO_WIDTH = 30;
const SCORE = "0.00";

export function rankingDetailsSpec(
  loaded: LoadedTemplate,
  report: AssessReport,
  options: DetailsOptions
): SheetSpec {
  const t = loaded.template;
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const rankFormat = report.method === "average" ? "0.0" : "0";
  const rows: OutCell[][] = [
    [
      {
        value: say("sheet.details.title", { period: periodTitle(options.period, locale) }),
        bold: true,
        size: 16,
        wrap: true,
      },
    ],
    [
      {
        value: say("sheet.details.note", {
          ranking: options.ranking,
          name: t.name,
          version: t.version,
          fingerprint: loaded.fingerprint.slice(0, 8),
          time: options.generatedAt,
        }),
        wrap: true,
      },
    ],
  ];
  /** Each block's header row (0-based) and labels: their heights wait for the widths of every block. */
  const headers: { row: number; labels: string[] }[] = [];
  const data: OutCell[][] = [];
  const byPost = peopleByPost(report.ranked);
  const blocks = t.posts
    .map((post) => ({
      post,
      people: byPost.get(post.id) ?? [],
      weighted: post.indicators.filter((i) => !i.bonus),
    }))
    .filter((block) => block.people.length > 0);
  // 加分 and 否决原因 are the last two columns of every block (a block with fewer indicators leaves a gap):
  // one column, wide enough for a veto's reason, holds them all.
  const widest = Math.max(
    LEAD.length + 2,
    ...blocks.map((b) => LEAD.length + (b.post.dimensions ?? []).length + b.weighted.length + 2)
  );

  // Every data cell wraps (see detailRow): the repeated ones (scores, grades, branches) are shared.
  const wrapped = cellPool({ wrap: true });
  const centred = cellPool({ wrap: true, align: "center" });
  for (const { post, people, weighted } of blocks) {
    const dimensions = post.dimensions ?? [];
    const gap = widest - 2 - (LEAD.length + dimensions.length + weighted.length);
    const header = blockLabels(post, weighted, gap, say);
    rows.push([]);
    rows.push([
      {
        value: say("sheet.details.post", { post: post.name, count: people.length }),
        bold: true,
        size: 12,
      },
    ]);
    headers.push({ row: rows.length, labels: header });
    rows.push(blockHeader(header));
    const shape: RowShape = {
      rankFormat,
      gap,
      wrapped,
      centred,
      dimensions: post.dimensions ?? [],
      // Where each weighted indicator's score sits in a row of this post.
      scoreAt: weighted.map((i) => post.indicators.findIndex((x) => x.id === i.id)),
    };
    for (const row of people) {
      const cells = detailRow(row, post, shape);
      data.push(cells);
      rows.push(cells);
    }
  }

  const { widths, rowHeights } = detailsLayout(rows, headers, data, widest);
  const print = printLayout(widths, {
    repeatColumns: `A:${columnLetters(IDENTITY - 1)}`,
    header: say("sheet.confidential"),
  });
  // The title and the note span the page when it is one wide, else the identity columns every page repeats.
  const last = titleSpan(print, widths, IDENTITY);
  const span = widths.slice(0, last + 1).reduce((sum, width) => sum + width, 0);
  // The note broken into lines here, so that no application wraps it and leaves its 。 on a line alone.
  rows[1][0] = { ...rows[1][0], value: breakLines(String(rows[1][0].value), span - 2) };
  Object.assign(
    rowHeights,
    titleHeights(span, { title: String(rows[0][0].value), line: String(rows[1][0].value) })
  );
  const end = columnLetters(last);
  return {
    name: options.name,
    rows,
    columns: widths.map((width) => ({ width })),
    rowHeights,
    merges: [`A1:${end}1`, `A2:${end}2`],
    freeze: { rows: 0, columns: IDENTITY },
    print,
    provenance: options.provenance,
  };
}

/** A block's labels: the lead columns, the post's dimensions and weighted indicators, a gap, 加分 and 否决原因. */
function blockLabels(
  post: Post,
  weighted: readonly Indicator[],
  gap: number,
  say: (key: MessageKey, params?: MessageParams) => string
): string[] {
  return [
    ...LEAD.map((key) => say(key)),
    ...(post.dimensions ?? []).map((d) =>
      say("sheet.details.dimension", { name: d.name, weight: d.weight })
    ),
    ...weighted.map((i) => {
      const dimension = post.dimensions?.find((d) => d.id === i.dimension)?.name;
      return dimension
        ? say("sheet.details.indicatorIn", { name: i.name, weight: i.weight ?? "", dimension })
        : say("sheet.details.indicator", { name: i.name, weight: i.weight ?? "" });
    }),
    ...Array<string>(gap).fill(""),
    say("sheet.col.bonus"),
    say("sheet.col.veto"),
  ];
}

/**
 * A block's header row: bold on the table's fill, wrapped, 名次, 等级 and 加分 (the last but one) centred as
 * their values are.
 */
const blockHeader = (labels: readonly string[]): OutCell[] =>
  labels.map((value, c) => ({
    value,
    bold: true,
    fill: "DDEBF7",
    wrap: true,
    ...(CENTRED_LEAD.includes(c) || c === labels.length - 2 ? { align: "center" as const } : {}),
  }));

/** Each post's people in ranking order, found in one pass (not one pass over 100,000 rows for each post). */
function peopleByPost(ranked: readonly RowResult[]): Map<string, RowResult[]> {
  const byPost = new Map<string, RowResult[]>();
  for (const row of ranked) {
    const id = row.post?.id;
    if (id === undefined) continue;
    const people = byPost.get(id);
    if (people) people.push(row);
    else byPost.set(id, [row]);
  }
  return byPost;
}

/**
 * The columns' widths and the rows' heights, once every block is known: each column as wide as the longest
 * word of its headers in every block and wide enough for each header to take at most four lines, the lead
 * columns as wide as what they hold (a branch-level row's 姓名 is a 支行's name) with their headers on one
 * line; every header row as tall as its longest label, and a row whose veto reason wraps as tall as it needs.
 */
function detailsLayout(
  rows: OutCell[][],
  headers: readonly { row: number; labels: string[] }[],
  data: readonly OutCell[][],
  widest: number
): { widths: number[]; rowHeights: Record<number, number> } {
  const lead = contentWidths(data, 0, 16, LEAD.length);
  let widths = Array.from({ length: widest }, (_, c) =>
    c < LEAD.length ? Math.max(LEAD_WIDTHS[c], lead[c] ?? 0) : DETAIL_WIDTH
  );
  // 否决原因, the last column, as wide as a reason (rule and values) on one line.
  widths[widest - 1] = VETO_WIDTH;
  for (const { labels } of headers) widths = headerWidths(labels, widths, { lines: 4, max: 16 });
  widths = oneLineHeaders(headers[0]?.labels.slice(0, LEAD.length) ?? [], widths);
  const rowHeights: Record<number, number> = {};
  for (const { row, labels } of headers)
    rowHeights[row] = Math.max(
      30,
      ...labels.map((label, c) => wrappedHeight(label, widths[c] - 1, true))
    );
  // A veto's reason longer than its column wraps: its row as tall as it needs. Any other row is left for the
  // application to fit (its cells wrap too): 100,000 rows set few heights.
  const headerRows = new Set(headers.map((h) => h.row));
  rows.forEach((cells, r) => {
    if (r < 2 || headerRows.has(r)) return;
    const veto = cells[cells.length - 1]?.value;
    if (typeof veto === "string" && wrappedLines(veto, widths[cells.length - 1] - 1) > 1)
      rowHeights[r] = wrappedRowHeight(cells, widths, DETAIL_WIDTH);
  });
  return { widths, rowHeights };
}

/** What the rows of one post's block have in common. */
type RowShape = {
  rankFormat: string;
  gap: number;
  wrapped: ReturnType<typeof cellPool>;
  centred: ReturnType<typeof cellPool>;
  dimensions: NonNullable<Post["dimensions"]>;
  scoreAt: number[];
};

/**
 * A row of a post's block. Every cell wraps: a veto's reason in its column, and the row's values centred with
 * its lines (the writers centre wrapped text); one look for a block's rows. Made at its full length and
 * filled in place (see `rankedRow`).
 */
function detailRow(row: RowResult, post: Post, shape: RowShape): OutCell[] {
  const { wrapped, centred, rankFormat, dimensions, scoreAt, gap } = shape;
  const cells = new Array<OutCell>(LEAD.length + dimensions.length + scoreAt.length + gap + 2);
  cells[0] = centred(row.rank?.overall ?? null, rankFormat);
  cells[1] = { value: row.id, wrap: true };
  cells[2] = row.name === undefined ? wrapped(null) : { value: row.name, wrap: true };
  cells[3] = wrapped(row.branch ?? null);
  cells[4] = wrapped(row.composite, SCORE);
  cells[5] = centred(row.grade);
  let at = LEAD.length;
  for (const d of dimensions)
    cells[at++] = wrapped(row.dimensions.find((x) => x.id === d.id)?.score ?? null, SCORE);
  for (const index of scoreAt) cells[at++] = wrapped(index >= 0 ? row.scores[index] : null, SCORE);
  for (let k = 0; k < gap; k++) cells[at++] = wrapped(null);
  // 加分 centred: right-aligned, it touched the 否决原因 beside it.
  cells[at++] = centred(row.bonus, SCORE);
  const veto = vetoText(row, post);
  cells[at] = veto ? { value: veto, wrap: true } : wrapped(null);
  return cells;
}
