import { rankAndOrder, type RowResult } from "../assess/assess";
import { gradeFor } from "../grading/grade";
import type { RankMethod } from "../ranking/rank";
import type { GradeBand } from "../template/schema";
import { excelRound } from "../util/excel-round";
import type { CalibrationSettings } from "./calibration-settings";

/** calibration.md §1: how a group's marking compares with the rest of the bank. */
export const GROUP_FLAGS = ["lenient", "harsh", "normal", "too-small"] as const;
export type GroupFlag = (typeof GROUP_FLAGS)[number];

/** How many groups have each flag (the sheet, the log, the command and the pane all say it). */
export function flagCounts(groups: readonly { flag: GroupFlag }[]): Record<GroupFlag, number> {
  const counts = Object.fromEntries(GROUP_FLAGS.map((flag) => [flag, 0])) as Record<
    GroupFlag,
    number
  >;
  for (const group of groups) counts[group.flag]++;
  return counts;
}

/** What a blank grouping cell puts a row under. */
export const BLANK_GROUP = "（空）";

/** A ranked row as published, and the group its `--by` cell puts it in. */
export type GroupedRow = { row: RowResult; group: string };

export type GroupStats = {
  group: string;
  n: number;
  mean: number;
  median: number;
  /** STDEV.P of the group's composites. */
  sd: number;
  /** The mean of every ranked row outside the group; null when the group is the whole population. */
  rest: number | null;
  /** mean − rest; null with `rest`. */
  gap: number | null;
  flag: GroupFlag;
  /** Count and share of each grade band, in the template's order. */
  grades: { label: string; count: number; share: number }[];
  /** Per band with a maxShare: how many of the group's rows must leave it (only bands with an excess). */
  excess: Record<string, number>;
};

/** Flags and differences are decided on values cleaned of binary noise (4.999999999999 is 5). */
const clean = (value: number) => excelRound(value, 9);

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Excel's STDEV.P, in two passes (the mean first), which keeps equal values at exactly 0. */
export function stdevP(values: readonly number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / values.length);
}

/** Whether every value is the same: sd_g = 0 decided on the values, never on a computed 1e-14. */
export const allEqual = (values: readonly number[]) => values.every((v) => v === values[0]);

/** M and S of the normalisation: the mean and STDEV.P of every ranked composite as published (0, 0 for none). */
export function bankSpread(rows: readonly GroupedRow[]): { mean: number; sd: number } {
  const all = rows.map(({ row }) => row.composite as number);
  if (all.length === 0) return { mean: 0, sd: 0 };
  return { mean: mean(all), sd: allEqual(all) ? 0 : stdevP(all) };
}

