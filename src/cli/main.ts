import path from "node:path";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../core/i18n/messages";
import { countErrors, issueText, reasonsFor, type Issue } from "../jobs/shared/issue";
import { inspect, sheetsToRead } from "../jobs/assessment/inspect";
import { AUDIT_SHEET, withAuditLog } from "../jobs/shared/audit-log";
import { rankAudit, rankingSheets } from "../jobs/assessment/rank-job";
import { valuesCopy } from "../jobs/shared/values-copy";
import { osUser } from "./files";
import { LIVE_ROW_LIMIT } from "../jobs/assessment/ranking-formulas";
import {
  TEMPLATE_SHEET,
  templateSheetSpec,
  templateToJson,
} from "../jobs/assessment/template-sheet";
import { formatTimestamp } from "../jobs/shared/timestamp";
import { templateJob } from "../jobs/assessment/template-job";
import { validateJob } from "../jobs/assessment/validate-job";
import { SheetTooLarge, WorkbookDamaged, type Grid } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { ZipError } from "../workbook/xlsx/zip/zip-directory";
import { parseArgs, type CliError, type ParsedArgs } from "./args";
import { resultsCommand } from "./results-command";
import { verifyCommand } from "./verify-command";
import { appealsCommand } from "./appeals-command";
import { annualCommand } from "./annual-command";
import { collectCommand } from "./collect-command";
import { dutiesCommand } from "./duties-command";
import {
  checkOutput,
  openTemplate,
  openWorkbook,
  outputIsInput,
  sameFile,
  saveText,
  saveWorkbook,
} from "./files";
import { HELP } from "./help";
import { version as VERSION } from "../../package.json";
import { issuesJson, rowJson, templateJson } from "./report-json";

/** Where the command writes: injectable, so tests run it in-process. */
export type Io = { out: (text: string) => void; err: (text: string) => void; progress: boolean };

export const EXIT = { ok: 0, attention: 1, cannotRun: 2 } as const;

/**
 * Text for a terminal: control characters other than a line break, a tab or the progress line's return are
 * shown as visible marks, so an escape sequence in a file name, a template or a roster line is never obeyed.
 */
export const printable = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) =>
    c === "\u001b" ? "␛" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );

export async function run(argv: readonly string[], rawIo: Io): Promise<number> {
  const io: Io = {
    out: (text) => rawIo.out(printable(text)),
    err: (text) => rawIo.err(printable(text)),
    progress: rawIo.progress,
  };
  const { args, error } = parseArgs(argv);
  const say = (key: MessageKey, params: MessageParams = {}) =>
    io.err(`${formatMessage(args.lang, key, params)}\n`);
  const fail = (e: CliError) => {
    say(e.key, e.params);
    for (const line of e.details ?? []) io.err(`  - ${line}\n`);
    return EXIT.cannotRun;
  };
  if (error) return fail(error);
  if (args.version) {
    io.out(`bank-assess ${VERSION}\n`);
    return EXIT.ok;
  }
  if (args.help || args.command === null || args.command === "help") {
    io.out(`${HELP[args.lang]}\n`);
    return args.command === null && !args.help ? EXIT.cannotRun : EXIT.ok;
  }
  try {
    switch (args.command) {
      case "template":
        return await templateCommand(args, io, say, fail);
      case "validate":
        return await validateCommand(args, io, say, fail);
      case "rank":
        return await rankCommand(args, io, say, fail);
      case "annual": {
        const outcome = await annualCommand(args, io);
        return "error" in outcome ? fail(outcome.error) : outcome.code;
      }
      case "appeals": {
        const outcome = await appealsCommand(args, io);
        return "error" in outcome ? fail(outcome.error) : outcome.code;
      }
      case "verify": {
        const outcome = await verifyCommand(args, io);
        return "error" in outcome ? fail(outcome.error) : outcome.code;
      }
      case "results": {
        const outcome = await resultsCommand(args, io);
        return "error" in outcome ? fail(outcome.error) : outcome.code;
      }
      case "duties": {
        const outcome = await dutiesCommand(args, io);
        return "error" in outcome ? fail(outcome.error) : outcome.code;
      }
      case "collect": {
        const outcome = await collectCommand(args, io);
        return "error" in outcome ? fail(outcome.error) : outcome.code;
      }
      default:
        return fail({ key: "cli.unknownCommand", params: { command: args.command } });
    }
  } catch (unexpected) {
    // A file that opened but whose sheets cannot be parsed is damaged, not a bug.
    if (unexpected instanceof ZipError || unexpected instanceof WorkbookDamaged)
      return fail({ key: "cli.damaged", params: { file: args.files.join("、") } });
    if (unexpected instanceof SheetTooLarge)
      return fail({
        key: "cli.tooManyRows",
        params: { file: args.files.join("、"), limit: unexpected.limit },
      });
    // A bug, not the user's fault: say so in one line, without a stack trace.
    return fail({ key: "cli.failed", params: { reason: (unexpected as Error).message } });
  }
}

