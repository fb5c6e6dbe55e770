import { describePlace } from "../../core/template/describe-place";
import { parseTemplate, type LoadedTemplate } from "../../core/template/parse-template";
import type { TemplateProblem } from "../../core/template/problem";
import { RATER_TYPES } from "../../core/reviews/reviews-schema";
import { a1, cellAt, type Cell, type Grid } from "../../workbook/port";
import { issueAt, type Issue } from "./issue";
import {
  CALIBRATION_ROWS,
  CYCLE_ROWS,
  MARK,
  META,
  parseParameters,
  REVIEW_ROWS,
  splitList,
  TEMPLATE_SHEET,
  toNumberOrText,
} from "./template-sheet-layout";

export type TemplateFromSheet = { loaded: LoadedTemplate; recordedFingerprint: string | null };

/** Notes the cell a part of the template (by its path, e.g. posts.0.indicators.2) was read from. */
type NoteCell = (path: (string | number)[], row: number, column: number) => void;

type Row = Record<string, unknown>;

const cellValue = (cell: Cell): unknown =>
  cell.kind === "empty" ? undefined : cell.kind === "date" ? cell.value : cell.value;
const str = (cell: Cell): string | undefined => {
  const v = cellValue(cell);
  return v === undefined ? undefined : String(v).trim() || undefined;
};
const num = (cell: Cell): unknown => cellValue(cell);

/** Reads `权重模板` back. Problems name the sheet's cell where the broken value is. */
export function readTemplateSheet(
  grid: Grid
): { ok: true; value: TemplateFromSheet } | { ok: false; issues: Issue[] } {
  const where = new Map<string, string>();
  const at: NoteCell = (path, row, column) => where.set(path.join("."), a1(row, column));

  const { meta, metaAt } = readMeta(grid);
  const blocks = findBlocks(grid);
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

  raw.grades = readGrades(grid, blocks.grades, at);
  const posts = readPosts(grid, blocks.posts, at);
  const postIndex = new Map(posts.map((post, p) => [post.id as string, p]));
  addDimensions(grid, blocks.dimensions, posts, postIndex, at);
  addIndicators(grid, blocks.indicators, posts, postIndex, at);
  raw.posts = posts;
  Object.assign(raw, readCycle(grid, blocks.cycle, at));
  if (blocks.reviews.length > 0) raw.reviews = readReviews(grid, blocks.reviews, at);
  if (blocks.calibration.length > 0)
    raw.calibration = readCalibration(grid, blocks.calibration, at);

  const parsed = parseTemplate(dropUndefined(raw));
  if (!parsed.ok) return { ok: false, issues: templateIssues(parsed.error, raw, where) };
  const recorded = str(meta.fingerprint ?? { kind: "empty" }) ?? null;
  return { ok: true, value: { loaded: parsed.value, recordedFingerprint: recorded } };
}

/** The header block: label cells followed by their value. */
function readMeta(grid: Grid): { meta: Record<string, Cell>; metaAt: Record<string, string> } {
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
  return { meta, metaAt };
}

function readGrades(grid: Grid, rows: number[], at: NoteCell): Row[] {
  return rows.map((r, g) => {
    at(["grades", g], r, 0);
    return dropUndefined({
      label: str(cellAt(grid, r, 0)),
      labelEn: str(cellAt(grid, r, 1)),
      min: num(cellAt(grid, r, 2)),
      maxShare: num(cellAt(grid, r, 3)),
      pass: yesNo(str(cellAt(grid, r, 4))),
    });
  });
}

function readPosts(grid: Grid, rows: number[], at: NoteCell): Row[] {
  return rows.map((r, p) => {
    at(["posts", p], r, 0);
    at(["posts", p, "bonusCap"], r, 3);
    return dropUndefined({
      id: str(cellAt(grid, r, 0)),
      name: str(cellAt(grid, r, 1)),
      nameEn: str(cellAt(grid, r, 2)),
      bonusCap: num(cellAt(grid, r, 3)),
    }) as Row;
  });
}