/** The groups' rows, in the order each group first appears. */
function byGroup(rows: readonly GroupedRow[]): Map<string, RowResult[]> {
  const groups = new Map<string, RowResult[]>();
  for (const { row, group } of rows) {
    const key = group.trim() === "" ? BLANK_GROUP : group;
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * The quota excess of a group (calibration.md §1): for each band with a maxShare, count − floor(maxShare ×
 * n) when positive. The product is cleaned first: 0.29 × 100 is 28.999999999999996 in binary, and 29 people
 * may stay.
 */
export function quotaExcess(
  counts: ReadonlyMap<string, number>,
  n: number,
  bands: readonly GradeBand[]
): Record<string, number> {
  const excess: Record<string, number> = {};
  for (const band of bands) {
    if (band.maxShare === undefined) continue;
    const over = (counts.get(band.label) ?? 0) - Math.floor(clean(band.maxShare * n));
    if (over > 0) excess[band.label] = over;
  }
  return excess;
}

/**
 * calibration.md §1 per group: n, mean, median, STDEV.P, the rest's mean, the flag and each grade's share
 * and quota excess. Groups come most lenient first (mean descending, ties by name), the order in which head
 * office reads them.
 */
export function calibrationGroups(
  rows: readonly GroupedRow[],
  bands: readonly GradeBand[],
  settings: CalibrationSettings
): GroupStats[] {
  const total = rows.length;
  let sum = 0;
  for (const { row } of rows) sum += row.composite as number;
  const stats: GroupStats[] = [];
  for (const [group, members] of byGroup(rows)) {
    const values = members.map((row) => row.composite as number);
    const n = values.length;
    const groupSum = values.reduce((a, b) => a + b, 0);
    const m = groupSum / n;
    const rest = total > n ? (sum - groupSum) / (total - n) : null;
    const gap = rest === null ? null : m - rest;
    const counts = new Map<string, number>();
    for (const row of members) counts.set(row.grade ?? "", (counts.get(row.grade ?? "") ?? 0) + 1);
    stats.push({
      group,
      n,
      mean: m,
      median: median(values),
      sd: allEqual(values) ? 0 : stdevP(values),
      rest,
      gap,
      flag: flagOf(n, gap, settings),
      grades: bands.map((band) => {
        const count = counts.get(band.label) ?? 0;
        return { label: band.label, count, share: count / n };
      }),
      excess: quotaExcess(counts, n, bands),
    });
  }
  return stats.sort(
    (a, b) => b.mean - a.mean || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)
  );
}

function flagOf(n: number, gap: number | null, settings: CalibrationSettings): GroupFlag {
  if (n < settings.minGroup) return "too-small";
  if (gap === null) return "normal";
  if (clean(gap) >= settings.gap) return "lenient";
  if (clean(gap) <= -settings.gap) return "harsh";
  return "normal";
}

export type CalibratedRow = {
  id: string;
  group: string;
  row: RowResult;
  composite: number;
  calibrated: number;
  rank: NonNullable<RowResult["rank"]>;
  calibratedRank: NonNullable<RowResult["rank"]>;
  grade: string;
  calibratedGrade: string;
  /** The published overall rank − the calibrated one: positive = moved up. */
  deltaRank: number;
};

export type NormaliseOptions = {
  bands: readonly GradeBand[];
  precision: number;
  method: RankMethod;
  settings: CalibrationSettings;
};

/**
 * calibration.md §1 `--normalize`: c = M + (x − mean_g) × S / sd_g for rows of groups that are not too
 * small (M = mean_g when the group's values are all equal), x for rows of too-small groups, 0 for a vetoed
 * row; rounded once to the template's precision, floored at 0. Ranks (three scopes, the tab's method) and
 * grades are then computed on c as `rank` computes them; rows come by calibrated rank, ties by id.
 */
export function normalise(rows: readonly GroupedRow[], options: NormaliseOptions): CalibratedRow[] {
  if (rows.length === 0) return [];
  const { mean: M, sd: S } = bankSpread(rows);
  const groups = byGroup(rows);
  const scale = new Map<string, { mean: number; factor: number | null; small: boolean }>();
  for (const [group, members] of groups) {
    const values = members.map((row) => row.composite as number);
    const equal = allEqual(values);
    scale.set(group, {
      mean: mean(values),
      factor: equal ? null : S / stdevP(values),
      small: values.length < options.settings.minGroup,
    });
  }
  const groupOf = new Map<RowResult, string>();
  for (const [group, members] of groups) for (const row of members) groupOf.set(row, group);

  const clones: RowResult[] = rows.map(({ row }) => {
    const x = row.composite as number;
    const g = scale.get(groupOf.get(row) as string) as {
      mean: number;
      factor: number | null;
      small: boolean;
    };
    let c: number;
    if (row.veto) c = 0;
    else if (g.small) c = x;
    else c = g.factor === null ? M : M + (x - g.mean) * g.factor;
    c = Math.max(0, excelRound(c, options.precision)) + 0; // + 0: never -0
    return { ...row, composite: c, rank: null, grade: null };
  });
  const original = new Map<string, RowResult>(rows.map(({ row }) => [row.id, row]));
  rankAndOrder(clones, options.method);
  const lowest = options.bands[options.bands.length - 1];
  return clones.map((clone) => {
    const row = original.get(clone.id) as RowResult;
    const calibratedGrade = clone.veto
      ? lowest.label
      : (gradeFor(clone.composite as number, options.bands) ?? lowest).label;
    const rank = row.rank as NonNullable<RowResult["rank"]>;
    const calibratedRank = clone.rank as NonNullable<RowResult["rank"]>;
    return {
      id: row.id,
      group: groupOf.get(row) as string,
      row,
      composite: row.composite as number,
      calibrated: clone.composite as number,
      rank,
      calibratedRank,
      grade: row.grade as string,
      calibratedGrade,
      deltaRank: rank.overall - calibratedRank.overall,
    };
  });
}