type Say = (key: MessageKey, params?: MessageParams) => void;

/** --json: only JSON on stdout. */
function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Every issue on stderr, errors marked ✗ and warnings !, each naming its cell. */
function printIssues(io: Io, issues: readonly Issue[], lang: Locale): void {
  for (const issue of issues)
    io.err(`${issue.severity === "error" ? "✗" : "!"} ${issueText(issue, lang)}\n`);
}
type Fail = (error: CliError) => number;

async function templateCommand(args: ParsedArgs, io: Io, say: Say, fail: Fail): Promise<number> {
  const [file] = args.files;
  if (!file) return fail({ key: "cli.missingArg", params: { arg: "<template.json|.xlsx>" } });
  if (!args.out) return fail({ key: "cli.missingArg", params: { arg: "--out" } });
  const badOut = checkOutput(args.out, [".xlsx", ".json"]);
  if (badOut) return fail(badOut);
  if (sameFile(file, args.out)) return fail({ key: "cli.sameFile", params: {} });
  const template = await openTemplate(file, args.lang);
  if (!template.ok) return fail(template.error);
  if (/\.json$/i.test(args.out)) {
    // Export: the template as JSON (from a workbook's 权重模板 sheet, or a JSON file normalised).
    const written = await saveText(templateToJson(template.value.template), args.out, {
      err: io.err,
      lang: args.lang,
    });
    if (!written.ok) return fail(written.error);
    say("cli.wrote", { file: written.value });
    return EXIT.ok;
  }
  const book = XlsxWorkbook.empty();
  const { sheets } = await templateJob(book, {
    template: template.value,
    rows: args.rows,
    locale: args.lang,
    who: osUser(),
  });
  const saved = await saveWorkbook(book, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return fail(saved.error);
  if (args.json)
    printJson(io, { output: saved.value, sheets, template: templateJson(template.value) });
  say("cli.templateWritten", { file: saved.value, sheets: sheets.join("、") });
  return EXIT.ok;
}

async function validateCommand(args: ParsedArgs, io: Io, say: Say, fail: Fail): Promise<number> {
  const [file] = args.files;
  if (!file) return fail({ key: "cli.missingArg", params: { arg: "<scores.xlsx>" } });
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return fail(template.error);
  if (io.progress) say("cli.reading", { file });
  const book = await openWorkbook(file);
  if (!book.ok) return fail(book.error);
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
  if (result.fatal) return EXIT.cannotRun;
  return errors > 0 ? EXIT.attention : EXIT.ok;
}

async function rankCommand(args: ParsedArgs, io: Io, say: Say, fail: Fail): Promise<number> {
  const [file] = args.files;
  if (!file) return fail({ key: "cli.missingArg", params: { arg: "<scores.xlsx>" } });
  if (!args.out) return fail({ key: "cli.missingArg", params: { arg: "--out" } });
  const badOut = checkOutput(args.out, [".xlsx"]);
  if (badOut) return fail(badOut);
  const clash = outputIsInput(args.out, [file, args.template]);
  if (clash) return fail(clash);
  const external = args.template ? await openTemplate(args.template, args.lang) : null;
  if (external && !external.ok) return fail(external.error);
  if (io.progress) say("cli.reading", { file });
  const input = await openWorkbook(file);
  if (!input.ok) return fail(input.error);

  // The input is never rewritten (ExcelJS would drop its charts, pivot tables and macros): the result is a new
  // workbook with the weight template, the score sheet as values, and the ranking tab. One read, one write.
  const options = {
    sheet: args.sheet,
    template: external?.value,
    method: args.method,
    period: args.period,
    live: args.live,
    source: path.basename(file),
    locale: args.lang,
  };
  const snapshot = await input.value.read([...sheetsToRead(options), AUDIT_SHEET]);
  const inspection = inspect(snapshot, options);
  const template = inspection.template;
  if (!template || !snapshot.grids.has(inspection.sheet) || inspection.fatal) {
    printIssues(io, inspection.issues, args.lang);
    if (args.json) printJson(io, { issues: issuesJson(inspection.issues, args.lang) });
    return EXIT.cannotRun;
  }
  if (args.live && inspection.records.length > LIVE_ROW_LIMIT)
    say("cli.liveSlow", { rows: inspection.records.length });
  // Each sheet is made when it is written and let go before the next is made, so a 100,000-row workbook
  // never has two of its large sheets in memory at once; the score grid goes once it is copied.
  const ranking = rankingSheets(
    inspection,
    // The score sheet's copy is the user's data: a ranking tab never takes its name (排名 2025 → 排名 2025 (2)).
    {
      sheets: [
        { name: TEMPLATE_SHEET, owned: true },
        { name: inspection.sheet, owned: false },
      ],
    },
    options
  );
  const result = ranking.result;
  const output = XlsxWorkbook.empty();
  await output.write(
    withAuditLog(
      [
        templateSheetSpec(template, formatTimestamp(new Date())),
        {
          name: inspection.sheet,
          make: () => {
            const copy = valuesCopy(
              snapshot.grids.get(inspection.sheet) as Grid,
              snapshot.registry[inspection.sheet] ?? { kind: "scores" }
            );
            snapshot.grids.clear();
            return copy;
          },
        },
        ...ranking.sheets,
      ],
      // The input's 审计日志 goes on in the new workbook, with this job's row.
      snapshot.grids.get(AUDIT_SHEET),
      rankAudit(result, { ...options, who: osUser() }),
      args.lang
    )
  );
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return fail(saved.error);
  const assessed = result.assessed;
  if (args.json) {
    printJson(io, {
      output: saved.value,
      rankingSheet: result.rankingSheet,
      period: result.period,
      method: assessed?.method ?? null,
      template: templateJson(template),
      inputHash: result.inputHash,
      ranked: (assessed?.ranked ?? []).map((row) => rowJson(row, template)),
      unranked: (assessed?.unranked ?? []).map((row) => ({
        id: row.id,
        name: row.name ?? null,
        row: row.source?.row ?? null,
        reasons: reasonsFor(row, result.issues).map((issue) => issueText(issue, args.lang)),
      })),
      summary: assessed?.summary ?? null,
      issues: issuesJson(result.issues, args.lang),
    });
  } else {
    printIssues(io, result.issues, args.lang);
  }
  say("cli.ranked", {
    ranked: assessed?.ranked.length ?? 0,
    unranked: assessed?.unranked.length ?? 0,
    sheet: result.rankingSheet ?? "",
    file: saved.value,
  });
  const attention = countErrors(result.issues) > 0 || (assessed?.unranked.length ?? 0) > 0;
  return attention ? EXIT.attention : EXIT.ok;
}
