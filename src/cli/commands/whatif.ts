import path from "node:path";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { TemplateComparison } from "../../core/whatif/compare-templates";
import { newWorkbookSheets } from "../../jobs/shared/new-workbook";
import { formatTimestamp } from "../../jobs/shared/timestamp";
import { workbookTemplate } from "../../jobs/shared/workbook-template";
import { whatifAudit, whatifJob, whatifSheetsToRead } from "../../jobs/whatif/whatif-job";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { CliError, ParsedArgs } from "../args";
import type { Command } from "../command";
import { refusedOutput, openTemplate, openWorkbook, osUser, saveWorkbook } from "../files";
import { EXIT, printJson, sayTo, type Io, type Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { cannotRun } from "../report-json";

/** A file that could not be used, with what to check and do about it as the last line. */
const withHint = (error: CliError, hint: string): { error: CliError } => ({
  error: { ...error, details: [...(error.details ?? []), hint] },
});

/** A template given with --template (A) or --against (B), or why it cannot be used, naming the file. */
async function templateFrom(
  file: string,
  role: "cli.whatif.roleA" | "cli.whatif.roleB",
  lang: Locale
): Promise<{ ok: true; value: LoadedTemplate } | { ok: false; error: { error: CliError } }> {
  const opened = await openTemplate(file, lang);
  if (opened.ok) return opened;
  const hint = formatMessage(lang, "cli.whatif.templateHint", {
    role: formatMessage(lang, role),
    file,
  });
  return { ok: false, error: withHint(opened.error, hint) };
}

/**
 * `bank-assess whatif <评分表.xlsx> [--template A] --against B --out 比较.xlsx` (calibration.md §2): the same
 * score data ranked under the current template A (the workbook's own 权重模板 without --template) and the
 * proposed B, compared person by person, in a new workbook with 方案比较 and the 审计日志 row `whatif`. The
 * input is only read. Exit 0 compared, 2 cannot compare.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const [file, ...extra] = args.files;
  if (!file) return missingArgument("whatif", "scores");
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (!args.against) return { error: { key: "cli.whatif.missingAgainst", params: {} } };
  if (!args.out) return missingOut("whatif");
  const refused = refusedOutput(args.out, [file, args.template, args.against]);
  if (refused) return { error: refused };
  const given = args.template
    ? await templateFrom(args.template, "cli.whatif.roleA", args.lang)
    : null;
  if (given && !given.ok) return given.error;
  const b = await templateFrom(args.against, "cli.whatif.roleB", args.lang);
  if (!b.ok) return b.error;
  if (io.progress) sayTo(io, args.lang)("cli.reading", { file });
  const book = await openWorkbook(file);
  if (!book.ok)
    return withHint(book.error, formatMessage(args.lang, "cli.whatif.scoresHint", { file }));
  const snapshot = await book.value.read(whatifSheetsToRead({ sheet: args.sheet }));
  const source = path.basename(file);
  const a = workbookTemplate(snapshot, source, given?.value, "whatif.noTemplate");
  if (!a.ok) return cannotRun(io, a.error, args);
  const options = {
    a: a.value,
    b: b.value,
    method: args.method,
    sheet: args.sheet,
    locale: args.lang,
    source,
    who: osUser(),
  };
  const result = whatifJob(snapshot, options);
  if (!result.comparison) return cannotRun(io, result.problems, args);
  const output = XlsxWorkbook.empty();
  await output.write(
    newWorkbookSheets({
      snapshots: [snapshot],
      sheets: result.sheets,
      audit: whatifAudit(result, options),
      generatedAt: formatTimestamp(new Date()),
      locale: args.lang,
    })
  );
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  if (args.json) printJson(io, whatifJson(result.comparison));
  const c = result.comparison;
  sayTo(io, args.lang)("cli.whatif.done", {
    rows: c.rows.length,
    up: c.moved.up,
    down: c.moved.down,
    stayed: c.moved.stayed,
    onlyA: c.onlyA.length,
    onlyB: c.onlyB.length,
    sheet: result.sheets[0]?.name ?? "",
    file: saved.value,
  });
  return { code: EXIT.ok };
}

/** --json (calibration.md §2), exactly: every compared row, the grade transitions, the ids ranked on one side only. */
export function whatifJson(comparison: TemplateComparison) {
  const side = (s: TemplateComparison["rows"][number]["a"]) => ({
    composite: s.composite,
    rank: s.rank.overall,
    grade: s.grade,
  });
  return {
    rows: comparison.rows.map((row) => ({
      id: row.id,
      a: side(row.a),
      b: side(row.b),
      deltaRank: row.deltaRank,
      deltaComposite: row.deltaComposite,
    })),
    transitions: comparison.transitions,
    onlyA: comparison.onlyA.map((row) => row.id),
    onlyB: comparison.onlyB.map((row) => row.id),
  };
}

export const whatifCommand: Command = { name: "whatif", help: "cli.help.whatif", run };
