import path from "node:path";
import { flagCounts } from "../../core/calibration/calibrate";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import { excelRound } from "../../core/util/excel-round";
import { RANKING_FIXED_COLUMNS } from "../../jobs/assessment/ranking-sheet";
import { dataSheets } from "../../jobs/assessment/score-data";
import {
  calibrateAudit,
  calibrateJob,
  calibrateSheetsToRead,
  type CalibrateJobResult,
} from "../../jobs/calibration/calibrate-job";
import { FLAG_KEYS } from "../../jobs/calibration/calibration-sheets";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { groupName } from "../../jobs/calibration/grouping";
import { sayIn } from "../../jobs/shared/say";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import type { WorkbookSnapshot } from "../../workbook/port";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import type { Command } from "../command";
import { refusedOutput, openTemplate, openWorkbook, osUser, saveWorkbook } from "../files";
import { printJson, sayTo, type Io, type Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { cannotRun } from "../report-json";

/**
 * `bank-assess calibrate <ranking.xlsx> [--by 机构|部门|<column>] [--normalize] [--period 2025Q4] --out 校准.xlsx`
 * (calibration.md §1): a new workbook with 权重模板, the score data and the published ranking tab as values
 * (what verify needs), 校准分析 (and 排名 校准), and the 审计日志 with this job's row. The input is only
 * read. Exit 0 no group lenient or harsh, 1 one is, 2 cannot run.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const [file, ...extra] = args.files;
  if (!file) return missingArgument("calibrate", "ranking");
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (!args.out) return missingOut("calibrate");
  const refused = refusedOutput(args.out, [file, args.template]);
  if (refused) return { error: refused };
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  if (io.progress) sayTo(io, args.lang)("cli.reading", { file });
  const book = await openWorkbook(file);
  if (!book.ok) return { error: book.error };
  const listed = await book.value.read([]);
  const snapshot = await book.value.read(calibrateSheetsToRead(listed, args.sheet));
  const result = calibrateJob(
    { snapshot, source: path.basename(file) },
    {
      by: args.by,
      normalize: args.normalize,
      period: args.period,
      sheet: args.sheet,
      template: template?.value,
      locale: args.lang,
    }
  );
  if (!result.template || !result.rankingSheet) return cannotRun(io, result.problems, args);
  // The published tab the job chose (by the registry) is copied: only it is read, not every ranking tab.
  const published = (await book.value.read([result.rankingSheet])).grids.get(result.rankingSheet);
  if (published) snapshot.grids.set(result.rankingSheet, published);
  const output = XlsxWorkbook.empty();
  await output.write(outputSheets(snapshot, result, args.lang));
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  if (args.json) printJson(io, calibrateJson(result));
  report(io, result, saved.value, args.lang);
  return { code: result.flagged > 0 ? 1 : 0 };
}

/**
 * What the new workbook holds: 权重模板, the score data and the published tab (its columns everyone reads
 * and verify checks) as values, the calibration sheets, and the input's 审计日志 with this job's row.
 */
function outputSheets(snapshot: WorkbookSnapshot, result: CalibrateJobResult, locale: Locale) {
  return newWorkbookSheets({
    snapshots: [snapshot],
    template: result.template,
    copies: [
      ...dataSheets(snapshot)
        .filter((name) => snapshot.grids.has(name))
        .map((name) => ({ name, release: true })),
      { name: result.rankingSheet as string, columns: RANKING_FIXED_COLUMNS, release: true },
    ],
    sheets: result.sheets,
    audit: calibrateAudit(result, { who: osUser(), locale }),
    generatedAt: formatTimestamp(new Date()),
    locale,
  });
}

/** A statistic without binary noise (91.60000000000001 is 91.6): 9 decimals, as the flags are decided. */
const clean = (value: number) => excelRound(value, 9);

/** --json (calibration.md §1): the groups, and with --normalize every ranked row's two standings. */
export function calibrateJson(result: CalibrateJobResult) {
  return {
    groups: result.groups.map((g) => ({
      group: g.group,
      n: g.n,
      mean: clean(g.mean),
      median: clean(g.median),
      sd: clean(g.sd),
      rest: g.rest === null ? null : clean(g.rest),
      flag: g.flag,
      excess: g.excess,
    })),
    ...(result.rows
      ? {
          rows: result.rows.map((row) => ({
            id: row.id,
            composite: row.composite,
            calibrated: row.calibrated,
            rank: row.rank.overall,
            calibratedRank: row.calibratedRank.overall,
            grade: row.grade,
            calibratedGrade: row.calibratedGrade,
          })),
        }
      : {}),
  };
}

/** On stderr: each lenient or harsh group with its figures, then one line of counts and the file. */
function report(io: Io, result: CalibrateJobResult, file: string, lang: Locale) {
  const say = sayTo(io, lang);
  const precision = result.template?.template.precision ?? 2;
  const shown = (value: number | null) => (value === null ? "—" : value.toFixed(precision));
  const counts = flagCounts(result.groups);
  const flagged = result.groups.filter((g) => g.flag === "lenient" || g.flag === "harsh");
  for (const g of flagged)
    say("cli.calibrateGroup", {
      flag: formatFlag(g.flag, lang),
      group: groupName(sayIn(lang), g.group),
      n: g.n,
      mean: shown(g.mean),
      rest: shown(g.rest),
      gap: shown(g.gap),
    });
  say("cli.calibrated", {
    ranking: result.rankingSheet ?? "",
    by: result.by,
    groups: result.groups.length,
    lenient: counts.lenient,
    harsh: counts.harsh,
    file,
  });
}

const formatFlag = (flag: keyof typeof FLAG_KEYS, lang: Locale) =>
  formatMessage(lang, FLAG_KEYS[flag]);

export const calibrateCommand: Command = { name: "calibrate", help: "cli.help.calibrate", run };
