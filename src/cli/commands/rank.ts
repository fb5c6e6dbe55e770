import path from "node:path";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { rankingPeriod, type PeriodRefusal } from "../../core/cycle/periods";
import {
  inspect,
  sheetsToRead,
  withScoreSheets,
  type Inspection,
} from "../../jobs/assessment/inspect";
import { LIVE_ROW_LIMIT } from "../../jobs/assessment/ranking-formulas";
import {
  rankAudit,
  rankingSheets,
  type RankJobOptions,
  type RankJobResult,
} from "../../jobs/assessment/rank-job";
import { TEMPLATE_SHEET } from "../../jobs/shared/template-sheet";
import { AUDIT_SHEET } from "../../jobs/shared/audit-log";
import { countErrors, issueText, reasonsIndex } from "../../jobs/shared/issue";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import { phaseClock } from "../../core/util/phase-clock";
import type { WorkbookSnapshot } from "../../workbook/port";
import type { CliError, ParsedArgs } from "../args";
import type { Command } from "../command";
import { refusedOutput, openTemplate, openWorkbook, osUser, saveNewWorkbook } from "../files";
import { EXIT, printIssues, printJson, sayTo, type Io, type Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { issuesJson, rowJson, templateJson } from "../report-json";

/**
 * The one read of the score workbook, and its inspection. The opened file (its bytes and its text) is let go
 * when they are made: only the grids read and the inspection go on.
 */
async function readAndInspect(
  file: string,
  options: RankJobOptions
): Promise<{ error: CliError } | { snapshot: WorkbookSnapshot; inspection: Inspection }> {
  const readStart = phaseClock.start();
  const input = await openWorkbook(file);
  if (!input.ok) return { error: input.error };
  const snapshot = await input.value.read([...sheetsToRead(options), AUDIT_SHEET]);
  phaseClock.add("read", readStart);
  const inspection = await phaseClock.timeAsync("assess", () =>
    withScoreSheets(input.value, snapshot, inspect(snapshot, options))
  );
  return { snapshot, inspection };
}

/** What `rank` reports of the job once its sheets are made (the records it read are not kept). */
type Ranked = Pick<
  RankJobResult,
  "template" | "assessed" | "issues" | "rankingSheet" | "period" | "inputHash"
>;

/**
 * The read, the checks, the period and the ranking's sheets (made when written). The rows read (their
 * records) are let go once hashed: nothing written or reported needs them (some 30 MB at 100,000 rows).
 */
async function prepareRanking(
  file: string,
  options: RankJobOptions,
  args: ParsedArgs,
  io: Io
): Promise<
  | Outcome
  | {
      snapshot: WorkbookSnapshot;
      template: LoadedTemplate;
      sheet: string;
      ranking: ReturnType<typeof rankingSheets>["sheets"];
      result: Ranked;
    }
> {
  const say = sayTo(io, args.lang);
  const read = await readAndInspect(file, options);
  if ("error" in read) return read;
  const { snapshot, inspection } = read;
  const template = inspection.template;
  // Nothing scored (no such sheet, not a score sheet, no 工号 column…): no workbook without a ranking tab.
  if (
    !template ||
    !snapshot.grids.has(inspection.sheet) ||
    inspection.fatal ||
    !inspection.assessed
  ) {
    printIssues(io, inspection.issues, args.lang);
    if (args.json) printJson(io, { issues: issuesJson(inspection.issues, args.lang) });
    return { code: EXIT.cannotRun };
  }
  // The period typed (checked by the arguments), else the template's when it can be; said either way.
  const chosen = rankingPeriod(args.period, template.template);
  if (!chosen.ok) return { error: periodError(chosen.error) };
  say(chosen.value.from === "typed" ? "cli.periodUsed.typed" : "cli.periodUsed.template", {
    period: chosen.value.text,
  });
  options.period = chosen.value.text;
  if (args.live && inspection.records.length > LIVE_ROW_LIMIT)
    say("cli.liveSlow", { rows: inspection.records.length });
  // The score sheet's copy is the user's data: a ranking tab never takes its name (排名 2025 → 排名 2025 (2)).
  const names = [
    { name: TEMPLATE_SHEET, owned: true },
    { name: inspection.sheet, owned: false },
  ];
  // Each sheet is made when it is written and let go before the next is made, so a 100,000-row workbook
  // never has two of its large sheets in memory at once; the score grid goes once it is copied.
  const { sheets, result } = rankingSheets(inspection, { sheets: names }, options);
  const { assessed, issues, rankingSheet, period, inputHash } = result;
  return {
    snapshot,
    template,
    sheet: inspection.sheet,
    ranking: sheets,
    result: { template: result.template, assessed, issues, rankingSheet, period, inputHash },
  };
}

/**
 * `bank-assess rank <评分表.xlsx> --out 排名.xlsx`: the template applied post by post and ranked. The input is
 * never rewritten (ExcelJS would drop its charts, pivot tables and macros): the result is a new workbook with
 * the weight template, the score sheet as values, and the ranking tab. One read, one write.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const say = sayTo(io, args.lang);
  const [file] = args.files;
  if (!file) return missingArgument("rank", "scores");
  if (!args.out) return missingOut("rank");
  const refused = refusedOutput(args.out, [file, args.template]);
  if (refused) return { error: refused };
  const external = args.template ? await openTemplate(args.template, args.lang) : null;
  if (external && !external.ok) return { error: external.error };
  if (io.progress) say("cli.reading", { file });
  const options: RankJobOptions = {
    sheet: args.sheet,
    template: external?.value,
    method: args.method,
    period: args.period,
    live: args.live,
    source: path.basename(file),
    locale: args.lang,
  };
  const prepared = await prepareRanking(file, options, args, io);
  if (!("ranking" in prepared)) return prepared;
  const { snapshot, template, sheet, ranking, result } = prepared;
  // Written while it is made: each sheet goes to the disk once compressed (see saveNewWorkbook).
  const saved = await saveNewWorkbook(
    newWorkbookSheets({
      snapshots: [snapshot],
      template,
      copies: [{ name: sheet, release: true }],
      sheets: ranking,
      audit: rankAudit(result, { ...options, who: osUser() }),
      generatedAt: formatTimestamp(new Date()),
      locale: args.lang,
    }),
    args.out,
    { err: io.err, lang: args.lang }
  );
  if (!saved.ok) return { error: saved.error };
  const assessed = result.assessed;
  if (args.json) printJson(io, rankJson(result, template, saved.value, args));
  else printIssues(io, result.issues, args.lang);
  say("cli.ranked", {
    ranked: assessed?.ranked.length ?? 0,
    unranked: assessed?.unranked.length ?? 0,
    sheet: result.rankingSheet ?? "",
    file: saved.value,
  });
  const attention = countErrors(result.issues) > 0 || (assessed?.unranked.length ?? 0) > 0;
  return { code: attention ? EXIT.attention : EXIT.ok };
}

/** --json: the ranked rows with their standing, the unranked with why, the issues. */
function rankJson(result: Ranked, template: LoadedTemplate, output: string, args: ParsedArgs) {
  const assessed = result.assessed;
  const reasons = reasonsIndex(result.issues);
  return {
    output,
    rankingSheet: result.rankingSheet,
    period: result.period,
    periodFrom: args.period ? "typed" : "template",
    method: assessed?.method ?? null,
    template: templateJson(template),
    inputHash: result.inputHash,
    ranked: (assessed?.ranked ?? []).map((row) => rowJson(row, template)),
    unranked: (assessed?.unranked ?? []).map((row) => ({
      id: row.id,
      name: row.name ?? null,
      row: row.source?.row ?? null,
      reasons: reasons(row).map((issue) => issueText(issue, args.lang)),
    })),
    summary: assessed?.summary ?? null,
    issues: issuesJson(result.issues, args.lang),
  };
}

/** Why no period could be chosen, as the command says it: with --period and an example. */
export function periodError(refusal: PeriodRefusal): CliError {
  switch (refusal.code) {
    case "invalid":
      return { key: "cli.badPeriod", params: { option: "--period", value: refusal.text } };
    case "quarterNeeded":
      return { key: "cli.period.quarterNeeded", params: { year: refusal.year } };
    case "templateInvalid":
      return { key: "cli.period.templateInvalid", params: { text: refusal.text } };
    case "missing":
      return { key: "cli.period.missing", params: {} };
  }
}

export const rankCommand: Command = { name: "rank", help: "cli.help.rank", run };
