import type { AssessReport, RowResult } from "../../core/assess/assess";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Post } from "../../core/template/schema";
import type { OutCell, SheetSpec } from "../../workbook/port";
import { printLayout } from "./print-layout";
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
};

const LEAD = ["名次", "工号", "姓名", "机构", "综合得分", "等级"];
const LEAD_WIDTHS = [6, 10, 8, 12, 9, 8];
const DETAIL_WIDTH = 11;
const SCORE = "0.00";

export function rankingDetailsSpec(
  loaded: LoadedTemplate,
  report: AssessReport,
  options: DetailsOptions
): SheetSpec {
  const t = loaded.template;
  const rankFormat = report.method === "average" ? "0.0" : "0";
  const rows: OutCell[][] = [
    [{ value: `${periodTitle(options.period)} 运营考核排名明细`, bold: true, size: 16 }],
    [
      {
        value: `各岗位只列本岗位的指标；总排名见「${options.ranking}」。模板：${t.name} v${t.version} · 指纹 ${loaded.fingerprint.slice(0, 8)} · 生成于 ${options.generatedAt}`,
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
      ...LEAD,
      ...dimensions.map((d) => `${d.name}\n维度 · 权重 ${d.weight}`),
      ...weighted.map((i) => `${i.name}\n权重 ${i.weight}${dimensionOf(post, i.dimension)}`),
      "加分",
      "否决原因",
    ];
    widest = Math.max(widest, header.length);
    rows.push([]);
    rows.push([{ value: `【${post.name}】 ${people.length} 人`, bold: true, size: 12 }]);
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
    print: printLayout(widths, { repeatColumns: "A:C", header: "内部资料 注意保密" }),
    provenance: options.provenance,
  };
}

function dimensionOf(post: Post, id: string | undefined): string {
  const name = post.dimensions?.find((d) => d.id === id)?.name;
  return name ? ` · ${name}` : "";
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
