import { describePlace } from "../../core/template/describe-place";
import { parseTemplate, type LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator, Scoring, WeightTemplate } from "../../core/template/schema";
import { describeScoring } from "../../core/template/describe-scoring";
import {
  a1,
  cellAt,
  columnLetters,
  type Cell,
  type Grid,
  type OutCell,
  type SheetSpec,
} from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { contentWidths, printLayout, textWidth, wrappedHeight } from "../shared/print-layout";

/**
 * HR's weight template as a visible, protected sheet `权重模板`: the template's id, version and fingerprint on
 * top, then one block per part (grades, posts, dimensions, indicators), each under a 【marker】 in column A.
 * Reading the sheet back gives the same template, and so the same fingerprint.
 */
export const TEMPLATE_SHEET = "权重模板";

const MARK = {
  grades: "【等级】",
  posts: "【岗位】",
  dimensions: "【维度】",
  indicators: "【指标】",
  cycle: "【结果应用】",
} as const;
const HEADERS = {
  grades: ["等级", "英文名", "下限", "最高占比", "通过"],
  posts: ["岗位编号", "岗位名称", "英文名", "加分上限"],
  dimensions: ["岗位编号", "维度编号", "维度名称", "英文名", "权重"],
  indicators: [
    "岗位编号",
    "岗位",
    "维度",
    "指标编号",
    "指标名称",
    "英文名",
    "单位",
    "权重",
    "方向",
    "计分方法",
    "参数",
    "一票否决",
    "加分项",
    "计分说明",
    "培训课程",
  ],
  cycle: ["项目", "值"],
};

/** cycle.md §2–§3 settings, one labelled row each, written only when the template has them. */
const CYCLE_ROWS = {
  quarterWeights: "年度季度权重",
  minQuarters: "年度至少季度数",
  rewardGrades: "表彰等级",
  rectifyWorkdays: "整改期限（工作日）",
  consecutiveFailures: "连续不达标次数",
  appealWorkdays: "申诉期限（工作日）",
} as const;
/** Lists in one cell: 优秀、良好 (a comma or semicolon reads too). */
const splitList = (value: string) =>
  value
    .split(/[、,，;；]/)
    .map((part) => part.trim())
    .filter(Boolean);
const META = {
  id: "模板编号",
  name: "模板名称",
  version: "版本",
  period: "考核期",
  fullScore: "满分",
  precision: "小数位数",
  fingerprint: "指纹",
};

const text = (value: string | number | undefined | null): OutCell => ({ value: value ?? null });
/** A SHA-256 in hex, and a little room. */
const FINGERPRINT_WIDTH = 66;
/** The widest each column of the indicator table may be (characters); longer text wraps. */
const WIDTH_CAPS = [18, 14, 10, 22, 14, 14, 6, 6, 6, 10, 20, 14, 8, 26, 20];
const bold = (value: string): OutCell => ({ value, bold: true });
const header = (values: string[]): OutCell[] =>
  values.map((value) => ({ value, bold: true, fill: "DDEBF7" }));

/** "target=2; cap=1.2", "points=0:0, 0.2:60; below=0": a method's parameters, in a form that reads back exactly. */
export function formatParameters(scoring: Scoring): string {
  return Object.entries(scoring)
    .filter(([key, value]) => key !== "method" && value !== undefined)
    .map(([key, value]) =>
      key === "points"
        ? `points=${(value as [number, number][]).map(([x, s]) => `${x}:${s}`).join(", ")}`
        : `${key}=${value}`
    )
    .join("; ");
}

export function parseParameters(textValue: string): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  for (const part of textValue.split(";")) {
    const [key, raw] = part.split("=").map((piece) => piece?.trim());
    if (!key) continue;
    if (key === "points") {
      parameters.points = (raw ?? "")
        .split(",")
        .map((pair) => pair.split(":").map((n) => toNumberOrText(n.trim())));
    } else parameters[key] = toNumberOrText(raw ?? "");
  }
  return parameters;
}

