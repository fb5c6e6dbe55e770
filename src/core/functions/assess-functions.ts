import { DEFAULT_GRADES } from "../template/default-grades";
import {
  DEFAULT_RANK_METHOD,
  rankAll,
  rankOne,
  type RankMethod,
  type RankOrder,
} from "../ranking/rank";
import {
  deductionScore,
  efficacyScore,
  isWholeCount,
  linearScore,
  ratioScore,
} from "../scoring/methods";
import type { ArrangementDay } from "../calendar/arrangement";
import {
  addWorkdays,
  calendarWith,
  countWorkdays,
  isoDate,
  officialCalendar,
  serialOf,
  type OfficialCalendar,
  type OutOfCalendar,
} from "../calendar/official-calendar";
import { STATUTORY_LAST_YEAR, STATUTORY_RULES_FROM } from "../calendar/statutory-days";
import { normaliseText } from "../util/text";
import {
  asRange,
  nonNegative,
  positive,
  readChoice,
  readNumbers,
  shapeOf,
  type Range,
} from "./args";
import { fnErr, fnOk, isBlank, type FnResult, type Scalar } from "./fn-result";

/** The ASSESS family of scoring.md §7: the engine's scoring, weighting, ranking and grading, cell by cell. */

const FULL = 100;
const DIRECTIONS = { higher: "higher", lower: "lower", 正向: "higher", 逆向: "lower" } as const;
const METHODS = { dense: "dense", competition: "competition", average: "average" } as const;

export function assessRatio(
  actual: Scalar,
  target: Scalar,
  direction?: Scalar,
  cap?: Scalar,
  full?: Scalar
): FnResult {
  const dir = readChoice("direction", direction, DIRECTIONS, "higher");
  const read = readNumbers([
    { name: "actual", value: actual },
    { name: "target", value: target, valid: positive },
    { name: "cap", value: cap, otherwise: 1, valid: (x) => x >= 1 },
    { name: "full", value: full, otherwise: FULL, valid: positive },
  ]);
  if (!read.ok) return read;
  if (!dir.ok) return dir;
  const [x, t, c, f] = read.value;
  return fnOk(ratioScore(x, t, dir.value, c, f));
}

export function assessEfficacy(
  actual: Scalar,
  floor: Scalar,
  satisfactory: Scalar,
  base?: Scalar,
  span?: Scalar
): FnResult {
  const read = readNumbers([
    { name: "actual", value: actual },
    { name: "floor", value: floor },
    { name: "satisfactory", value: satisfactory },
    { name: "base", value: base, otherwise: 0.6 * FULL, valid: nonNegative },
    { name: "span", value: span, otherwise: 0.4 * FULL, valid: nonNegative },
  ]);
  if (!read.ok) return read;
  const [x, lo, sat, b, s] = read.value;
  if (lo === sat) return fnErr("DIV0", "fn.divZero");
  return fnOk(efficacyScore(x, lo, sat, b, s));
}

/** points: a two-column range (actual value, score); wholly blank rows are ignored. */
export function assessLinear(actual: Scalar, points: Range): FnResult {
  const read = readNumbers([{ name: "actual", value: actual }]);
  if (!read.ok) return read;
  const parsed = readPoints(points);
  if (!parsed.ok) return parsed;
  return fnOk(linearScore(read.value[0], parsed.value, 0));
}

function readPoints(points: Range): FnResult<[number, number][]> {
  if ((points[0]?.length ?? 0) < 2)
    return fnErr("VALUE", "fn.columns", { arg: "points", count: 2 });
  const pairs: [number, number][] = [];
  for (const row of points) {
    if (isBlank(row[0]) && isBlank(row[1])) continue;
    const pair = readNumbers([
      { name: "points", value: row[0] },
      { name: "points", value: row[1], valid: nonNegative },
    ]);
    if (!pair.ok) return pair;
    pairs.push([pair.value[0], pair.value[1]]);
  }
  if (pairs.length < 2) return fnErr("VALUE", "fn.pointsCount");
  const increasing = pairs[1][0] > pairs[0][0];
  for (let k = 1; k < pairs.length; k++) {
    if (increasing ? !(pairs[k][0] > pairs[k - 1][0]) : !(pairs[k][0] < pairs[k - 1][0]))
      return fnErr("VALUE", "fn.pointsOrder");
  }
  return fnOk(pairs);
}

