import { realpathSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { rankingPeriod } from "../../core/cycle/periods";
import {
  atPlace,
  formatMessage,
  formatParam,
  localized,
  type Locale,
} from "../../core/i18n/messages";
import { collect, writeCollected, type Submission } from "../../jobs/assessment/collect-job";
import type { CollectResult, FileStatus } from "../../jobs/assessment/collect-result";
import { STATUS_SHEET } from "../../jobs/assessment/collect-status-sheet";
import { issueText } from "../../jobs/shared/issue";
import { compareNames, parseRoster, rosterFromGrid } from "../../jobs/assessment/roster";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { CliError, ParsedArgs } from "../args";
import type { Command } from "../command";
import type { Io, Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import {
  checkOutput,
  failureReason,
  openTemplate,
  openWorkbook,
  osUser,
  readInput,
  sameFile,
  saveWorkbook,
} from "../files";
import { cannotRun, issuesJson, templateJson } from "../report-json";
import { periodError } from "./rank";

/**
 * Files and folders (their .xlsx files, sorted) into submissions read one at a time. A folder entry that
 * cannot be used (a dangling link, a loop, no permission) is one submission that fails with its reason, so
 * the others go on; only a path given on the command line that is not there stops the command.
 */
export async function submissionsOf(
  paths: readonly string[],
  lang: Locale
): Promise<{ submissions: Submission[]; files: string[]; folders: string[] } | CliError> {
  const files: string[] = [];
  const folders: string[] = [];
  const broken: { file: string; reason: string }[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      return { key: "cli.cannotRead", params: { file: p, reason: failureReason(error) } };
    }
    if (!info.isDirectory()) {
      files.push(p);
      continue;
    }
    folders.push(p);
    let entries: string[];
    try {
      entries = await readdir(p);
    } catch (error) {
      return { key: "cli.cannotRead", params: { file: p, reason: failureReason(error) } };
    }
    for (const name of entries
      .filter((n) => !n.startsWith(".") && !n.startsWith("~$"))
      .sort(compareNames)) {
      const entry = path.join(p, name);
      if (!/\.xlsx$/i.test(name)) {
        // A .xls, .xlsm or anything else in the folder is named, not read: it may be a submission saved wrong.
        broken.push({ file: entry, reason: formatParam(NOT_XLSX, lang) });
        continue;
      }
      try {
        if ((await stat(entry)).isFile()) files.push(entry);
        else broken.push({ file: entry, reason: formatParam(NOT_A_FILE, lang) });
      } catch (error) {
        broken.push({ file: entry, reason: formatParam(failureReason(error), lang) });
      }
    }
  }
  const submissions: Submission[] = files.map((file) => ({
    name: path.basename(file),
    read: async () => {
      const bytes = await readInput(file);
      if (!bytes.ok) throw new Error(formatMessage(lang, bytes.error.key, bytes.error.params));
      return new Uint8Array(bytes.value);
    },
  }));
  for (const { file, reason } of broken)
    submissions.push({
      name: path.basename(file),
      read: async () => {
        throw new Error(reason);
      },
    });
  return { submissions, files, folders };
}

const NOT_A_FILE = localized("不是普通文件。", "not a regular file.");
const NOT_XLSX = localized(
  "不是 .xlsx 文件：如是提交文件，请另存为 Excel 工作簿（.xlsx）后重新提交。",
  "not an .xlsx file: if it is a submission, save it as an Excel workbook (.xlsx) and send it again."
);

/** Whether the output would land on an input, the template, the roster, or inside a collected folder. */
export function outputClash(
  out: string,
  inputs: readonly string[],
  folders: readonly string[]
): boolean {
  if (inputs.some((input) => sameFile(input, out))) return true;
  const where = realParent(out);
  return folders.some((folder) => {
    const root = realParent(path.join(folder, "x"));
    return where === root || where.startsWith(`${root}${path.sep}`);
  });
}

/** The real folder a path is in (links resolved), as far as it exists. */
function realParent(file: string): string {
  let folder = path.dirname(path.resolve(file));
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(folder), ...rest);
    } catch {
      rest.unshift(path.basename(folder));
      const up = path.dirname(folder);
      if (up === folder) return path.join(folder, ...rest);
      folder = up;
    }
  }
}

/** The roster: a CSV (one branch a line) or a workbook (the first column of its first sheet); a header is skipped. */
async function readRoster(file: string): Promise<string[] | CliError> {
  if (/\.xlsx$/i.test(file)) {
    const book = await openWorkbook(file);
    if (!book.ok) return book.error;
    const first = (await book.value.read([])).sheets[0]?.name;
    return rosterFromGrid(first ? (await book.value.read([first])).grids.get(first) : undefined);
  }
  const bytes = await readInput(file);
  if (!bytes.ok) return bytes.error;
  return parseRoster(bytes.value.toString("utf8"));
}