/** Each 【维度】 row into its post's `dimensions` (rows of a post the sheet does not list are left out). */
function addDimensions(
  grid: Grid,
  rows: number[],
  posts: Row[],
  postIndex: Map<string, number>,
  at: NoteCell
): void {
  for (const r of rows) {
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
}

/** Each 【指标】 row into its post's `indicators` (rows of a post the sheet does not list are left out). */
function addIndicators(
  grid: Grid,
  rows: number[],
  posts: Row[],
  postIndex: Map<string, number>,
  at: NoteCell
): void {
  for (const r of rows) {
    const p = postIndex.get(str(cellAt(grid, r, 0)) ?? "");
    if (p === undefined) continue;
    const indicators = ((posts[p].indicators as unknown[]) ??= []);
    const i = indicators.length;
    at(["posts", p, "indicators", i], r, 3);
    at(["posts", p, "indicators", i, "weight"], r, 7);
    at(["posts", p, "indicators", i, "scoring"], r, 10);
    at(["posts", p, "indicators", i, "veto"], r, 11);
    indicators.push(indicatorOf(grid, r));
  }
}

function indicatorOf(grid: Grid, r: number): Row {
  const veto = str(cellAt(grid, r, 11))?.match(/^(>=|<=|>|<|=)\s*(.+)$/);
  return dropUndefined({
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
  });
}

/** The template's problems as issues, each at the nearest cell the sheet has for its path. */
function templateIssues(
  problems: TemplateProblem[],
  raw: Record<string, unknown>,
  where: Map<string, string>
): Issue[] {
  return problems.map((problem) => {
    const cell = nearestCell(where, problem.path);
    return issueAt(
      "error",
      problem.key,
      { where: describePlace(raw, problem.path), ...problem.params },
      cell ? TEMPLATE_SHEET : undefined,
      cell
    );
  });
}

const yesNo = (value: string | undefined) =>
  value === "是" ? true : value === "否" ? false : value;
const listOf = (value: string | undefined) => (value === undefined ? undefined : splitList(value));

/** The 【结果应用】 block back into `annual` and `outcomes` (only the settings it has). */
function readCycle(
  grid: Grid,
  rows: number[],
  at: NoteCell
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

/** The 【评价】 block back into `reviews`: items, rater weights, the three numbers and the targets. */
function readReviews(grid: Grid, rows: number[], at: NoteCell): Row {
  const items: Row[] = [];
  const raters: Row = {};
  const targets: Record<string, unknown[]> = {};
  const reviews: Row = {};
  const numbers = ["trimAt", "minPeers", "selfGapWarning"] as const;
  for (const r of rows) {
    const label = str(cellAt(grid, r, 0));
    const type = RATER_TYPES.find((t) => REVIEW_ROWS.raters[t] === label);
    const setting = numbers.find((key) => REVIEW_ROWS[key] === label);
    if (label === REVIEW_ROWS.item) {
      at(["reviews", "items", items.length], r, 1);
      items.push(dropUndefined({ id: str(cellAt(grid, r, 1)), name: str(cellAt(grid, r, 2)) }));
    } else if (type) {
      at(["reviews", "raters", type], r, 1);
      raters[type] = num(cellAt(grid, r, 1));
    } else if (setting) {
      at(["reviews", setting], r, 1);
      reviews[setting] = num(cellAt(grid, r, 1));
    } else if (label === REVIEW_ROWS.target) {
      const indicator = str(cellAt(grid, r, 1)) ?? "";
      at(["reviews", "targets", indicator], r, 1);
      const width = grid.rows[r]?.length ?? 0;
      const named: unknown[] = [];
      for (let c = 2; c < width; c++) {
        const item = str(cellAt(grid, r, c));
        if (item !== undefined) named.push(item);
      }
      targets[indicator] = named;
    }
  }
  at(["reviews"], rows[0], 0);
  at(["reviews", "raters"], rows[0], 0);
  return dropUndefined({ items, raters, ...reviews, targets });
}

/** The 【校准】 block back into `calibration`: a blank value is the default, left out of the block. */
function readCalibration(grid: Grid, rows: number[], at: NoteCell): Row {
  const calibration: Row = {};
  for (const r of rows) {
    const label = str(cellAt(grid, r, 0));
    const key = (["gap", "minGroup"] as const).find((k) => CALIBRATION_ROWS[k] === label);
    if (!key) continue;
    at(["calibration", key], r, 1);
    calibration[key] = num(cellAt(grid, r, 1));
  }
  at(["calibration"], rows[0], 0);
  return dropUndefined(calibration);
}

function findBlocks(grid: Grid): Record<keyof typeof MARK, number[]> {
  const blocks: Record<keyof typeof MARK, number[]> = {
    grades: [],
    posts: [],
    dimensions: [],
    indicators: [],
    cycle: [],
    reviews: [],
    calibration: [],
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
