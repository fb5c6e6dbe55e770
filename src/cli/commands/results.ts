import path from "node:path";
import { isoDate, serialOf } from "../../core/calendar/official-calendar";
import { formatMessage } from "../../core/i18n/messages";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { resultsAudit, resultsJob, resultsSheetsToRead } from "../../jobs/cycle/results-job";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import { refusedOutput, openTemplate, openWorkbook, osUser, saveWorkbook } from "../files";
import type { Command } from "../command";
import type { Io, Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { cannotRun } from "../report-json";
import { loadArrangements } from "../calendar-files";
import { issueText } from "../../jobs/shared/issue";

/**
 * `bank-assess results <ranking.xlsx> [--history <earlier ranking workbooks…>] [--published 2026-01-09]
 * --out 结果.xlsx`: a new workbook with 权重模板, 反馈单, 结果应用, 整改跟踪 and 培训需求. Inputs are only read.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const [file, ...extra] = args.files;
  if (!file) return missingArgument("results", "ranking");
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (!args.out) return missingOut("results");
  const refused = refusedOutput(args.out as string, [file, ...args.history, args.template]);
  if (refused) return { error: refused };
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  const arrangement = await loadArrangements(args.calendars, args.lang);
  if (!arrangement.ok) return { error: arrangement.error };
  const read = async (name: string) => {
    if (io.progress) io.err(`${formatMessage(args.lang, "cli.reading", { file: name })}\n`);
    const book = await openWorkbook(name);
    if (!book.ok) return book;
    const listed = await book.value.read([]);
    return {
      ok: true as const,
      value: {
        snapshot: await book.value.read(resultsSheetsToRead(listed, args.sheet)),
        source: path.basename(name),
      },
    };
  };
  const input = await read(file);
  if (!input.ok) return { error: input.error };
  const history = [];
  for (const name of args.history) {
    const earlier = await read(name);
    if (!earlier.ok) return { error: earlier.error };
    history.push(earlier.value);
  }
  const result = resultsJob(input.value, {
    period: args.period,
    history,
    published: args.published ? serialOf(args.published) : undefined,
    sheet: args.sheet,
    template: template?.value,
    locale: args.lang,
    arrangement: arrangement.value,
  });
  if (!result.results || !result.template) {
    return cannotRun(io, result.problems, args);
  }
  const output = XlsxWorkbook.empty();
  // The ranking workbook's 审计日志 goes on in the new workbook, with this job's row.
  await output.write(
    newWorkbookSheets({
      snapshots: [input.value.snapshot],
      template: result.template,
      sheets: result.sheets,
      audit: resultsAudit(result, { who: osUser(), locale: args.lang }),
      generatedAt: formatTimestamp(new Date()),
      locale: args.lang,
    })
  );
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  const { results } = result;
  if (args.json)
    io.out(
      `${JSON.stringify(
        {
          output: saved.value,
          rankingSheet: result.rankingSheet,
          period: results.period,
          published: isoDate(results.published),
          inputHash: result.inputHash,
          counts: results.counts,
          objects: results.objects.map(({ row, outcome, feedback }) => ({
            id: row.id,
            name: row.name ?? null,
            pass: outcome.pass,
            reward: outcome.reward,
            warning: outcome.warning ? { deadline: isoDate(outcome.warning.deadline) } : null,
            penalty: outcome.penalty,
            consecutiveFailures: outcome.consecutiveFailures,
            strengths: feedback?.strengths ?? [],
            weaknesses: feedback?.weaknesses ?? [],
            training: [...new Set(feedback?.training.flatMap((entry) => entry.courses) ?? [])],
          })),
          appealDeadline: isoDate(results.appealDeadline),
          notes: result.notes.map((note) => issueText(note, args.lang)),
        },
        null,
        2
      )}\n`
    );
  io.err(
    `${formatMessage(args.lang, "cli.resultsWritten", {
      period: results.period,
      objects: results.objects.length,
      reward: results.counts.reward,
      warning: results.counts.warning,
      penalty: results.counts.penalty,
      none: results.counts.noResult,
      deadline: isoDate(results.appealDeadline),
      file: saved.value,
    })}\n`
  );
  for (const note of result.notes) io.err(`! ${issueText(note, args.lang)}\n`);
  // Warnings are findings someone must act on: exit 1, as a ranking with unranked rows.
  return {
    code:
      results.counts.warning > 0 || results.counts.noResult > 0 || result.notes.length > 0 ? 1 : 0,
  };
}

export const resultsCommand: Command = { name: "results", help: "cli.help.results", run };