export function assessDeduct(count: Scalar, per: Scalar, full?: Scalar, floor?: Scalar): FnResult {
  const read = readNumbers([
    { name: "count", value: count, valid: isWholeCount },
    { name: "per", value: per, valid: positive },
    { name: "full", value: full, otherwise: FULL, valid: positive },
    { name: "floor", value: floor, otherwise: 0, valid: nonNegative },
  ]);
  if (!read.ok) return read;
  const [n, p, f, lo] = read.value;
  if (lo > f) return fnErr("NUM", "fn.outOfRange", { arg: "floor" });
  return fnOk(deductionScore(n, p, f, lo));
}

/** Σ score × weight / Σ weight over two ranges of the same shape. */
export function assessWeighted(scores: Range, weights: Range): FnResult {
  if (shapeOf(scores) !== shapeOf(weights)) {
    return fnErr("VALUE", "fn.shape", {
      first: "scores",
      second: "weights",
      firstShape: shapeOf(scores),
      secondShape: shapeOf(weights),
    });
  }
  const pairs: { score: Scalar; weight: Scalar }[] = [];
  scores.forEach((row, r) =>
    row.forEach((score, c) => pairs.push({ score, weight: weights[r][c] }))
  );
  return weightedMean(
    pairs.map((pair, i) => ({ ...pair, label: String(i + 1) })),
    (label) => fnErr("NA", "fn.blankScore", { arg: "scores", index: label })
  );
}

/** The shared kernel of WEIGHTED and POSTWEIGHTED: #VALUE! for text, then #N/A for a blank score, then #NUM!, #DIV/0!. */
function weightedMean(
  pairs: readonly { score: Scalar; weight: Scalar; label: string }[],
  blankScore: (label: string) => FnResult
): FnResult {
  for (const { score, weight } of pairs) {
    if (!isBlank(score) && (typeof score !== "number" || !Number.isFinite(score)))
      return fnErr("VALUE", "fn.notNumber", { arg: "scores", value: String(score) });
    const w = readNumbers([{ name: "weights", value: weight }]);
    if (!w.ok) return w;
  }
  const blank = pairs.find((pair) => isBlank(pair.score));
  if (blank) return blankScore(blank.label);
  let numerator = 0;
  let denominator = 0;
  for (const { score, weight } of pairs) {
    if ((weight as number) < 0) return fnErr("NUM", "fn.negative", { arg: "weights" });
    numerator += (score as number) * (weight as number);
    denominator += weight as number;
  }
  if (denominator === 0) return fnErr("DIV0", "fn.divZero");
  return fnOk(numerator / denominator);
}

/**
 * Looks up the post's rows in a (post, indicator, weight) table and weights the scores found under the
 * matching headers. Post and indicator text match after trimming and folding full-width characters.
 */
export function assessPostWeighted(
  scores: Range,
  indicatorHeaders: Range,
  weightTable: Range,
  post: Scalar
): FnResult {
  if (shapeOf(scores) !== shapeOf(indicatorHeaders)) {
    return fnErr("VALUE", "fn.shape", {
      first: "scores",
      second: "indicatorHeaders",
      firstShape: shapeOf(scores),
      secondShape: shapeOf(indicatorHeaders),
    });
  }
  if ((weightTable[0]?.length ?? 0) < 3)
    return fnErr("VALUE", "fn.columns", { arg: "weightTable", count: 3 });
  if (isBlank(post) || typeof post === "boolean")
    return fnErr("VALUE", "fn.blank", { arg: "post" });
  const wanted = normaliseText(String(post));

  const scoreByHeader = new Map<string, Scalar>();
  indicatorHeaders.forEach((row, r) =>
    row.forEach((header, c) => {
      if (!isBlank(header)) scoreByHeader.set(normaliseText(String(header)), scores[r][c]);
    })
  );
  const rows = weightTable.filter(
    (row) => !isBlank(row[0]) && normaliseText(String(row[0])) === wanted
  );
  if (rows.length === 0) return fnErr("NA", "fn.postNotFound", { post: String(post).trim() });

  const pairs: { score: Scalar; weight: Scalar; label: string }[] = [];
  for (const row of rows) {
    const indicator = normaliseText(String(row[1] ?? ""));
    if (!scoreByHeader.has(indicator))
      return fnErr("NA", "fn.headerNotFound", { post: wanted, indicator });
    pairs.push({ score: scoreByHeader.get(indicator), weight: row[2], label: indicator });
  }
  return weightedMean(pairs, (indicator) =>
    fnErr("NA", "fn.indicatorBlank", { post: wanted, indicator })
  );
}

