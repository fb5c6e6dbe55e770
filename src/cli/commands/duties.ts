import path from "node:path";
import { isoDate, localIsoDay, serialOf } from "../../core/calendar/official-calendar";
import { findingText } from "../../core/duties/duties";
import {
  formatMessage,
  joinList,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { DUTIES_SHEETS, dutiesJob, dutiesWorkbookJob } from "../../jobs/duties/duties-job";
import { issueText } from "../../jobs/shared/issue";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import { refusedOutput, openTemplate, openWorkbook, osUser, saveWorkbook } from "../files";
import type { Command } from "../command";
import type { Io, Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { cannotRun } from "../report-json";
import { loadArrangements } from "../calendar-files";

/**
 * `bank-assess duties --new --out 岗责.xlsx [--template t]`: the empty duties workbook.
 * `bank-assess duties <岗责.xlsx> [--template t] [--as-of …] [--out 体检报告.xlsx] [--json]` (duties.md §4):
 * every finding with its cell, each change's due date and state, and with --out a new workbook with the
 * three sheets as read (values) and the 岗位责任体检 tab. Exit 0 without errors, 1 with errors, 2 cannot run.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const say = (key: MessageKey, params: MessageParams = {}) =>
    io.err(`${formatMessage(args.lang, key, params)}\n`);
  const [file, ...extra] = args.files;
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (args.out) {
    const refused = refusedOutput(args.out, [file, args.template]);
    if (refused) return { error: refused };
  }
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  const arrangement = await loadArrangements(args.calendars, args.lang);
  if (!arrangement.ok) return { error: arrangement.error };
  const today = serialOf(localIsoDay(new Date()));

  if (args.new) {
    if (file) return { error: { key: "cli.badOption", params: { option: file } } };
    if (!args.out) return missingOut("duties");
    const book = XlsxWorkbook.empty();
    const made = await dutiesWorkbookJob(book, {
      template: template?.value ?? null,
      locale: args.lang,
      today,
      who: osUser(),
      arrangement: arrangement.value,
    });
    if (!made.ok) return cannotRun(io, made.problems, args);
    await book.write(made.sheets);
    const saved = await saveWorkbook(book, args.out, { err: io.err, lang: args.lang });
    if (!saved.ok) return { error: saved.error };
    say("cli.dutiesWorkbookWritten", {
      file: saved.value,
      sheets: joinList(made.names, args.lang),
    });
    for (const note of made.notes) io.err(`! ${issueText(note, args.lang)}\n`);
    return { code: 0 };
  }

  if (!file) return missingArgument("duties", "duties");
  if (io.progress) say("cli.reading", { file });
  const book = await openWorkbook(file);
  if (!book.ok) return { error: book.error };
  const asOf = args.asOf ? serialOf(args.asOf) : today;
  const result = await dutiesJob(book.value, {
    template: template ? template.value : undefined,
    asOf,
    source: path.basename(file),
    locale: args.lang,
    who: osUser(),
    arrangement: arrangement.value,
  });
  if (!result.ok) return cannotRun(io, result.problems, args);
  for (const note of result.notes) io.err(`! ${issueText(note, args.lang)}\n`);

  for (const issue of result.unreadable) io.err(`✗ ${issueText(issue, args.lang)}\n`);
  for (const finding of result.findings)
    io.err(`${finding.severity === "error" ? "✗" : "!"} ${findingText(finding, args.lang)}\n`);
  for (const change of result.changes.filter((c) => c.state === "overdue" || c.soon))
    say(change.state === "overdue" ? "cli.dutiesOverdue" : "cli.dutiesSoon", {
      id: change.id,
      due: isoDate(change.due),
      cell: change.cell,
    });
  if (!result.template) say("cli.dutiesNoTemplate");
  let written: string | null = null;
  if (args.out) {
    const output = XlsxWorkbook.empty();
    // The sheets as they were checked (values), so each finding's cell can be looked up beside the report;
    // the job's sheets carry the 审计日志 with its row.
    const provenance = { kind: "duties" as const, source: path.basename(file) };
    await output.write(
      newWorkbookSheets({
        snapshots: [result.snapshot],
        copies: DUTIES_SHEETS.map((name) => ({ name, provenance })),
        sheets: result.sheets,
        generatedAt: formatTimestamp(new Date()),
        locale: args.lang,
      })
    );
    const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
    if (!saved.ok) return { error: saved.error };
    written = saved.value;
  }
  if (args.json)
    io.out(
      `${JSON.stringify(
        {
          findings: result.findings.map((f) => ({
            kind: f.kind,
            severity: f.severity,
            ...(f.process ? { process: f.process } : {}),
            ...(f.post ? { post: f.post } : {}),
            ...(f.cell ? { cell: f.cell } : {}),
            message: findingText({ ...f, cell: undefined }, args.lang),
          })),
          changes: result.changes.map((c) => ({ id: c.id, due: isoDate(c.due), state: c.state })),
          unreadable: result.unreadable.map((i) => ({
            cell: i.cell,
            message: issueText({ ...i, cell: undefined }, args.lang),
          })),
          notes: result.notes.map((note) => issueText(note, args.lang)),
        },
        null,
        2
      )}\n`
    );
  say("cli.dutiesChecked", {
    asOf: isoDate(asOf),
    posts: result.counts.posts,
    processes: result.counts.processes,
    changes: result.counts.changes,
    errors: result.errors,
    warnings: result.warnings,
  });
  if (written) say("cli.dutiesReportWritten", { sheet: result.reportSheet, file: written });
  return { code: result.errors > 0 || result.notes.length > 0 ? 1 : 0 };
}

export const dutiesCommand: Command = { name: "duties", help: "cli.help.duties", run };