const toNumberOrText = (raw: string): unknown =>
  raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;

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
      text(t.fullScore),
      bold(META.precision),
      text(t.precision),
    ],
    [bold(META.name), text(t.name), bold(META.fingerprint), text(loaded.fingerprint)],
    [],
    [bold(MARK.grades)],
    header(HEADERS.grades.slice(0, t.grades.some((band) => band.pass !== undefined) ? 5 : 4)),
    ...t.grades.map((band) => [
      text(band.label),
      text(band.labelEn),
      text(band.min),
      text(band.maxShare),
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
  ];
  // Columns as wide as what they hold (ids and names are never cut), the title and the fingerprint apart:
  // the fingerprint spans the columns it needs, merged from D3.
  const widths = contentWidths(
    rows.slice(1).map((cells, r) => (r === 1 ? cells.slice(0, 3) : cells)),
    6,
    48
  ).map((width, c) => Math.min(width, WIDTH_CAPS[c] ?? 48));
  // Long text (English names, parameters, the method in words) wraps in its column: the page stays one
  // wide at a readable size, and each indicator's row is as tall as its longest cell.
  const rowHeights: Record<number, number> = { 0: 24 };
  rows.forEach((cells, r) => {
    if (r < 3) return;
    let height = 15;
    cells.forEach((cell, c) => {
      const value = cell?.value;
      if (typeof value !== "string" || textWidth(value) <= widths[c] - 1) return;
      cell.wrap = true;
      height = Math.max(height, wrappedHeight(value, widths[c] - 1));
    });
    if (height > 15) rowHeights[r] = height;
  });
  let span = 3;
  for (let used = widths[3]; used < FINGERPRINT_WIDTH && span < widths.length - 1;)
    used += widths[++span];
  const lastColumn = columnLetters(widths.length - 1);
  return {
    name: TEMPLATE_SHEET,
    rows,
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

export type TemplateFromSheet = { loaded: LoadedTemplate; recordedFingerprint: string | null };

/** Reads `权重模板` back. Problems name the sheet's cell where the broken value is. */
export function readTemplateSheet(
  grid: Grid
): { ok: true; value: TemplateFromSheet } | { ok: false; issues: Issue[] } {
  const value = (cell: Cell): unknown =>
    cell.kind === "empty" ? undefined : cell.kind === "date" ? cell.value : cell.value;
  const str = (cell: Cell): string | undefined => {
    const v = value(cell);
    return v === undefined ? undefined : String(v).trim() || undefined;
  };
  const num = (cell: Cell): unknown => value(cell);
  const where = new Map<string, string>();
  const at = (path: (string | number)[], row: number, column: number) =>
    where.set(path.join("."), a1(row, column));

  // The header block: label cells followed by their value.
  const meta: Record<string, Cell> = {};
  const metaAt: Record<string, string> = {};
  for (let r = 0; r < Math.min(grid.rows.length, 4); r++) {
    for (let c = 0; c + 1 < (grid.rows[r]?.length ?? 0); c++) {
      const label = str(cellAt(grid, r, c));
      const key = Object.entries(META).find(([, zh]) => zh === label)?.[0];
      if (key) {
        meta[key] = cellAt(grid, r, c + 1);
        metaAt[key] = a1(r, c + 1);
      }
    }
  }
  const blocks = findBlocks(grid, str);
  const raw: Record<string, unknown> = {
    id: str(meta.id ?? { kind: "empty" }),
    name: str(meta.name ?? { kind: "empty" }),
    version: str(meta.version ?? { kind: "empty" }),
    period: str(meta.period ?? { kind: "empty" }),
    fullScore: num(meta.fullScore ?? { kind: "empty" }),
    precision: num(meta.precision ?? { kind: "empty" }),
  };
  for (const key of ["id", "name", "version", "period", "fullScore", "precision"])
    if (metaAt[key]) where.set(key, metaAt[key]);

  raw.grades = blocks.grades.map((r, g) => {
    at(["grades", g], r, 0);
    return dropUndefined({
      label: str(cellAt(grid, r, 0)),
      labelEn: str(cellAt(grid, r, 1)),
      min: num(cellAt(grid, r, 2)),
      maxShare: num(cellAt(grid, r, 3)),
      pass: yesNo(str(cellAt(grid, r, 4))),
    });
  });
  const posts = blocks.posts.map((r, p) => {
    at(["posts", p], r, 0);
    at(["posts", p, "bonusCap"], r, 3);
    return dropUndefined({
      id: str(cellAt(grid, r, 0)),
      name: str(cellAt(grid, r, 1)),
      nameEn: str(cellAt(grid, r, 2)),
      bonusCap: num(cellAt(grid, r, 3)),
    }) as Record<string, unknown>;
  });
  const postIndex = new Map(posts.map((post, p) => [post.id as string, p]));
  for (const r of blocks.dimensions) {
    const p = postIndex.get(str(cellAt(grid, r, 0)) ?? "");
    if (p === undefined) continue;
    const dimensions = ((posts[p].dimensions as unknown[]) ??= []);
    at(["posts", p, "dimensions", dimensions.length], r, 1);
    at(["posts", p, "dimensions", dimensions.length, "weight"], r, 4);
    dimensions.push(
      dropUndefined({
        id: str(cellAt(grid, r, 1)),
        name: str(cellAt(grid, r, 2)),
        nameEn: str(cellAt(grid, r, 3)),
        weight: num(cellAt(grid, r, 4)),
      })
    );
  }
  for (const r of blocks.indicators) {
    const p = postIndex.get(str(cellAt(grid, r, 0)) ?? "");
    if (p === undefined) continue;
    const indicators = ((posts[p].indicators as unknown[]) ??= []);
    const i = indicators.length;
    at(["posts", p, "indicators", i], r, 3);
    at(["posts", p, "indicators", i, "weight"], r, 7);
    at(["posts", p, "indicators", i, "scoring"], r, 10);
    at(["posts", p, "indicators", i, "veto"], r, 11);
    const veto = str(cellAt(grid, r, 11))?.match(/^(>=|<=|>|<|=)\s*(.+)$/);
    indicators.push(
      dropUndefined({
        id: str(cellAt(grid, r, 3)),
        name: str(cellAt(grid, r, 4)),
        nameEn: str(cellAt(grid, r, 5)),
        unit: str(cellAt(grid, r, 6)),
        weight: num(cellAt(grid, r, 7)),
        dimension: str(cellAt(grid, r, 2)),
        direction: str(cellAt(grid, r, 8)) === "逆向" ? "lower" : "higher",
        scoring: {
          method: str(cellAt(grid, r, 9)),
          ...parseParameters(str(cellAt(grid, r, 10)) ?? ""),
        },
        veto: veto ? { op: veto[1], value: toNumberOrText(veto[2].trim()) } : undefined,
        bonus: str(cellAt(grid, r, 12)) === "是",
        training: listOf(str(cellAt(grid, r, 14))),
      })
    );
  }
  raw.posts = posts;
  Object.assign(raw, readCycle(grid, blocks.cycle, str, num, at));

  const parsed = parseTemplate(dropUndefined(raw));
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.error.map((problem) => {
        const cell = nearestCell(where, problem.path);
        return issueAt(
          "error",
          problem.key,
          { where: describePlace(raw, problem.path), ...problem.params },
          cell ? TEMPLATE_SHEET : undefined,
          cell
        );
      }),
    };
  }
  const recorded = str(meta.fingerprint ?? { kind: "empty" }) ?? null;
  return { ok: true, value: { loaded: parsed.value, recordedFingerprint: recorded } };
}