function readRankOptions(
  order: Scalar,
  method: Scalar
): FnResult<{ order: RankOrder; method: RankMethod }> {
  const read = readNumbers([{ name: "order", value: order, otherwise: 0 }]);
  if (!read.ok) return read;
  const m = readChoice("method", method, METHODS, DEFAULT_RANK_METHOD);
  if (!m.ok) return m;
  // As in Excel's RANK.EQ, any order other than 0 ranks lowest first.
  return fnOk({ order: read.value[0] === 0 ? 0 : 1, method: m.value });
}

const isNumberCell = (cell: Scalar): cell is number =>
  typeof cell === "number" && Number.isFinite(cell);

/** The numbers of a range, row by row, in a typed array; text, booleans and blanks are left out. */
function numberCells(range: Range): Float64Array {
  let total = 0;
  for (const row of range) total += row.length;
  const numbers = new Float64Array(total);
  let count = 0;
  for (const row of range) for (const cell of row) if (isNumberCell(cell)) numbers[count++] = cell;
  return numbers.subarray(0, count);
}

/** One value's rank in one pass over the range (no sort): text and blanks in the range are ignored. */
export function assessRank(value: Scalar, range: Range, order?: Scalar, method?: Scalar): FnResult {
  const read = readNumbers([{ name: "value", value }]);
  if (!read.ok) return read;
  const options = readRankOptions(order ?? null, method ?? null);
  if (!options.ok) return options;
  const rank = rankOne(read.value[0], range, options.value.method, options.value.order);
  return rank === null ? fnErr("NA", "fn.valueNotInRange", { value: read.value[0] }) : fnOk(rank);
}

/** The ranks of every number in the range, in its shape; blanks and text stay blank. One sort. */
export function assessRanks(
  range: Range,
  order?: Scalar,
  method?: Scalar
): FnResult<(number | "")[][]> {
  const options = readRankOptions(order ?? null, method ?? null);
  if (!options.ok) return options;
  const ranks = rankAll(numberCells(range), options.value.method, options.value.order);
  const spilled: (number | "")[][] = new Array(range.length);
  let k = 0;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    const out: (number | "")[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) out[c] = isNumberCell(row[c]) ? ranks[k++] : "";
    spilled[r] = out;
  }
  return fnOk(spilled);
}

/** §5: the first band (highest minimum first) whose minimum ≤ score. bands: two columns (label, min). */
export function assessGrade(score: Scalar, bands?: Range | null): FnResult<string> {
  const read = readNumbers([{ name: "score", value: score }]);
  if (!read.ok) return read;
  let list: { label: string; min: number }[] = DEFAULT_GRADES.map((band) => ({
    label: band.label,
    min: band.min,
  }));
  if (bands && !(bands.length === 1 && bands[0].every(isBlank))) {
    if ((bands[0]?.length ?? 0) < 2)
      return fnErr("VALUE", "fn.columns", { arg: "bands", count: 2 });
    list = [];
    for (const row of bands) {
      if (isBlank(row[0]) && isBlank(row[1])) continue;
      const min = readNumbers([{ name: "bands", value: row[1] }]);
      if (!min.ok) return min;
      if (isBlank(row[0])) return fnErr("VALUE", "fn.blank", { arg: "bands" });
      list.push({ label: String(row[0]).trim(), min: min.value[0] });
    }
    const ordered = list.every((band, k) => k === 0 || band.min < list[k - 1].min);
    if (list.length === 0 || !ordered) return fnErr("VALUE", "fn.bandsOrder");
  }
  const band = list.find((b) => b.min <= read.value[0]);
  return band ? fnOk(band.label) : fnErr("NA", "fn.belowBands", { value: read.value[0] });
}

// Excel's first valid serial date is 1 (1900-01-01).
const serialDate = (x: number) => x >= 1;
// Excel's last serial date, 9999-12-31.
const LAST_SERIAL = 2_958_465;

/** WORKDAYS: working days from start to end, both counted; arrangement as in workday. */
export function workdays(start: Scalar, end: Scalar, arrangement?: Range | Scalar): FnResult {
  const read = readNumbers([
    { name: "start", value: start, valid: serialDate },
    { name: "end", value: end, valid: serialDate },
  ]);
  if (!read.ok) return read;
  const calendar = arrangementCalendar(arrangement);
  if (!calendar.ok) return calendar;
  const counted = countWorkdays(calendar.value, read.value[0], read.value[1]);
  return counted.ok
    ? fnOk(counted.value)
    : outOfCalendar(calendar.value, arrangement, counted.error);
}