async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  if (args.files.length === 0) return missingArgument("collect", "submissions");
  if (!args.out) return missingOut("collect");
  const badOut = checkOutput(args.out, [".xlsx"]);
  if (badOut) return { error: badOut };
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  const roster = args.roster ? await readRoster(args.roster) : undefined;
  if (roster && !Array.isArray(roster)) return { error: roster };
  const listed = await submissionsOf(args.files, args.lang);
  if ("key" in listed) return { error: listed };
  // Nothing a user gave is ever written: not a submission, the template, the roster, nor a collected folder.
  const inputs = [...listed.files, args.template, args.roster].filter((f): f is string =>
    Boolean(f)
  );
  if (outputClash(args.out, inputs, listed.folders))
    return { error: { key: "cli.outIsInput", params: { file: args.out } } };
  // With the template given, a missing period is said before a single file is read.
  const early = template ? rankingPeriod(args.period, template.value.template) : null;
  if (early && !early.ok) return { error: periodError(early.error) };
  const submissions = listed.submissions;

  const result = await collect(submissions, {
    template: template?.value,
    roster: roster as string[] | undefined,
    method: args.method,
    open: (bytes) => XlsxWorkbook.fromBuffer(bytes),
    onProgress: (done, total) => {
      if (io.progress) io.err(`\r${formatMessage(args.lang, "collect.progress", { done, total })}`);
    },
  });
  if (io.progress) io.err("\n");
  report(result, args.lang, io);
  if (
    !result.template ||
    result.files.every((f) => f.state === "unreadable" || f.state === "refused")
  ) {
    io.err(`${formatMessage(args.lang, "collect.nothing")}\n`);
    return { code: 2 };
  }

  // Without --template the template is the one most submissions carry: only now is its period known.
  const chosen = rankingPeriod(args.period, result.template.template);
  if (!chosen.ok) return { error: periodError(chosen.error) };
  const used = chosen.value.from === "typed" ? "cli.periodUsed.typed" : "cli.periodUsed.template";
  io.err(`${formatMessage(args.lang, used, { period: chosen.value.text })}\n`);
  const output = XlsxWorkbook.empty();
  const written = await writeCollected(
    output,
    { ...result, template: result.template },
    {
      period: chosen.value.text,
      method: args.method,
      live: args.live,
      newWorkbook: true,
      locale: args.lang,
      who: osUser(),
    }
  );
  if (!written.ok) return cannotRun(io, written.problems, args);
  const { assessed } = written;
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  io.err(
    `${formatMessage(args.lang, "cli.collected", { rows: result.rows.length, file: saved.value })}\n`
  );
  io.err(`${formatMessage(args.lang, "collect.seeStatusSheet", { sheet: STATUS_SHEET })}\n`);

  const attention =
    result.files.some((f) => f.state !== "accepted") ||
    result.branches.some((b) => b.state !== "accepted") ||
    result.crossBranch.length > 0;
  if (args.json) {
    io.out(
      `${JSON.stringify(
        {
          output: saved.value,
          period: written.period,
          periodFrom: written.periodFrom,
          template: templateJson(result.template),
          files: result.files.map((f) => ({
            file: f.file,
            state: f.state,
            branch: f.branch,
            rows: f.rows,
            accepted: f.accepted,
            errorRows: f.errorRows,
            hash: f.hash,
            note: formatMessage(args.lang, f.note.key, f.note.params),
            issues: issuesJson(f.issues, args.lang),
          })),
          branches: result.branches,
          crossBranch: result.crossBranch.map((issue) => issueText(issue, args.lang)),
          rows: result.rows.length,
          ranked: assessed.ranked.map((row) => ({
            id: row.id,
            branch: row.branch ?? null,
            post: row.post?.name,
            composite: row.composite,
            rank: row.rank,
            grade: row.grade,
          })),
        },
        null,
        2
      )}\n`
    );
  }
  return { code: attention ? 1 : 0 };
}

/** A file's errors listed under it on the command line; the rest are counted (validate shows them all). */
const ERRORS_LISTED = 10;

/**
 * Each file on a line (北京分行.xlsx（北京分行）：已接收 2 行 / Beijing.xlsx (北京分行): 2 rows accepted), its errors
 * one per line under it, then the ids sent by two branches and the branches that sent nothing.
 */
function report(result: CollectResult, lang: Locale, io: Io): void {
  if (result.templateNote) io.err(`! ${issueText(result.templateNote, lang)}\n`);
  for (const f of result.files) {
    io.err(
      `${f.state === "accepted" ? "✓" : "✗"} ${atPlace(fileName(f, lang), formatMessage(lang, f.note.key, f.note.params), lang)}\n`
    );
    // An id sent by two branches is said once, below, not under each of its files.
    const errors = f.issues.filter(
      (i) => i.severity === "error" && !result.crossBranch.includes(i)
    );
    for (const issue of errors.slice(0, ERRORS_LISTED)) io.err(`  - ${issueText(issue, lang)}\n`);
    if (errors.length > ERRORS_LISTED)
      io.err(
        `  - ${formatMessage(lang, "collect.moreErrors", { count: errors.length - ERRORS_LISTED })}\n`
      );
  }
  for (const issue of result.crossBranch) io.err(`✗ ${issueText(issue, lang)}\n`);
  for (const b of result.branches.filter((b) => b.state === "missing"))
    io.err(`✗ ${atPlace(b.branch, formatMessage(lang, "collect.missingBranch"), lang)}\n`);
}

const fileName = (f: FileStatus, lang: Locale) =>
  !f.branch ? f.file : lang === "en-US" ? `${f.file} (${f.branch})` : `${f.file}（${f.branch}）`;

export const collectCommand: Command = { name: "collect", help: "cli.help.collect", run };