const yesNo = (value: string | undefined) =>
  value === "是" ? true : value === "否" ? false : value;
const listOf = (value: string | undefined) => (value === undefined ? undefined : splitList(value));

/** The 【结果应用】 block back into `annual` and `outcomes` (only the settings it has). */
function readCycle(
  grid: Grid,
  rows: number[],
  str: (cell: Cell) => string | undefined,
  num: (cell: Cell) => unknown,
  at: (path: (string | number)[], row: number, column: number) => void
): Pick<Record<string, unknown>, "annual" | "outcomes"> {
  const value = new Map<string, { row: number; cell: Cell }>();
  for (const r of rows)
    value.set(str(cellAt(grid, r, 0)) ?? "", { row: r, cell: cellAt(grid, r, 1) });
  const numberOf = (label: string, path: string[]) => {
    const found = value.get(label);
    if (!found) return undefined;
    at(path, found.row, 1);
    return num(found.cell);
  };
  const textOf = (label: string, path: string[]) => {
    const found = value.get(label);
    if (!found) return undefined;
    at(path, found.row, 1);
    return str(found.cell);
  };
  const weights = textOf(CYCLE_ROWS.quarterWeights, ["annual", "quarterWeights"]);
  const annual = dropUndefined({
    quarterWeights: weights === undefined ? undefined : splitList(weights).map(toNumberOrText),
    minQuarters: numberOf(CYCLE_ROWS.minQuarters, ["annual", "minQuarters"]),
  });
  const reward = textOf(CYCLE_ROWS.rewardGrades, ["outcomes", "reward", "grades"]);
  const rectify = numberOf(CYCLE_ROWS.rectifyWorkdays, ["outcomes", "warning", "rectifyWorkdays"]);
  const failures = numberOf(CYCLE_ROWS.consecutiveFailures, [
    "outcomes",
    "penalty",
    "consecutiveFailures",
  ]);
  const outcomes = dropUndefined({
    reward: reward === undefined ? undefined : { grades: splitList(reward) },
    warning: rectify === undefined ? undefined : { rectifyWorkdays: rectify },
    penalty: failures === undefined ? undefined : { consecutiveFailures: failures },
    appealWorkdays: numberOf(CYCLE_ROWS.appealWorkdays, ["outcomes", "appealWorkdays"]),
  });
  return dropUndefined({
    annual: Object.keys(annual).length > 0 ? annual : undefined,
    outcomes: Object.keys(outcomes).length > 0 ? outcomes : undefined,
  });
}

function findBlocks(
  grid: Grid,
  str: (cell: Cell) => string | undefined
): Record<keyof typeof MARK, number[]> {
  const blocks: Record<keyof typeof MARK, number[]> = {
    grades: [],
    posts: [],
    dimensions: [],
    indicators: [],
    cycle: [],
  };
  let current: keyof typeof MARK | null = null;
  let skipHeader = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const first = str(cellAt(grid, r, 0));
    const marker = (Object.keys(MARK) as (keyof typeof MARK)[]).find((key) => MARK[key] === first);
    if (marker) {
      current = marker;
      skipHeader = true;
      continue;
    }
    if (!current) continue;
    if (skipHeader) {
      skipHeader = false;
      continue;
    }
    const blank = (grid.rows[r] ?? []).every((cell) => cell.kind === "empty");
    if (blank) current = null;
    else blocks[current].push(r);
  }
  return blocks;
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function nearestCell(where: Map<string, string>, path: (string | number)[]): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const cell = where.get(path.slice(0, length).join("."));
    if (cell) return cell;
  }
  return undefined;
}

/** Template → JSON text (2-space indented, as HR reads it); the canonical form is for fingerprints only. */
export function templateToJson(template: WeightTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
