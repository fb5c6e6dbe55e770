import type { AssessReport, RowResult } from "../../core/assess/assess";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Post } from "../../core/template/schema";
import type { OutCell, SheetSpec } from "../../workbook/port";
import { printLayout } from "../shared/print-layout";
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
const DETAIL_WIDTH = 11;
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
  const rowHeights: Record<number, number> = { 0: 24, 1: 30 };
  const merges = ["A1:H1", "A2:H2"];
  let widest = LEAD.length + 2;

  for (const post of t.posts) {
    const people = report.ranked.filter((row) => row.post?.id === post.id);
    if (people.length === 0) continue;
    const weighted = post.indicators.filter((i) => !i.bonus);
    const dimensions = post.dimensions ?? [];
    const header = [
      ...LEAD.map((key) => say(key)),
      ...dimensions.map((d) => say("sheet.details.dimension", { name: d.name, weight: d.weight })),
      ...weighted.map((i) => {
        const dimension = post.dimensions?.find((d) => d.id === i.dimension)?.name;
        return dimension
          ? say("sheet.details.indicatorIn", { name: i.name, weight: i.weight ?? "", dimension })
          : say("sheet.details.indicator", { name: i.name, weight: i.weight ?? "" });
      }),
      say("sheet.col.bonus"),
      say("sheet.col.veto"),
    ];
    widest = Math.max(widest, header.length);
    rows.push([]);
    rows.push([
      {
        value: say("sheet.details.post", { post: post.name, count: people.length }),
        bold: true,
        size: 12,
      },
    ]);
    rowHeights[rows.length] = 45;
    rows.push(header.map((value) => ({ value, bold: true, fill: "DDEBF7", wrap: true })));
    for (const row of people) rows.push(detailRow(row, post, weighted, rankFormat));
  }

  const widths = Array.from({ length: widest }, (_, c) => LEAD_WIDTHS[c] ?? DETAIL_WIDTH);
  widths[widest - 1] = 20; // 否决原因 of the widest block
  return {
    name: options.name,
    rows,
    columns: widths.map((width) => ({ width })),
    rowHeights,
    merges,
    freeze: { rows: 0, columns: 3 },
    print: printLayout(widths, { repeatColumns: "A:C", header: say("sheet.confidential") }),
    provenance: options.provenance,
  };
}

function detailRow(
  row: RowResult,
  post: Post,
  weighted: Post["indicators"],
  rankFormat: string
): OutCell[] {
  const scoreOf = (id: string) => {
    const index = post.indicators.findIndex((i) => i.id === id);
    return index >= 0 ? row.scores[index] : null;
  };
  return [
    { value: row.rank?.overall ?? null, format: rankFormat },
    { value: row.id },
    { value: row.name ?? null },
    { value: row.branch ?? null },
    { value: row.composite, format: SCORE },
    { value: row.grade },
    ...(post.dimensions ?? []).map((d) => ({
      value: row.dimensions.find((x) => x.id === d.id)?.score ?? null,
      format: SCORE,
    })),
    ...weighted.map((i) => ({ value: scoreOf(i.id), format: SCORE })),
    { value: row.bonus, format: SCORE },
    { value: vetoText(row, post) || null },
  ];
}
