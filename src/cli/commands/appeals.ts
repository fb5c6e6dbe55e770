import path from "node:path";
import { serialOf } from "../../core/calendar/official-calendar";
import { formatMessage } from "../../core/i18n/messages";
import {
  appealablePeriods,
  appealIssueText,
  appealsJob,
  appealsSheetsToRead,
  type AppealsJobResult,
} from "../../jobs/appeals/appeals-job";
import { dataSheets } from "../../jobs/assessment/score-data";
import {
  APPEALS_SHEET,
  appealsRegisterSpec,
  readAppealsRegister,
  registerCopySpec,
} from "../../jobs/appeals/appeals-register";
import { RANKING_FIXED_COLUMNS } from "../../jobs/assessment/ranking-sheet";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import type { Grid, WorkbookSnapshot } from "../../workbook/port";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import { refusedOutput, openWorkbook, osUser, sameFile, saveWorkbook } from "../files";
import type { Command } from "../command";
import { printJson, sayTo, type Io, type Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { cannotRun } from "../report-json";
import { loadArrangements } from "../calendar-files";
import { issueText } from "../../jobs/shared/issue";

/**
 * `bank-assess appeals <ranking.xlsx> --register 申诉.xlsx [--published …] [--apply --out 更正.xlsx]`
 * (cycle.md §5, §7): the register checked; with --apply, the corrected ranking and 变动 in a new workbook
 * that also carries what verify needs (权重模板, the score data, the published tab, the register as it was).
 * Without --register, `--out` gets an empty register to fill. Inputs are only read.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const say = sayTo(io, args.lang);
  const [file, ...extra] = args.files;
  if (!file) return missingArgument("appeals", "ranking");
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (args.out) {
    const refused = refusedOutput(args.out, [file, args.register]);
    if (refused) return { error: refused };
  }
  if (args.apply && !args.out) return missingOut("appeals");
  if (io.progress) say("cli.reading", { file });
  const book = await openWorkbook(file);
  if (!book.ok) return { error: book.error };
  const listed = await book.value.read([]);
  const snapshot = await book.value.read(appealsSheetsToRead(listed));
  if (!args.register) return writeEmptyRegister(snapshot, path.basename(file), args, io);

  const arrangement = await loadArrangements(args.calendars, args.lang);
  if (!arrangement.ok) return { error: arrangement.error };
  const registerBook = sameFile(args.register, file) ? book : await openWorkbook(args.register);
  if (!registerBook.ok) return { error: registerBook.error };
  const register = (await registerBook.value.read([APPEALS_SHEET])).grids.get(APPEALS_SHEET);
  const result = appealsJob({ snapshot, source: path.basename(file) }, register, {
    published: args.published ? serialOf(args.published) : undefined,
    apply: args.apply,
    locale: args.lang,
    arrangement: arrangement.value,
  });
  if (result.problems.length > 0 || !result.template) {
    return cannotRun(io, result.problems, args);
  }
  for (const issue of result.issues)
    io.err(`${issue.severity === "error" ? "✗" : "!"} ${appealIssueText(issue, args.lang)}\n`);
  for (const note of result.notes) io.err(`! ${issueText(note, args.lang)}\n`);
  const errors = result.issues.filter((i) => i.severity === "error").length;
  say("cli.appealsChecked", {
    appeals: result.appeals.length,
    errors,
    warnings: result.issues.length - errors,
  });
  let written: string | null = null;
  if (args.apply && args.out) {
    if (result.corrections.length === 0) say("cli.appealsNothing");
    else {
      const saved = await writeCorrected(snapshot, register, result, args.out, args, io);
      if (!saved.ok) return { error: saved.error };
      written = saved.value;
    }
  }
  if (args.json) printJson(io, appealsJson(result, written, args));
  return { code: result.issues.length > 0 || result.notes.length > 0 ? 1 : 0 };
}

/** Without --register: an empty register for the latest period, to fill in. */
async function writeEmptyRegister(
  snapshot: WorkbookSnapshot,
  source: string,
  args: ParsedArgs,
  io: Io
): Promise<Outcome> {
  if (!args.out) return { error: { key: "cli.missingRegister", params: {} } };
  // No published ranking, nothing to appeal: refused as results and verify refuse the same file.
  const periods = appealablePeriods({ snapshot, source });
  if (!periods.ok) return cannotRun(io, periods.error, args);
  const output = XlsxWorkbook.empty();
  await output.write([
    appealsRegisterSpec({
      period: periods.value[periods.value.length - 1],
      locale: args.lang,
      generatedAt: formatTimestamp(new Date()),
    }),
  ]);
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  sayTo(io, args.lang)("cli.registerWritten", { file: saved.value });
  return { code: 0 };
}

/**
 * --apply: the corrected ranking and 变动 in a new workbook that also carries what verify needs: 权重模板,
 * the score data, each published tab as it was published (the columns everyone reads and verify checks),
 * and the register as it was.
 */
async function writeCorrected(
  snapshot: WorkbookSnapshot,
  register: Grid | undefined,
  result: AppealsJobResult,
  out: string,
  args: ParsedArgs,
  io: Io
) {
  const generatedAt = formatTimestamp(new Date());
  const applied = (file: string) =>
    result.corrections.map((c) =>
      formatMessage(args.lang, "cli.appealsApplied", {
        period: c.period,
        count: c.applied.length,
        sheet: c.corrected,
        changes: c.changes.length,
        file,
      })
    );
  const output = XlsxWorkbook.empty();
  await output.write(
    newWorkbookSheets({
      snapshots: [snapshot],
      template: result.template,
      copies: [
        ...dataSheets(snapshot)
          .filter((name) => snapshot.grids.has(name))
          .map((name) => ({ name })),
        ...result.corrections.map((c) => ({ name: c.published, columns: RANKING_FIXED_COLUMNS })),
      ],
      sheets: [
        registerCopySpec(readAppealsRegister(register as Grid).appeals, {
          period: result.corrections[0]?.period,
          locale: args.lang,
          generatedAt,
        }),
        ...result.sheets,
      ],
      audit: {
        job: "appeals",
        who: osUser(),
        template: result.template,
        summary: applied(path.basename(out)).join("；"),
      },
      generatedAt,
      locale: args.lang,
    })
  );
  const saved = await saveWorkbook(output, out, { err: io.err, lang: args.lang });
  if (saved.ok) for (const line of applied(saved.value)) io.err(`${line}\n`);
  return saved;
}

/** --json: each appeal's state and issues, the notes, and with --apply every standing that moved. */
function appealsJson(result: AppealsJobResult, written: string | null, args: ParsedArgs) {
  const standing = (s: { composite: number | null; rank: unknown; grade: string | null }) => ({
    composite: s.composite,
    rank: s.rank,
    grade: s.grade,
  });
  return {
    ...(written ? { output: written } : {}),
    appeals: result.appeals.map((a) => ({
      id: a.id,
      state: a.state,
      issues: a.issues.map((issue) => appealIssueText(issue, args.lang)),
    })),
    notes: result.notes.map((note) => issueText(note, args.lang)),
    ...(args.apply
      ? {
          changes: result.corrections.flatMap((c) =>
            c.changes.map((change) => ({
              id: change.id,
              period: c.period,
              before: standing(change.before),
              after: standing(change.after),
              cause: change.cause,
            }))
          ),
        }
      : {}),
  };
}

export const appealsCommand: Command = { name: "appeals", help: "cli.help.appeals", run };
