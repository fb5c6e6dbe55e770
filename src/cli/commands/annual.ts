import path from "node:path";
import { formatMessage } from "../../core/i18n/messages";
import { annualAudit, annualJob, annualSheetsToRead } from "../../jobs/cycle/annual-job";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { countErrors } from "../../jobs/shared/issue";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import { refusedOutput, openTemplate, openWorkbook, osUser, saveWorkbook } from "../files";
import type { Command } from "../command";
import type { Io, Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { cannotRun, templateJson } from "../report-json";

/**
 * `bank-assess annual <quarterly ranking workbooks…> --out 年度.xlsx`: the quarters' ranking tabs (found
 * through each file's registry) into a new workbook with 权重模板 and `年度排名 2025`. Inputs are only read.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  if (args.files.length === 0) return missingArgument("annual", "quarters");
  if (!args.out) return missingOut("annual");
  const refused = refusedOutput(args.out as string, [...args.files, args.template]);
  if (refused) return { error: refused };
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  const inputs = [];
  for (const file of args.files) {
    if (io.progress) io.err(`${formatMessage(args.lang, "cli.reading", { file })}\n`);
    const book = await openWorkbook(file);
    if (!book.ok) return { error: book.error };
    const listed = await book.value.read([]);
    inputs.push({
      snapshot: await book.value.read(annualSheetsToRead(listed)),
      source: path.basename(file),
    });
  }
  const result = annualJob(inputs, {
    year: args.year,
    method: args.method,
    template: template?.value,
    locale: args.lang,
  });
  if (!result.sheet || !result.template || !result.annual) {
    return cannotRun(io, result.problems, args);
  }
  const output = XlsxWorkbook.empty();
  // The inputs' 审计日志 rows go on in the new workbook (each once, in time order), with this job's row.
  await output.write(
    newWorkbookSheets({
      snapshots: inputs.map((input) => input.snapshot),
      template: result.template,
      sheets: [result.sheet],
      audit: annualAudit(result, { who: osUser(), locale: args.lang }),
      generatedAt: formatTimestamp(new Date()),
      locale: args.lang,
    })
  );
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  const { annual } = result;
  if (args.json)
    io.out(
      `${JSON.stringify(
        {
          output: saved.value,
          rankingSheet: result.sheet.name,
          year: annual.year,
          method: annual.method,
          template: templateJson(result.template),
          inputHash: result.inputHash,
          ranked: annual.ranked.map((row) => ({
            id: row.id,
            name: row.name ?? null,
            post: row.post?.name ?? null,
            composite: row.composite,
            rank: row.rank,
            grade: row.grade,
            quarters: Object.fromEntries(
              Object.entries(row.quarters).map(([period, q]) => [period, q.composite])
            ),
            trend: row.trend,
            postChanges: row.postChanges,
          })),
          unranked: annual.short.map((row) => ({
            id: row.id,
            name: row.name ?? null,
            reason: formatMessage(args.lang, "cycle.short", {
              count: row.quarters,
              needed: row.needed,
            }),
          })),
        },
        null,
        2
      )}\n`
    );
  io.err(
    `${formatMessage(args.lang, "cli.annualWritten", {
      ranked: annual.ranked.length,
      short: annual.short.length,
      sheet: result.sheet.name,
      file: saved.value,
    })}\n`
  );
  return { code: annual.short.length > 0 || countErrors(result.problems) > 0 ? 1 : 0 };
}

export const annualCommand: Command = { name: "annual", help: "cli.help.annual", run };
