import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { formatMessage, type Locale } from "../core/i18n/messages";
import { collect, writeCollected, type CollectResult, type Submission } from "../jobs/collect-job";
import { issueText } from "../jobs/issue";
import { compareNames, parseRoster, rosterFromGrid } from "../jobs/roster";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import type { CliError, ParsedArgs } from "./args";
import {
  checkOutput,
  failureReason,
  openTemplate,
  openWorkbook,
  osUser,
  saveWorkbook,
} from "./files";
import { templateJson } from "./report-json";

type Io = { out: (text: string) => void; err: (text: string) => void; progress: boolean };
type Outcome = { code: number } | { error: CliError };

/** Files and folders (their .xlsx files, sorted) into submissions read one at a time. */
async function submissionsOf(paths: readonly string[]): Promise<Submission[] | CliError> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      return { key: "cli.cannotRead", params: { file: p, reason: failureReason(error) } };
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p))
        .filter((name) => !name.startsWith(".") && !name.startsWith("~$"))
        .sort(compareNames);
      for (const name of entries)
        if ((await stat(path.join(p, name))).isFile()) files.push(path.join(p, name));
    } else files.push(p);
  }
  return files.map((file) => ({
    name: path.basename(file),
    read: async () => new Uint8Array(await readFile(file)),
  }));
}

/** The roster: a CSV (one branch a line) or a workbook (the first column of its first sheet); a header is skipped. */
async function readRoster(file: string): Promise<string[] | CliError> {
  if (/\.xlsx$/i.test(file)) {
    const book = await openWorkbook(file);
    if (!book.ok) return book.error;
    const first = (await book.value.read([])).sheets[0]?.name;
    return rosterFromGrid(first ? (await book.value.read([first])).grids.get(first) : undefined);
  }
  try {
    return parseRoster(await readFile(file, "utf8"));
  } catch (error) {
    return { key: "cli.cannotRead", params: { file, reason: failureReason(error) } };
  }
}

export async function collectCommand(args: ParsedArgs, io: Io): Promise<Outcome> {
  if (args.files.length === 0)
    return { error: { key: "cli.missingArg", params: { arg: "<files or folders…>" } } };
  if (!args.out) return { error: { key: "cli.missingArg", params: { arg: "--out" } } };
  const badOut = checkOutput(args.out, [".xlsx"]);
  if (badOut) return { error: badOut };
  const template = args.template ? await openTemplate(args.template, args.lang) : null;
  if (template && !template.ok) return { error: template.error };
  const roster = args.roster ? await readRoster(args.roster) : undefined;
  if (roster && !Array.isArray(roster)) return { error: roster };
  const submissions = await submissionsOf(args.files);
  if (!Array.isArray(submissions)) return { error: submissions };

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

  const output = XlsxWorkbook.empty();
  const { assessed } = await writeCollected(
    output,
    { ...result, template: result.template },
    {
      period: args.period,
      method: args.method,
      live: args.live,
      newWorkbook: true,
      locale: args.lang,
      who: osUser(),
    }
  );
  const saved = await saveWorkbook(output, args.out);
  if (!saved.ok) return { error: saved.error };
  io.err(
    `${formatMessage(args.lang, "cli.collected", { rows: result.rows.length, file: saved.value })}\n`
  );

  const attention =
    result.files.some((f) => f.state !== "accepted") ||
    result.branches.some((b) => b.state !== "accepted") ||
    result.crossBranch.length > 0;
  if (args.json) {
    io.out(
      `${JSON.stringify(
        {
          output: saved.value,
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

function report(result: CollectResult, lang: Locale, io: Io): void {
  if (result.templateNote) io.err(`! ${issueText(result.templateNote, lang)}\n`);
  for (const f of result.files) {
    io.err(
      `${f.state === "accepted" ? "✓" : "✗"} ${f.file}${f.branch ? `（${f.branch}）` : ""}：${formatMessage(lang, f.note.key, f.note.params)}\n`
    );
  }
  for (const issue of result.crossBranch) io.err(`✗ ${issueText(issue, lang)}\n`);
  for (const b of result.branches.filter((b) => b.state === "missing"))
    io.err(`✗ ${b.branch}：${formatMessage(lang, "collect.missingBranch")}\n`);
}
