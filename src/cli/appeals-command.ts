import path from "node:path";
import { serialOf } from "../core/calendar/official-calendar";
import { formatMessage } from "../core/i18n/messages";
import { appealIssueText, appealsJob, appealsSheetsToRead } from "../jobs/appeals/appeals-job";
import { AUDIT_SHEET, withAuditLog } from "../jobs/shared/audit-log";
import { rankingTabs } from "../jobs/cycle/history";
import { dataSheets } from "../jobs/assessment/score-data";
import {
  APPEALS_SHEET,
  appealsRegisterSpec,
  readAppealsRegister,
  registerCopySpec,
} from "../jobs/appeals/appeals-register";
import { RANKING_FIXED_COLUMNS } from "../jobs/assessment/ranking-sheet";
import { templateSheetSpec } from "../jobs/assessment/template-sheet";
import { valuesCopy } from "../jobs/shared/values-copy";
import { formatTimestamp } from "../jobs/shared/timestamp";
import type { SheetSource } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import type { CliError, ParsedArgs } from "./args";
import { checkOutput, openWorkbook, osUser, outputIsInput, sameFile, saveWorkbook } from "./files";
import type { Io } from "./main";
import { cannotRun } from "./report-json";
import { loadArrangements } from "./calendar-files";
import { issueText } from "../jobs/shared/issue";

type Outcome = { code: number } | { error: CliError };

/**
 * `bank-assess appeals <ranking.xlsx> --register 申诉.xlsx [--published …] [--apply --out 更正.xlsx]`
 * (cycle.md §5, §7): the register checked; with --apply, the corrected ranking and 变动 in a new workbook
 * that also carries what verify needs (权重模板, the score data, the published tab, the register as it was).
 * Without --register, `--out` gets an empty register to fill. Inputs are only read.
 */
export async function appealsCommand(args: ParsedArgs, io: Io): Promise<Outcome> {
  const [file, ...extra] = args.files;
  if (!file) return { error: { key: "cli.missingArg", params: { arg: "<ranking.xlsx>" } } };
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (args.out) {
    const badOut = checkOutput(args.out, [".xlsx"]);
    if (badOut) return { error: badOut };
    const clash = outputIsInput(args.out, [file, args.register]);
    if (clash) return { error: clash };
  }
  if (args.apply && !args.out)
    return { error: { key: "cli.missingArg", params: { arg: "--out" } } };
  if (io.progress) io.err(`${formatMessage(args.lang, "cli.reading", { file })}\n`);
  const book = await openWorkbook(file);
  if (!book.ok) return { error: book.error };
  const listed = await book.value.read([]);
  const snapshot = await book.value.read(appealsSheetsToRead(listed));

  if (!args.register) {
    // An empty register for the latest period, to fill in.
    if (!args.out) return { error: { key: "cli.missingArg", params: { arg: "--register" } } };
    const periods = rankingTabs(snapshot).map((tab) => snapshot.registry[tab]?.period ?? "");
    const output = XlsxWorkbook.empty();
    await output.write([
      appealsRegisterSpec({
        period: periods.sort().pop(),
        locale: args.lang,
        generatedAt: formatTimestamp(new Date()),
      }),
    ]);
    const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
    if (!saved.ok) return { error: saved.error };
    io.err(`${formatMessage(args.lang, "cli.registerWritten", { file: saved.value })}\n`);
    return { code: 0 };
  }
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
  io.err(
    `${formatMessage(args.lang, "cli.appealsChecked", {
      appeals: result.appeals.length,
      errors,
      warnings: result.issues.length - errors,
    })}\n`
  );
  let written: string | null = null;
  if (args.apply && args.out) {
    if (result.corrections.length === 0)
      io.err(`${formatMessage(args.lang, "cli.appealsNothing")}\n`);
    else {
      const generatedAt = formatTimestamp(new Date());
      const copies: SheetSource[] = [
        ...dataSheets(snapshot)
          .filter((name) => snapshot.grids.has(name))
          .map((name) =>
            valuesCopy(snapshot.grids.get(name)!, snapshot.registry[name] ?? { kind: "scores" })
          ),
        // The published tab as it was published: the columns everyone reads and verify checks.
        ...result.corrections.map((c) => {
          const grid = snapshot.grids.get(c.published)!;
          return valuesCopy(
            { ...grid, rows: grid.rows.map((row) => row.slice(0, RANKING_FIXED_COLUMNS)) },
            snapshot.registry[c.published]
          );
        }),
        registerCopySpec(readAppealsRegister(register as NonNullable<typeof register>).appeals, {
          period: result.corrections[0]?.period,
          locale: args.lang,
          generatedAt,
        }),
      ];
      const output = XlsxWorkbook.empty();
      await output.write(
        withAuditLog(
          [templateSheetSpec(result.template, generatedAt), ...copies, ...result.sheets],
          snapshot.grids.get(AUDIT_SHEET),
          {
            job: "appeals",
            who: osUser(),
            template: result.template,
            summary: result.corrections
              .map((c) =>
                formatMessage(args.lang, "cli.appealsApplied", {
                  period: c.period,
                  count: c.applied.length,
                  sheet: c.corrected,
                  changes: c.changes.length,
                  file: path.basename(args.out as string),
                })
              )
              .join("；"),
          },
          args.lang
        )
      );
      const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
      if (!saved.ok) return { error: saved.error };
      written = saved.value;
      for (const c of result.corrections)
        io.err(
          `${formatMessage(args.lang, "cli.appealsApplied", {
            period: c.period,
            count: c.applied.length,
            sheet: c.corrected,
            changes: c.changes.length,
            file: saved.value,
          })}\n`
        );
    }
  }
  if (args.json) {
    const standing = (s: { composite: number | null; rank: unknown; grade: string | null }) => ({
      composite: s.composite,
      rank: s.rank,
      grade: s.grade,
    });
    io.out(
      `${JSON.stringify(
        {
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
        },
        null,
        2
      )}\n`
    );
  }
  return { code: result.issues.length > 0 || result.notes.length > 0 ? 1 : 0 };
}
