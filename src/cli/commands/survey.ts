import path from "node:path";
import { formatMessage } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { issueText } from "../../jobs/shared/issue";
import { measureExport, writeSurvey } from "../../jobs/survey/survey-job";
import {
  surveyFromCsv,
  surveyFromGrid,
  type SurveyExport,
  type SurveyReadError,
} from "../../jobs/survey/survey-read";
import { surveyObjects } from "../../jobs/survey/survey-scores";
import { SURVEY_SUMMARY_SHEET } from "../../jobs/survey/survey-sheets";
import type { Result } from "../../core/util/result";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { CliError, ParsedArgs } from "../args";
import { scoresAndTemplate } from "../scores-and-template";
import type { Command } from "../command";
import {
  checkOutput,
  openWorkbook,
  osUser,
  outputIsInput,
  readInput,
  saveWorkbook,
} from "../files";
import { EXIT, printIssues, printJson, sayTo, type Io, type Outcome } from "../io";

/** The indicator must be one of the template's, scored `direct` (its value is typed in, as a survey's is). */
function indicatorError(loaded: LoadedTemplate, id: string): CliError | null {
  const all = loaded.template.posts.flatMap((p) => p.indicators);
  const direct = [...new Set(all.filter((i) => i.scoring.method === "direct").map((i) => i.id))];
  const found = all.find((i) => i.id === id);
  if (!found)
    return {
      key: "cli.survey.unknownIndicator",
      params: { indicator: id, direct: direct.length ? direct : ["—"] },
    };
  if (!all.some((i) => i.id === id && i.scoring.method === "direct"))
    return {
      key: "cli.survey.notDirect",
      params: { indicator: `${found.name}（${id}）`, method: found.scoring.method },
    };
  return null;
}

/** The export's answers and bytes: an .xlsx (its first sheet) or a .csv. */
async function readExport(
  file: string
): Promise<{ error: CliError } | { exported: SurveyExport; bytes: Uint8Array }> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv")
    return { error: { key: "cli.survey.badExport", params: { file } } };
  const bytes = await readInput(file);
  if (!bytes.ok) return { error: bytes.error };
  let read: Result<SurveyExport, SurveyReadError>;
  if (extension === ".csv") read = surveyFromCsv(bytes.value, path.basename(file));
  else {
    const book = await openWorkbook(file);
    if (!book.ok) return { error: book.error };
    const first = (await book.value.read([])).sheets[0]?.name;
    const grid = first ? (await book.value.read([first])).grids.get(first) : undefined;
    read = grid
      ? surveyFromGrid(grid)
      : { ok: false, error: { key: "survey.noHeader", params: { sheet: file } } };
  }
  if (!read.ok) return { error: { key: read.error.key, params: read.error.params } };
  return { exported: read.value, bytes: bytes.value };
}

/** The arguments every run needs, or the refusal naming the one missing. */
function missing(args: ParsedArgs): CliError | null {
  if (args.files.length === 0) return { key: "cli.survey.missingExport", params: {} };
  if (args.files.length > 1) return { key: "cli.survey.oneExport", params: { files: args.files } };
  if (!args.scores) return { key: "cli.survey.missingScores", params: {} };
  if (!args.indicator) return { key: "cli.survey.missingIndicator", params: {} };
  if (!args.out) return { key: "cli.survey.missingOut", params: {} };
  return checkOutput(args.out, [".xlsx"]);
}

/** `survey <export.xlsx|.csv> --scores 评分表.xlsx --indicator <id> --out …`: reviews.md §5. */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const refused = missing(args);
  if (refused) return { error: refused };
  const [file] = args.files;
  const out = args.out!;
  const indicator = args.indicator!;
  const clash = outputIsInput(out, [file, args.scores, args.template]);
  if (clash) return { error: clash };
  const opened = await scoresAndTemplate(
    { ...args, scores: args.scores! },
    "cli.survey.needTemplate"
  );
  if ("error" in opened) return opened;
  const { snapshot, template } = opened;
  const wrong = indicatorError(template, indicator);
  if (wrong) return { error: wrong };
  const read = await readExport(file);
  if ("error" in read) return read;
  const known = surveyObjects(snapshot, template, read.exported.by);
  if (!known || known.size === 0)
    return { error: { key: "cli.survey.noScoreSheet", params: { file: args.scores! } } };
  const scale = args.scale ?? 5;
  const measure = args.measure ?? "mean";
  const collected = measureExport(read.exported, read.bytes, {
    scale,
    measure,
    precision: template.template.precision,
    known,
  });
  printIssues(io, collected.issues, args.lang);
  const say = sayTo(io, args.lang);
  if (!collected.objects.some((o) => o.value !== null)) {
    say("cli.survey.nothingMeasured", { file });
    return { code: EXIT.cannotRun };
  }
  const output = XlsxWorkbook.empty();
  const written = await writeSurvey(output, collected, {
    template,
    scores: snapshot,
    indicator,
    source: path.basename(file),
    overwrite: args.overwrite,
    locale: args.lang,
    who: osUser(),
  });
  printIssues(io, written.issues, args.lang);
  if (written.kept > 0 && !args.overwrite) say("cli.survey.keptHint");
  if (written.unfilled.length > 0)
    say("cli.survey.unfilled", {
      count: written.unfilled.length,
      ids: written.unfilled.slice(0, 10),
    });
  const saved = await saveWorkbook(output, out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  say("cli.survey.written", {
    file: saved.value,
    filled: written.filled,
    sheet: SURVEY_SUMMARY_SHEET,
  });
  if (args.json)
    printJson(io, {
      by: collected.by,
      measure,
      scale,
      objects: collected.objects.map((o) => ({
        object: o.object,
        answers: o.answers,
        value: o.value,
        warning: o.fewAnswers
          ? formatMessage(args.lang, "survey.fewAnswers", { object: o.object, answers: o.answers })
          : null,
      })),
      filled: written.filled,
      kept: written.kept,
      unfilled: written.unfilled,
      issues: [...collected.issues, ...written.issues].map((issue) => ({
        severity: issue.severity,
        cell: issue.cell ?? null,
        message: issueText(issue, args.lang),
      })),
    });
  const attention =
    collected.issues.length > 0 || written.issues.length > 0 || written.unfilled.length > 0;
  return { code: attention ? EXIT.attention : EXIT.ok };
}

export const surveyCommand: Command = { name: "survey", help: "cli.help.survey", run };
