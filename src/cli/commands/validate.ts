import path from "node:path";
import { validateJob } from "../../jobs/assessment/validate-job";
import { countErrors } from "../../jobs/shared/issue";
import type { ParsedArgs } from "../args";
import type { Command } from "../command";
import { openTemplate, openWorkbook } from "../files";
import { EXIT, printIssues, printJson, sayTo, type Io, type Outcome } from "../io";
import { missingArgument } from "../missing";
import { issuesJson, templateJson } from "../report-json";

/** `bank-assess validate <评分表.xlsx>`: every problem of a score sheet with its cell. Only reads. */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const say = sayTo(io, args.lang);
  const [file] = args.files;
  if (!file) return missingArgument("validate", "scores");
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  if (io.progress) say("cli.reading", { file });
  const book = await openWorkbook(file);
  if (!book.ok) return { error: book.error };
  const result = await validateJob(book.value, { sheet: args.sheet, template: template?.value });
  const errors = countErrors(result.issues);
  const warnings = result.issues.length - errors;
  if (args.json) {
    printJson(io, {
      file: path.resolve(file),
      sheet: result.sheet,
      template: result.template ? templateJson(result.template) : null,
      rows: result.records.length,
      errors,
      warnings,
      issues: issuesJson(result.issues, args.lang),
    });
  } else {
    printIssues(io, result.issues, args.lang);
  }
  say("cli.validated", { sheet: result.sheet, rows: result.records.length, errors, warnings });
  if (result.fatal) return { code: EXIT.cannotRun };
  return { code: errors > 0 ? EXIT.attention : EXIT.ok };
}

export const validateCommand: Command = { name: "validate", help: "cli.help.validate", run };
