import { flagCounts, type GroupStats } from "../../core/calibration/calibrate";
import type { GradeBand } from "../../core/template/schema";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { headerWidths, oneLineHeaders, tableLayout, wrappedHeight } from "../shared/print-layout";
import { sayIn, type Say } from "../shared/say";
import { groupName } from "./grouping";
import { headerCells } from "../shared/table-rows";
import { scoreFormat } from "../../workbook/number-format";
import {
  calibrationProvenance,
  calibrationProvenanceLine,
  calibrationTitle,
  FLAG_KEYS,
  type CalibrationContext,
} from "./calibration-sheets";

const FIRST_ROW = 3; // 0-based: title, provenance, header
const SHARE = "0.00%";
const FLAG_COLUMN = 7;
/** 组别, 人数, 平均分, 中位数, 标准差, 其余平均, 差距, 判定; then a share per grade and an excess per quota. */
const WIDTHS = [16, 7, 9, 9, 9, 9, 9, 9];
const SHARE_WIDTH = 9;
const EXCESS_WIDTH = 11;

/** What the overall statistics of a normalisation were, for the explanation (M and S of calibration.md §1). */
export type Normalisation = { sheet: string; mean: number; sd: number } | null;

/**
 * 校准分析 (calibration.md §1): one row per group, most lenient first — n, mean, median, STDEV.P, the rest's
 * mean, the gap and the flag, each grade's share and each quota's excess ("需调出 k 人") — then, under the
 * table, what a branch manager needs to read it in print: the grouping column, the rule with the gap and the
 * smallest group used, what the quota means, and the normalisation when one was made.
 */
export function analysisSheetSpec(
  name: string,
  groups: readonly GroupStats[],
  context: CalibrationContext,
  normalisation: Normalisation
): SheetSpec {
  const say = sayIn(context.locale);
  const bands = context.loaded.template.grades;
  const quotas = bands.filter((band) => band.maxShare !== undefined);
  const header = [
    say("sheet.calibration.col.group"),
    say("sheet.calibration.col.n"),
    say("sheet.calibration.col.mean"),
    say("sheet.calibration.col.median"),
    say("sheet.calibration.col.sd"),
    say("sheet.calibration.col.rest"),
    say("sheet.calibration.col.gap"),
    say("sheet.calibration.col.flag"),
    ...bands.map((band) => say("sheet.calibration.col.share", { grade: band.label })),
    ...quotas.map((band) => say("sheet.calibration.col.excess", { grade: band.label })),
  ];
  const widths = oneLineHeaders(
    header,
    headerWidths(
      header,
      [...WIDTHS, ...bands.map(() => SHARE_WIDTH), ...quotas.map(() => EXCESS_WIDTH)],
      { lines: 2 }
    )
  );
  const score = scoreFormat(context.loaded.template.precision);
  const title = calibrationTitle("sheet.calibration.title", context, say);
  const line = calibrationProvenanceLine(context, say);
  const layout = tableLayout(header, widths, 1, say("sheet.confidential"), { title, line });
  const body = groups.map((group) => groupRow(group, bands, quotas, score, say));
  const rows: OutCell[][] = [
    [{ value: title, bold: true, size: 16, wrap: true }],
    [{ value: line, wrap: true }],
    headerCells(header),
    ...body,
    [],
  ];
  const last = columnLetters(header.length - 1);
  const span = widths.reduce((sum, width) => sum + width, 0);
  const merges = [...(layout.merges ?? [])];
  const rowHeights = { ...layout.rowHeights };
  for (const text of explanation(groups, context, normalisation, say)) {
    merges.push(`A${rows.length + 1}:${last}${rows.length + 1}`);
    rowHeights[rows.length] = Math.max(15, wrappedHeight(text, span - 2));
    rows.push([{ value: text, wrap: true }]);
  }
  const flagColumn = columnLetters(FLAG_COLUMN);
  const flagRange = `${flagColumn}${FIRST_ROW + 1}:${flagColumn}${Math.max(FIRST_ROW + groups.length, FIRST_ROW + 1)}`;
  return {
    name,
    rows,
    columns: widths.map((width, c) => ({
      width,
      ...(c >= 2 && c <= 6 ? { format: score } : {}),
      ...(c >= WIDTHS.length && c < WIDTHS.length + bands.length ? { format: SHARE } : {}),
    })),
    ...layout,
    merges,
    rowHeights,
    freeze: { rows: FIRST_ROW, columns: 1 },
    filter: `A${FIRST_ROW}:${last}${FIRST_ROW + Math.max(groups.length, 1)}`,
    conditionalFormats: [
      { range: flagRange, equals: say(FLAG_KEYS.lenient), fill: "FFC7CE", font: "9C0006" },
      { range: flagRange, equals: say(FLAG_KEYS.harsh), fill: "FFEB9C", font: "9C5700" },
    ],
    print: layout.print && { ...layout.print, area: `A1:${last}${rows.length}` },
    provenance: calibrationProvenance("calibration", context),
  };
}

function groupRow(
  group: GroupStats,
  bands: readonly GradeBand[],
  quotas: readonly GradeBand[],
  score: string,
  say: Say
): OutCell[] {
  const shares = new Map(group.grades.map((grade) => [grade.label, grade.share]));
  return [
    { value: groupName(say, group.group) },
    { value: group.n },
    { value: group.mean, format: score },
    { value: group.median, format: score },
    { value: group.sd, format: score },
    { value: group.rest, format: score },
    { value: group.gap, format: score },
    { value: say(FLAG_KEYS[group.flag]) },
    ...bands.map((band) => ({ value: shares.get(band.label) ?? 0, format: SHARE })),
    ...quotas.map((band) => ({
      value: group.excess[band.label]
        ? say("sheet.calibration.excess", { count: group.excess[band.label] })
        : null,
    })),
  ];
}

/** The lines under the table: the grouping, the rule used, the quota, the normalisation, the verdict. */
function explanation(
  groups: readonly GroupStats[],
  context: CalibrationContext,
  normalisation: Normalisation,
  say: Say
): string[] {
  const n = groups.reduce((sum, group) => sum + group.n, 0);
  const counts = flagCounts(groups);
  const precision = context.loaded.template.precision;
  return [
    say("sheet.calibration.about.groups", {
      sheet: context.dataSheet,
      by: context.by,
      groups: groups.length,
      n,
      ranking: context.ranking,
    }),
    say("sheet.calibration.about.rule", {
      gap: context.settings.gap,
      minGroup: context.settings.minGroup,
    }),
    say("sheet.calibration.about.quota"),
    normalisation
      ? say("sheet.calibration.about.normalised", {
          mean: normalisation.mean.toFixed(precision),
          sd: normalisation.sd.toFixed(precision),
          sheet: normalisation.sheet,
        })
      : say("sheet.calibration.about.notNormalised"),
    say("sheet.calibration.about.verdict", {
      lenient: counts.lenient,
      harsh: counts.harsh,
      small: counts["too-small"],
    }),
  ];
}