/**
 * WORKDAY: the date `days` working days after start. Without an arrangement, the bundled calendar alone
 * (#N/A past its years, asking for the arrangement: a cell cannot warn that days were guessed); with one,
 * its days over the bundled calendar, and the statutory days off for the years neither covers.
 */
export function workday(start: Scalar, days: Scalar, arrangement?: Range | Scalar): FnResult {
  const read = readNumbers([
    { name: "start", value: start, valid: serialDate },
    { name: "days", value: days },
  ]);
  if (!read.ok) return read;
  const calendar = arrangementCalendar(arrangement);
  if (!calendar.ok) return calendar;
  const date = addWorkdays(calendar.value, read.value[0], read.value[1]);
  return date.ok ? fnOk(date.value) : outOfCalendar(calendar.value, arrangement, date.error);
}

const given = (arrangement: Range | Scalar | undefined): boolean => {
  if (arrangement === undefined || arrangement === null) return false;
  const range = asRange(arrangement);
  // An omitted optional range can arrive as one blank cell.
  return !(range.length <= 1 && (range[0] ?? []).length <= 1 && isBlank(range[0]?.[0]));
};

function outOfCalendar(
  calendar: OfficialCalendar,
  arrangement: Range | Scalar | undefined,
  error: OutOfCalendar
): FnResult<never> {
  if (!given(arrangement)) return fnErr("NA", "fn.calendarRange", error);
  return fnErr("NA", "fn.calendarBeyond", {
    ...error,
    first: Math.max(STATUTORY_RULES_FROM, calendar.lastYear + 1),
    last: STATUTORY_LAST_YEAR,
  });
}

function arrangementCalendar(arrangement: Range | Scalar | undefined): FnResult<OfficialCalendar> {
  if (arrangement === undefined || !given(arrangement)) return fnOk(officialCalendar);
  const days = readArrangement(asRange(arrangement));
  return days.ok ? fnOk(calendarWith(days.value, { fallback: true })) : days;
}

const KINDS: Record<string, ArrangementDay["kind"]> = {
  休: "off",
  休息: "off",
  off: "off",
  班: "work",
  上班: "work",
  work: "work",
};

/**
 * The optional 放假安排 range: one column of days off (as Excel's WORKDAY holidays), or two columns (date,
 * type 休/班). Dates are date serials or text such as 2027-02-06; blank rows are skipped.
 */
function readArrangement(range: Range): FnResult<ArrangementDay[]> {
  const arg = "arrangement";
  const columns = range[0]?.length ?? 0;
  if (columns < 1 || columns > 2) return fnErr("VALUE", "fn.arrangementColumns", { arg });
  const days: ArrangementDay[] = [];
  const seen = new Map<string, { row: number; kind: ArrangementDay["kind"] }>();
  for (let index = 0; index < range.length; index++) {
    const row = index + 1;
    const [dateCell, kindCell] = [range[index]?.[0], columns === 2 ? range[index]?.[1] : "休"];
    if (isBlank(dateCell) && (columns === 1 || isBlank(kindCell))) continue;
    const date = arrangementDate(dateCell);
    if (date === undefined)
      return fnErr("VALUE", "fn.arrangementDate", { arg, row, value: String(dateCell ?? "") });
    const kind = isBlank(kindCell)
      ? undefined
      : KINDS[normaliseText(String(kindCell)).toLowerCase()];
    if (kind === undefined)
      return fnErr("VALUE", "fn.arrangementKind", { arg, row, value: String(kindCell ?? "") });
    const first = seen.get(date);
    if (first !== undefined) {
      if (first.kind === kind) continue;
      return fnErr("VALUE", "fn.arrangementConflict", { arg, row, date, first: first.row });
    }
    seen.set(date, { row, kind });
    days.push({ date, kind, source: `${arg} row ${row}` });
  }
  return fnOk(days);
}

const DATE_TEXT = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

/** A cell's date as ISO: a date serial (its day), or text such as 2027-02-06, 2027/2/6 or 2027年2月6日. */
function arrangementDate(cell: Scalar): string | undefined {
  if (typeof cell === "number")
    return Number.isFinite(cell) && cell >= 1 && cell < LAST_SERIAL + 1 ? isoDate(cell) : undefined;
  if (typeof cell !== "string") return undefined;
  const text = normaliseText(cell);
  for (const pattern of DATE_TEXT) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = match.slice(1).map(Number);
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return serialOf(iso) >= 1 && isoDate(serialOf(iso)) === iso ? iso : undefined;
  }
  return undefined;
}
